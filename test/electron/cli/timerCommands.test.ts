import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, HOUR, MINUTE } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
afterEach(() => folder.cleanup());

describe('timelock start, stop and status', () => {
  it('status on a fresh folder is idle with the default 35 h cap, as one line on stdout', async () => {
    folder = cliFolder();
    const status = await folder.run('status');
    expect(status).toMatchObject({ code: 0, stdout: 'idle · 0 / 35 h\n', stderr: '' });
  });

  it('start Work runs a timer that status counts up to now, and stop saves it as an entry', async () => {
    folder = cliFolder();
    const started = await folder.run('start', 'work', '--note', 'the report');
    expect(started).toMatchObject({ code: 0, stdout: '', stderr: 'Started Work at 12:00.\n' });

    folder.clock.advance(HOUR + 12 * MINUTE);
    expect((await folder.run('status')).stdout).toBe('Work 1:12 · 1.2 / 35 h\n');
    const json = (await folder.run('status', '--json')).json<Record<string, unknown>>();
    expect(json).toMatchObject({
      running: true,
      timer: { categoryId: 'work', category: 'Work', area: 'work', start: '2026-04-01T12:00:00+02:00', elapsedMinutes: 72, note: 'the report' },
      now: '2026-04-01T13:12:00+02:00',
      week: '2026-W14',
      timeZone: 'Europe/Berlin',
      minutes: { work: 72, fitness: 0, family: 0 },
      capMinutes: 2100,
      remainingMinutes: 2100 - 72,
      overCapMinutes: 0,
    });

    // Seconds short of a minute: the clock is cut, as the tray's tooltip cuts it; the hours are to the nearest tenth,
    // as the window shows them (71 min 45 s is 1.2 h), and reach the cap's figure only with the cap.
    folder.clock.advance(-15 * 1000);
    expect((await folder.run('status')).stdout).toBe('Work 1:11 · 1.2 / 35 h\n');
    folder.clock.advance(15 * 1000);

    const stopped = await folder.run('stop', '--json');
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toBe('Stopped Work after 1:12.\n');
    expect(stopped.json()).toMatchObject({ categoryId: 'work', category: 'Work', start: '2026-04-01T12:00:00+02:00', end: '2026-04-01T13:12:00+02:00', minutes: 72, source: 'timer', note: 'the report' });
    expect((await folder.run('status')).stdout).toBe('idle · 1.2 / 35 h\n');

    const host = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    expect(host.app.store.getTimer()).toBeNull();
    expect(host.app.store.getEntries()).toMatchObject([{ categoryId: 'work', start: Date.UTC(2026, 3, 1, 10), end: Date.UTC(2026, 3, 1, 11, 12) }]);
  });

  it('start that switches from a run cut short by an entry saved ahead of it says the length saved, and what it left out', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'work')).code).toBe(0);
    folder.clock.advance(10 * MINUTE);
    // Synced in from another computer while the timer runs here: family from 12:20 to 12:30 (the CLI refuses to log
    // an entry over a running timer; the window's typed totals and sync do not ask it).
    const other = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    other.app.store.applyEntries({ put: [{ id: 'synced', categoryId: 'family', start: Date.UTC(2026, 3, 1, 10, 20), end: Date.UTC(2026, 3, 1, 10, 30), note: '', tags: [], source: 'manual' }] });
    await other.app.store.flush();
    folder.clock.advance(30 * MINUTE);
    const switched = await folder.run('start', 'fitness');
    expect(switched).toMatchObject({
      code: 0,
      stderr:
        'Stopped Work after 0:20.\n' +
        'The Work timer ran into the Family entry saved ahead of it (logged for later, or from another computer), which begins at 12:20: it is saved up to there, 20 min, and the 20 min it ran from then on is not (10 min of it after that entry, which ends at 12:30). Add by hand whatever of that time was Work.\n' +
        'Started Fitness at 12:40.\n',
    });
    const host = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.end - e.start])).toEqual([
      ['work', 20 * MINUTE],
      ['family', 10 * MINUTE],
    ]);
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'fitness', start: Date.UTC(2026, 3, 1, 10, 40) });
  });

  it('stop of a run that began inside an entry synced in: saved from where that entry ends, in words; never stuck', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'work')).code).toBe(0);
    // From another computer, which did not see this timer: family from 11:30 to 12:20.
    const other = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    other.app.store.applyEntries({ put: [{ id: 'synced', categoryId: 'family', start: Date.UTC(2026, 3, 1, 9, 30), end: Date.UTC(2026, 3, 1, 10, 20), note: '', tags: [], source: 'manual' }] });
    await other.app.store.flush();
    folder.clock.advance(60 * MINUTE);
    const stopped = await folder.run('stop');
    expect(stopped).toMatchObject({
      code: 0,
      stderr:
        'Stopped Work after 0:40.\nThe Work timer began at 12:00, inside an entry saved over its start (from another computer, or while it ran): it is saved from where that entry ends, at 12:20. Edit that entry if its time was Work.\n',
    });
    expect((await folder.run('start', 'fitness')).code).toBe(0);
  });

  it('a timer that ran into an entry logged ahead: status says where it stopped counting, and counts what the stop then saves', async () => {
    folder = cliFolder();
    // Logged ahead: family from 12:30 to 13:00 (the clock is 12:00).
    const ahead = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    ahead.app.store.applyEntries({ put: [{ id: 'later', categoryId: 'family', start: Date.UTC(2026, 3, 1, 10, 30), end: Date.UTC(2026, 3, 1, 11, 0), note: '', tags: [], source: 'manual' }] });
    await ahead.app.store.flush();
    expect((await folder.run('start', 'work')).code).toBe(0);
    folder.clock.advance(HOUR + 12 * MINUTE);
    expect((await folder.run('status')).stdout).toBe('Work 1:12 (counted to 12:30) · 0.5 / 35 h\n');
    const json = (await folder.run('status', '--json')).json();
    expect(json).toMatchObject({ timer: { elapsedMinutes: 72, ranInto: { at: '2026-04-01T12:30:00+02:00', category: 'Family' } }, minutes: { work: 30, family: 30 } });
    expect((await folder.run('stop')).code).toBe(0);
    expect((await folder.run('status')).stdout).toBe('idle · 0.5 / 35 h\n');
  });

  it('a timer with an entry synced in over its start: status says where it counts from, and both ends when it also ran into one ahead', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'work')).code).toBe(0);
    // Synced in while it ran (from another computer): a call from 11:50 to 12:20, over the run's start at 12:00.
    const synced = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    synced.app.store.applyEntries({ put: [{ id: 'call', categoryId: 'work', start: Date.UTC(2026, 3, 1, 9, 50), end: Date.UTC(2026, 3, 1, 10, 20), note: '', tags: [], source: 'manual' }] });
    await synced.app.store.flush();
    folder.clock.advance(HOUR);
    expect((await folder.run('status')).stdout).toBe('Work 1:00 (counted from 12:20) · 1.2 / 35 h\n');
    expect((await folder.run('status', '--json')).json()).toMatchObject({ timer: { elapsedMinutes: 60, ranInto: null, countedFrom: { at: '2026-04-01T12:20:00+02:00' } }, minutes: { work: 70 } });
    // And family logged for 12:40: the run counts from 12:20 to 12:40.
    synced.app.store.applyEntries({ put: [{ id: 'later', categoryId: 'family', start: Date.UTC(2026, 3, 1, 10, 40), end: Date.UTC(2026, 3, 1, 11, 30), note: '', tags: [], source: 'manual' }] });
    await synced.app.store.flush();
    expect((await folder.run('status')).stdout).toBe('Work 1:00 (counted 12:20–12:40) · 0.8 / 35 h\n');
    // A call synced in up to 14:00 over all of it: it counts nothing yet, and says from when it will.
    synced.app.store.applyEntries({ remove: ['later', 'call'], put: [{ id: 'long', categoryId: 'family', start: Date.UTC(2026, 3, 1, 9, 30), end: Date.UTC(2026, 3, 1, 12, 0), note: '', tags: [], source: 'manual' }] });
    await synced.app.store.flush();
    expect((await folder.run('status')).stdout).toBe('Work 1:00 (counts from 14:00) · 0 / 35 h\n');
  });

  it('stop of a run whose whole time entries synced in hold: nothing saved, and it says why, not "No timer is running."', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'work')).code).toBe(0);
    const other = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() });
    other.app.store.applyEntries({ put: [{ id: 'synced', categoryId: 'family', start: Date.UTC(2026, 3, 1, 9, 30), end: Date.UTC(2026, 3, 1, 12, 0), note: '', tags: [], source: 'manual' }] });
    await other.app.store.flush();
    folder.clock.advance(60 * MINUTE);
    const stopped = await folder.run('stop');
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toBe(
      'The Work timer began at 12:00, and entries saved over it (from another computer, or while it ran) hold all of its time, so it saved nothing. Edit those entries if their time was Work.\n',
    );
    expect((await folder.run('status')).stdout).toMatch(/^idle /);
  });

  it('a run saved shorter than a minute says so, not "after 0:00"', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'work')).code).toBe(0);
    folder.clock.advance(40 * 1000);
    expect((await folder.run('stop')).stderr).toBe('Stopped Work after under a minute.\n');
  });

  it('CATEGORY matches a name in any case or an id; starting another stops the running one first', async () => {
    folder = cliFolder();
    expect((await folder.run('start', 'FITNESS')).code).toBe(0);
    folder.clock.advance(30 * MINUTE);
    const switched = await folder.run('start', 'family', '--json');
    expect(switched.stderr).toBe('Stopped Fitness after 0:30.\nStarted Family at 12:30.\n');
    expect(switched.json()).toMatchObject({ categoryId: 'family', category: 'Family', start: '2026-04-01T12:30:00+02:00' });
    expect((await folder.run('status')).stdout).toBe('Family 0:00 · 0 / 35 h\n');
  });

  it('a work timer started outside the work windows is said to be, as the off-hours nudge says it; not fitness, not once that nudge is off', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 4, 10, 0) }); // Saturday noon in Berlin; lock off (the default)
    const work = await folder.run('start', 'Work');
    expect(work).toMatchObject({ code: 0, stdout: '' });
    expect(work.stderr).toBe('Started Work at 12:00.\nThe work timer is running outside your work windows. Your next window opens on Mon 6 Apr at 09:00.\n');
    // A switch to fitness: the timer that runs now is not work.
    expect((await folder.run('start', 'Fitness')).stderr).toBe('Stopped Work; it had run no time, so nothing was saved.\nStarted Fitness at 12:00.\n');

    expect((await folder.run('settings', 'set', 'nudges.enabled.off-hours-work', 'false')).code).toBe(0);
    expect((await folder.run('start', 'Work')).stderr).toBe('Stopped Fitness; it had run no time, so nothing was saved.\nStarted Work at 12:00.\n');
  });

  it('stop with nothing running says so on stderr and succeeds; --json prints null', async () => {
    folder = cliFolder();
    expect(await folder.run('stop')).toMatchObject({ code: 0, stdout: '', stderr: 'No timer is running.\n' });
    expect((await folder.run('stop', '--json')).stdout).toBe('null\n');
  });

  it('a soft lock asks for a reason (exit 1, nothing started); with --reason the timer starts and keeps it', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 4, 10, 0) }); // Saturday: outside the work windows
    expect((await folder.run('settings', 'set', 'lockMode', 'soft')).code).toBe(0);
    const refused = await folder.run('start', 'Work');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/outside your work windows/);
    expect(refused.stderr).toMatch(/--reason/);
    expect((await folder.run('status')).stdout).toBe('idle · 0 / 35 h\n');

    const allowed = await folder.run('start', 'Work', '--reason', 'release day', '--json');
    expect(allowed.code).toBe(0);
    expect(allowed.json()).toMatchObject({ overrideReason: 'release day' });
  });

  it('a hard lock refuses with the reason and when work may start, exit 1; fitness still starts', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 4, 10, 0) });
    await folder.run('settings', 'set', 'lockMode', 'hard');
    const refused = await folder.run('start', 'Work', '--reason', 'please');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/outside your work windows; the next one opens/);
    expect(refused.stderr).toMatch(/hard lock blocks this/);
    expect((await folder.run('start', 'Fitness')).code).toBe(0);
  });
});

describe('a hard lock with no app running', () => {
  // Wed 1 Apr 2026, windows 09:00–17:00 Berlin: a work timer started at 16:00 and left running with no app open.
  const startRun = async (mode: 'hard' | 'soft') => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 1, 14, 0) });
    expect((await folder.run('settings', 'set', 'lockMode', mode)).code).toBe(0);
    expect((await folder.run('start', 'Work')).code).toBe(0);
    folder.clock.advance(4 * HOUR); // 20:00
  };
  const savedEntries = () => makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() }).app.store.getEntries();

  it('stop ends the run where the lock ended it, at the window’s end, and says so first', async () => {
    await startRun('hard');
    const stopped = await folder.run('stop');
    expect(stopped.code).toBe(0);
    const [told, ...rest] = stopped.stderr.trim().split('\n');
    expect(told).toMatch(/17:00/);
    // The timer was stopped already: stop has nothing left to stop, and says that.
    expect(rest.join('\n')).toMatch(/no timer/i);
    expect(savedEntries()).toMatchObject([{ categoryId: 'work', start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 15) }]);
  });

  it('status shows the timer stopped at the window’s end, not counting the evening, and tells why', async () => {
    await startRun('hard');
    const status = await folder.run('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toBe('idle · 1 / 35 h\n');
    expect(status.stderr).toMatch(/17:00/);
    expect(savedEntries()).toMatchObject([{ start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 15) }]);
    // Told once: the next status has nothing to catch up on.
    expect(await folder.run('status')).toMatchObject({ stdout: 'idle · 1 / 35 h\n', stderr: '' });
  });

  it('a status bar’s status stops it too: one before the window’s end stops nothing, one after stops it there', async () => {
    await startRun('hard');
    folder.clock.advance(-3.5 * HOUR); // 16:30: the first status records the checked files the next ones answer from
    expect(await folder.run('status')).toMatchObject({ stdout: 'Work 0:30 · 0.5 / 35 h\n', stderr: '' });
    folder.clock.advance(20 * MINUTE);
    expect(await folder.run('status')).toMatchObject({ stdout: 'Work 0:50 · 0.8 / 35 h\n', stderr: '' });
    expect(savedEntries()).toEqual([]);
    folder.clock.advance(3 * HOUR + 10 * MINUTE); // 20:00
    const status = await folder.run('status');
    expect(status.stdout).toBe('idle · 1 / 35 h\n');
    expect(status.stderr).toMatch(/17:00/);
    expect(savedEntries()).toMatchObject([{ start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 15) }]);
  });

  it('a soft lock stops nothing: the run is saved whole when stopped', async () => {
    await startRun('soft');
    expect((await folder.run('status')).stdout).toBe('Work 4:00 · 4 / 35 h\n');
    expect((await folder.run('stop')).code).toBe(0);
    expect(savedEntries()).toMatchObject([{ start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 18) }]);
  });

  it('a run the app watched until 19:00 under soft mode, switched to hard after: stopped when next judged, not back at 17:00 or 19:00', async () => {
    await startRun('soft');
    // The app ran until 19:00 with this timer (its heartbeat), and hard mode was switched on after the window's end.
    const app = makeTestHost({ dataDir: folder.dataDir, start: Date.UTC(2026, 3, 1, 17, 0) }).app;
    app.store.setPresence({ ...app.store.getPresence(), heartbeat: { at: Date.UTC(2026, 3, 1, 17, 0), timerId: app.store.getTimer()!.id } });
    app.store.setSettings({ ...app.store.getSettings(), lockMode: 'hard' });
    await app.store.flush();
    const status = await folder.run('status');
    expect(status.stdout).toBe('idle · 4 / 35 h\n');
    expect(savedEntries()).toMatchObject([{ start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 18) }]);
  });
});

describe('a change from the command line that brings a hard stop due, with no app running', () => {
  it('hard mode switched on at 20:00 stops a work run at 20:00, not back at the 17:00 window end it ran past', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 1, 14, 0) });
    expect((await folder.run('start', 'Work')).code).toBe(0);
    folder.clock.advance(4 * HOUR);
    const switched = await folder.run('settings', 'set', 'lockMode', 'hard');
    expect(switched.code).toBe(0);
    expect(switched.stderr).toMatch(/^timelock: notice: It's outside your work windows: the hard lock stopped the work timer\.$/m);
    const entries = makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() }).app.store.getEntries();
    expect(entries).toMatchObject([{ categoryId: 'work', start: Date.UTC(2026, 3, 1, 14), end: Date.UTC(2026, 3, 1, 18) }]);
  });

  it('a daily cap lowered under a running work timer stops it at once; one that still leaves room stops nothing', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 1, 10, 0) }); // 12:00, inside the window
    expect((await folder.run('settings', 'set', 'lockMode', 'hard')).code).toBe(0);
    expect((await folder.run('start', 'Work')).code).toBe(0);
    folder.clock.advance(2 * HOUR);
    // A daily cap of 3 h leaves an hour: nothing stops yet.
    expect(await folder.run('settings', 'set', 'dailyCapMinutes', '180')).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/stopped/) });
    expect((await folder.run('status')).stdout).toMatch(/^Work 2:00/);
    // One of 1 h: the run is past it, and stops now.
    const lowered = await folder.run('settings', 'set', 'dailyCapMinutes', '60');
    // Past the new cap by an hour, not just reaching it: the words say so.
    expect(lowered.stderr).toMatch(/^timelock: notice: You're past your daily cap of 1 h, with 2 h of work today: the hard lock stopped the work timer\.$/m);
    expect((await folder.run('status')).stdout).toBe('idle · 2 / 35 h\n');
  });
});

describe('a rule changed mid-run, with no app watching, never puts a stop back before the change', () => {
  it('hard mode switched on inside the window, for a run begun before it: the run goes on, and stops at the window’s end', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 1, 6, 50) }); // 08:50 Berlin, before the 09:00 window, lock off
    expect((await folder.run('start', 'Work', '--note', 'morning report')).code).toBe(0);
    folder.clock.advance(15 * MINUTE); // 09:05, inside the window
    expect(await folder.run('settings', 'set', 'lockMode', 'hard')).toMatchObject({ code: 0, stderr: 'lockMode is now "hard".\n' });
    // Judged from the run's start, 08:50 is off-hours: the stop would have gone there, and the whole run with it.
    expect(await folder.run('status')).toMatchObject({ stdout: 'Work 0:15 · 0.3 / 35 h\n', stderr: '' });
    folder.clock.advance(8 * HOUR + 25 * MINUTE); // 17:30
    const status = await folder.run('status');
    expect(status.stderr).toMatch(/17:00/);
    expect(makeTestHost({ dataDir: folder.dataDir, start: folder.clock.now() }).app.store.getEntries()).toMatchObject([
      { start: Date.UTC(2026, 3, 1, 6, 50), end: Date.UTC(2026, 3, 1, 15, 0), note: 'morning report' },
    ]);
  });

  it('a window moved to begin after the run’s start: the run goes on inside it', async () => {
    folder = cliFolder({ start: Date.UTC(2026, 3, 1, 7, 0) }); // 09:00 Berlin
    expect((await folder.run('settings', 'set', 'lockMode', 'hard')).code).toBe(0);
    expect((await folder.run('start', 'Work')).code).toBe(0);
    folder.clock.advance(30 * MINUTE);
    const later = JSON.stringify([[], [{ start: '09:15', end: '17:00' }], [{ start: '09:15', end: '17:00' }], [{ start: '09:15', end: '17:00' }], [{ start: '09:15', end: '17:00' }], [{ start: '09:15', end: '17:00' }], []]);
    expect((await folder.run('settings', 'set', 'workWindows', later)).code).toBe(0);
    expect(await folder.run('status')).toMatchObject({ stdout: 'Work 0:30 · 0.5 / 35 h\n', stderr: '' });
  });
});

it('a status that makes a missed hard stop says so before its line, as a status bar reading both streams shows it', async () => {
  const { runCli } = await import('../../../electron/cli');
  const { runStatusFast } = await import('../../../electron/cli/statusFast');
  folder = cliFolder({ start: Date.UTC(2026, 3, 1, 14, 0) });
  await folder.run('settings', 'set', 'lockMode', 'hard');
  await folder.run('start', 'Work');
  folder.clock.advance(30 * MINUTE);
  expect((await folder.run('status')).stdout).toBe('Work 0:30 · 0.5 / 35 h\n'); // records the checked files
  folder.clock.advance(3.5 * HOUR);
  let both = '';
  const given = {
    argv: ['status'],
    env: { TIMELOCK_DATA_DIR: folder.dataDir },
    stdout: { write: (text: string) => void (both += text) },
    stderr: { write: (text: string) => void (both += text) },
    clock: folder.clock,
    systemTimeZone: 'Europe/Berlin',
  };
  expect((await runStatusFast(given)) ?? (await runCli(given))).toBe(0);
  expect(both).toBe("timelock: notice: Your work window ended at 17:00: the hard lock stopped the work timer.\nidle · 1 / 35 h\n");
});
