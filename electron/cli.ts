// The command line (`timelock …`): another transport for the same router. It parses the command, reaches Timelock
// through a running host's socket or else the data folder itself, and turns the outcome into an exit code:
// 0 done, 1 refused (a lock, bad input: the reason on stderr), 2 a usage mistake. stdout carries only the data asked
// for, so `--json` output always parses; everything said to the person goes to stderr.
import type { ChannelName, ResponseOf } from '../shared/contract';
import { AppError } from '../shared/result';
import type { Clock } from './ports';
import type { SocketPlace } from './hosts/socketAddress';
import { DataDirUsageError, keepDefaultFolderPrivate, resolveDataDir, type DataDirChoice } from './hosts/resolveDataDir';
import { COMMAND_NAMES, isCommandName, loadAllCommands, loadCommand } from './cli/commands';
import type { Command, CommandContext } from './cli/command';
import { EXIT, Refusal, UsageError } from './cli/cliErrors';
import { commandIndex, parseArgs, type ParsedArgs } from './cli/parseArgs';
import { openCliTransport, type CliTransport } from './cli/cliTransport';

export interface CliOutput {
  write(text: string): unknown;
}

export interface RunCliOptions {
  /** The arguments after the program name. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Used only when the CLI opens the data folder itself; a running host keeps its own clock. */
  clock?: Clock;
  cwd?: string;
  /** Where sockets are looked for (tests); the real temp dir and platform by default. */
  socketPlace?: SocketPlace;
  /** The zone a brand-new data folder starts in; the system's by default. */
  systemTimeZone?: string;
  /** How long to wait for another Timelock working on the folder (tests shorten it); 10 s by default. */
  lockWaitMs?: number;
}

/** Marks what the CLI says about the data folder itself on stderr, so a script can pick it out. */
export const NOTICE_PREFIX = 'timelock: notice:';

export { EXIT };

export async function runCli(options: RunCliOptions): Promise<number> {
  const say = (text: string) => void options.stderr.write(`${text}\n`);
  const at = commandIndex(options.argv);
  const commandName = at < 0 ? undefined : options.argv[at]!;
  const wantsHelp = options.argv.includes('--help') || options.argv.includes('-h');

  if (commandName === undefined || commandName === 'help') {
    const topic = commandName === 'help' ? options.argv.slice(at + 1).find((arg) => !arg.startsWith('-')) : undefined;
    if (topic !== undefined && !isCommandName(topic)) return usageFailure(say, `Unknown command '${topic}'.`);
    if (topic !== undefined) options.stdout.write(`${commandHelp(await loadCommand(topic))}\n`);
    else if (commandName === 'help' || wantsHelp) options.stdout.write(`${await mainHelp()}\n`);
    else return usageFailure(say, 'Which command?');
    return EXIT.ok;
  }

  if (!isCommandName(commandName)) return usageFailure(say, `Unknown command '${commandName}'.`);
  const command = await loadCommand(commandName);

  let args: ParsedArgs;
  let choice: DataDirChoice;
  try {
    // First, so a missing folder reads the same in every host, whatever else is wrong.
    choice = resolveDataDir(options.argv, { env: options.env, cwd: options.cwd ?? process.cwd() });
    args = parseArgs([...options.argv.slice(0, at), ...options.argv.slice(at + 1)], command.spec);
    if (args.flag('help')) {
      options.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    command.check?.(args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DataDirUsageError) return usageFailure(say, error.message, command);
    throw error;
  }

  const cwd = options.cwd ?? process.cwd();
  let transport: CliTransport | undefined;
  try {
    keepDefaultFolderPrivate(choice);
    transport = await openCliTransport({
      dataDir: choice.dir,
      clock: options.clock,
      place: options.socketPlace,
      systemTimeZone: options.systemTimeZone,
      lockWaitMs: options.lockWaitMs,
      readOnly: command.readOnly === true,
      onInternalError: (channel, error) => say(`[timelock] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    // Said once, before the command's own output: a repair means the last change before the damage may be gone.
    const told = transport.notices.length;
    for (const notice of transport.notices) say(`${NOTICE_PREFIX} ${notice}`);
    // A read-only command may open the folder the full way only at its first call (a hard stop due, a file changed as
    // it read): what that did is said before its output, as every other command says it, so the output waits.
    const held: string[] = [];
    const stdout = command.readOnly ? { write: (text: string) => void held.push(text) } : options.stdout;
    await command.run(contextFor(transport, args, { ...options, stdout }, cwd));
    transport.afterCommand();
    // Then what the command's change brought due (a hard stop), after the output of a command that changes data.
    for (const notice of transport.notices.slice(told)) say(`${NOTICE_PREFIX} ${notice}`);
    for (const text of held) options.stdout.write(text);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(say, error.message, command);
    if (error instanceof Refusal || error instanceof AppError) say(error.message);
    else say(`timelock ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  } finally {
    await transport?.close();
  }
}

function contextFor(transport: CliTransport, args: ParsedArgs, options: RunCliOptions, cwd: string): CommandContext {
  const askChannel = async (channel: string, payload: unknown) => {
    const result = await transport.call(channel, payload);
    if (result.ok) return result.value;
    if (result.error.code === 'unknown-channel') {
      const older = transport.via === 'socket' ? ' (the running app is older than this command: update it)' : '';
      throw new Refusal(`This version of Timelock has no ${channel}${older}.`, 'unknown-channel');
    }
    throw new Refusal(result.error);
  };
  return {
    args,
    cwd,
    onEvent: (listener) => transport.onEvent(listener),
    async ask<C extends ChannelName>(channel: C, request: unknown): Promise<ResponseOf<C>> {
      const value = await askChannel(channel, request);
      // The router checked a direct answer already; a running host of another version could answer in another shape.
      if (transport.via === 'direct') return value as ResponseOf<C>;
      const { channels } = await import('../shared/contract');
      const parsed = channels[channel].response.safeParse(value);
      if (!parsed.success) throw unknownForm(channel);
      return parsed.data as ResponseOf<C>;
    },
    async askChecked(channel, request, check) {
      const checked = check(await askChannel(channel, request));
      if (checked === undefined) throw unknownForm(channel);
      return checked;
    },
    out: (text) => void options.stdout.write(`${text}\n`),
    outRaw: (text) => void options.stdout.write(text),
    say: (text) => void options.stderr.write(`${text}\n`),
  };
}

function unknownForm(channel: string): Refusal {
  return new Refusal(`Timelock answered ${channel} in a form this command does not know. Is the running app another version?`);
}

function usageFailure(say: (text: string) => void, message: string, command?: Command): number {
  if (command) say(`timelock ${command.name}: ${message}\nUsage: ${command.usage}\nSee: timelock ${command.name} --help`);
  else say(`timelock: ${message}\nCommands: ${COMMAND_NAMES.join(', ')}\nSee: timelock --help`);
  return EXIT.usage;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.help}\n\n  --data-dir DIR   the data folder (else TIMELOCK_DATA_DIR, else the app's own)`;
}

async function mainHelp(): Promise<string> {
  const commands = await loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: timelock [--data-dir DIR] COMMAND [options]',
    '',
    'Timelock from the command line. While the app runs (desktop or browser host), every command goes through it;',
    'otherwise the command opens the data folder itself, one command at a time: a command that finds another one',
    'working on the folder waits up to 10 s for its turn, then refuses (exit 1).',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options for every command:',
    "  --data-dir DIR   the data folder (else TIMELOCK_DATA_DIR, else the app's own folder)",
    '  --help           help for one command: timelock COMMAND --help',
    '',
    'Exit codes: 0 done, 1 refused (a lock, or input the data shows wrong; the reason is on stderr), 2 a usage mistake (an',
    'unknown option, or a value wrong on its face: 2026-02-30, week 60, 25:00, a time zone that does not exist).',
  ].join('\n');
}
