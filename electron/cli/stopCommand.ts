// `timelock stop`: stops the running timer and saves its entry; nothing running is not an error.
import { cleanText } from '../../shared/domain/cleanText';
import type { Command, CommandContext } from './command';
import { clockWords } from '../../shared/domain/words';
import { savedFor } from './stoppedWords';
import { entryJson } from './entryJson';
import { categoryName } from './findCategory';
import { noticesDuring } from './noticesDuring';

export const stopCommand: Command = {
  name: 'stop',
  summary: 'stop the running timer and save its entry',
  usage: 'timelock stop [--json]',
  help: [
    'Stops the running timer and saves it as an entry. With no timer running it says so and succeeds. A run that',
    'reached an entry saved ahead of it (logged for later, or from another computer) ends where that entry begins;',
    'one that began inside an entry (from another computer) is saved from where that entry ends, and says so.',
    '',
    '  --json   print the saved entry (or null) as JSON',
  ].join('\n'),
  spec: { options: { json: 'flag' }, positionals: [] },
  async run({ args, ask, onEvent, out, say }) {
    const { value: entry, notices } = await noticesDuring(onEvent, () => ask('timer.stop', {}));
    if (entry === null) {
      // A run whose whole time other entries hold saves nothing, and the notice says so.
      for (const notice of notices) say(notice);
      if (notices.length === 0) say(await noTimerHere(ask));
      if (args.flag('json')) out('null');
      return;
    }
    const { categories, settings } = await ask('app.snapshot', {});
    const name = categoryName(categories, entry.categoryId);
    say(`Stopped ${name} ${savedFor(entry.end - entry.start)}.`);
    for (const notice of notices) say(notice);
    if (args.flag('json')) out(JSON.stringify(entryJson(entry, categories, settings.timeZone), null, 2));
  },
};

/** Nothing runs here; a timer another computer runs (as of its last sync) is named, with the command that stops it. */
async function noTimerHere(ask: CommandContext['ask']): Promise<string> {
  // Sync off, or a host older than the channel: nothing more to say.
  const others = await ask('sync.otherTimers', {}).catch(() => []);
  if (others.length === 0) return 'No timer is running.';
  const { categories, settings } = await ask('app.snapshot', {});
  const lines = others.map((other) => {
    const name = categoryName(categories, other.timer.categoryId);
    const device = cleanText(other.device.name);
    return `${name} runs on ${device} since ${clockWords(other.timer.start, settings.timeZone)} (as of its last sync): timelock sync stop-timer ${quoted(device)} stops it from here.`;
  });
  return ['No timer is running on this computer.', ...lines].join('\n');
}

const quoted = (name: string) => (/^[\w.-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`);
