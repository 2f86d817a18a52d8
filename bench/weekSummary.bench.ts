// The week summary on five years of entries: one week under 1 ms, a 52-week range under 20 ms, once data is loaded
// (entries indexed by time; each zone's offset table built on first use, which warm-up covers).
import type { RunningTimer } from '../shared/model';
import { defaultSettings } from '../shared/defaults';
import { EntryIndex } from '../shared/domain/entryIndex';
import { DAY, HOUR } from '../shared/domain/time';
import { weekRange, weekSummary, type SummaryInput } from '../shared/domain/weekSummary';
import { median, percentile, timeOnce, type Benchmark } from './benchmark';
import { BENCH_CATEGORIES, generateEntries } from './generateEntries';

const ENTRIES = 25_000;
const TIME_ZONE = 'Europe/Berlin';
const WEEKS_TIMED = 250;
const RANGES_TIMED = 30;

function load() {
  // A few days more than five years, then the latest 25,000 entries.
  const generated = generateEntries(20260322, { year: 2021, month: 3, day: 1 }, 5 * 365 + 20, TIME_ZONE);
  const entries = generated.entries.slice(-ENTRIES);
  const now = entries[entries.length - 1]!.end + 2 * HOUR;
  // A work timer running at `now`, so the running-timer paths are on the measured path too.
  const timer: RunningTimer = { id: 'running', categoryId: 'work', start: now - 40 * 60_000, note: '' };
  const input: SummaryInput = { entries: new EntryIndex(entries), categories: BENCH_CATEGORIES, settings: defaultSettings(TIME_ZONE), timer, now };
  return { entries, input, first: entries[0]!.start, now };
}

export const weekSummaryBench: Benchmark = (() => {
  let data: ReturnType<typeof load> | null = null;
  const get = () => (data ??= load());
  return {
    name: 'week summary',
    describe() {
      const { entries, first, now } = get();
      const years = (now - first) / (365.25 * DAY);
      return `${entries.length.toLocaleString('en')} entries over ${years.toFixed(1)} years, ${TIME_ZONE}, a work timer running`;
    },
    run() {
      const { input, first, now } = get();
      const span = now - first;
      // Distinct weeks spread over all five years: no week is summarised twice in the timed runs.
      const weekAt = (i: number, of: number) => first + Math.floor(((i + 0.5) / of) * span);
      for (let i = 0; i < 200; i++) weekSummary({ ...input, at: weekAt(i, 200) + 3 * DAY });
      for (let i = 0; i < 5; i++) weekRange({ ...input, at: weekAt(i, 5) + 2 * DAY, weeks: 52 });

      const weekTimes = Array.from({ length: WEEKS_TIMED }, (_, i) => timeOnce(() => weekSummary({ ...input, at: weekAt(i, WEEKS_TIMED) })));
      const current = Array.from({ length: 50 }, () => timeOnce(() => weekSummary(input)));
      const rangeTimes = Array.from({ length: RANGES_TIMED }, (_, i) =>
        timeOnce(() => weekRange({ ...input, at: now - Math.floor((i / RANGES_TIMED) * (span - 52 * 7 * DAY)), weeks: 52 })),
      );
      return [
        { name: `one week, median of ${WEEKS_TIMED} weeks`, value: median(weekTimes), target: 1, unit: 'ms' },
        { name: `one week, 95th percentile`, value: percentile(weekTimes, 95), target: 1, unit: 'ms' },
        { name: 'the current week (timer running), median', value: median(current), target: 1, unit: 'ms' },
        { name: `52-week range, median of ${RANGES_TIMED}`, value: median(rangeTimes), target: 20, unit: 'ms' },
      ];
    },
  };
})();
