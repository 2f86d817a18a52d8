import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint, makeTestHost } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
afterEach(() => folder.cleanup());

describe('timelock log', () => {
  it('adds a manual entry from local times read in the app zone, or ISO times with an offset', async () => {
    folder = cliFolder();
    const local = await folder.run('log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T12:30', '--note', 'planning', '--json');
    expect(local.code).toBe(0);
    expect(local.stderr).toBe('Logged 3:30 of Work, 2026-03-25T09:00:00+01:00 to 2026-03-25T12:30:00+01:00.\n');
    expect(local.json()).toMatchObject({ categoryId: 'work', start: '2026-03-25T09:00:00+01:00', end: '2026-03-25T12:30:00+01:00', minutes: 210, note: 'planning', source: 'manual' });

    const iso = await folder.run('log', 'fitness', '--start=2026-03-25T17:00:00Z', '--end=2026-03-25T18:00:00Z');
    expect(iso).toMatchObject({ code: 0, stdout: '' });

    const host = makeTestHost({ dataDir: folder.dataDir });
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['work', Date.UTC(2026, 2, 25, 8, 0), Date.UTC(2026, 2, 25, 11, 30)],
      ['fitness', Date.UTC(2026, 2, 25, 17, 0), Date.UTC(2026, 2, 25, 18, 0)],
    ]);
  });

  it("clock times alone are today in Timelock's time zone, and status and summary count the entry in today", async () => {
    // The harness's clock: Wed 1 April 2026, 12:00 in Berlin.
    folder = cliFolder();
    const run = await folder.run('log', 'Work', '--start', '09:00', '--end', '10:00', '--json');
    expect(run).toMatchObject({ code: 0, stderr: 'Logged 1:00 of Work, 2026-04-01T09:00:00+02:00 to 2026-04-01T10:00:00+02:00.\n' });
    expect(run.json()).toMatchObject({ start: '2026-04-01T09:00:00+02:00', end: '2026-04-01T10:00:00+02:00', minutes: 60 });
    expect(makeTestHost({ dataDir: folder.dataDir }).app.store.getEntries().map((e) => [e.start, e.end])).toEqual([[Date.UTC(2026, 3, 1, 7, 0), Date.UTC(2026, 3, 1, 8, 0)]]);

    expect((await folder.run('status')).stdout).toBe('idle · 1 / 35 h\n');
    const week = (await folder.run('summary', '--json')).json<{ week: string; minutes: { work: number }; days: Array<{ date: string; minutes: { work: number } }> }>();
    expect(week.week).toBe('2026-W14');
    expect(week.minutes.work).toBe(60);
    expect(week.days.find((d) => d.minutes.work > 0)?.date).toBe('2026-04-01');

    // Beside a dated one, a time alone is today too: from yesterday evening to 00:30 today crosses midnight.
    const overnight = await folder.run('log', 'Family', '--start', '2026-03-31T23:00', '--end', '0:30');
    expect(overnight).toMatchObject({ code: 0, stderr: 'Logged 1:30 of Family, 2026-03-31T23:00:00+02:00 to 2026-04-01T00:30:00+02:00.\n' });
  });

  it('two clock times alone with the end before the start are refused (exit 2), saying to write the date for a span over midnight; nothing changes', async () => {
    folder = cliFolder();
    await folder.run('status');
    const before = folderFingerprint(folder.dataDir);
    const run = await folder.run('log', 'Work', '--start', '23:00', '--end', '01:00');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^timelock log: --end '01:00' is not after --start '23:00': a time alone is today's\. For a span over midnight, write --end with the next day's date, e\.g\. --end 2026-03-26T01:00 after --start 2026-03-25T23:00\.\nUsage: /);
    expect(folderFingerprint(folder.dataDir)).toBe(before);
  });

  it('a category typed with its accents decomposed (as a macOS terminal may give it) is the category of that name', async () => {
    folder = cliFolder();
    const host = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    const cafe = await host.call('categories.add', { name: 'Caf\u00e9 \u00c9crit', area: 'family' });
    await host.app.store.flush();
    host.app.dispose();

    const run = await folder.run('log', 'Cafe\u0301 E\u0301crit', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00', '--json');
    expect(run).toMatchObject({ code: 0, stderr: 'Logged 1:00 of Caf\u00e9 \u00c9crit, 2026-03-25T09:00:00+01:00 to 2026-03-25T10:00:00+01:00.\n' });
    expect(run.json()).toMatchObject({ categoryId: cafe.id });
    const lower = await folder.run('log', 'cafe\u0301 e\u0301crit', '--start', '2026-03-25T10:00', '--end', '2026-03-25T11:00');
    expect(lower.code).toBe(0);
    const after = makeTestHost({ dataDir: folder.dataDir });
    expect(after.app.store.getEntries().map((e) => e.categoryId)).toEqual([cafe.id, cafe.id]);
  });

  it('an entry across the spring-forward night counts its real length', async () => {
    folder = cliFolder();
    const run = await folder.run('log', 'Family', '--start', '2026-03-29T01:30', '--end', '2026-03-29T03:30', '--json');
    expect(run.json()).toMatchObject({ start: '2026-03-29T01:30:00+01:00', end: '2026-03-29T03:30:00+02:00', minutes: 60 });
  });

  it('a local time the clocks skip is said, read past the gap; when that leaves no time, the refusal says why', async () => {
    folder = cliFolder();
    const run = await folder.run('log', 'Fitness', '--start', '2026-03-29T02:30', '--end', '2026-03-29T04:00', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "--start '2026-03-29T02:30' does not exist in Europe/Berlin: the clocks go forward over it that night, so it is read as 03:30.\n" +
        'Logged 0:30 of Fitness, 2026-03-29T03:30:00+02:00 to 2026-03-29T04:00:00+02:00.\n',
    );
    const none = await folder.run('log', 'Fitness', '--start', '2026-03-29T02:30', '--end', '2026-03-29T03:30');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^--start '2026-03-29T02:30' does not exist in Europe\/Berlin: the clocks go forward over it that night, so it is read as 03:30\. That leaves no time between --start and --end: give the times the clocks showed\.\n/);
    const host = makeTestHost({ dataDir: folder.dataDir });
    expect(host.app.store.getEntries()).toHaveLength(1);
  });

  it('a soft lock refuses off-hours work without a reason and keeps the reason given with --reason', async () => {
    folder = cliFolder();
    await folder.run('settings', 'set', 'lockMode', 'soft');
    const refused = await folder.run('log', 'Work', '--start', '2026-03-25T19:00', '--end', '2026-03-25T20:00');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/outside your work windows/);
    const allowed = await folder.run('log', 'Work', '--start', '2026-03-25T19:00', '--end', '2026-03-25T20:00', '--reason', 'deploy', '--json');
    expect(allowed.code).toBe(0);
    expect(allowed.json()).toMatchObject({ overrideReason: 'deploy' });
  });

  it('an entry may be a whole day long, the 25-hour day the clocks go back too, and end up to a year ahead; no longer, no later', async () => {
    folder = cliFolder();
    const log = (start: string, end: string) => folder.run('log', 'Work', '--start', start, '--end', end);
    expect(await log('2026-03-25T00:00', '2026-03-26T00:00')).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Logged 24:00 of Work/) });
    expect(await log('2026-10-25T00:00', '2026-10-26T00:00')).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Logged 25:00 of Work/) });
    expect(await log('2027-04-02T11:00', '2027-04-02T12:00')).toMatchObject({ code: 0 });

    const tooLong = await log('2026-03-27T00:00', '2026-03-28T01:01');
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toBe(
      'An entry is at most 25 hours long (the longest day, when the clocks go back): this one is 25 h 1 min, Fri 27 Mar 2026 00:00 – Sat 28 Mar 2026 01:01. Log longer time as one entry a day.\n',
    );
    const tooLate = await log('2027-04-02T11:30', '2027-04-02T12:01');
    expect(tooLate.code).toBe(1);
    expect(tooLate.stderr).toBe('An entry ends at most a year from now (by Fri 2 Apr 2027): this one ends Fri 2 Apr 2027 12:01. Plan time further ahead as timeboxes.\n');
    expect(makeTestHost({ dataDir: folder.dataDir }).app.store.getEntries()).toHaveLength(3);
  });

  it('an entry under a minute is refused, saying the shortest is a minute, and nothing is saved; a minute is logged', async () => {
    folder = cliFolder();
    const log = (start: string, end: string) => folder.run('log', 'Work', '--start', start, '--end', end);
    // Both with an offset: the line alone shows it (exit 2, with the usage), before the data folder is opened.
    const exact = await log('2026-03-25T09:00:00Z', '2026-03-25T09:00:45Z');
    expect(exact.code).toBe(2);
    expect(exact.stderr).toMatch(/^timelock log: An entry is at least a minute long: from --start '2026-03-25T09:00:00Z' to --end '2026-03-25T09:00:45Z' is 45 seconds\. Give --end the time it ended\.\n/);
    // Local times are read in Timelock's zone: entries.add judges them, as it does for the window (exit 1).
    const local = await log('2026-03-25T09:00', '2026-03-25T09:00:30');
    expect(local).toMatchObject({ code: 1, stderr: 'An entry is at least a minute long: this one is 30 seconds, Wed 25 Mar 2026 09:00–09:00.\n' });
    expect(makeTestHost({ dataDir: folder.dataDir }).app.store.getEntries()).toEqual([]);

    expect(await log('2026-03-25T09:00', '2026-03-25T09:01')).toMatchObject({ code: 0, stderr: 'Logged 0:01 of Work, 2026-03-25T09:00:00+01:00 to 2026-03-25T09:01:00+01:00.\n' });
  });

  it('across the night the clocks go back, 02:59:30 to 03:00 local is an hour and half a minute, and is logged: local times are judged in the zone', async () => {
    folder = cliFolder();
    const run = await folder.run('log', 'Family', '--start', '2026-10-25T02:59:30', '--end', '2026-10-25T03:00', '--json');
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ start: '2026-10-25T02:59:30+02:00', end: '2026-10-25T03:00:00+01:00', minutes: 60.5 });
  });
});
