// `timelock unlock`: the hard lock's way through from the command line, as the window's unlock dialog offers it: a
// reason, then the cool-down (the unlockCooldownSeconds setting) before it lets work through, for a while, for the
// rules it lifts. Without it, the hard lock's refusal ("ask for an unlock") pointed where a terminal could not go.
import { LOCK_RULES, type LockRule, type Unlock } from '../../shared/model';
import { lockRulesWords } from '../../shared/domain/locks';
import { whenWords } from '../../shared/domain/words';
import type { Command } from './command';
import { UsageError } from './cliErrors';

function liftsOf(text: string | undefined): LockRule[] | undefined {
  if (text === undefined) return undefined;
  const rules = text.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = rules.filter((r) => !(LOCK_RULES as readonly string[]).includes(r));
  if (rules.length === 0 || unknown.length > 0) throw new UsageError(`--lifts takes ${LOCK_RULES.join(', ')} (one or more, comma-separated), not '${text}'.`);
  return [...new Set(rules)] as LockRule[];
}

/** "from 17:06 until 17:36, lifting the work windows": what an unlock does, seen from now. */
function unlockWords(unlock: Unlock, now: number, timeZone: string): string {
  const lifts = lockRulesWords(unlock.lifts ?? [...LOCK_RULES]);
  return `${whenWords(unlock.activeFrom, now, timeZone)} ${whenWords(unlock.activeUntil, now, timeZone, 'until')}, lifting ${lifts}`;
}

export const unlockCommand: Command = {
  name: 'unlock',
  summary: "pass the hard lock for a while: a reason, then a short wait",
  usage: 'timelock unlock --reason TEXT [--minutes N] [--lifts RULES] [--json] | unlock --status [--json] | unlock --end',
  help: [
    'Asks to pass the hard lock, as the window\'s unlock does: the reason is kept in the unlock log, and the unlock',
    'lets work through only after the cool-down (unlockCooldownSeconds, 60 by default), for --minutes (default: the',
    'unlockDurationMinutes setting).',
    '',
    '  --reason TEXT  why you work past your boundary now (required to ask)',
    '  --minutes N    how long it lasts, 1 to 1440',
    `  --lifts RULES  which rules it lifts: ${LOCK_RULES.join(', ')} (comma-separated; default: all)`,
    '  --status       the unlock in force and the one waiting, if any',
    '  --end          end the unlock in force (or the one waiting) now',
    '  --json         print the unlock (or the status) as JSON',
  ].join('\n'),
  spec: { options: { reason: 'string', minutes: 'int', lifts: 'string', status: 'flag', end: 'flag', json: 'flag' }, positionals: [] },
  check(args) {
    const asks = args.has('reason') || args.has('minutes') || args.has('lifts');
    if (args.flag('status') && (asks || args.flag('end'))) throw new UsageError('unlock --status takes no other option but --json.');
    if (args.flag('end') && asks) throw new UsageError('unlock --end takes no other option.');
    if (!args.flag('status') && !args.flag('end') && !args.has('reason')) throw new UsageError('unlock needs --reason TEXT: why you work past your boundary now.');
    // Blank is no reason: the unlock log keeps it to be read later.
    if (args.has('reason') && !args.string('reason')!.trim()) throw new UsageError('--reason needs words: why you work past your boundary now, e.g. --reason "release tonight".');
    const minutes = args.has('minutes') ? args.int('minutes') : undefined;
    if (minutes !== undefined && (minutes < 1 || minutes > 1440)) throw new UsageError(`--minutes is from 1 to 1440, not ${minutes}.`);
    liftsOf(args.string('lifts'));
  },
  async run({ args, ask, out, say }) {
    const { settings, now } = await ask('app.snapshot', {});
    const { timeZone } = settings;
    if (args.flag('status') || args.flag('end')) {
      const status = await ask('locks.unlocks', {});
      const current = status.active ?? status.pending;
      if (args.flag('end')) {
        if (!current) return say('No unlock is in force or waiting.');
        await ask('locks.endUnlock', { id: current.id });
        return say(`Ended the unlock ${status.active ? 'in force' : 'waiting'}: the hard lock holds again.`);
      }
      if (args.flag('json')) return out(JSON.stringify({ active: status.active, pending: status.pending }, null, 2));
      if (status.active) say(`An unlock is in force ${whenWords(status.active.activeUntil, now, timeZone, 'until')}, lifting ${lockRulesWords(status.active.lifts ?? [...LOCK_RULES])}.`);
      if (status.pending) say(`An unlock waits: ${unlockWords(status.pending, now, timeZone)}.`);
      if (!status.active && !status.pending) say('No unlock is in force or waiting.');
      return;
    }
    const lifts = liftsOf(args.string('lifts'));
    const unlock = await ask('locks.unlock', {
      reason: args.string('reason')!,
      ...(args.has('minutes') ? { minutes: args.int('minutes') } : {}),
      ...(lifts ? { lifts } : {}),
    });
    say(`Unlock asked: ${unlockWords(unlock, now, timeZone)}. The reason is kept in the unlock log.`);
    if (args.flag('json')) out(JSON.stringify(unlock, null, 2));
  },
};
