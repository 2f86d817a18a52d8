// `timelock status`: one line for a status bar — the running timer and this week's work against the cap — or the
// same as JSON for a script.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command } from './command';
import { MINUTE } from '../../shared/domain/time';
import { capLineHours, countedWords, elapsedClock, ranIntoOf } from '../../shared/domain/words';
import { categoryName } from './findCategory';
import { formatInstant } from './formatInstant';
import { checkStatusOtherTimers, checkStatusSnapshot, checkStatusWeek, type StatusOtherTimer } from './statusAnswers';

export const statusCommand: Command = {
  name: 'status',
  summary: "the running timer and this week's work against the cap, in one line",
  usage: 'timelock status [--json]',
  help: [
    'Prints one line for a status bar: the running timer and its time, then this week\'s work hours against the',
    'weekly cap, e.g. "Work 1:12 · 21.5 / 35 h", or "idle · 21.5 / 35 h" when no timer runs. With sync on and no',
    'timer here, a timer another computer runs (as of its last sync) is named with that computer, as the tray does:',
    '"Work on Laptop 1:05 · 21.5 / 35 h". A timer that ran into an entry logged for later counts, and its stop saves,',
    'only up to that entry: "Work 1:12 (counted to 12:30) · 0.5 / 35 h".',
    '',
    '  --json   the same figures as JSON: timer (or null), otherTimers (on other computers), week, minutes by area,',
    '           capMinutes, remainingMinutes, …',
  ].join('\n'),
  spec: { options: { json: 'flag' }, positionals: [] },
  readOnly: true,
  async run({ args, askChecked, out }) {
    // All asked at once: through a running host that is one round trip, and each counts up to the host's now. Only
    // what status reads is checked, by hand (statusAnswers.ts), so a status bar's call never loads the contract.
    const [snapshot, week, others] = await Promise.all([
      askChecked('app.snapshot', {}, checkStatusSnapshot),
      askChecked('summary.week', {}, checkStatusWeek),
      // A running app older than the channel knows no other computers: status says what it knows.
      askChecked('sync.otherTimers', {}, checkStatusOtherTimers).catch((error: unknown): StatusOtherTimer[] => {
        if ((error as { code?: unknown } | null)?.code === 'unknown-channel') return [];
        throw error;
      }),
    ]);
    const { timer, settings, now } = snapshot;
    const categoryOf = (id: string) => snapshot.categories.find((c) => c.id === id);
    const category = timer ? categoryOf(timer.categoryId) : undefined;
    const elapsedMinutes = timer ? Math.max(0, now - timer.start) / 60_000 : 0;
    const ranInto = ranIntoOf(week.timerRanInto, timer);
    const countedFrom = ranIntoOf(week.timerCountedFrom, timer);
    // Another computer's clock may run ahead of this one's: its timer has then run no time yet, not less than none.
    const otherMinutes = (other: StatusOtherTimer) => Math.max(0, now - other.timer.start) / 60_000;
    if (args.flag('json')) {
      out(
        JSON.stringify(
          {
            running: timer !== null,
            timer: timer
              ? {
                  id: timer.id,
                  categoryId: timer.categoryId,
                  category: category?.name ?? timer.categoryId,
                  area: category?.area ?? null,
                  start: formatInstant(timer.start, settings.timeZone),
                  elapsedMinutes,
                  note: timer.note,
                  // Ran into an entry logged ahead: the run counts, and its stop saves, up to that entry's start.
                  ranInto: ranInto
                    ? { at: formatInstant(ranInto.at, settings.timeZone), category: categoryOf(ranInto.categoryId)?.name ?? ranInto.categoryId }
                    : null,
                  // An entry saved over its start (synced in) holds its first stretch: it counts, and its stop saves, from here.
                  countedFrom: countedFrom ? { at: formatInstant(countedFrom.at, settings.timeZone) } : null,
                }
              : null,
            otherTimers: others.map((other) => ({
              device: other.device,
              timer: {
                id: other.timer.id,
                categoryId: other.timer.categoryId,
                category: categoryOf(other.timer.categoryId)?.name ?? other.timer.categoryId,
                area: categoryOf(other.timer.categoryId)?.area ?? null,
                start: formatInstant(other.timer.start, settings.timeZone),
                elapsedMinutes: otherMinutes(other),
                note: other.timer.note,
              },
            })),
            now: formatInstant(now, settings.timeZone),
            week: week.week,
            timeZone: week.timeZone,
            minutes: week.minutes,
            capMinutes: week.capMinutes,
            remainingMinutes: week.remainingMinutes,
            overCapMinutes: week.overCapMinutes,
            capReachedAt: week.capReachedAt === null ? null : formatInstant(week.capReachedAt, settings.timeZone),
          },
          null,
          2,
        ),
      );
      return;
    }
    const other = others[0];
    // A run whose figure stops short of its clock says so: where it ran into an entry logged ahead, and where it counts
    // from when an entry saved over its start holds the first of it.
    const doing = timer
      ? `${categoryName(snapshot.categories, timer.categoryId)} ${elapsedClock(elapsedMinutes * MINUTE)}${countedWords(ranInto, countedFrom, now, settings.timeZone)}`
      : other
        ? `${categoryName(snapshot.categories, other.timer.categoryId)} on ${cleanText(other.device.name)} ${elapsedClock(otherMinutes(other) * MINUTE)}`
        : 'idle';
    // The same line as the tray's tooltip, by the same rules (capLineHours): the clock is cut, the work reaches the
    // cap's figure only with the cap; this computer's timer first, else the first other computer's.
    const line = capLineHours(week.minutes.work, week.capMinutes);
    out(`${doing} · ${line.work} / ${line.cap} h`);
  },
};
