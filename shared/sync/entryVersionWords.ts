// An entry's version in a sync conflict, in the words both the window (Settings → Sync) and `timelock sync conflicts`
// show beside each choice, so that "Keep the laptop's version" and `--keep other` name the same thing the same way.
// Each host formats the time span its own way (the window in the reader's locale, the command line as it prints
// instants everywhere).
import { cleanText } from '../domain/cleanText';

export interface EntryVersion {
  categoryId: string;
  start: number;
  end: number;
  note?: string;
}

export function isEntryVersion(value: unknown): value is EntryVersion {
  const v = value as Partial<EntryVersion> | null;
  return typeof v === 'object' && v !== null && typeof v.categoryId === 'string' && typeof v.start === 'number' && typeof v.end === 'number';
}

/** "Work, <span>, “report”"; null for a version that is not an entry (a deletion): each host says that in its place. */
export function entryVersionWords(version: unknown, categoryName: (id: string) => string, span: (start: number, end: number) => string): string | null {
  if (!isEntryVersion(version)) return null;
  const note = typeof version.note === 'string' && version.note.trim() ? `, “${cleanText(version.note)}”` : '';
  return `${categoryName(version.categoryId)}, ${span(version.start, version.end)}${note}`;
}
