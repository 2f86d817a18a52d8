// The off-hours nudge, said by `timelock start` as it starts a work timer outside the work windows. A running host
// nudges such a timer by a notification (nudgeService), but a command usually runs with no host, and exits at once:
// with the lock off, nothing else would tell the person at the moment they start.
import type { Category, Settings } from '../../shared/model';
import { windowExit } from '../../shared/domain/locks';
import { nextWindowStart } from '../../shared/domain/windows';
import { whenWords } from '../../shared/domain/words';

/** The nudge's words for a timer in `category` started at `start`; null inside a window, for a category that is not
 * work, or when the person turned the off-hours nudge off in Settings. */
export function offHoursNote(settings: Settings, category: Pick<Category, 'area'>, start: number): string | null {
  if (category.area !== 'work' || settings.nudges.enabled['off-hours-work'] === false) return null;
  if (windowExit(start, settings) !== start) return null;
  const next = nextWindowStart(start, settings, 14);
  return `The work timer is running outside your work windows.${next === null ? '' : ` Your next window opens ${whenWords(next, start, settings.timeZone)}.`}`;
}
