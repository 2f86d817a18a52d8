import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderFingerprint } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

// Every way a command can be refused: the right exit code, a message on stderr, nothing on stdout, and not one byte
// of the data folder changed.
const CASES: Array<{ name: string; argv: string[]; code: 1 | 2; says: RegExp }> = [
  { name: 'an unknown command', argv: ['strat'], code: 2, says: /Unknown command/ },
  { name: 'an unknown option', argv: ['status', '--verbose'], code: 2, says: /Unknown option --verbose/ },
  { name: 'an extra argument', argv: ['status', 'now'], code: 2, says: /Unexpected argument 'now'/ },
  { name: 'start without a category', argv: ['start'], code: 2, says: /Missing CATEGORY/ },
  { name: 'start with an unknown category', argv: ['start', 'Gardening'], code: 1, says: /no category called 'Gardening'\. Categories: Work, Fitness, Family/ },
  { name: 'start with an empty reason', argv: ['start', 'Work', '--reason', ' '], code: 1, says: /reason/ },
  { name: 'log without --end', argv: ['log', 'Work', '--start', '2026-03-25T09:00'], code: 2, says: /Missing --end/ },
  { name: 'log with a start that is not a time', argv: ['log', 'Work', '--start', 'yesterday', '--end', '2026-03-25T10:00'], code: 1, says: /--start 'yesterday' is not a time/ },
  { name: 'log ending before it starts', argv: ['log', 'Work', '--start', '2026-03-25T10:00', '--end', '2026-03-25T09:00'], code: 1, says: /end/ },
  { name: 'log overlapping another entry', argv: ['log', 'Family', '--start', '2026-03-23T10:00', '--end', '2026-03-23T11:00'], code: 1, says: /overlap/i },
  { name: 'log in an archived-free but unknown category', argv: ['log', 'nope', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00'], code: 1, says: /no category called 'nope'/ },
  { name: 'summary with --week and --date', argv: ['summary', '--week', '2026-W13', '--date', '2026-03-25'], code: 2, says: /not both/ },
  { name: 'summary of a week that does not exist', argv: ['summary', '--week', '2026-W60'], code: 1, says: /names no week/ },
  { name: 'summary of a date that does not exist', argv: ['summary', '--date', '2026-02-30'], code: 1, says: /is not a date/ },
  { name: 'summary with --weeks not a number', argv: ['summary', '--weeks', 'two'], code: 2, says: /whole number/ },
  { name: 'summary with --weeks 0', argv: ['summary', '--weeks', '0'], code: 1, says: /summary\.range is not valid/ },
  { name: 'settings with no action', argv: ['settings'], code: 2, says: /Missing ACTION/ },
  { name: 'settings with an unknown action', argv: ['settings', 'reset'], code: 2, says: /'get', 'set' or 'history'/ },
  { name: 'settings set without a value', argv: ['settings', 'set', 'lockMode'], code: 2, says: /KEY and VALUE/ },
  { name: 'settings set of an unknown key', argv: ['settings', 'set', 'colour', 'blue'], code: 2, says: /Unknown setting 'colour'. Keys: / },
  { name: 'settings set of a value out of range', argv: ['settings', 'set', 'weeklyCapMinutes', '999999'], code: 1, says: /weeklyCapMinutes/ },
  { name: 'settings set of a lock mode that does not exist', argv: ['settings', 'set', 'lockMode', 'strict'], code: 1, says: /lockMode/ },
  { name: 'settings set of hours that are not a number', argv: ['settings', 'set', 'weeklyCapHours', 'lots'], code: 1, says: /number of hours/ },
  { name: 'import of a file that is not there', argv: ['import', 'no-such-file.csv'], code: 1, says: /could not read .*no-such-file\.csv: there is no such file/ },
  { name: 'import with a --map that is not NAME=AREA', argv: ['import', 'x.csv', '--map', 'Gym'], code: 2, says: /--map needs NAME=AREA/ },
  { name: 'import with an unknown --format', argv: ['import', 'x.csv', '--format', 'excel'], code: 2, says: /--format must be one of/ },
  { name: 'export without --format', argv: ['export'], code: 2, says: /Missing --format \(csv, json, ics\)/ },
  { name: 'export from a date that does not exist', argv: ['export', '--format', 'csv', '--from', '2026-13-01'], code: 1, says: /--from '2026-13-01' is not a date/ },
  { name: 'export from a date after its end', argv: ['export', '--format', 'csv', '--from', '2026-03-25', '--to', '2026-03-01'], code: 1, says: /from must not be after to/ },
  { name: 'restore of something that is no backup', argv: ['restore', 'last-week'], code: 1, says: /neither a backup file nor a backup id/ },
  { name: 'restore of a backup that does not exist', argv: ['restore', 'timelock-1999-01-01'], code: 1, says: /no backup timelock-1999-01-01/ },
];

describe('bad input is refused and writes nothing', () => {
  let folder: CliFolder;
  let fingerprint: string;
  beforeAll(async () => {
    folder = cliFolder();
    expect((await folder.run('log', 'Work', '--start', '2026-03-23T09:00', '--end', '2026-03-23T17:00')).code).toBe(0);
    fingerprint = folderFingerprint(folder.dataDir);
  });
  afterAll(() => folder.cleanup());

  it.each(CASES)('$name: exit $code', async ({ argv, code, says }) => {
    const run = await folder.run(...argv);
    expect(run.stderr).toMatch(says);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(folderFingerprint(folder.dataDir)).toBe(fingerprint);
  });
});
