import { afterEach, describe, expect, it } from 'vitest';
import { cliFolder, type CliFolder } from './cliHarness';

// The harness clock: Wed 1 Apr 2026, 12:00 Berlin (2026-W14).
let folder: CliFolder;
afterEach(() => folder.cleanup());

interface WeekJson {
  week: string;
  capMinutes: number;
  baseCapMinutes: number;
  remainingMinutes: number;
  daysOff: Array<{ date: string; kind: string }>;
  daysOffWithWindows: number;
  days: Array<{ date: string; dayOff: string | null }>;
  offHoursWorkMinutes: number;
  signals: { overCap: boolean };
}

describe('timelock settings with dates, and dayoff', () => {
  it('the story: a 20 h cap, 8 h logged in 2026-W41, 35 h from a later week: 2026-W41 still says 20 h', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 9, 6, 10, 0) }); // Tue 6 Oct 2026, 2026-W41
    expect(await folder.run('settings', 'set', 'weeklyCapMinutes', '1200')).toMatchObject({ code: 0, stderr: 'weeklyCapMinutes is now 1200 from the start (the first span, shown from 2026-W41).\n' });
    expect((await folder.run('log', 'Work', '--start', '2026-10-06T09:00', '--end', '2026-10-06T17:00')).code).toBe(0);
    expect(await folder.run('settings', 'set', 'weeklyCapMinutes', '2100', '--from', '2026-W45')).toMatchObject({
      code: 0,
      stderr: 'weeklyCapMinutes is now 2100 from 2026-W45 on (an upcoming step).\n',
    });
    const w41 = (await folder.run('summary', '--week', '2026-W41', '--json')).json<WeekJson>();
    expect([w41.week, w41.capMinutes, w41.baseCapMinutes, w41.remainingMinutes]).toEqual(['2026-W41', 1200, 1200, 720]);
    const w45 = (await folder.run('summary', '--week', '2026-W45', '--json')).json<WeekJson>();
    expect(w45.capMinutes).toBe(2100);
    expect((await folder.run('settings', 'get', 'weeklyCapMinutes')).stdout).toBe('1200\n');
    expect((await folder.run('settings', 'get', 'weeklyCapMinutes', '--week', '2026-W45')).stdout).toBe('2100\n');
    const history = (await folder.run('settings', 'history', '--json')).json<Array<Record<string, unknown>>>();
    expect(history).toEqual([
      { from: '2026-W41', weeklyCapMinutes: 1200, dailyCapMinutes: null, workWindows: expect.any(Array), targets: { fitnessMinutes: 150, familyMinutes: 600 }, sets: expect.arrayContaining(['weeklyCapMinutes', 'workWindows']), state: 'current' },
      // A step records what it set: the rest it carries on from the span before.
      { from: '2026-W45', weeklyCapMinutes: 2100, dailyCapMinutes: null, workWindows: expect.any(Array), targets: { fitnessMinutes: 150, familyMinutes: 600 }, sets: ['weeklyCapMinutes'], state: 'upcoming' },
    ]);
    // Weeks later, the step is in force; W41 is still as it was lived.
    folder.clock.set(Date.UTC(2026, 10, 10, 10, 0));
    expect((await folder.run('settings', 'get', 'weeklyCapHours')).stdout).toBe('35\n');
    const range = (await folder.run('summary', '--week', '2026-W45', '--weeks', '5', '--json')).json<WeekJson[]>();
    expect(range.map((w) => [w.week, w.capMinutes])).toEqual([
      ['2026-W41', 1200],
      ['2026-W42', 1200],
      ['2026-W43', 1200],
      ['2026-W44', 1200],
      ['2026-W45', 2100],
    ]);
  });

  it('a change dated before a later step runs on through it when that step only carried the old value, and stops at one that set its own', async () => {
    folder = cliFolder();
    expect((await folder.run('settings', 'set', 'workWindows', '[[],[{"start":"10:00","end":"20:00"}],[],[],[],[],[]]', '--from', '2026-W20')).code).toBe(0);
    // The step of 2026-W20 was made for the windows: the fitness target it holds is the one it carried on.
    const earlier = await folder.run('settings', 'set', 'targets.fitnessMinutes', '60', '--from', '2026-W18');
    expect(earlier).toMatchObject({ code: 0, stderr: 'targets.fitnessMinutes is now 60 from 2026-W18 on (an upcoming step).\n' });
    expect((await folder.run('settings', 'get', 'targets.fitnessMinutes', '--week', '2026-W20')).stdout).toBe('60\n');
    expect((await folder.run('settings', 'get', 'workWindows', '--week', '2026-W20')).json()).toEqual([[], [{ start: '10:00', end: '20:00' }], [], [], [], [], []]);
    // A step that set a fitness target of its own keeps it, and the words say where the change stops.
    expect((await folder.run('settings', 'set', 'targets.fitnessMinutes', '90', '--from', '2026-W22')).stderr).toBe('targets.fitnessMinutes is now 90 from 2026-W22 on (an upcoming step).\n');
    const between = await folder.run('settings', 'set', 'targets.fitnessMinutes', '75', '--from', '2026-W19');
    expect(between.stderr).toBe('targets.fitnessMinutes is now 75 from 2026-W19 on (an upcoming step), until 2026-W22, where a step sets its own targets.fitnessMinutes.\n');
    expect((await folder.run('settings', 'get', 'targets.fitnessMinutes', '--week', '2026-W20')).stdout).toBe('75\n');
    expect((await folder.run('settings', 'get', 'targets.fitnessMinutes', '--week', '2026-W22')).stdout).toBe('90\n');
  });

  it('a ramp of three steps, the middle one removed; the first span cannot be removed (exit 1)', async () => {
    folder = cliFolder();
    await folder.run('settings', 'set', 'weeklyCapHours', '20');
    await folder.run('settings', 'set', 'weeklyCapHours', '28', '--from', '2027-W10');
    await folder.run('settings', 'set', 'weeklyCapHours', '35', '--from', '2027-07-28'); // a date inside 2027-W30
    const text = (await folder.run('settings', 'history')).stdout;
    expect(text.split('\n').filter(Boolean).map((l) => l.slice(0, 27))).toEqual(['from 2026-W14: cap 20 h · n', 'from 2027-W10: cap 28 h · n', 'from 2027-W30: cap 35 h · n']);
    expect(text).toMatch(/from 2026-W14: .*\(in force now\)\nfrom 2027-W10: .*\(upcoming\)/);

    const removed = await folder.run('settings', 'history', 'remove', '2027-W10');
    expect(removed).toMatchObject({ code: 0, stderr: 'Removed the step of 2027-W10. The timeline is now: 2026-W14, 2027-W30.\n' });
    expect((await folder.run('settings', 'get', 'weeklyCapHours', '--week', '2027-W20')).stdout).toBe('20\n');
    expect((await folder.run('settings', 'get', 'weeklyCapHours', '--week', '2027-W30')).stdout).toBe('35\n');

    const first = await folder.run('settings', 'history', 'remove', '2026-W14');
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/first span \(from 2026-W14\) cannot be removed/);
    expect((await folder.run('settings', 'history', '--json')).json<unknown[]>()).toHaveLength(2);
  });

  it('--from with a setting that is not dated is a usage error (exit 2), and so is a dated target group key', async () => {
    folder = cliFolder();
    const run = await folder.run('settings', 'set', 'lockMode', 'hard', '--from', '2026-W20');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/'lockMode' is not dated/);
    expect((await folder.run('settings', 'get', 'lockMode')).stdout).toBe('off\n');
    await folder.run('settings', 'set', 'targets.fitnessMinutes', '180', '--from', '2026-W20');
    expect((await folder.run('settings', 'get', 'targets', '--week', '2026-W19')).json()).toEqual({ fitnessMinutes: 150, familyMinutes: 600 });
    expect((await folder.run('settings', 'get', 'targets', '--week', '2026-W20')).json()).toEqual({ fitnessMinutes: 180, familyMinutes: 600 });
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', 'soon')).code).toBe(2);
  });

  it('a change dated back into weeks already lived says so; one to come, or one that changes nothing, does not', async () => {
    folder = cliFolder(); // Wed 1 Apr 2026, 2026-W14
    await folder.run('log', 'Work', '--start', '2026-03-03T09:00', '--end', '2026-03-03T17:00');
    const back = await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W11');
    expect(back.stderr).toBe(
      'weeklyCapHours is now 30 h from 2026-W11 on.\nThis reaches back into weeks already lived: from 2026-W11, their figures are read with it now (settings history shows the steps).\n',
    );
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '28', '--from', '2026-W20')).stderr).toBe('weeklyCapHours is now 28 h from 2026-W20 on (an upcoming step).\n');
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W12')).stderr).not.toMatch(/reaches back/);
  });

  it('history remove of a step that held lived weeks says so, and what the values in force become; one to come says nothing more', async () => {
    folder = cliFolder(); // Wed 1 Apr 2026, 2026-W14
    await folder.run('log', 'Work', '--start', '2026-03-03T09:00', '--end', '2026-03-03T17:00');
    await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W11');
    await folder.run('settings', 'set', 'targets.fitnessMinutes', '180', '--from', '2026-W11');
    expect((await folder.run('settings', 'history', 'remove', '2026-W11')).stderr).toBe(
      'Removed the step of 2026-W11. The timeline is now: 2026-W10.\n' +
        'This reaches back into weeks already lived: from 2026-W11, their figures are read with the step before it now (settings history shows the steps). This week the cap goes from 30 h to 35 h and the fitness target goes from 3 h to 2 h 30 min.\n',
    );
    await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W11');
    await folder.run('settings', 'set', 'weeklyCapHours', '28', '--from', '2026-W13');
    expect((await folder.run('settings', 'history', 'remove', '2026-W11')).stderr).toBe(
      'Removed the step of 2026-W11. The timeline is now: 2026-W10, 2026-W13.\n' +
        'This reaches back into weeks already lived: from 2026-W11 up to 2026-W13, their figures are read with the step before it now (settings history shows the steps). In those weeks the cap goes from 30 h to 35 h.\n',
    );
    await folder.run('settings', 'set', 'weeklyCapHours', '20', '--from', '2026-W14');
    expect((await folder.run('settings', 'history', 'remove', '2026-W14')).stderr).toBe(
      'Removed the step of 2026-W14. The timeline is now: 2026-W10, 2026-W13.\nThis week the cap goes from 20 h to 28 h.\n',
    );
    await folder.run('settings', 'set', 'weeklyCapHours', '25', '--from', '2026-W20');
    expect((await folder.run('settings', 'history', 'remove', '2026-W20')).stderr).toBe('Removed the step of 2026-W20. The timeline is now: 2026-W10, 2026-W13.\n');
  });

  it('--week with set, and --from with get, are usage errors that change nothing: a change meant for a week to come never lands on this one', async () => {
    folder = cliFolder();
    const set = await folder.run('settings', 'set', 'weeklyCapHours', '28', '--week', '2026-W20');
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/--week reads the values in force in a week .*use --from WEEK/);
    expect((await folder.run('settings', 'get', 'weeklyCapHours')).stdout).toBe('35\n');
    expect((await folder.run('settings', 'history', '--json')).json<unknown[]>()).toHaveLength(1);
    const get = await folder.run('settings', 'get', 'weeklyCapHours', '--from', '2026-W20');
    expect(get.code).toBe(2);
    expect(get.stderr).toMatch(/--from dates a change .*use --week WEEK/);
    // An empty week is said in the command's words, not the request's.
    expect(await folder.run('settings', 'set', 'weeklyCapHours', '28', '--from', '')).toMatchObject({ code: 2, stderr: expect.stringContaining("--from '' names no week. Write it as 2026-W13") });
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '28', '--from', '1969-W52')).stderr).toMatch(/'1969-W52' is before 1970/);
    expect((await folder.run('settings', 'history', '--json')).json<unknown[]>()).toHaveLength(1);
  });

  it("dayoff add and remove in a week already lived, or this one, say the week's cap change; in a week to come they do not", async () => {
    folder = cliFolder(); // Wed 1 Apr 2026, 2026-W14
    await folder.run('log', 'Work', '--start', '2026-03-18T10:00', '--end', '2026-03-18T12:00');
    expect((await folder.run('dayoff', 'add', '2026-03-18')).stderr).toBe(
      '2026-03-18 is a day off (other).\nThe cap of 2026-W12, a week already lived, goes from 35 h to 28 h.\n2026-03-18 has 2:00 of work logged: on a day off it counts as off-hours work.\n',
    );
    expect((await folder.run('dayoff', 'remove', '2026-03-18')).stderr).toBe('2026-03-18 is a work day again.\nThe cap of 2026-W12, a week already lived, goes from 28 h to 35 h.\n');
    expect((await folder.run('dayoff', 'add', '2026-04-01')).stderr).toBe("2026-04-01 is a day off (other).\nThis week's cap goes from 35 h to 28 h.\n");
    expect((await folder.run('dayoff', 'add', '2026-03-26', '--to', '2026-04-02')).stderr).toBe(
      '8 days off, 2026-03-26 to 2026-04-02 (other).\nThe caps of weeks already lived and this one change: 2026-W13 from 35 h to 21 h and this week from 28 h to 7 h.\n',
    );
    expect((await folder.run('dayoff', 'add', '2026-04-20')).stderr).toBe('2026-04-20 is a day off (other).\n');
    expect((await folder.run('dayoff', 'add', '2026-03-22')).stderr).toBe('2026-03-22 is a day off (other).\n');
  });

  it('dayoff across a week boundary: each week loses its own share, work on the days is off-hours', async () => {
    folder = cliFolder();
    expect(await folder.run('dayoff', 'add', '2026-12-24', '--to', '2026-12-29', '--kind', 'vacation', '--note', 'family')).toMatchObject({
      code: 0,
      stderr: '6 days off, 2026-12-24 to 2026-12-29 (vacation).\n',
    });
    await folder.run('log', 'Work', '--start', '2026-12-28T10:00', '--end', '2026-12-28T11:00');
    const w52 = (await folder.run('summary', '--week', '2026-W52', '--json')).json<WeekJson>();
    expect([w52.baseCapMinutes, w52.capMinutes]).toEqual([2100, 1260]);
    expect(w52.daysOff).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27'].map((date) => ({ date, kind: 'vacation' })));
    // Thursday and Friday had windows and lowered the cap; the weekend had none: the line says which did.
    expect(w52.daysOffWithWindows).toBe(2);
    expect((await folder.run('summary', '--week', '2026-W52')).stdout).toMatch(/\nCap 21 h \(35 h less 2 days off; 2 more on no work window\) · /);
    const w53 = (await folder.run('summary', '--week', '2026-W53', '--json')).json<WeekJson>();
    expect([w53.capMinutes, w53.offHoursWorkMinutes]).toEqual([1260, 60]);
    expect(w53.days.map((d) => d.dayOff)).toEqual(['vacation', 'vacation', null, null, null, null, null]);
    expect((await folder.run('summary', '--week', '2026-W53')).stdout).toMatch(/Cap 21 h \(35 h less 2 days off\)/);

    expect((await folder.run('dayoff', 'list', '--from', '2026-12-28', '--json')).json()).toEqual([
      { date: '2026-12-28', kind: 'vacation', note: 'family' },
      { date: '2026-12-29', kind: 'vacation', note: 'family' },
    ]);
    expect(await folder.run('dayoff', 'remove', '2026-12-29')).toMatchObject({ code: 0, stderr: '2026-12-29 is a work day again.\n' });
    expect((await folder.run('dayoff', 'list', '--from', '2026-12-28')).stdout).toBe('2026-12-28  vacation  family\n');
    expect((await folder.run('dayoff', 'remove', '2026-12-29')).code).toBe(1);
  });

  it('dayoff add over a day already off says what it replaces, kind and note', async () => {
    folder = cliFolder();
    expect((await folder.run('dayoff', 'add', '2026-12-24', '--kind', 'holiday', '--note', 'xmas')).code).toBe(0);
    expect((await folder.run('dayoff', 'add', '2026-12-25')).code).toBe(0);
    expect(await folder.run('dayoff', 'add', '2026-12-23', '--to', '2026-12-25')).toMatchObject({
      code: 0,
      stderr: '3 days off, 2026-12-23 to 2026-12-25 (other).\n2026-12-24 was off already (holiday, "xmas"); it is replaced.\n',
    });
    expect((await folder.run('dayoff', 'list', '--json')).json()).toEqual(['2026-12-23', '2026-12-24', '2026-12-25'].map((date) => ({ date, kind: 'other', note: '' })));
  });

  it('dayoff add on days with work logged says that work now counts as off-hours work, day by day across weeks', async () => {
    folder = cliFolder();
    await folder.run('log', 'Work', '--start', '2026-12-25T09:00', '--end', '2026-12-25T17:00');
    await folder.run('log', 'Work', '--start', '2026-12-28T10:00', '--end', '2026-12-28T11:30');
    await folder.run('log', 'Fitness', '--start', '2026-12-27T10:00', '--end', '2026-12-27T11:00');
    expect(await folder.run('dayoff', 'add', '2026-12-24', '--to', '2026-12-29', '--kind', 'sick')).toMatchObject({
      code: 0,
      stderr:
        '6 days off, 2026-12-24 to 2026-12-29 (sick).\n' +
        '2026-12-25 has 8:00 of work logged: on a day off it counts as off-hours work.\n' +
        '2026-12-28 has 1:30 of work logged: on a day off it counts as off-hours work.\n',
    });
    // Nothing logged: nothing more said.
    expect((await folder.run('dayoff', 'add', '2027-01-04')).stderr).toBe('2027-01-04 is a day off (other).\n');
  });

  it('a day off on a day without a work window lowers nothing, and the cap line says so', async () => {
    folder = cliFolder();
    expect((await folder.run('dayoff', 'add', '2026-12-26')).code).toBe(0);
    expect((await folder.run('summary', '--week', '2026-W52')).stdout).toMatch(/\nCap 35 h \(1 day off, on no work window: the cap is as it was\) · /);
  });

  it('dayoff across the spring DST change: the short Sunday takes its real window time off the cap', async () => {
    folder = cliFolder();
    const night = [{ start: '01:00', end: '05:00' }];
    await folder.run('settings', 'set', 'workWindows', JSON.stringify([night, night, [], [], [], [], []]), '--from', '2026-W13');
    await folder.run('settings', 'set', 'weeklyCapMinutes', '420', '--from', '2026-W13');
    // 2026-W13: Mon 23 Mar (4 h) and Sun 29 Mar (3 h: 02:00 does not exist in Berlin). The Sunday off takes 3/7.
    expect((await folder.run('dayoff', 'add', '2026-03-29', '--kind', 'holiday')).code).toBe(0);
    const week = (await folder.run('summary', '--week', '2026-W13', '--json')).json<WeekJson>();
    expect([week.baseCapMinutes, week.capMinutes]).toEqual([420, 240]);
  });

  it('dayoff mistakes are usage errors (exit 2) checked before the data folder is opened', async () => {
    folder = cliFolder();
    for (const argv of [['dayoff', 'add'], ['dayoff', 'add', '2026-02-30'], ['dayoff', 'add', '2026-12-24', '--kind', 'party'], ['dayoff', 'list', '--from', 'monday'], ['dayoff', 'take', '2026-12-24']]) {
      expect((await folder.run(...argv)).code, argv.join(' ')).toBe(2);
    }
    expect((await folder.run('dayoff', 'add', '2026-12-24', '--to', '2026-12-20')).code).toBe(2);
    expect((await folder.run('dayoff', 'list')).stdout).toBe('No days off.\n');
  });
});
