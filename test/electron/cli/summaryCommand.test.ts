import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFolder, type CliFolder } from './cliHarness';

// Week 2026-W13 in Berlin: Mon 23 to Sun 29 March, whose night loses an hour (CET → CEST at 02:00).
// Work windows are the defaults, Mon–Fri 09:00–17:00.
const ENTRIES: Array<[string, string, string]> = [
  ['Work', '2026-03-23T09:00', '2026-03-23T17:00'], // 480 in the window
  ['Work', '2026-03-24T09:00', '2026-03-24T12:30'], // 210 in the window
  ['Work', '2026-03-24T18:00', '2026-03-24T20:00'], // 120 off-hours
  ['Fitness', '2026-03-25T07:00', '2026-03-25T08:00'], // 60
  ['Family', '2026-03-25T18:00', '2026-03-25T21:00'], // 180
  ['Family', '2026-03-28T10:00', '2026-03-28T16:00'], // 360
  ['Fitness', '2026-03-28T17:00', '2026-03-28T18:30'], // 90
  ['Fitness', '2026-03-29T01:30', '2026-03-29T03:30'], // 60 real minutes across the DST change
  ['Work', '2026-03-29T10:00', '2026-03-29T11:00'], // 60 off-hours, on a Sunday
];

interface DayJson {
  date: string;
  start: string;
  end: string;
  minutes: { work: number; fitness: number; family: number };
}
interface WeekJson {
  week: string;
  timeZone: string;
  start: string;
  end: string;
  capMinutes: number;
  minutes: { work: number; fitness: number; family: number };
  offHoursWorkMinutes: number;
  remainingMinutes: number;
  overCapMinutes: number;
  days: DayJson[];
  balance: { targetsMet: string[]; behind: string[] };
}

describe('timelock summary', () => {
  let folder: CliFolder;
  beforeAll(async () => {
    folder = cliFolder();
    for (const [category, start, end] of ENTRIES) {
      const run = await folder.run('log', category, '--start', start, '--end', end);
      expect(run.code, run.stderr).toBe(0);
    }
  });
  afterAll(() => folder.cleanup());

  it("--json gives the domain's figures for the week: totals by area, off-hours work, cap, seven days, targets met", async () => {
    const run = await folder.run('summary', '--week', '2026-W13', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const week = run.json<WeekJson>();
    expect(week).toMatchObject({
      week: '2026-W13',
      timeZone: 'Europe/Berlin',
      start: '2026-03-23T00:00:00+01:00',
      end: '2026-03-30T00:00:00+02:00',
      capMinutes: 2100,
      minutes: { work: 870, fitness: 210, family: 540 },
      offHoursWorkMinutes: 180,
      remainingMinutes: 2100 - 870,
      overCapMinutes: 0,
    });
    expect(week.balance.targetsMet).toEqual(['work', 'fitness']);
    expect(week.balance.behind).toEqual(['family']);
    expect(week.days.map((d) => [d.date, d.minutes.work, d.minutes.fitness, d.minutes.family])).toEqual([
      ['2026-03-23', 480, 0, 0],
      ['2026-03-24', 330, 0, 0],
      ['2026-03-25', 0, 60, 180],
      ['2026-03-26', 0, 0, 0],
      ['2026-03-27', 0, 0, 0],
      ['2026-03-28', 0, 90, 360],
      ['2026-03-29', 60, 60, 0],
    ]);
    expect(week.days[6]).toMatchObject({ start: '2026-03-29T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00' });
  });

  it('--date picks the week holding that date; with no option it is the week of now', async () => {
    const byDate = (await folder.run('summary', '--date', '2026-03-29', '--json')).json<WeekJson>();
    expect(byDate.week).toBe('2026-W13');
    expect(byDate.minutes.work).toBe(870);
    expect((await folder.run('summary', '--json')).json<WeekJson>().week).toBe('2026-W14');
  });

  it('--weeks N gives an array of N weeks, oldest first, ending with the week asked for', async () => {
    const weeks = (await folder.run('summary', '--week', '2026-W14', '--weeks', '3', '--json')).json<WeekJson[]>();
    expect(weeks.map((w) => w.week)).toEqual(['2026-W12', '2026-W13', '2026-W14']);
    expect(weeks.map((w) => w.minutes.work)).toEqual([0, 870, 0]);
  });

  it('--weeks takes thirty years and more: every week once, oldest first, contiguous across pages', async () => {
    const count = 30 * 52 + 100;
    const run = await folder.run('summary', '--week', '2026-W14', '--weeks', String(count), '--json');
    expect(run.code).toBe(0);
    const weeks = run.json<WeekJson[]>();
    expect(weeks).toHaveLength(count);
    expect(weeks.at(-1)!.week).toBe('2026-W14');
    expect(new Set(weeks.map((w) => w.week)).size).toBe(count);
    // Contiguous across every page: each week starts where the one before ended.
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.start).toBe(weeks[i - 1]!.end);
    expect(weeks.find((w) => w.week === '2026-W13')!.minutes.work).toBe(870);
    const table = await folder.run('summary', '--week', '2026-W14', '--weeks', '600');
    expect(table.stdout.match(/^Week /gm)).toHaveLength(1);
    expect(table.stdout.trim().split('\n')).toHaveLength(601);
  });

  it('--weeks reaches back to the first week of 1970, and not one week further', async () => {
    const table = await folder.run('summary', '--week', '2026-W14', '--weeks', '2935');
    expect(table.code, table.stderr).toBe(0);
    const rows = table.stdout.trim().split('\n');
    expect(rows).toHaveLength(2936);
    expect(rows[1]).toMatch(/^1970-W02 /);
    const further = await folder.run('summary', '--week', '2026-W14', '--weeks', '2936');
    expect(further).toMatchObject({ code: 1, stdout: '' });
    expect(further.stderr).toMatch(/at most 2935 weeks end with 2026-W14/);
  });

  it('--weeks past 1970 says how many weeks can end with the week asked for, one week in the singular', async () => {
    const one = await folder.run('summary', '--week', '1970-W02', '--weeks', '2');
    expect(one).toMatchObject({ code: 1, stdout: '' });
    expect(one.stderr).toMatch(/, so at most 1 week ends with 1970-W02\.\n$/);
    const two = await folder.run('summary', '--week', '1970-W03', '--weeks', '3');
    expect(two.stderr).toMatch(/, so at most 2 weeks end with 1970-W03\.\n$/);
  });

  it('without --json it prints a table a person can read, day by day', async () => {
    const run = await folder.run('summary', '--week', '2026-W13');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Week 2026-W13 · 2026-03-23 to 2026-03-29 · Europe/Berlin');
    expect(run.stdout).toMatch(/Tue 2026-03-24 +5:30 +0:00 +0:00/);
    expect(run.stdout).toMatch(/Total +14:30 +3:30 +9:00/);
    expect(run.stdout).toContain('Cap 35 h · 20:30 left · off-hours work 3:00');
    expect(run.stdout).toContain('Targets met: work, fitness (2 of 3)');
    const several = await folder.run('summary', '--week', '2026-W13', '--weeks', '2');
    expect(several.stdout).toMatch(/2026-W13 +14:30 +3:30 +9:00 +35 +- +2 of 3/);
  });

  it('a week that starts on Sunday is named by its first date', async () => {
    const other = cliFolder();
    try {
      await other.run('settings', 'set', 'weekStartsOn', '0');
      const week = (await other.run('summary', '--date', '2026-03-25', '--json')).json<WeekJson>();
      expect(week).toMatchObject({ week: '2026-03-22', start: '2026-03-22T00:00:00+01:00' });
    } finally {
      other.cleanup();
    }
  });
});

describe('timelock summary: the daily cap', () => {
  let folder: CliFolder;
  beforeAll(() => {
    folder = cliFolder(); // Wed 1 Apr 2026, 2026-W14
  });
  afterAll(() => folder.cleanup());

  it('names the days over it, and says when every day kept it; no line when no daily cap holds', async () => {
    await folder.run('log', 'Work', '--start', '2026-03-30T08:00', '--end', '2026-03-30T16:00');
    expect((await folder.run('summary')).stdout).not.toMatch(/Daily cap/);
    await folder.run('settings', 'set', 'dailyCapMinutes', '360');
    expect((await folder.run('summary')).stdout).toMatch(/\nDaily cap 6:00 · over on Mon 2026-03-30 by 2:00\n/);
    await folder.run('settings', 'set', 'dailyCapMinutes', '480');
    expect((await folder.run('summary')).stdout).toMatch(/\nDaily cap 8:00 · kept every day\n/);
  });
});
