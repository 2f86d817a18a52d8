// What `timelock start` says of the timer it stopped to switch: the length that was saved, which is shorter than the
// run when the run reached an entry saved ahead of it (TimerService.stopAt ends it where that entry begins).
import { cleanText } from '../../shared/domain/cleanText';
import { clockWords, durationClock } from '../../shared/domain/words';
import type { Category, Entry } from '../../shared/model';

/** `saved` is the stopped timer's entry (null when it had run for no time), `switchedAt` the instant of the switch. */
export function stoppedWords(categories: readonly Category[], categoryId: string, saved: Entry | null, switchedAt: number, timeZone: string): string {
  const name = cleanText(categories.find((c) => c.id === categoryId)?.name ?? categoryId);
  if (!saved) return `Stopped ${name}; it had run no time, so nothing was saved.`;
  const length = durationClock(saved.end - saved.start);
  if (saved.end >= switchedAt) return `Stopped ${name} after ${length}.`;
  return `Stopped ${name} after ${length}: it ends at ${clockWords(saved.end, timeZone)}, where an entry saved ahead of it begins.`;
}
