// Importing 25,000 Toggl rows (about five years of generated time) into an empty data folder: read, checked row by
// row and written in one batch in well under 10 s; importing the same file again finds every row a duplicate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { createTimelock } from '../electron/app';
import { openDataStore } from '../electron/storage/openDataStore';
import { toLocal, type CalendarDate, type LocalDateTime } from '../shared/domain/time';
import type { Benchmark, BenchFigure } from './benchmark';
import { BENCH_CATEGORIES, generateEntries } from './generateEntries';
import { prng } from './prng';

const ROWS = 25_000;
export const TIME_ZONE = 'Europe/Berlin';
const NOTES = ['Planning', 'Review "Q3", part 2', 'Fix: C:\\temp\\build', 'Call with Zoë 🚀', 'Emails, admin; misc.', ''];

/** A Toggl detailed export of `rows` generated entries (about 14 a day) over `days` from `from`. */
export function togglText(rows = ROWS, from: CalendarDate = { year: 2021, month: 1, day: 4 }, days = 5 * 365 + 60): { text: string; rows: number } {
  const generated = generateEntries(20261126, from, days, TIME_ZONE);
  const entries = generated.entries.slice(0, rows);
  const names = new Map(BENCH_CATEGORIES.map((c) => [c.id, c.name]));
  const r = prng(7);
  const date = (t: LocalDateTime) => `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
  const time = (t: LocalDateTime) => [t.hour, t.minute, t.second].map((n) => String(n).padStart(2, '0')).join(':');
  const duration = (ms: number) => {
    const s = Math.round(ms / 1000);
    return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
  };
  const data = entries.map((e) => {
    const start = toLocal(e.start, TIME_ZONE);
    const end = toLocal(e.end, TIME_ZONE);
    return ['Ada Tester', 'ada@example.test', '', names.get(e.categoryId), '', r.pick(NOTES), 'No', date(start), time(start), date(end), time(end), duration(e.end - e.start), r.chance(0.3) ? 'focus, deep' : ''];
  });
  const fields = ['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags'];
  return { text: `\uFEFF${Papa.unparse({ fields, data })}`, rows: entries.length };
}

export const importBench: Benchmark = (() => {
  let file: ReturnType<typeof togglText> | null = null;
  const get = () => (file ??= togglText());
  return {
    name: 'import',
    describe() {
      const { text, rows } = get();
      return `${rows.toLocaleString('en')} generated Toggl rows (${(text.length / 1e6).toFixed(1)} MB of CSV) into an empty data folder, ${TIME_ZONE}`;
    },
    async run(): Promise<BenchFigure[]> {
      const { text, rows } = get();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-bench-import-'));
      try {
        const now = Date.UTC(2026, 10, 26, 12);
        const store = openDataStore({ dataDir, systemTimeZone: TIME_ZONE, clock: { now: () => now } });
        const app = createTimelock({ store, clock: { now: () => now } });
        let t0 = performance.now();
        const first = await app.services.imports.apply({ text });
        const importMs = performance.now() - t0;
        t0 = performance.now();
        const again = await app.services.imports.apply({ text });
        const againMs = performance.now() - t0;
        app.dispose();
        const imported = first.imported;
        const duplicates = again.duplicates;
        if (imported !== rows || duplicates !== rows) throw new Error(`import bench: imported ${imported} and then ${duplicates} duplicates of ${rows} rows`);
        const perSecond = Math.round(rows / (importMs / 1000)).toLocaleString('en');
        return [
          { name: `import ${rows.toLocaleString('en')} rows (${perSecond} rows/s)`, value: importMs, target: 10_000, unit: 'ms' },
          { name: 'the same file again: every row a duplicate', value: againMs, target: 10_000, unit: 'ms' },
        ];
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
})();
