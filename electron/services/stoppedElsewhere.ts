// The words for a timer that was running here and was stopped from another computer (`sync stop-timer` there, or a
// timers conflict resolved there): it leaves this computer without anyone here stopping it, so the window's notices
// and a running command say where it went.
import type { Category, Entry, RunningTimer } from '../../shared/model';
import { clockWords, durationClock } from '../../shared/domain/words';

/** `timer`: the timer as this computer held it (null when its record was no timer's shape); `saved`: the entry the
 * stop made, once it has synced in here. */
export function stoppedElsewhereWords(timer: RunningTimer | null, by: string, saved: Entry | undefined, categories: readonly Category[], timeZone: string): string {
  const name = timer ? categories.find((c) => c.id === timer.categoryId)?.name : undefined;
  const what = name ? `The ${name} timer` : 'The timer';
  const kept = saved
    ? `it is saved as an entry of ${durationClock(saved.end - saved.start)}, ${clockWords(saved.start, timeZone)}–${clockWords(saved.end, timeZone)}`
    : 'it is saved there as an entry up to when it was stopped';
  return `${what} running here was stopped on ${by}: ${kept}. Start a timer again if you are still at it.`;
}
