// `timelock status`: one line for a status bar — the running timer and this week's work against the cap — or the
// same as JSON for a script.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command } from './command';
import { MINUTE } from '../../shared/domain/time';
import { elapsedClock, hoursTowardCap } from '../../shared/domain/words';
import { formatInstant } from './formatInstant';
import { checkStatusSnapshot, checkStatusWeek } from './statusAnswers';

export const statusCommand: Command = {
  name: 'status',
  summary: "the running timer and this week's work against the cap, in one line",
  usage: 'timelock status [--json]',
  help: [
    'Prints one line for a status bar: the running timer and its time, then this week\'s work hours against the',
    'weekly cap, e.g. "Work 1:12 · 21.5 / 35 h", or "idle · 21.5 / 35 h" when no timer runs.',
    '',
    '  --json   the same figures as JSON: timer (or null), week, minutes by area, capMinutes, remainingMinutes, …',
  ].join('\n'),
  spec: { options: { json: 'flag' }, positionals: [] },
  readOnly: true,
  async run({ args, askChecked, out }) {
    // Both asked at once: through a running host that is one round trip, and each counts up to the host's now. Only
    // what status reads is checked, by hand (statusAnswers.ts), so a status bar's call never loads the contract.
    const [snapshot, week] = await Promise.all([askChecked('app.snapshot', {}, checkStatusSnapshot), askChecked('summary.week', {}, checkStatusWeek)]);
    const { timer, settings, now } = snapshot;
    const category = timer ? snapshot.categories.find((c) => c.id === timer.categoryId) : undefined;
    const elapsedMinutes = timer ? Math.max(0, now - timer.start) / 60_000 : 0;
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
                }
              : null,
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
    const doing = timer ? `${cleanText(category?.name ?? timer.categoryId)} ${elapsedClock(elapsedMinutes * MINUTE)}` : 'idle';
    // The same line as the tray's tooltip, by the same rules: the clock and the hours are cut, never rounded up.
    out(`${doing} · ${hoursTowardCap(week.minutes.work)} / ${hoursTowardCap(week.capMinutes)} h`);
  },
};
