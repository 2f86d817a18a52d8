// Instants in the fixtures' week (2026-W13 in Berlin, Monday 23 to Sunday 29 March; now is Wednesday 11:00), made with
// the domain's fromLocal so a box's instants are the ones the app would send.
import { fromLocal } from '../../shared/domain/time';
import { TIME_ZONE } from './fixtures';

/** The instant of a local wall-clock time on a day of March 2026 in Berlin. */
export const march = (day: number, hour: number, minute = 0) => fromLocal({ year: 2026, month: 3, day }, hour, minute, TIME_ZONE);
