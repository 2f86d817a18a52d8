// Fixed figures for renderer tests: the moment they run at, its time zone, the categories a picker is shown with, and
// a sample week that testApi's seedWeek saves through the real entries service.
import { SEEDED_CATEGORIES } from '../../shared/defaults';
import type { Category } from '../../shared/model';

export const TIME_ZONE = 'Europe/Berlin';
/** Wednesday 25 March 2026, 11:00 in Berlin. */
export const NOW = Date.UTC(2026, 2, 25, 10, 0, 0);

export const CATEGORIES: Category[] = [
  ...SEEDED_CATEGORIES,
  { id: 'reading', name: 'Reading', area: 'family', color: '#CC79A7', archived: false },
  { id: 'old-project', name: 'Old project', area: 'work', color: '#E69F00', archived: true },
];

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
