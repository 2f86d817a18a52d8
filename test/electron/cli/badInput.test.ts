import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  // A value wrong on its face (no data needed to see it) is a usage mistake, exit 2, whichever option takes it.
  {
    name: 'log with a start that is not a time',
    argv: ['log', 'Work', '--start', 'yesterday', '--end', '2026-03-25T10:00'],
    code: 2,
    says: /^timelock log: --start 'yesterday' is not a time\. Write it as 09:00 \(today\), 2026-03-25T09:00 \(in Timelock's time zone\) or 2026-03-25T09:00\+01:00\.\nUsage: /,
  },
  // A clock time alone is today (in Timelock's zone): the hours and minutes are checked as in the dated form.
  { name: 'log at a clock time alone that does not exist', argv: ['log', 'Work', '--start', '24:00', '--end', '2026-03-25T10:00'], code: 2, says: /^timelock log: --start '24:00' is not a time\./ },
  { name: 'log ending at a minute that does not exist', argv: ['log', 'Work', '--start', '9:00', '--end', '9:60'], code: 2, says: /^timelock log: --end '9:60' is not a time\./ },
  { name: 'log with a clock time alone and an offset', argv: ['log', 'Work', '--start', '09:00+01:00', '--end', '10:00'], code: 2, says: /^timelock log: --start '09:00\+01:00' is not a time\./ },
  { name: 'log over midnight with two clock times alone', argv: ['log', 'Work', '--start', '23:00', '--end', '01:00'], code: 2, says: /^timelock log: --end '01:00' is not after --start '23:00': .*--end 2026-03-26T01:00/ },
  { name: 'log from a date to a clock time alone before it', argv: ['log', 'Work', '--start', '2026-04-02T09:00', '--end', '10:00'], code: 1, says: /^An entry cannot end before it starts: this one starts tomorrow at 09:00 and ends at 10:00\.\n$/ },
  { name: 'log ending at an hour that does not exist', argv: ['log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T25:00'], code: 2, says: /^timelock log: --end '2026-03-25T25:00' is not a time\./ },
  { name: 'log on a date that does not exist', argv: ['log', 'Work', '--start', '2026-02-30T09:00', '--end', '2026-02-30T10:00'], code: 2, says: /^timelock log: --start '2026-02-30T09:00' is not a time\./ },
  { name: 'log with an offset that does not exist', argv: ['log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00+25:00'], code: 2, says: /^timelock log: --end '2026-03-25T10:00\+25:00' is not a time\./ },
  { name: 'log ending before it starts', argv: ['log', 'Work', '--start', '2026-03-25T10:00', '--end', '2026-03-25T09:00'], code: 1, says: /end/ },
  // The shortest entry is a minute: judged from the line when both times carry an offset, else by Timelock in its zone.
  {
    name: 'log of an entry under a minute, both times with an offset',
    argv: ['log', 'Work', '--start', '2026-03-25T09:00+01:00', '--end', '2026-03-25T08:00:30Z'],
    code: 2,
    says: /^timelock log: An entry is at least a minute long: from --start '2026-03-25T09:00\+01:00' to --end '2026-03-25T08:00:30Z' is 30 seconds\. Give --end the time it ended\.\nUsage: /,
  },
  { name: 'log of an entry under a minute in local times', argv: ['log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T09:00:30'], code: 1, says: /^An entry is at least a minute long: this one is 30 seconds, Wed 25 Mar 2026 09:00–09:00\.\n$/ },
  { name: 'log of an entry with no length', argv: ['log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T08:00Z'], code: 1, says: /^An entry is at least a minute long: this one is 0 seconds, Wed 25 Mar 2026 09:00–09:00\.\n$/ },
  { name: 'log overlapping another entry', argv: ['log', 'Family', '--start', '2026-03-23T10:00', '--end', '2026-03-23T11:00'], code: 1, says: /overlap/i },
  { name: 'log in an archived-free but unknown category', argv: ['log', 'nope', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00'], code: 1, says: /no category called 'nope'/ },
  { name: 'log of an entry two years long', argv: ['log', 'Work', '--start', '2026-01-01T09:00', '--end', '2028-01-01T09:00'], code: 1, says: /^An entry is at most 25 hours long \(the longest day, when the clocks go back\): this one is 17520 h, .*Log longer time as one entry a day\.\n$/ },
  { name: 'log of an entry in the year 9999', argv: ['log', 'Work', '--start', '9999-01-01T09:00', '--end', '9999-01-01T10:00'], code: 1, says: /^An entry ends at most a year from now \(by Fri 2 Apr 2027\): this one ends Fri 1 Jan 9999 10:00\. Plan time further ahead as timeboxes\.\n$/ },
  { name: 'log before 1970', argv: ['log', 'Work', '--start', '0080-01-01T09:00', '--end', '2026-03-25T10:00'], code: 2, says: /^timelock log: --start '0080-01-01T09:00' is before 1970: Timelock keeps time from 1970 on\.\nUsage: / },
  { name: 'log before 1970 by its offset', argv: ['log', 'Work', '--start', '1970-01-01T00:30+01:00', '--end', '2026-03-25T10:00'], code: 2, says: /^timelock log: --start '1970-01-01T00:30\+01:00' is before 1970/ },
  // Whether a local time early on 1 January 1970 is before 1970 depends on the time zone: Timelock's to judge.
  { name: 'log before 1970 in the app zone', argv: ['log', 'Work', '--start', '1970-01-01T00:30', '--end', '2026-03-25T10:00'], code: 1, says: /^--start '1970-01-01T00:30' is before 1970: Timelock keeps time from 1970 on\.\n$/ },
  { name: 'set-day in the year 9999', argv: ['set-day', 'Work', '9999-01-01', '2'], code: 1, says: /^An entry ends at most a year from now \(by Fri 2 Apr 2027\)/ },
  { name: 'set-day on a date that does not exist', argv: ['set-day', 'Work', '2026-02-29', '2'], code: 2, says: /^timelock set-day: DATE '2026-02-29' is not a date\. Write it as yyyy-MM-dd, e\.g\. 2026-03-25\.\nUsage: / },
  { name: 'set-day of negative hours', argv: ['set-day', 'Work', '2026-03-25', '-1'], code: 2, says: /HOURS '-1' is not a day's hours/ },
  { name: 'set-day of negative decimal hours', argv: ['set-day', 'Work', '2026-03-25', '-0.5'], code: 2, says: /HOURS '-0\.5' is not a day's hours/ },
  {
    name: 'plan add of a box in the year 9999',
    argv: ['plan', 'add', 'Work', '--start', '9999-01-01T09:00', '--end', '9999-01-01T10:00'],
    code: 1,
    says: /^A timebox ends at most 5 years from now \(by Tue 1 Apr 2031\): this one ends Fri 1 Jan 9999 10:00\. Is the year right\?\n$/,
  },
  { name: 'summary with --week and --date', argv: ['summary', '--week', '2026-W13', '--date', '2026-03-25'], code: 2, says: /not both/ },
  {
    name: 'summary of a week that does not exist',
    argv: ['summary', '--week', '2026-W60'],
    code: 2,
    says: /^timelock summary: --week '2026-W60' names no week\. Write it as 2026-W13, or a date in the week as yyyy-MM-dd, e\.g\. 2026-03-25\.\nUsage: /,
  },
  { name: 'summary of week 53 in a year of 52', argv: ['summary', '--week', '2027-W53'], code: 2, says: /^timelock summary: --week '2027-W53' names no week\./ },
  { name: 'summary of a week on a date that does not exist', argv: ['summary', '--week', '2026-02-30'], code: 2, says: /^timelock summary: --week '2026-02-30' names no week\./ },
  { name: 'summary of a date that does not exist', argv: ['summary', '--date', '2026-02-30'], code: 2, says: /^timelock summary: --date '2026-02-30' is not a date\. Write it as yyyy-MM-dd, e\.g\. 2026-03-25\.\nUsage: / },
  { name: 'summary with --weeks not a number', argv: ['summary', '--weeks', 'two'], code: 2, says: /whole number/ },
  // Every --weeks the command line alone shows wrong is a usage mistake, whatever is wrong with it.
  { name: 'summary with --weeks 1.5', argv: ['summary', '--weeks', '1.5'], code: 2, says: /^timelock summary: --weeks needs a whole number, not '1\.5'\.\nUsage: / },
  { name: 'summary with --weeks 0', argv: ['summary', '--weeks', '0'], code: 2, says: /^timelock summary: --weeks needs a whole number of weeks, 1 or more, not 0\.\nUsage: / },
  { name: 'summary with negative --weeks', argv: ['summary', '--weeks', '-1'], code: 2, says: /^timelock summary: --weeks needs a whole number of weeks, 1 or more, not -1\.\nUsage: / },
  { name: 'summary with --weeks of a typo', argv: ['summary', '--weeks', '99999999'], code: 2, says: /^timelock summary: --weeks is at most 5218 \(a hundred years of weeks\), not 99999999\.\nUsage: / },
  {
    name: 'summary with --weeks reaching before 1970',
    argv: ['summary', '--week', '2026-W14', '--weeks', '2936'],
    code: 1,
    says: /^--weeks 2936 would begin in 1969, before 1970: Timelock keeps time from 1970 on, so at most 2935 weeks end with 2026-W14\.\n$/,
  },
  { name: 'settings get in a week that does not exist', argv: ['settings', 'get', 'weeklyCapHours', '--week', '2026-W60'], code: 2, says: /^timelock settings: --week '2026-W60' names no week\./ },
  { name: 'settings set from a week that does not exist', argv: ['settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W00'], code: 2, says: /^timelock settings: --from '2026-W00' names no week\./ },
  { name: 'settings history remove of a week that does not exist', argv: ['settings', 'history', 'remove', 'soon'], code: 2, says: /^timelock settings: WEEK 'soon' names no week\./ },
  { name: 'settings with no action', argv: ['settings'], code: 2, says: /Missing ACTION/ },
  { name: 'settings with an unknown action', argv: ['settings', 'reset'], code: 2, says: /'get', 'set' or 'history'/ },
  { name: 'settings set without a value', argv: ['settings', 'set', 'lockMode'], code: 2, says: /KEY and VALUE/ },
  { name: 'settings set of an unknown key', argv: ['settings', 'set', 'colour', 'blue'], code: 2, says: /Unknown setting 'colour'. Keys: / },
  { name: 'settings set of a value out of range', argv: ['settings', 'set', 'weeklyCapMinutes', '999999'], code: 2, says: /weeklyCapMinutes/ },
  { name: 'settings set of a lock mode that does not exist', argv: ['settings', 'set', 'lockMode', 'strict'], code: 2, says: /^timelock settings: lockMode needs off, soft or hard, not 'strict'\.\nUsage: / },
  { name: 'settings set of hours that are not a number', argv: ['settings', 'set', 'weeklyCapHours', 'lots'], code: 2, says: /number of hours/ },
  { name: 'settings set of a cap in hours past a week', argv: ['settings', 'set', 'weeklyCapHours', '1e9'], code: 2, says: /^timelock settings: weeklyCapHours needs a number of hours from 0 to 168, e\.g\. 35, 37\.5 or 37:30, not 1000000000\.\nUsage: / },
  { name: 'settings set of negative hours', argv: ['settings', 'set', 'weeklyCapHours', '-1'], code: 2, says: /^timelock settings: weeklyCapHours needs a number of hours from 0 to 168, e\.g\. 35, 37\.5 or 37:30, not -1\.\nUsage: / },
  { name: 'settings set of a cap as h:mm past a week', argv: ['settings', 'set', 'weeklyCapHours', '169:00'], code: 2, says: /^timelock settings: weeklyCapHours needs a number of hours from 0 to 168, e\.g\. 35, 37\.5 or 37:30, not '169:00'\.\nUsage: / },
  { name: 'settings set of a cap as h:mm with 75 minutes', argv: ['settings', 'set', 'weeklyCapHours', '37:75'], code: 2, says: /^timelock settings: weeklyCapHours needs a number of hours from 0 to 168, e\.g\. 35, 37\.5 or 37:30, not '37:75'\.\nUsage: / },
  { name: 'settings set of a cap in minutes past a week', argv: ['settings', 'set', 'weeklyCapMinutes', '1e9'], code: 2, says: /^timelock settings: weeklyCapMinutes needs a whole number of minutes from 0 to 10080 \(168 hours\), not 1000000000\.\nUsage: / },
  { name: 'settings set of a daily cap past a day', argv: ['settings', 'set', 'dailyCapMinutes', '1e9'], code: 2, says: /^timelock settings: dailyCapMinutes needs a whole number of minutes from 0 to 1440 \(24 hours\), or null for none, not 1000000000\.\nUsage: / },
  { name: 'settings set of a target past a week', argv: ['settings', 'set', 'targets.fitnessMinutes', '20000'], code: 2, says: /^timelock settings: targets\.fitnessMinutes needs a whole number of minutes from 0 to 10080 \(168 hours\), not 20000\.\nUsage: / },
  { name: 'settings set of part of a minute', argv: ['settings', 'set', 'unlockDurationMinutes', '0.5'], code: 2, says: /^timelock settings: unlockDurationMinutes needs a whole number of minutes from 1 to 1440 \(24 hours\), not 0\.5\.\nUsage: / },
  { name: 'settings set of a negative hour of the day', argv: ['settings', 'set', 'lateWorkHour', '-0.5'], code: 2, says: /^timelock settings: lateWorkHour needs a whole hour of the day from 12 to 24, not -0\.5\.\nUsage: / },
  { name: 'settings set of a percentage past 100', argv: ['settings', 'set', 'nudges.capWarningPercent', '101'], code: 2, says: /^timelock settings: nudges\.capWarningPercent needs a whole percentage from 1 to 100, not 101\.\nUsage: / },
  { name: 'settings set of a week start that is no choice', argv: ['settings', 'set', 'weekStartsOn', '9'], code: 2, says: /^timelock settings: weekStartsOn needs 0 \(Sunday\), 1 \(Monday\) or 6 \(Saturday\), not 9\.\nUsage: / },
  { name: 'settings set of work windows for two days, not seven', argv: ['settings', 'set', 'workWindows', '[[],[]]'], code: 2, says: /^timelock settings: workWindows needs 7 lists of windows, Sunday first, each window like \{"start":"09:00","end":"17:00"\}, e\.g\. .*; not \[\[\],\[\]\]\.\nUsage: / },
  {
    name: 'settings set of a work window at a time that does not exist',
    argv: ['settings', 'set', 'workWindows', '[[],[{"start":"25:00","end":"17:00"}],[],[],[],[],[]]', '--from', '2026-W20'],
    code: 2,
    says: /^timelock settings: workWindows needs 7 lists of windows, .* \(Monday: expected a time as HH:mm \(00:00 to 23:59\)\)\.\nUsage: /,
  },
  { name: 'settings set of a quiet hour that does not exist', argv: ['settings', 'set', 'quietHours.start', '25:00'], code: 2, says: /^timelock settings: quietHours\.start needs a time as HH:mm \(00:00 to 23:59\), not '25:00'\.\nUsage: / },
  { name: 'settings set of quiet hours without an end', argv: ['settings', 'set', 'quietHours', '{"start":"22:00"}'], code: 2, says: /^timelock settings: quietHours\.end is missing in \{"start":"22:00"\}\.\nUsage: / },
  { name: 'import of a file that is not there', argv: ['import', 'no-such-file.csv'], code: 1, says: /could not read .*no-such-file\.csv: there is no such file/ },
  { name: 'import with a --map that is not NAME=AREA', argv: ['import', 'x.csv', '--map', 'Gym'], code: 2, says: /--map needs NAME=AREA/ },
  { name: 'import with an unknown --format', argv: ['import', 'x.csv', '--format', 'excel'], code: 2, says: /--format must be one of/ },
  { name: 'export without --format', argv: ['export'], code: 2, says: /Missing --format \(csv, json, ics\)/ },
  { name: 'export from a date that does not exist', argv: ['export', '--format', 'csv', '--from', '2026-13-01'], code: 2, says: /^timelock export: --from '2026-13-01' is not a date\. Write it as yyyy-MM-dd, e\.g\. 2026-03-25\.\nUsage: / },
  { name: 'export to a date that does not exist', argv: ['export', '--format', 'csv', '--to', '2026-04-31'], code: 2, says: /^timelock export: --to '2026-04-31' is not a date\./ },
  { name: 'export from a date after its end', argv: ['export', '--format', 'csv', '--from', '2026-03-25', '--to', '2026-03-01'], code: 2, says: /^timelock export: --to 2026-03-01 is before --from 2026-03-25: the range ends before it starts\.\nUsage: / },
  { name: 'plan export from a date after its end', argv: ['plan', 'export', '--from', '2026-03-25', '--to', '2026-03-01'], code: 2, says: /^timelock plan: --to 2026-03-01 is before --from 2026-03-25: the range ends before it starts\.\nUsage: / },
  { name: 'plan import from a date that does not exist', argv: ['plan', 'import', 'none.ics', '--category', 'Work', '--from', '2026-02-30'], code: 2, says: /^timelock plan: --from '2026-02-30' is not a date\./ },
  { name: 'plan add until a date that does not exist', argv: ['plan', 'add', 'Work', '--start', '2026-04-02T10:00', '--end', '2026-04-02T11:00', '--repeat', 'MO', '--until', '2026-06-31'], code: 2, says: /^timelock plan: --until '2026-06-31' is not a date\./ },
  // Refused in the command's words, never the request's ("The request to locks.unlock is not valid. (reason: …)"); plan
  // add ending before it starts is in planCommand.test.ts.
  { name: 'unlock with a blank reason', argv: ['unlock', '--reason', '  '], code: 2, says: /^timelock unlock: --reason needs words: why you work past your boundary now, e\.g\. --reason "release tonight"\.\nUsage: / },
  { name: 'summary of the week before 1970', argv: ['summary', '--week', '1970-W01'], code: 1, says: /^--week '1970-W01' starts before 1970: Timelock keeps time from 1970 on\.\n$/ },
  { name: 'summary of the week of 1 January 1970', argv: ['summary', '--date', '1970-01-01'], code: 1, says: /^The week of --date '1970-01-01' starts before 1970: Timelock keeps time from 1970 on\.\n$/ },
  { name: 'plan add ending at an hour that does not exist', argv: ['plan', 'add', 'Work', '--start', '2026-04-02T10:00', '--end', '2026-04-02T24:00'], code: 2, says: /^timelock plan: --end '2026-04-02T24:00' is not a time\./ },
  { name: 'plan add at a clock time alone that does not exist', argv: ['plan', 'add', 'Work', '--start', '25:00', '--end', '26:00'], code: 2, says: /^timelock plan: --start '25:00' is not a time\./ },
  { name: 'plan add over midnight with two clock times alone', argv: ['plan', 'add', 'Work', '--start', '22:00', '--end', '6:00'], code: 2, says: /^timelock plan: --end '6:00' is not after --start '22:00': .*--end 2026-03-26T06:00 after --start 2026-03-25T22:00\./ },
  { name: 'plan remove of an occurrence on a date that does not exist', argv: ['plan', 'remove', 'x@2026-02-30'], code: 2, says: /^timelock plan: The occurrence in ID '2026-02-30' is not a date\./ },
  { name: 'dayoff add to a date before its first', argv: ['dayoff', 'add', '2026-12-20', '--to', '2026-12-18'], code: 2, says: /^timelock dayoff: --to 2026-12-18 is before 2026-12-20: the range ends before it starts\.\nUsage: / },
  { name: 'dayoff list from a date after its end', argv: ['dayoff', 'list', '--from', '2026-12-20', '--to', '2026-12-18'], code: 2, says: /^timelock dayoff: --to 2026-12-18 is before --from 2026-12-20: the range ends before it starts\./ },
  { name: 'dayoff list to a date that does not exist', argv: ['dayoff', 'list', '--to', '2026-02-30'], code: 2, says: /^timelock dayoff: --to '2026-02-30' is not a date\. Write it as yyyy-MM-dd, e\.g\. 2026-03-25\./ },
  { name: 'import in a time zone that does not exist', argv: ['import', 'x.csv', '--time-zone', 'Mars/Olympus'], code: 2, says: /^timelock import: --time-zone 'Mars\/Olympus' is not a time zone Timelock knows\. Use an IANA name such as Europe\/Berlin\.\nUsage: / },
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

  it('import of Timelock JSON with an entry ending before it starts is refused, naming the entry, not a line the file does not have', async () => {
    const exported = await folder.run('export', '--format', 'json');
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.stdout) as { entries: Array<Record<string, unknown>> };
    const [first] = data.entries;
    data.entries.push({ ...first, id: 'backwards', start: first!.end, end: first!.start });
    const file = path.join(os.tmpdir(), `timelock-bad-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(data));
    try {
      const run = await folder.run('import', file);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/\(entry 2: it ends before it starts\.\)/);
      expect(run.stderr).not.toMatch(/line 2: entry/);
      expect(folderFingerprint(folder.dataDir)).toBe(fingerprint);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it.each(CASES)('$name: exit $code', async ({ argv, code, says }) => {
    const run = await folder.run(...argv);
    expect(run.stderr).toMatch(says);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(folderFingerprint(folder.dataDir)).toBe(fingerprint);
  });
});
