import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';
import { parseHours } from '../../../electron/cli/setDayCommand';

let folder: CliFolder;
afterEach(() => folder?.cleanup());

// Wednesday 25 March 2026 in Berlin (UTC+1); the default work window is 09:00–17:00.
const at = (hour: number) => Date.UTC(2026, 2, 24, 23) + hour * 3_600_000;
const stored = (f: CliFolder) => {
  const host = makeTestHost({ dataDir: f.dataDir });
  const entries = host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end]);
  host.app.dispose();
  return entries;
};

describe('timelock set-day', () => {
  it('sets the day’s total: more time inside the work window, less time shortens and then deletes the latest entries', async () => {
    folder = cliFolder();
    const raised = await folder.run('set-day', 'Work', '2026-03-25', '6.5');
    expect(raised).toMatchObject({ code: 0, stdout: '', stderr: 'Work on 2026-03-25: 6:30 (was 0:00). Added 09:00–15:30 (inside your work windows).\n' });
    expect(stored(folder)).toEqual([['work', at(9), at(15.5)]]);

    const lowered = await folder.run('set-day', 'work', '2026-03-25', '2:00');
    expect(lowered).toMatchObject({ code: 0, stderr: 'Work on 2026-03-25: 2:00 (was 6:30). Shortened an entry to 09:00–11:00.\n' });
    expect(stored(folder)).toEqual([['work', at(9), at(11)]]);

    const cleared = await folder.run('set-day', 'Work', '2026-03-25', '0');
    expect(cleared).toMatchObject({ code: 0, stderr: 'Work on 2026-03-25: 0:00 (was 2:00). Deleted 09:00–11:00.\n' });
    expect(stored(folder)).toEqual([]);
  });

  it('an entry running past midnight is shortened with its dates said; a weekend timer is not cut to one side of a day', async () => {
    folder = cliFolder();
    const put = async (entry: { id: string; categoryId: string; start: number; end: number }) => {
      const host = makeTestHost({ dataDir: folder.dataDir });
      host.app.store.applyEntries({ put: [{ ...entry, note: '', tags: [], source: 'timer' }] });
      await host.app.store.flush();
      host.app.dispose();
    };
    // Two hours on each side of midnight into the 25th.
    await put({ id: 'late', categoryId: 'family', start: at(-2), end: at(2) });
    const cut = await folder.run('set-day', 'Family', '2026-03-25', '1');
    expect(cut).toMatchObject({ code: 0, stderr: 'Family on 2026-03-25: 1:00 (was 2:00). Shortened an entry to 2026-03-24 22:00–01:00.\n' });

    // A timer from Tuesday 17:00 to Thursday 02:00: the 25th cannot be taken out of it without cutting a side off.
    await put({ id: 'long', categoryId: 'work', start: at(-7), end: at(26) });
    const refused = await folder.run('set-day', 'Work', '2026-03-25', '0');
    expect(refused).toMatchObject({ code: 1, stderr: 'An entry covering the whole day cannot be shortened here; edit it instead.\n' });
    expect(stored(folder)).toEqual([
      ['work', at(-7), at(26)],
      ['family', at(-2), at(1)],
    ]);
  });

  it('says when time had to go outside the work windows, and prints what changed with --json', async () => {
    folder = cliFolder();
    await folder.run('log', 'Family', '--start', '2026-03-25T09:00', '--end', '2026-03-25T16:00');
    const run = await folder.run('set-day', 'Work', '2026-03-25', '2', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Work on 2026-03-25: 2:00 (was 0:00). Added 16:00–18:00 (1:00 of it outside your work windows).\n');
    expect(run.json()).toMatchObject({
      applied: true,
      category: 'Work',
      minutes: 120,
      insideWindowsMinutes: 60,
      added: [{ category: 'Work', start: '2026-03-25T16:00:00+01:00', end: '2026-03-25T18:00:00+01:00', minutes: 120, source: 'day-total' }],
      trimmed: [],
      removed: [],
    });
  });

  it('a soft lock refuses work outside the windows without --reason (exit 1, nothing saved) and keeps the reason given', async () => {
    folder = cliFolder();
    await folder.run('settings', 'set', 'lockMode', 'soft');
    await folder.run('log', 'Family', '--start', '2026-03-25T09:00', '--end', '2026-03-25T17:00');
    const refused = await folder.run('set-day', 'Work', '2026-03-25', '1');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/outside your work windows[\s\S]*--reason/);
    expect(stored(folder)).toEqual([['family', at(9), at(17)]]);
    const allowed = await folder.run('set-day', 'Work', '2026-03-25', '1', '--reason', 'release', '--json');
    expect(allowed.code).toBe(0);
    expect(allowed.json()).toMatchObject({ added: [{ overrideReason: 'release' }] });
  });

  it('a day without room or an unknown category is refused with the reason (exit 1)', async () => {
    folder = cliFolder();
    await folder.run('log', 'Family', '--start', '2026-03-25T00:00', '--end', '2026-03-25T23:00');
    const full = await folder.run('set-day', 'Work', '2026-03-25', '2');
    expect(full).toMatchObject({ code: 1, stdout: '' });
    expect(full.stderr).toMatch(/only 1 h free, not the 2 h more/);
    const unknown = await folder.run('set-day', 'Climbing', '2026-03-25', '2');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no category called 'Climbing'/);
  });

  it('usage mistakes exit 2 and name the mistake: a bad date, bad hours, a missing argument', async () => {
    folder = cliFolder();
    const date = await folder.run('set-day', 'Work', '25.03.2026', '6');
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/DATE '25\.03\.2026' is not a date/);
    const hours = await folder.run('set-day', 'Work', '2026-03-25', 'six');
    expect(hours.code).toBe(2);
    expect(hours.stderr).toMatch(/HOURS 'six'/);
    expect((await folder.run('set-day', 'Work', '2026-03-25', '26')).code).toBe(2);
    expect((await folder.run('set-day', 'Work', '2026-03-25')).code).toBe(2);
    expect(stored(folder)).toEqual([]);
  });

  it('--help says what it does and its options', async () => {
    folder = cliFolder();
    const help = await folder.run('set-day', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/timelock set-day CATEGORY DATE HOURS/);
    expect(help.stdout).toMatch(/--reason TEXT/);
  });

  it('HOURS reads 6.5 and 6:30 alike, and whatever the timesheet cell reads (6,5, 6h 30m, 390m)', () => {
    expect(parseHours('6.5')).toBe(390);
    expect(parseHours('6:30')).toBe(390);
    expect(parseHours('0')).toBe(0);
    expect(parseHours('25:00')).toBe(1500);
    expect([parseHours('6,5'), parseHours('6h 30m'), parseHours('390m'), parseHours('6h')]).toEqual([390, 390, 390, 360]);
    expect([parseHours('25:01'), parseHours('26h'), parseHours('6:75'), parseHours('-1'), parseHours('six')]).toEqual([null, null, null, null, null]);
  });

  it('6h 30m on the command line sets the same day as 6.5; a day past 25 hours is a usage mistake (exit 2)', async () => {
    folder = cliFolder();
    const run = await folder.run('set-day', 'Work', '2026-03-25', '6h 30m');
    expect(run).toMatchObject({ code: 0, stderr: 'Work on 2026-03-25: 6:30 (was 0:00). Added 09:00–15:30 (inside your work windows).\n' });
    expect(stored(folder)).toEqual([['work', at(9), at(15.5)]]);
    const tooLong = await folder.run('set-day', 'Work', '2026-03-25', '26h');
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain("HOURS '26h' is not a day's hours. Write 6.5 or 6:30 (up to 25).");
    expect(stored(folder)).toEqual([['work', at(9), at(15.5)]]);
  });
});
