// The real export samples beside the checkout (../shared/fixtures/real-exports/): each imports, or is refused with a
// clear reason, and each imported duration equals the file's own Duration / Hours column. The folder is not part of
// a clone, so without it these tests are skipped (the project's own fixtures cover the same quirks).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../../support/testHost';
import { refused } from '../importFixtures';

// From the repository root, ../shared/fixtures/real-exports; this file is three folders below the root.
const SAMPLES = fileURLToPath(new URL('../../../../../shared/fixtures/real-exports', import.meta.url));
const present = fs.existsSync(SAMPLES);
if (!present) console.warn(`[import] ${SAMPLES} is absent: the real-export conformance tests are skipped.`);

/** Per file: the format it is, and either how many rows import or the reason it is refused. */
const EXPECTED: Record<string, { format: string; imported: number } | { format: string; refused: RegExp }> = {
  'clockify_time_entries_import_test_1.csv': { format: 'clockify', imported: 2 },
  'clockify_time_entries_import_test_2.csv': { format: 'clockify', imported: 1 },
  'clockify_time_entries_import_test_3.csv': { format: 'clockify', refused: /line 2: start date: '13\/15\/2024' is not a real date/ },
  'clockify_time_entries_import_test_4.csv': { format: 'clockify', imported: 2 },
  'clockify_time_entries_import_test_5.csv': { format: 'clockify', imported: 2 },
  'clockify_time_entries_import_test_6.csv': { format: 'clockify', imported: 2 },
  'clockify_time_entries_import_test_7.csv': { format: 'clockify', imported: 1 },
  'generic_time_entries_import_test_1.csv': { format: 'generic', imported: 2 },
  'harvest_time_entries_import_test_1.csv': { format: 'harvest', imported: 2 },
  'toggl_time_entries_import_test_1.csv': { format: 'toggl', imported: 2 },
  'toggl_time_entries_import_test_2.csv': { format: 'toggl', imported: 1 },
};

/** The file's own durations by line, read here independently of the importer; null where it has no such column. */
function fileDurations(text: string): Map<number, number> | null {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const column = ['Duration (h)', 'Duration', 'Hours'].find((c) => rows[0] && c in rows[0]);
  if (!column) return null;
  const ms = (cell: string) => {
    if (column === 'Hours') return Math.round(Number(cell.replace(',', '.')) * 3_600_000);
    const [h, m, s] = cell.split(':').map(Number);
    return ((h! * 60 + m!) * 60 + s!) * 1000;
  };
  // Every sample row is one line, after the header on line 1.
  return new Map(rows.map((row, i) => [i + 2, ms(row[column]!)]));
}

describe.skipIf(!present)('real export samples', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('the folder holds exactly the samples this test knows', () => {
    expect(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${'imported' in expected ? `${expected.imported} row(s) import with the file's own durations` : 'is refused with the reason'}`, async () => {
      host = makeTestHost();
      const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
      const preview = await host.call('import.preview', { text, fileName: file });
      expect(preview.format).toBe(expected.format);
      if ('refused' in expected) {
        const error = await refused(host, 'import.apply', { text, fileName: file });
        expect(error.issues?.map((i) => i.message).join('\n')).toMatch(expected.refused);
        expect(host.app.store.getEntries()).toHaveLength(0);
        return;
      }
      expect(preview.problems).toEqual([]);
      const result = await host.call('import.apply', { text, fileName: file });
      expect(result.imported).toBe(expected.imported);
      expect(host.app.store.getEntries()).toHaveLength(expected.imported);

      const durations = fileDurations(text);
      if (durations) {
        const imported = new Map(preview.rows.map((r) => [r.line, r.end! - r.start!]));
        expect(imported).toEqual(durations);
        const stored = host.app.store.getEntries().map((e) => e.end - e.start).sort((a, b) => a - b);
        expect(stored).toEqual([...durations.values()].sort((a, b) => a - b));
      }
    });
  }
});
