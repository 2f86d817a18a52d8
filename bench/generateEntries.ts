// Years of realistic logged time for benchmarks: workdays in blocks with breaks, some late evenings and weekend
// work, fitness a few times a week, family time most evenings and at weekends. Seeded: the same every run.
import type { Category, Entry } from '../shared/model';
import { addDays, fromLocal, type CalendarDate } from '../shared/domain/time';
import { prng } from './prng';

export const BENCH_CATEGORIES: Category[] = [
  { id: 'work', name: 'Work', area: 'work', color: '#0072B2', archived: false },
  { id: 'meetings', name: 'Meetings', area: 'work', color: '#56B4E9', archived: false },
  { id: 'admin', name: 'Admin', area: 'work', color: '#E69F00', archived: false },
  { id: 'fitness', name: 'Fitness', area: 'fitness', color: '#009E73', archived: false },
  { id: 'run', name: 'Running', area: 'fitness', color: '#F0E442', archived: false },
  { id: 'family', name: 'Family', area: 'family', color: '#D55E00', archived: false },
  { id: 'kids', name: 'Kids', area: 'family', color: '#CC79A7', archived: false },
];

export interface GeneratedEntries {
  entries: Entry[];
  first: number;
  last: number;
}

/** Entries from `from` for `days` local days, sorted by start and never overlapping. */
export function generateEntries(seed: number, from: CalendarDate, days: number, timeZone: string): GeneratedEntries {
  const r = prng(seed);
  const entries: Entry[] = [];
  let n = 0;
  // Blocks are added in time order; one that would start inside the previous block starts where it ends.
  const add = (date: CalendarDate, startMinute: number, lengthMinutes: number, categoryId: string) => {
    const planned = fromLocal(date, Math.floor(startMinute / 60), startMinute % 60, timeZone);
    const previous = entries[entries.length - 1];
    const start = previous && previous.end > planned ? previous.end : planned;
    entries.push({ id: `e${++n}`, categoryId, start, end: start + lengthMinutes * 60_000, note: '', tags: [], source: 'timer' });
  };
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if (!weekend && r.chance(0.45)) add(date, r.int(6 * 60 + 15, 7 * 60), r.int(30, 60), r.pick(['fitness', 'run']));
    if (!weekend || r.chance(0.15)) {
      // A workday: blocks of 15–45 minutes (one task each) with short breaks, from about 08:30 to about 17:30.
      let t = r.int(8 * 60, 9 * 60 + 15);
      const stop = r.int(16 * 60 + 30, 18 * 60 + 30) - (weekend ? 6 * 60 : 0);
      while (t < stop) {
        const length = Math.min(r.int(15, 45), stop - t);
        add(date, t, length, r.pick(['work', 'work', 'meetings', 'admin']));
        t += length + r.int(2, 10);
      }
    }
    if (!weekend && r.chance(0.2)) add(date, r.int(17 * 60 + 30, 17 * 60 + 50), r.int(30, 45), 'run');
    if (weekend) {
      add(date, r.int(9 * 60, 10 * 60), r.int(90, 180), r.pick(['family', 'kids']));
      if (r.chance(0.6)) add(date, r.int(13 * 60, 14 * 60), r.int(45, 90), r.pick(['fitness', 'run']));
      add(date, r.int(15 * 60, 16 * 60), r.int(120, 240), r.pick(['family', 'kids']));
    } else {
      add(date, r.int(18 * 60, 18 * 60 + 45), r.int(60, 120), r.pick(['family', 'kids']));
      if (r.chance(0.6)) add(date, r.int(19 * 60 + 50, 20 * 60 + 10), r.int(20, 40), 'kids');
    }
    // Some late evenings run past midnight, the pattern the burnout signals are for.
    if (r.chance(0.12)) add(date, r.int(21 * 60 + 30, 23 * 60), r.int(45, 150), 'work');
  }
  return { entries, first: entries[0]!.start, last: entries[entries.length - 1]!.end };
}
