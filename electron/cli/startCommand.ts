// `timelock start CATEGORY`: starts a timer through the router, so the lock judges it exactly as in the app.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command } from './command';
import { clockWords } from '../../shared/domain/words';
import { findCategory } from './findCategory';
import { timerJson } from './entryJson';
import { offHoursNote } from './offHoursNote';
import { noticesDuring } from './noticesDuring';
import { stoppedWords } from './stoppedWords';

export const startCommand: Command = {
  name: 'start',
  summary: 'start a timer (a running one is stopped first)',
  usage: 'timelock start CATEGORY [--note TEXT] [--reason TEXT] [--json]',
  help: [
    'Starts a timer in CATEGORY (its name in any case, or its id). A running timer is stopped and saved first; one',
    'that reached an entry saved ahead of it (from another computer) ends where that entry begins, as it says.',
    'The same lock rules as in the app apply: a hard lock refuses, a soft lock asks for a reason. A work timer started',
    'outside your work windows is said to be so, as the off-hours nudge says it (unless it is off in Settings).',
    '',
    '  --note TEXT     a note kept with the entry',
    '  --reason TEXT   why you go ahead past a soft lock; kept with the entry',
    '  --json          print the running timer as JSON',
  ].join('\n'),
  spec: { options: { note: 'string', reason: 'string', json: 'flag' }, positionals: ['category'] },
  async run({ args, ask, onEvent, out, say }) {
    const snapshot = await ask('app.snapshot', {});
    const { timeZone } = snapshot.settings;
    const category = findCategory(snapshot.categories, args.positionals[0]!);
    const before = snapshot.timer;
    const { value: timer, notices } = await noticesDuring(onEvent, () =>
      ask('timer.start', {
        categoryId: category.id,
        ...(args.has('note') ? { note: args.string('note') } : {}),
        ...(args.has('reason') ? { reason: args.string('reason') } : {}),
      }),
    );
    if (before) {
      // What was saved, not how long it ran: a run that reached an entry saved ahead of it ends where that entry
      // begins (TimerService.stopAt), and the saved entry keeps the timer's id.
      const [saved] = (await ask('entries.list', { from: before.start, to: before.start + 1 })).filter((e) => e.id === before.id);
      say(stoppedWords(snapshot.categories, before, saved ?? null, timer.start));
    }
    for (const notice of notices) say(notice);
    say(`Started ${cleanText(category.name)} at ${clockWords(timer.start, timeZone)}.`);
    const offHours = offHoursNote(snapshot.settings, category, timer.start);
    if (offHours) say(offHours);
    if (args.flag('json')) out(JSON.stringify(timerJson(timer, snapshot.categories, timeZone), null, 2));
  },
};
