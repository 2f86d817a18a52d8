// Boxes for the fixtures' week (2026-W13 in Berlin, Monday 23 to Sunday 29 March; now is Wednesday 11:00), made with
// the domain's fromLocal so a box's instants are the ones the app would send.
import { fromLocal } from '../../shared/domain/time';
import type { OneOffTimebox, WeeklyTimebox } from '../../shared/planModel';
import { TIME_ZONE } from './fixtures';

export const MINUTE = 60_000;

/** The instant of a local wall-clock time on a day of March 2026 in Berlin. */
export const march = (day: number, hour: number, minute = 0) => fromLocal({ year: 2026, month: 3, day }, hour, minute, TIME_ZONE);

/** Work on Monday 09:00–10:30. */
export const WORK_MONDAY: OneOffTimebox = { kind: 'once', id: 'work-mon', categoryId: 'work', start: march(23, 9), end: march(23, 10, 30) };

/** "Run", fitness, Monday and Wednesday 07:00–08:00, from Monday on. */
export const RUN_SERIES: WeeklyTimebox = {
  kind: 'weekly',
  id: 'run',
  categoryId: 'fitness',
  title: 'Run',
  firstDate: '2026-03-23',
  startTime: '07:00',
  endTime: '08:00',
  weekdays: [1, 3],
  until: null,
  overrides: {},
  cancelled: [],
};

/** Family on Wednesday 23:00 to Thursday 01:00: across midnight. */
export const FAMILY_NIGHT: OneOffTimebox = { kind: 'once', id: 'family-night', categoryId: 'family', title: 'Night out', start: march(25, 23), end: march(26, 1) };
