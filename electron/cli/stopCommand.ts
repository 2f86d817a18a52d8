// `timelock stop`: stops the running timer and saves its entry; nothing running is not an error.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command } from './command';
import { durationClock } from '../../shared/domain/words';
import { entryJson } from './entryJson';

export const stopCommand: Command = {
  name: 'stop',
  summary: 'stop the running timer and save its entry',
  usage: 'timelock stop [--json]',
  help: [
    'Stops the running timer and saves it as an entry. With no timer running it says so and succeeds. A run that',
    'reached an entry saved ahead of it (logged for later, or from another computer) ends where that entry begins.',
    '',
    '  --json   print the saved entry (or null) as JSON',
  ].join('\n'),
  spec: { options: { json: 'flag' }, positionals: [] },
  async run({ args, ask, out, say }) {
    const entry = await ask('timer.stop', {});
    if (entry === null) {
      say('No timer is running.');
      if (args.flag('json')) out('null');
      return;
    }
    const { categories, settings } = await ask('app.snapshot', {});
    const name = cleanText(categories.find((c) => c.id === entry.categoryId)?.name ?? entry.categoryId);
    say(`Stopped ${name} after ${durationClock(entry.end - entry.start)}.`);
    if (args.flag('json')) out(JSON.stringify(entryJson(entry, categories, settings.timeZone), null, 2));
  },
};
