// Timelock's own CSV: one entry a row, times as ISO-8601 with the offset in the app's zone, written so that
// importing it into an empty data folder gives back the same entries.
import Papa from 'papaparse';
import type { Category, Entry } from '../../../shared/model';
import { formatIsoInstant } from './isoInstant';

export const TIMELOCK_CSV_COLUMNS = ['id', 'start', 'end', 'category', 'area', 'note', 'tags', 'source', 'override reason'] as const;

// A cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet, and opening an export must not run
// one (CSV injection). Such cells get a leading apostrophe; one that already starts with apostrophes and then such a
// character gets one more, so reading removes exactly one and every text comes back as it was.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export function protectCell(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text) ? text.slice(1) : text;
}

/**
 * Tags in one cell: "a, b" as people write them, unless a tag holds a comma, is empty, has spaces at its ends or
 * starts with '[': then a JSON array, which the reader recognises by its '['.
 */
export function encodeTags(tags: readonly string[]): string {
  const plain = tags.every((t) => t !== '' && !t.includes(',') && t.trim() === t && !t.startsWith('['));
  return plain ? tags.join(', ') : JSON.stringify(tags);
}

export function decodeTags(cell: string): string[] | null {
  if (cell.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      return Array.isArray(parsed) && parsed.every((t) => typeof t === 'string') ? parsed : null;
    } catch {
      return null;
    }
  }
  return cell
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** The CSV text, with a byte-order mark so spreadsheets read it as UTF-8, and CRLF line ends (RFC 4180). */
export function writeTimelockCsv(entries: readonly Entry[], categories: readonly Category[], timeZone: string): string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const data = entries.map((e) => {
    const category = byId.get(e.categoryId);
    return [
      protectCell(e.id),
      formatIsoInstant(e.start, timeZone),
      formatIsoInstant(e.end, timeZone),
      protectCell(category?.name ?? e.categoryId),
      category?.area ?? 'work',
      protectCell(e.note),
      protectCell(encodeTags(e.tags)),
      protectCell(e.source),
      protectCell(e.overrideReason ?? ''),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...TIMELOCK_CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}
