// Timeboxes over a year: expanding one week of 50 weekly series (mixed weekdays, some edited or cancelled
// occurrences) and 200 one-offs under 1 ms; the plan check and plan against actual of a week under 1 ms too, with
// the year's logged entries indexed. Every week of the year is timed, DST weeks included.
import type { Timebox, WeeklyTimebox } from '../shared/planModel';
import { defaultSettings } from '../shared/defaults';
import { EntryIndex } from '../shared/domain/entryIndex';
import { planCheck } from '../shared/domain/planCheck';
import { planVsActual } from '../shared/domain/planVsActual';
import { expandWeek } from '../shared/domain/timeboxOccurrences';
import { addDays, formatDate, fromLocal, weekFromStartDate, type CalendarDate } from '../shared/domain/time';
import { median, timeOnce, type Benchmark } from './benchmark';
import { BENCH_CATEGORIES, generateEntries } from './generateEntries';
import { prng } from './prng';

const TIME_ZONE = 'Europe/Berlin';
const SERIES = 50;
const ONE_OFFS = 200;
const PASSES = 5;
// Monday 5 January 2026: 52 weeks, through both of Berlin's DST changes.
const FIRST_MONDAY: CalendarDate = { year: 2026, month: 1, day: 5 };
const WEEKS = 52;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function load() {
  const r = prng(20260105);
  const settings = defaultSettings(TIME_ZONE);
  const categoryIds = BENCH_CATEGORIES.map((c) => c.id);
  const boxes: Timebox[] = [];
  for (let i = 0; i < SERIES; i++) {
    const weekdays = [0, 1, 2, 3, 4, 5, 6].filter(() => r.chance(0.45));
    const startMinute = r.int(6 * 4, 21 * 4) * 15;
    const length = r.int(2, 12) * 15;
    const firstDate = addDays(FIRST_MONDAY, r.int(0, 20));
    const series: WeeklyTimebox = {
      kind: 'weekly',
      id: `series-${i}`,
      categoryId: r.pick(categoryIds),
      title: `Series ${i}`,
      firstDate: formatDate(firstDate),
      startTime: hhmm(startMinute),
      ...(r.chance(0.5) ? { endTime: hhmm(startMinute + length) } : { durationMinutes: length }),
      weekdays: weekdays.length > 0 ? weekdays : [r.int(0, 6)],
      until: r.chance(0.3) ? formatDate(addDays(firstDate, r.int(90, 330))) : null,
      overrides: {},
      cancelled: [],
    };
    // A few occurrences edited or cancelled, as a real calendar has (dates that are not occurrences are ignored).
    for (let k = 0; k < 6; k++) {
      const date = formatDate(addDays(firstDate, r.int(0, 360)));
      if (r.chance(0.5)) series.cancelled.push(date);
      else series.overrides[date] = r.chance(0.5) ? { startTime: hhmm(r.int(6 * 4, 20 * 4) * 15) } : { date: formatDate(addDays(firstDate, r.int(0, 360))), title: 'Moved' };
    }
    boxes.push(series);
  }
  for (let i = 0; i < ONE_OFFS; i++) {
    const date = addDays(FIRST_MONDAY, r.int(0, 7 * WEEKS - 1));
    const start = fromLocal(date, r.int(6, 21), r.pick([0, 15, 30, 45]), TIME_ZONE);
    boxes.push({ kind: 'once', id: `once-${i}`, categoryId: r.pick(categoryIds), start, end: start + r.int(2, 16) * 15 * 60_000 });
  }
  const weeks = Array.from({ length: WEEKS }, (_, w) => weekFromStartDate(addDays(FIRST_MONDAY, 7 * w), TIME_ZONE, 1));
  const generated = generateEntries(20260105, addDays(FIRST_MONDAY, -7), 7 * (WEEKS + 2), TIME_ZONE);
  const entries = new EntryIndex(generated.entries);
  return { boxes, settings, weeks, entries, now: generated.last + 3_600_000 };
}

export const timeboxesBench: Benchmark = (() => {
  let data: ReturnType<typeof load> | null = null;
  const get = () => (data ??= load());
  return {
    name: 'timeboxes',
    describe() {
      const { entries } = get();
      return `${SERIES} weekly series and ${ONE_OFFS} one-offs over a year, ${entries.size.toLocaleString('en')} entries, ${TIME_ZONE}`;
    },
    run() {
      const { boxes, settings, weeks, entries, now } = get();
      const input = { categories: BENCH_CATEGORIES, settings };
      // Warm-up: every week once, so each zone table and the JIT are ready.
      for (const week of weeks) planVsActual({ ...input, occurrences: expandWeek(boxes, week, settings), entries, timer: null, now, week });

      const expandTimes: number[][] = weeks.map(() => []);
      const checkTimes: number[] = [];
      const actualTimes: number[] = [];
      let occurrences = 0;
      for (let pass = 0; pass < PASSES; pass++) {
        // Each pass starts at another week: a garbage collection falls where the allocations add up to it, and the
        // same order would put it on the same week every pass.
        for (let i = 0; i < WEEKS; i++) {
          const w = (i + pass * 11) % WEEKS;
          const week = weeks[w]!;
          let expanded: ReturnType<typeof expandWeek> = [];
          expandTimes[w]!.push(timeOnce(() => (expanded = expandWeek(boxes, week, settings))));
          checkTimes.push(timeOnce(() => planCheck({ ...input, occurrences: expanded, week })));
          actualTimes.push(timeOnce(() => planVsActual({ ...input, occurrences: expanded, entries, timer: null, now, week })));
          occurrences += expanded.length;
        }
      }
      const perWeek = Math.round(occurrences / (PASSES * WEEKS));
      return [
        { name: `expand one week (~${perWeek} boxes), median of ${WEEKS} weeks × ${PASSES}`, value: median(expandTimes.flat()), target: 1, unit: 'ms' },
        // Each week's own median, so a stray pause of the machine does not count; the slowest shows the DST weeks.
        { name: `expand the slowest week, its median of ${PASSES}`, value: Math.max(...expandTimes.map(median)), target: 1, unit: 'ms' },
        { name: 'plan check of a week, median', value: median(checkTimes), target: 1, unit: 'ms' },
        { name: 'plan against actual of a week, median', value: median(actualTimes), target: 1, unit: 'ms' },
      ];
    },
  };
})();
