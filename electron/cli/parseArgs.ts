// Command-line arguments read against a command's spec: `--name value` or `--name=value`, flags, repeatable options
// and positionals; `--` ends the options. Node's util.parseArgs reads the line; any mistake is a UsageError naming
// it (exit 2).
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cliErrors';

/** string: one value; flag: no value; int: one whole number; list: one value each time it is given. */
export type OptionKind = 'string' | 'flag' | 'int' | 'list';

export interface ArgSpec {
  options: Record<string, OptionKind>;
  /** Positional names in order; a trailing '?' marks an optional one. */
  positionals: readonly string[];
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionKind> = { 'data-dir': 'string', help: 'flag' };

export class ParsedArgs {
  constructor(
    readonly positionals: readonly string[],
    private readonly values: ReadonlyMap<string, string | string[] | true>,
  ) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  flag(name: string): boolean {
    return this.values.get(name) === true;
  }

  string(name: string): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  int(name: string): number | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : Number(value);
  }

  list(name: string): string[] {
    const value = this.values.get(name);
    return Array.isArray(value) ? value : [];
  }
}

/** Where the command is: the first argument that is neither an option nor the value of --data-dir; -1 if none. */
export function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const kinds: Record<string, OptionKind> = { ...GLOBAL_OPTIONS, ...spec.options };
  const values = new Map<string, string | string[] | true>();
  const positionals: string[] = [];

  // Node splits the arguments (--name=value, -h, --, a lone -); the rules and the words for mistakes are ours, so it
  // runs non-strict and hands back tokens in order: the first mistake in the line is the one named.
  const { tokens } = nodeParseArgs({ args: [...argv], options: nodeOptions(kinds), strict: false, allowPositionals: true, tokens: true });
  let negativeAt = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    // No option is a digit, so -1, -0.5 or -1:30 is a value (Node splits it into short options: -0.5 into -0 -. -5).
    if (!token.rawName.startsWith('--') && looksNegative(argv[token.index]!)) {
      if (negativeAt !== token.index) positionals.push(argv[token.index]!);
      negativeAt = token.index;
      continue;
    }
    const { name, rawName, value, inlineValue } = token;
    const kind = rawName.startsWith('--') ? (Object.hasOwn(kinds, name) ? kinds[name] : undefined) : rawName === '-h' ? 'flag' : undefined;
    if (!kind) throw new UsageError(rawName.startsWith('--') ? `Unknown option --${name}.${suggest(name, Object.keys(kinds))}` : `Unknown option ${rawName}.`);
    if (kind === 'flag') {
      if (value !== undefined) throw new UsageError(`--${name} takes no value.`);
      values.set(name, true);
      continue;
    }
    // `--note --reason x` is far more likely a forgotten value than a note starting with dashes.
    if (value === undefined || (!inlineValue && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value${value === undefined ? '' : ` (to pass one starting with --, write --${name}=${value})`}.`);
    }
    if (kind === 'int' && !/^-?\d+$/.test(value)) throw new UsageError(`--${name} needs a whole number, not '${value}'.`);
    if (kind === 'list') {
      const list = values.get(name);
      values.set(name, [...(Array.isArray(list) ? list : []), value]);
      continue;
    }
    if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
    values.set(name, value);
  }

  // With --help nothing else needs to be right: the person is asking how.
  if (!values.has('help')) {
    const required = spec.positionals.filter((p) => !p.endsWith('?'));
    if (positionals.length < required.length) throw new UsageError(`Missing ${required.slice(positionals.length).map((p) => p.toUpperCase()).join(' and ')}.`);
    if (positionals.length > spec.positionals.length) throw new UsageError(`Unexpected argument '${positionals[spec.positionals.length]}'.`);
  }
  return new ParsedArgs(positionals, values);
}

/** Our kinds as Node's: anything with a value is a string (whole numbers are checked above), a flag a boolean. */
function nodeOptions(kinds: Record<string, OptionKind>): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, kind] of Object.entries(kinds)) if (name !== 'help') options[name] = { type: kind === 'flag' ? 'boolean' : 'string' };
  return options;
}

/** A negative number as typed: a dash, then a digit or a decimal point and a digit. */
function looksNegative(arg: string): boolean {
  return /^-\.?\d/.test(arg);
}

function suggest(name: string, known: readonly string[]): string {
  const close = known.find((k) => k.startsWith(name) || name.startsWith(k));
  return close ? ` Did you mean --${close}?` : '';
}
