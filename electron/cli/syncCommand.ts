// `timelock sync setup|off|now|status|conflicts|resolve|timers|stop-timer`: sync through a folder another tool shares (Syncthing,
// Dropbox, a USB stick), over the sync.* channels, so a running app and the command take the same path.
import path from 'node:path';
import type { ResponseOf } from '../../shared/contract';
import { categoryName } from './findCategory';
import { cleanText } from '../../shared/domain/cleanText';
import { sameName } from '../../shared/domain/nameKey';
import { clockWords, countWords, elapsedClock } from '../../shared/domain/words';
import type { Command } from './command';
import { Refusal, UsageError } from './cliErrors';
import { formatInstant } from './formatInstant';
import { noticesDuring } from './noticesDuring';
import { entryVersionWords } from '../../shared/sync/entryVersionWords';
import { valueWords } from '../../shared/sync/settingConflictWords';
import type { Settings } from '../../shared/model';

const ACTIONS = ['setup', 'off', 'now', 'status', 'conflicts', 'resolve', 'timers', 'stop-timer'] as const;
type Action = (typeof ACTIONS)[number];
const KEEPS = ['this', 'other', 'both'] as const;

/** Which options each action takes; any other is a usage mistake rather than silently ignored. */
const OPTIONS_OF: Record<Action, readonly string[]> = {
  setup: ['folder', 'device-name'],
  off: [],
  now: ['json'],
  status: ['json'],
  conflicts: ['json'],
  resolve: ['keep'],
  timers: ['json'],
  'stop-timer': [],
};

type OtherTimer = ResponseOf<'sync.otherTimers'>[number];

/**
 * The other computer a person names (its name in any case and either Unicode form, or its id), among those with a
 * timer running.
 */
function findTimer(timers: readonly OtherTimer[], wanted: string): OtherTimer {
  const found = timers.find((t) => t.device.id === wanted) ?? timers.filter((t) => sameName(t.device.name, wanted));
  if (!Array.isArray(found)) return found;
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new Refusal(`More than one computer is named '${cleanText(wanted)}'; name it by its id: ${found.map((t) => t.device.id).join(', ')}.`);
  const running = timers.map((t) => `${cleanText(t.device.name)} (${t.device.id})`);
  throw new Refusal(`No other computer named '${cleanText(wanted)}' has a timer running${running.length ? `; running: ${running.join(', ')}` : ''}.`);
}


type ConflictView = ResponseOf<'sync.conflicts'>[number];

/** Under a conflict, what `--keep this`, `other` and `both` each keep, naming the computer each version is from. */
function keepLines(c: ConflictView, status: NonNullable<ResponseOf<'sync.status'>>, snapshot: ResponseOf<'app.snapshot'>): string[] {
  const self = status.device.id;
  const computer = (id: string | undefined) =>
    id === self ? `this computer, ${cleanText(status.device.name)}` : cleanText(status.devices.find((d) => d.id === id)?.name ?? `computer ${id ?? '?'}`);
  const { timeZone } = snapshot.settings;
  const version = (record: unknown): string => {
    if (record === null || record === undefined) return 'deleted';
    if (c.kind === 'setting') return valueWords(c.recordIds[0] as keyof Settings, record);
    if (typeof record !== 'object' || Array.isArray(record)) return JSON.stringify(record);
    const entry = entryVersionWords(record, (id) => categoryName(snapshot.categories, id), (start, end) => `${formatInstant(start, timeZone)} to ${formatInstant(end, timeZone)}`);
    if (entry !== null) return entry;
    const r = record as Record<string, unknown>;
    return typeof r.name === 'string' ? cleanText(r.name) : typeof r.date === 'string' ? r.date : JSON.stringify(record).slice(0, 120);
  };
  if (c.type === 'edited-twice') {
    return [
      `    --keep this   keeps the version shown now: ${version(c.kept)} (from ${computer(c.devices[0])})`,
      `    --keep other  restores the other: ${version(c.other)} (from ${computer(c.devices[1])})`,
      ...(c.kind === 'entry' ? ['    --keep both   keeps the version shown and the other as a copy'] : []),
    ];
  }
  if (c.type === 'overlap') {
    return ["    --keep this   keeps this computer's entry and deletes the other's", "    --keep other  keeps the other computer's entry and deletes this one's", '    --keep both   keeps both'];
  }
  return ["    --keep this   keeps the timer running here and stops the others (each saved as an entry up to now, less what entries hold)", '    --keep other  stops the timer running here'];
}

function roundLine(round: ResponseOf<'sync.now'>): string {
  const conflicts = round.conflicts ? `; ${countWords(round.conflicts, 'conflict')} to resolve (timelock sync conflicts)` : '';
  return `Took in ${countWords(round.applied, 'change')} from ${countWords(round.devices, 'other computer')}, wrote ${countWords(round.written, 'change')}${conflicts}.`;
}

/** The round's line, and what the settings it took in do to weeks already lived, said as that change made here is. */
function tellRound(round: ResponseOf<'sync.now'>, out: (text: string) => void, say: (text: string) => void): void {
  out(roundLine(round));
  if (round.livedWeeks) say(round.livedWeeks);
}

function statusLines(status: NonNullable<ResponseOf<'sync.status'>>, timeZone: string): string[] {
  return [
    `Folder: ${status.folder}`,
    `This computer: ${status.device.name} (${status.device.id})`,
    ...(status.devices.length
      ? status.devices.map((d) => `Other computer: ${d.name} (${d.id}), last seen ${formatInstant(d.lastSeen, timeZone)}`)
      : ['No other computer has synced through this folder yet.']),
    `Conflicts to resolve: ${status.conflicts}`,
    `Changes waiting: ${status.waiting.toTakeIn} to take in, ${status.waiting.toSend} to send`,
    ...status.problems,
  ];
}

export const syncCommand: Command = {
  name: 'sync',
  summary: 'keep one record across computers through a folder you already sync',
  usage:
    'timelock sync setup --folder DIR [--device-name NAME] | off | now [--json] | status [--json] | conflicts [--json] | resolve ID --keep this|other|both | timers [--json] | stop-timer COMPUTER',
  help: [
    'Keeps one record across your computers through a folder a sync tool already shares (Syncthing, Nextcloud,',
    'Dropbox, iCloud Drive, a USB stick). Each computer writes only its own files there; no server, no account.',
    '',
    'setup --folder DIR [--device-name NAME]   turn sync on through DIR, naming this computer; sends what is here',
    'off                                      turn sync off; the data here and the files in the folder stay complete',
    "now [--json]                             write this computer's changes and take in the others' now",
    '                                         (--json: {"applied", "written", "devices", "conflicts", "problems"},',
    '                                         and "livedWeeks" when it re-reads weeks already lived)',
    'status [--json]                          the folder, this computer, the others with their last-seen time,',
    '                                         the conflicts to resolve, the changes waiting (--json: null when',
    '                                         sync is off; "waiting": {"toSend", "toTakeIn"})',
    'conflicts [--json]                       what sync could not decide alone, one a line with its ID',
    'resolve ID --keep this|other|both        resolve one: keep the version shown here, the other, or both',
    'timers [--json]                          the timers running on your other computers, as of their last sync',
    "stop-timer COMPUTER                      stop the timer another computer left running (its name or id): the",
    '                                         entry is saved up to now, less what entries here hold, and that',
    '                                         computer takes the stop in',
    '',
    'While the app runs it watches the folder and syncs within seconds; the command is for scripts and checks.',
  ].join('\n'),
  spec: { options: { folder: 'string', 'device-name': 'string', json: 'flag', keep: 'string' }, positionals: ['action', 'id?'] },
  check(args) {
    const [action, id] = args.positionals;
    if (!(ACTIONS as readonly string[]).includes(action ?? '')) throw new UsageError(`sync needs one of ${ACTIONS.join(', ')}, not '${action}'.`);
    const allowed = OPTIONS_OF[action as Action];
    for (const option of Object.keys(syncCommand.spec.options)) {
      if (args.has(option) && !allowed.includes(option)) throw new UsageError(`sync ${action} takes no --${option}.`);
    }
    if (action === 'stop-timer') {
      if (id === undefined) throw new UsageError('sync stop-timer needs the computer whose timer to stop (timelock sync timers lists them).');
    } else if (action === 'resolve') {
      if (id === undefined) throw new UsageError('sync resolve needs the conflict ID (timelock sync conflicts lists them).');
      const keep = args.string('keep');
      if (keep === undefined || !(KEEPS as readonly string[]).includes(keep)) throw new UsageError(`sync resolve needs --keep this, other or both${keep === undefined ? '' : `, not '${keep}'`}.`);
    } else if (id !== undefined) {
      throw new UsageError(`sync ${action} takes no ${action === 'setup' ? 'folder without --folder' : 'argument'}: '${id}'.`);
    }
    if (action === 'setup' && !args.string('folder')) throw new UsageError('sync setup needs --folder DIR: the folder your sync tool shares.');
  },
  async run({ args, ask, out, say, cwd, onEvent }) {
    const action = args.positionals[0] as Action;
    const json = args.flag('json');
    switch (action) {
      case 'setup': {
        const folder = path.resolve(cwd, args.string('folder')!);
        const deviceName = args.string('device-name');
        // Joining computers that already sync, it takes their settings where its own differ, and says what it had.
        const { value: status, notices } = await noticesDuring(onEvent, () => ask('sync.setup', deviceName === undefined ? { folder } : { folder, deviceName }));
        const { timeZone } = await ask('settings.get', {});
        say(`Sync is on through ${status.folder}.`);
        for (const notice of notices) say(notice);
        out(statusLines(status, timeZone).join('\n'));
        return;
      }
      case 'off': {
        const { folder } = await ask('sync.off', {});
        say(`Sync is off. The data here and the files in ${folder} both stay complete.`);
        return;
      }
      case 'now': {
        const round = await ask('sync.now', {});
        if (json) out(JSON.stringify(round, null, 2));
        else tellRound(round, out, say);
        // Damage is told where the person looks, every round that meets it: a change that could not be read is missing here.
        if (!json) for (const problem of round.problems) say(problem);
        return;
      }
      case 'status': {
        const status = await ask('sync.status', {});
        const { timeZone } = await ask('settings.get', {});
        if (json) {
          const shown = status && { ...status, devices: status.devices.map((d) => ({ ...d, lastSeen: formatInstant(d.lastSeen, timeZone) })) };
          out(JSON.stringify(shown, null, 2));
        } else if (status === null) {
          say('Sync is off on this computer; timelock sync setup --folder DIR turns it on.');
        } else {
          out(statusLines(status, timeZone).join('\n'));
        }
        return;
      }
      case 'conflicts': {
        const conflicts = await ask('sync.conflicts', {});
        if (json) out(JSON.stringify(conflicts, null, 2));
        else if (conflicts.length === 0) say('No sync conflicts to resolve.');
        else {
          // What each --keep keeps, with whose version it is: a person choosing needs to see both.
          const [status, snapshot] = await Promise.all([ask('sync.status', {}), ask('app.snapshot', {})]);
          out(conflicts.flatMap((c) => [`${c.id}  ${c.type.padEnd(12)} ${c.message}`, ...(status ? keepLines(c, status, snapshot) : [])]).join('\n'));
        }
        return;
      }
      case 'resolve': {
        const keep = args.string('keep') as (typeof KEEPS)[number];
        const round = await ask('sync.resolve', { id: args.positionals[1]!, keep });
        say(`Resolved ${args.positionals[1]}, keeping ${keep === 'both' ? 'both' : `${keep === 'this' ? 'this' : 'the other'} version`}.`);
        tellRound(round, out, say);
        return;
      }
      case 'timers': {
        const [timers, snapshot] = await Promise.all([ask('sync.otherTimers', {}), ask('app.snapshot', {})]);
        const { timeZone } = snapshot.settings;
        if (json) {
          const shown = timers.map((t) => ({ ...t, timer: { ...t.timer, category: categoryName(snapshot.categories, t.timer.categoryId), start: formatInstant(t.timer.start, timeZone) } }));
          out(JSON.stringify(shown, null, 2));
        } else if (timers.length === 0) {
          say('No timer is running on another computer (as of their last sync).');
        } else {
          const line = (t: OtherTimer) =>
            `${cleanText(t.device.name)} (${t.device.id}): ${categoryName(snapshot.categories, t.timer.categoryId)} since ${formatInstant(t.timer.start, timeZone)}, ${elapsedClock(Math.max(0, snapshot.now - t.timer.start))}`;
          out(timers.map(line).join('\n'));
        }
        return;
      }
      case 'stop-timer': {
        const [timers, snapshot] = await Promise.all([ask('sync.otherTimers', {}), ask('app.snapshot', {})]);
        const target = findTimer(timers, args.positionals[1]!);
        const round = await ask('sync.stopOtherTimer', { device: target.device.id });
        const ran = elapsedClock(Math.max(0, snapshot.now - target.timer.start));
        const where = cleanText(target.device.name);
        const timeZone = snapshot.settings.timeZone;
        // What the stop saved (savedRun): entries here over its start, or logged ahead of it, keep their time.
        const { saved } = round;
        const kept =
          saved === null
            ? `entries here hold all of its time, so nothing was saved; ${where} takes the stop in.`
            : saved.start > target.timer.start || saved.end < snapshot.now
              ? `saved from ${clockWords(saved.start, timeZone)} to ${clockWords(saved.end, timeZone)}, as entries here hold the rest; it goes to ${where} with the stop.`
              : `the entry is saved here and goes to ${where} with the stop.`;
        say(`Stopped ${categoryName(snapshot.categories, target.timer.categoryId)} on ${where} after ${ran}; ${kept}`);
        tellRound(round, out, say);
        return;
      }
    }
  },
};
