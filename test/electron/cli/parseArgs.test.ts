import { describe, expect, it } from 'vitest';
import { parseArgs, type ArgSpec } from '../../../electron/cli/parseArgs';
import { UsageError } from '../../../electron/cli/cliErrors';

const spec: ArgSpec = {
  options: { note: 'string', json: 'flag', weeks: 'int', map: 'list' },
  positionals: ['category', 'extra?'],
};

const usage = (argv: string[]) => {
  try {
    parseArgs(argv, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('command-line arguments', () => {
  it('reads --name value and --name=value, flags, whole numbers and repeated options, wherever they stand', () => {
    const args = parseArgs(['--note', 'deep work', 'Work', '--json', '--weeks=4', '--map', 'Gym=fitness', '--map=Kids=family'], spec);
    expect(args.positionals).toEqual(['Work']);
    expect(args.string('note')).toBe('deep work');
    expect(args.flag('json')).toBe(true);
    expect(args.int('weeks')).toBe(4);
    expect(args.list('map')).toEqual(['Gym=fitness', 'Kids=family']);
    expect(args.has('extra')).toBe(false);
    expect(args.flag('help')).toBe(false);
  });

  it('takes --data-dir and --help on every command, and -h as --help', () => {
    const args = parseArgs(['Work', '--data-dir', '/tmp/x', '-h'], spec);
    expect(args.string('data-dir')).toBe('/tmp/x');
    expect(args.flag('help')).toBe(true);
  });

  it('treats everything after -- as positionals, so a category may start with a dash', () => {
    expect(parseArgs(['--', '--odd-name'], spec).positionals).toEqual(['--odd-name']);
  });

  it('a value may start with one dash, and with two only in the --name=value form', () => {
    expect(parseArgs(['Work', '--note', '-5 minutes late'], spec).string('note')).toBe('-5 minutes late');
    expect(parseArgs(['Work', '--note=--loud'], spec).string('note')).toBe('--loud');
    expect(usage(['Work', '--note', '--json'])).toMatch(/--note needs a value.*--note=--json/);
  });

  it('names each mistake: unknown option (with a near name), missing value, not a number, twice, flag with a value', () => {
    expect(usage(['Work', '--jsn'])).toBe('Unknown option --jsn.');
    expect(usage(['Work', '--js'])).toBe('Unknown option --js. Did you mean --json?');
    expect(usage(['Work', '-x'])).toBe('Unknown option -x.');
    expect(usage(['Work', '--note'])).toBe('--note needs a value.');
    expect(usage(['Work', '--weeks', 'four'])).toBe("--weeks needs a whole number, not 'four'.");
    expect(usage(['Work', '--note', 'a', '--note', 'b'])).toBe('--note is given twice.');
    expect(usage(['Work', '--json=yes'])).toBe('--json takes no value.');
    expect(usage(['Work', '--constructor'])).toBe('Unknown option --constructor.');
    expect(usage(['Work', '-hx'])).toBe('Unknown option -x.');
  });

  it('a whole number may be negative, and a lone - is a positional', () => {
    const args = parseArgs(['-', '--weeks', '-3'], spec);
    expect(args.int('weeks')).toBe(-3);
    expect(args.positionals).toEqual(['-']);
  });

  it('a negative number is a value, not an option: -1, -0.5 and -1:30 are positionals, each once', () => {
    expect(parseArgs(['Work', '-1'], spec).positionals).toEqual(['Work', '-1']);
    expect(parseArgs(['-0.5', '-.5'], spec).positionals).toEqual(['-0.5', '-.5']);
    expect(parseArgs(['Work', '-1:30', '--weeks', '-2'], spec).positionals).toEqual(['Work', '-1:30']);
    expect(usage(['Work', '-x1'])).toBe('Unknown option -x.');
    expect(usage(['Work', '-1', '-2'])).toBe("Unexpected argument '-2'.");
  });

  it('counts positionals: a missing one is named, an extra one is refused', () => {
    expect(usage([])).toBe('Missing CATEGORY.');
    expect(usage(['a', 'b', 'c'])).toBe("Unexpected argument 'c'.");
  });

  it('with --help nothing else has to be right', () => {
    expect(parseArgs(['--help'], spec).flag('help')).toBe(true);
  });
});
