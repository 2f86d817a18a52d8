// Contract-true data for renderer tests: every fixture is parsed with the contract's own schema, so a test can
// never pass on a shape the main process would not send. Week bounds come from the domain, as in the app.
import { SEEDED_CATEGORIES, defaultSettings } from '../../shared/defaults';
import { weekContaining } from '../../shared/domain/time';
import { snapshotSchema, type Snapshot } from '../../shared/contract';
import { weekRangeSchema, weekSummarySchema, type AreaMinutes, type Category, type Settings, type WeekRange, type WeekSummary } from '../../shared/model';

export const TIME_ZONE = 'Europe/Berlin';
/** Wednesday 25 March 2026, 11:00 in Berlin. */
export const NOW = Date.UTC(2026, 2, 25, 10, 0, 0);

export const CATEGORIES: Category[] = [
  ...SEEDED_CATEGORIES,
  { id: 'reading', name: 'Reading', area: 'family', color: '#CC79A7', archived: false },
  { id: 'old-project', name: 'Old project', area: 'work', color: '#E69F00', archived: true },
];

export function settingsFixture(patch: Partial<Settings> = {}): Settings {
  // The first-run welcome is its own test's subject (Welcome.test.tsx); elsewhere the person has been welcomed.
  return { ...defaultSettings(TIME_ZONE), welcomePending: false, ...patch };
}

export function snapshotFixture(patch: Partial<Snapshot> = {}): Snapshot {
  return snapshotSchema.parse({
    settings: settingsFixture(),
    categories: CATEGORIES,
    timer: null,
    now: NOW,
    dataDir: '/home/ada/.config/Timelock',
    storageNotices: [],
    ...patch,
  });
}

/** Minutes by category id for each day of the week, Monday first. */
export type WeekMinutes = Array<Record<string, number>>;

/** A Monday-to-Wednesday week: 21.5 h of work, some fitness and family. */
export const SAMPLE_WEEK: WeekMinutes = [
  { work: 8 * 60, fitness: 45 },
  { work: 7.5 * 60, family: 120 },
  { work: 6 * 60, reading: 30 },
  {},
  {},
  {},
  {},
];

export interface WeekSummaryOptions {
  minutes?: WeekMinutes;
  capMinutes?: number;
  dailyCapMinutes?: number | null;
  /** Off-hours work minutes per day, Monday first. */
  offHours?: number[];
  at?: number;
  categories?: Category[];
  /** The end of the work window now lies in, as the domain would give it; null off-hours. */
  windowEndsAt?: number | null;
}

export function weekSummaryFixture(options: WeekSummaryOptions = {}): WeekSummary {
  const { minutes = SAMPLE_WEEK, capMinutes = 35 * 60, dailyCapMinutes = null, offHours = [], at = NOW, categories = CATEGORIES, windowEndsAt = null } = options;
  const bounds = weekContaining(at, TIME_ZONE, 1);
  const areaOf = (id: string) => categories.find((c) => c.id === id)?.area ?? 'work';
  const sumAreas = (byCategory: Record<string, number>): AreaMinutes => {
    const total: AreaMinutes = { work: 0, fitness: 0, family: 0 };
    for (const [id, value] of Object.entries(byCategory)) total[areaOf(id)] += value;
    return total;
  };
  const weekByCategory: Record<string, number> = {};
  const days = bounds.days.map((day, i) => {
    const byCategory = minutes[i] ?? {};
    for (const [id, value] of Object.entries(byCategory)) weekByCategory[id] = (weekByCategory[id] ?? 0) + value;
    return {
      date: day.date,
      start: day.start,
      end: day.end,
      weekday: day.weekday,
      minutes: sumAreas(byCategory),
      byCategory,
      offHoursWorkMinutes: offHours[i] ?? 0,
      lateWorkMinutes: 0,
      overDailyCapMinutes: dailyCapMinutes === null ? 0 : Math.max(0, sumAreas(byCategory).work - dailyCapMinutes),
      dayOff: null,
    };
  });
  const total = sumAreas(weekByCategory);
  return weekSummarySchema.parse({
    week: bounds.label,
    timeZone: TIME_ZONE,
    weekStartsOn: 1,
    start: bounds.start,
    end: bounds.end,
    now: at,
    capMinutes,
    baseCapMinutes: capMinutes,
    daysOff: [],
    dailyCapMinutes,
    minutes: total,
    byCategory: weekByCategory,
    inWindowWorkMinutes: total.work,
    offHoursWorkMinutes: offHours.reduce((a, b) => a + b, 0),
    remainingMinutes: Math.max(0, capMinutes - total.work),
    overCapMinutes: Math.max(0, total.work - capMinutes),
    capReachedAt: null,
    windowEndsAt,
    dailyCapReachedAt: null,
    days,
    balance: { targets: { workMaxMinutes: capMinutes, fitnessMinMinutes: 150, familyMinMinutes: 600 }, targetsMet: ['work'], behind: ['fitness', 'family'], metCount: 1 },
    signals: { overCap: total.work > capMinutes, offHoursShare: 0, weekendDaysWorked: 0, lateWorkMinutes: 0, longestFitnessGapDays: 0, longestFamilyGapDays: 0 },
  });
}

/** Twelve weeks ending with the week containing `at`, oldest first, each one the sample week unless given. */
export function weekRangeFixture(options: { at?: number; weeks?: number; minutes?: (index: number) => WeekMinutes | undefined } = {}): WeekRange {
  const { at = NOW, weeks = 12 } = options;
  const list: WeekSummary[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const index = weeks - 1 - i;
    list.push(weekSummaryFixture({ at: at - i * 7 * 24 * 3_600_000, minutes: options.minutes?.(index) }));
  }
  return weekRangeSchema.parse({ weeks: list, trend: { consecutiveWeeksOverCap: 0, targetsMissedInARow: weeks } });
}
