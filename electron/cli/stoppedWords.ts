// What `timelock start` says of the timer it stopped to switch: the length that was saved, which is shorter than the
// run when the run reached an entry saved ahead of it (TimerService.stopAt ends it where that entry begins) or began
// inside one; the host's notice, said after this, tells which and what was left out.
import { MINUTE } from '../../shared/domain/time';
import { durationClock } from '../../shared/domain/words';
import type { Category, Entry, RunningTimer } from '../../shared/model';
import { categoryName } from './findCategory';

/** `saved` is the stopped timer's entry (null when nothing was saved), `switchedAt` the instant of the switch. */
export function stoppedWords(categories: readonly Category[], stopped: RunningTimer, saved: Entry | null, switchedAt: number): string {
  const name = categoryName(categories, stopped.categoryId);
  // Nothing saved of a run that had time: entries from another computer hold all of it, as the host's notice says.
  if (!saved) return switchedAt > stopped.start ? `Stopped ${name}; nothing was saved.` : `Stopped ${name}; it had run no time, so nothing was saved.`;
  return `Stopped ${name} ${savedFor(saved.end - saved.start)}.`;
}

/** "after 1:12", or "after under a minute": a clock reading 0:00 read as if the timer had barely run. */
export function savedFor(ms: number): string {
  return ms < MINUTE ? 'after under a minute' : `after ${durationClock(ms)}`;
}
