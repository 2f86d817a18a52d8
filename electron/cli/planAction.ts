// One action of `timelock plan` (add, list, remove, check, export, import): its usage, help, options and run. The plan
// command parses the union of their options and lets each action refuse the ones that are not its own.
import type { CommandContext } from './command';
import type { OptionKind, ParsedArgs } from './parseArgs';

export interface PlanAction {
  name: string;
  /** `timelock plan add CATEGORY --start TIME --end TIME …` */
  usage: string;
  /** What it does and its options, a line each. */
  help: readonly string[];
  options: Record<string, OptionKind>;
  /** Positionals after the action's name; a trailing '?' marks an optional one. */
  positionals: readonly string[];
  required?: readonly string[];
  /** Checks that need no data (the values of its options); throws UsageError. Runs before Timelock is opened. */
  check?(args: ParsedArgs, positionals: readonly string[]): void;
  run(context: CommandContext, positionals: readonly string[]): Promise<void>;
}
