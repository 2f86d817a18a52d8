// What a command is (its name, help, argument spec and run) and what it gets to run with: the parsed arguments,
// typed router calls through whichever transport reached Timelock, and the two output streams.
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract';
import type { ArgSpec, ParsedArgs } from './parseArgs';

export interface CommandContext {
  args: ParsedArgs;
  /**
   * Calls a channel; a refused call throws a Refusal carrying the router's message and code ('unknown-channel' when
   * a running app is older than this command and lacks the channel).
   */
  ask<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /**
   * The same, keeping only what `check` takes from the answer (undefined: refused as an answer of another version).
   * For a command that must not load the contract's schemas to check a running host's answer (status).
   */
  askChecked<C extends ChannelName, T>(channel: C, request: RequestOf<C>, check: (answer: unknown) => T | undefined): Promise<T>;
  /** Timelock's push events while the command runs (an import's progress); returns the unsubscribe. */
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
  /** The requested data, on stdout; a line end is added. */
  out(text: string): void;
  /** Data on stdout exactly as given (an exported file). */
  outRaw(text: string): void;
  /** Messages for the person, on stderr; a line end is added. */
  say(text: string): void;
  /** The folder relative paths in arguments are read against. */
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for `timelock --help`. */
  summary: string;
  /** `timelock start CATEGORY [--note TEXT]`: the first line of the command's help. */
  usage: string;
  /** The rest of the help: what it does, its options. */
  help: string;
  spec: ArgSpec;
  /**
   * Only reads, and only app.snapshot and summary.week (status): opening the folder itself, it may answer from the
   * checked files (electron/storage/checkedFiles.ts) instead of loading every file and the router.
   */
  readOnly?: true;
  /** Checks that need no data (exclusive options, required ones); throws UsageError. Runs before Timelock is opened. */
  check?(args: ParsedArgs): void;
  run(context: CommandContext): Promise<void>;
}
