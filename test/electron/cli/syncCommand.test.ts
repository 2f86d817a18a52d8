import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliFolder, type CliFolder } from './cliHarness';

// Two computers (two data folders) sharing one sync folder, as Syncthing or a USB stick would make it.
// The clocks start on Wed 1 Apr 2026, 12:00 Berlin, in week 2026-W14 (Mon 30 March to Sun 5 April).
interface WeekJson {
  minutes: { work: number };
}
interface Conflict {
  id: string;
  type: string;
  recordIds: string[];
}

describe('timelock sync', () => {
  let laptop: CliFolder;
  let desktop: CliFolder;
  let folder: string;

  beforeEach(async () => {
    laptop = cliFolder();
    desktop = cliFolder();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    for (const [computer, name] of [[laptop, 'Laptop'], [desktop, 'Desktop']] as const) {
      const run = await computer.run('sync', 'setup', '--folder', folder, '--device-name', name);
      expect(run.code, run.stderr).toBe(0);
    }
  });
  afterEach(() => {
    laptop.cleanup();
    desktop.cleanup();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const work = async (computer: CliFolder) => (await computer.run('summary', '--week', '2026-W14', '--json')).json<WeekJson>().minutes.work;

  it("hours logged on one computer count in the other's week after both sync", async () => {
    expect((await laptop.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T12:00')).code).toBe(0);
    expect(await work(desktop)).toBe(0);

    const sent = await laptop.run('sync', 'now', '--json');
    expect(sent.code, sent.stderr).toBe(0);
    const taken = await desktop.run('sync', 'now', '--json');
    expect(taken.code, taken.stderr).toBe(0);
    const round = taken.json<{ applied: number; written: number; devices: number; conflicts: number; problems: string[] }>();
    expect(Object.keys(round).sort()).toEqual(['applied', 'conflicts', 'devices', 'problems', 'written']);
    expect(round.problems).toEqual([]);
    expect(round.applied).toBeGreaterThanOrEqual(1);
    expect(round.devices).toBe(1);
    expect(round.conflicts).toBe(0);

    expect(await work(desktop)).toBe(180);
    // The desktop's own hours go the other way, and the laptop keeps its own: one record, one cap.
    expect((await desktop.run('log', 'Work', '--start', '2026-03-31T09:00', '--end', '2026-03-31T10:00')).code).toBe(0);
    await desktop.run('sync', 'now');
    await laptop.run('sync', 'now');
    expect(await work(laptop)).toBe(240);
    expect(await work(desktop)).toBe(240);
  });

  it('work logged at the same time on both computers is listed as a conflict, and resolving it keeps the chosen entry on both', async () => {
    expect((await laptop.run('log', 'Work', '--start', '2026-03-31T10:00', '--end', '2026-03-31T11:00')).code).toBe(0);
    expect((await desktop.run('log', 'Work', '--start', '2026-03-31T10:30', '--end', '2026-03-31T12:00')).code).toBe(0);
    await laptop.run('sync', 'now');
    const round = (await desktop.run('sync', 'now', '--json')).json<{ conflicts: number }>();
    expect(round.conflicts).toBe(1);
    // Nothing dropped while it waits: both entries count until the person decides, and the week says so.
    expect(await work(desktop)).toBe(150);
    const week = await desktop.run('summary', '--week', '2026-W14');
    expect(week.stderr).toBe(
      'Sync has 1 conflict to resolve (timelock sync conflicts); one is entries from two computers over the same time, both counted here until then.\n',
    );

    const listed = await desktop.run('sync', 'conflicts', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const conflicts = listed.json<Conflict[]>();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.type).toBe('overlap');
    const text = await desktop.run('sync', 'conflicts');
    expect(text.stdout).toContain(conflicts[0]!.id);

    const resolved = await desktop.run('sync', 'resolve', conflicts[0]!.id, '--keep', 'this');
    expect(resolved.code, resolved.stderr).toBe(0);
    expect((await desktop.run('sync', 'conflicts', '--json')).json<Conflict[]>()).toEqual([]);
    expect(await work(desktop)).toBe(90);
    expect((await desktop.run('summary', '--week', '2026-W14')).stderr).toBe('');
    await laptop.run('sync', 'now');
    expect(await work(laptop)).toBe(90);
    expect((await laptop.run('sync', 'conflicts', '--json')).json<Conflict[]>()).toEqual([]);

    const again = await desktop.run('sync', 'resolve', conflicts[0]!.id, '--keep', 'other');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no open sync conflict/);
  });

  it('a setting changed on both computers is listed with both versions, whose each is, and what each --keep keeps', async () => {
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    laptop.clock.advance(60_000);
    expect((await laptop.run('settings', 'set', 'weeklyCapHours', '30')).code).toBe(0);
    desktop.clock.advance(120_000);
    expect((await desktop.run('settings', 'set', 'weeklyCapHours', '32')).code).toBe(0);
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    const text = (await desktop.run('sync', 'conflicts')).stdout;
    expect(text).toMatch(/edited-twice/);
    expect(text).toMatch(/--keep this {3}keeps the version shown now: 32 h \(from this computer, Desktop\)/);
    expect(text).toMatch(/--keep other {2}restores the other: 30 h \(from Laptop\)/);
  });

  it("a time zone and first day of the week set on the other computer are said by the sync now that takes them in, naming it", async () => {
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    expect((await laptop.run('settings', 'set', 'timeZone', 'America/New_York')).code).toBe(0);
    expect((await laptop.run('settings', 'set', 'weekStartsOn', '0')).code).toBe(0);
    const sent = await laptop.run('sync', 'now');
    expect(sent.stderr).toBe('');
    const taken = await desktop.run('sync', 'now');
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toBe('Took in 2 changes from 1 other computer, wrote 0 changes.\n');
    expect(taken.stderr).toBe('Laptop changed the time zone to America/New York and the first day of the week to Sunday: weeks already lived are read with them now.\n');

    // A cap set again from 2026-W10 on, a week already lived, and --json carries the words.
    expect((await laptop.run('settings', 'set', 'weekStartsOn', '1')).code).toBe(0);
    expect((await laptop.run('log', 'Work', '--start', '2026-02-02T09:00', '--end', '2026-02-02T10:00')).code).toBe(0);
    expect((await laptop.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W10')).code).toBe(0);
    await laptop.run('sync', 'now');
    const round = (await desktop.run('sync', 'now', '--json')).json<{ livedWeeks?: string }>();
    expect(round.livedWeeks).toBe('Laptop changed the first day of the week to Monday and the weekly cap of the weeks from 2026-W10: weeks already lived are read with them now.');
  });

  it('two commands in a row changing the same setting on one computer are not a conflict, and the last value travels', async () => {
    // The laptop has seen the desktop's setup (a running app would within seconds); each command runs alone.
    await laptop.run('sync', 'now');
    for (const hours of ['30', '32']) {
      laptop.clock.advance(1_000);
      expect((await laptop.run('settings', 'set', 'weeklyCapHours', hours)).code).toBe(0);
    }
    const round = (await laptop.run('sync', 'now', '--json')).json<{ conflicts: number }>();
    expect(round.conflicts).toBe(0);
    await desktop.run('sync', 'now');
    expect((await desktop.run('settings', 'get', 'weeklyCapMinutes')).stdout.trim()).toBe('1920');
    expect((await desktop.run('sync', 'conflicts', '--json')).json<Conflict[]>()).toEqual([]);
  });

  it('status --json names the folder, this computer and the others with their last-seen time', async () => {
    await laptop.run('sync', 'now');
    const run = await laptop.run('sync', 'status', '--json');
    expect(run.code, run.stderr).toBe(0);
    const status = run.json<{ folder: string; device: { id: string; name: string }; devices: { id: string; name: string; lastSeen: string }[]; conflicts: number }>();
    expect(status.folder).toBe(folder);
    expect(status.device.name).toBe('Laptop');
    expect(status.device.id).toMatch(/\S/);
    expect(status.devices).toHaveLength(1);
    expect(status.devices[0]).toMatchObject({ name: 'Desktop', lastSeen: '2026-04-01T12:00:00+02:00' });
    expect(status.devices[0]!.id).not.toBe(status.device.id);
    expect(status.conflicts).toBe(0);

    const text = await laptop.run('sync', 'status');
    expect(text.stdout).toContain('Other computer: Desktop');
  });

  it('status --json counts the changes in the folder not yet taken in, and sync now takes them in', async () => {
    await laptop.run('sync', 'now');
    expect((await desktop.run('log', 'Work', '--start', '2026-03-31T09:00', '--end', '2026-03-31T10:00')).code).toBe(0);
    const waiting = async () => (await laptop.run('sync', 'status', '--json')).json<{ waiting: { toSend: number; toTakeIn: number } }>().waiting;
    expect(await waiting()).toEqual({ toSend: 0, toTakeIn: 1 });
    expect((await laptop.run('sync', 'status')).stdout).toContain('Changes waiting: 1 to take in, 0 to send');
    await laptop.run('sync', 'now');
    expect(await waiting()).toEqual({ toSend: 0, toTakeIn: 0 });
  });

  it('turning sync off keeps every entry here and makes sync commands refuse until it is set up again', async () => {
    expect((await laptop.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T12:00')).code).toBe(0);
    const off = await laptop.run('sync', 'off');
    expect(off.code, off.stderr).toBe(0);
    expect(await work(laptop)).toBe(180);
    expect((await laptop.run('sync', 'status', '--json')).stdout.trim()).toBe('null');
    const now = await laptop.run('sync', 'now');
    expect(now.code).toBe(1);
    expect(now.stderr).toMatch(/Sync is off/);
    // What the laptop wrote before turning off is still in the folder for the desktop.
    await desktop.run('sync', 'now');
    expect(await work(desktop)).toBe(180);
  });

  it("timers lists the timer another computer left running, and stop-timer stops it there: the entry counts on both", async () => {
    expect((await laptop.run('start', 'Work')).code).toBe(0);
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    desktop.clock.advance(90 * 60_000);

    const listed = await desktop.run('sync', 'timers', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const timers = listed.json<{ device: { id: string; name: string }; timer: { category: string; start: string } }[]>();
    expect(timers).toHaveLength(1);
    expect(timers[0]).toMatchObject({ device: { name: 'Laptop' }, timer: { category: 'Work', start: '2026-04-01T12:00:00+02:00' } });
    expect((await desktop.run('sync', 'timers')).stdout).toMatch(/^Laptop \(.+\): Work since 2026-04-01T12:00:00\+02:00, 1:30$/m);
    // The laptop's own timer is not "another computer's".
    expect((await laptop.run('sync', 'timers', '--json')).json<unknown[]>()).toEqual([]);
    // stop here finds no timer of this computer's, and says where one runs and how to stop it from here.
    expect(await desktop.run('stop')).toMatchObject({
      code: 0,
      stderr: 'No timer is running on this computer.\nWork runs on Laptop since 12:00 (as of its last sync): timelock sync stop-timer Laptop stops it from here.\n',
    });

    const stopped = await desktop.run('sync', 'stop-timer', 'laptop');
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stderr).toContain('Stopped Work on Laptop after 1:30');
    expect(await work(desktop)).toBe(90);
    expect((await desktop.run('sync', 'timers')).stderr).toMatch(/No timer is running on another computer/);

    await laptop.run('sync', 'now');
    expect((await laptop.run('status', '--json')).json<{ timer: unknown }>().timer).toBeNull();
    expect(await work(laptop)).toBe(90);
  });

  it('stop-timer says what it saved when entries here hold part or all of the run', async () => {
    expect((await laptop.run('start', 'Work')).code).toBe(0);
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    // Family logged here for 12:30 to 13:00: the run, from 12:00, is saved up to there.
    expect((await desktop.run('log', 'Family', '--start', '2026-04-01T12:30', '--end', '2026-04-01T13:00')).code).toBe(0);
    desktop.clock.advance(90 * 60_000);
    const stopped = await desktop.run('sync', 'stop-timer', 'laptop');
    expect(stopped.stderr).toContain('Stopped Work on Laptop after 1:30; saved from 12:00 to 12:30, as entries here hold the rest; it goes to Laptop with the stop.');
    expect(await work(desktop)).toBe(30);
  });

  it('stop-timer of a run that entries here hold whole says nothing was saved', async () => {
    expect((await laptop.run('start', 'Work')).code).toBe(0);
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    expect((await desktop.run('log', 'Family', '--start', '2026-04-01T11:50', '--end', '2026-04-01T13:40')).code).toBe(0);
    desktop.clock.advance(90 * 60_000);
    const none = await desktop.run('sync', 'stop-timer', 'laptop');
    expect(none.stderr).toContain('Stopped Work on Laptop after 1:30; entries here hold all of its time, so nothing was saved; Laptop takes the stop in.');
    expect(await work(desktop)).toBe(0);
  });

  it('stop-timer names the computers that have a timer when the one asked for has none, and changes nothing', async () => {
    expect((await laptop.run('start', 'Work')).code).toBe(0);
    await laptop.run('sync', 'now');
    await desktop.run('sync', 'now');
    const wrong = await desktop.run('sync', 'stop-timer', 'Tablet');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/No other computer named 'Tablet' has a timer running; running: Laptop \(/);
    expect((await desktop.run('sync', 'timers', '--json')).json<unknown[]>()).toHaveLength(1);
    expect(await work(desktop)).toBe(0);
  });

  it('a computer named with its accents decomposed, as a macOS terminal may type the name, is saved composed and found in either form', async () => {
    const studio = cliFolder();
    try {
      expect((await studio.run('sync', 'setup', '--folder', folder, '--device-name', 'Atelier E\u0301lodie')).code).toBe(0);
      expect((await studio.run('sync', 'status', '--json')).json()).toMatchObject({ device: { name: 'Atelier \u00c9lodie' } });
      expect((await studio.run('start', 'Work')).code).toBe(0);
      await studio.run('sync', 'now');
      await desktop.run('sync', 'now');
      desktop.clock.advance(30 * 60_000);
      const stopped = await desktop.run('sync', 'stop-timer', 'atelier E\u0301lodie');
      expect(stopped.code, stopped.stderr).toBe(0);
      expect(stopped.stderr).toContain('Stopped Work on Atelier \u00c9lodie after 0:30');
      expect(await work(desktop)).toBe(30);
    } finally {
      studio.cleanup();
    }
  });

  it('usage mistakes exit 2 and a folder that does not exist is refused with exit 1', async () => {
    for (const argv of [['sync'], ['sync', 'pull'], ['sync', 'setup'], ['sync', 'resolve', 'c1'], ['sync', 'resolve', 'c1', '--keep', 'mine'], ['sync', 'now', '--keep', 'this'], ['sync', 'off', 'now'], ['sync', 'stop-timer'], ['sync', 'timers', 'x']]) {
      const run = await laptop.run(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: timelock sync');
    }
    const other = cliFolder();
    try {
      const missing = await other.run('sync', 'setup', '--folder', path.join(folder, 'not-there'));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/There is no folder/);
      expect((await other.run('sync', 'status', '--json')).stdout.trim()).toBe('null');
    } finally {
      other.cleanup();
    }
  });
});

describe('a computer joining a folder others already sync through', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the settings the others chose, says what it had, and resets nothing on them', async () => {
    const laptop = cliFolder();
    const fresh = cliFolder();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    made.push(laptop.dataDir, fresh.dataDir, folder);
    for (const [key, value] of [['timeZone', 'America/New_York'], ['lockMode', 'soft'], ['weeklyCapMinutes', '1800']]) {
      expect((await laptop.run('settings', 'set', key!, value!)).code).toBe(0);
    }
    expect((await laptop.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T12:00')).code).toBe(0);
    expect((await laptop.run('sync', 'setup', '--folder', folder, '--device-name', 'Laptop')).code).toBe(0);

    const joined = await fresh.run('sync', 'setup', '--folder', folder, '--device-name', 'Desktop');
    expect(joined.code, joined.stderr).toBe(0);
    expect(joined.stderr).toMatch(/This computer took the settings the other computers share: .*Time zone America\/New York \(this computer had Europe\/Berlin\)/);
    expect(joined.stderr).toMatch(/Lock mode Soft \(this computer had Off\)/);
    expect(await laptop.run('sync', 'now')).toMatchObject({ code: 0 });

    for (const computer of [laptop, fresh]) {
      const settings = (await computer.run('settings', 'get')).json<{ timeZone: string; lockMode: string; weeklyCapMinutes: number }>();
      expect(settings).toMatchObject({ timeZone: 'America/New_York', lockMode: 'soft', weeklyCapMinutes: 1800 });
      // The 09:00 New York entry is still inside the work window, not off-hours.
      const week = (await computer.run('summary', '--week', '2026-W14', '--json')).json<{ minutes: { work: number }; offHoursWorkMinutes: number }>();
      expect(week).toMatchObject({ minutes: { work: 180 }, offHoursWorkMinutes: 0 });
      expect((await computer.run('sync', 'conflicts', '--json')).json()).toEqual([]);
    }
  });
});

describe('a sync folder that is not there (a drive unplugged)', () => {
  it('is said by sync now (refused, nothing made) and sync status; changes wait and go out once it is back', async () => {
    const laptop = cliFolder();
    const desktop = cliFolder();
    const drive = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-drive-'));
    const folder = path.join(drive, 'usb');
    fs.mkdirSync(folder);
    try {
      for (const [computer, name] of [[laptop, 'Laptop'], [desktop, 'Desktop']] as const) {
        expect((await computer.run('sync', 'setup', '--folder', folder, '--device-name', name)).code).toBe(0);
      }
      fs.renameSync(folder, `${folder}.unplugged`);
      expect((await laptop.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T12:00')).code).toBe(0);
      const now = await laptop.run('sync', 'now');
      expect(now.code).toBe(1);
      expect(now.stderr).toMatch(/The sync folder .*usb is not there: is its drive plugged in, its share online\? Nothing was sent or taken in; 1 change made here waits to go out\./);
      expect(fs.existsSync(folder)).toBe(false);
      const status = await laptop.run('sync', 'status');
      expect(status.code).toBe(0);
      expect(status.stdout + status.stderr).toMatch(/is not there/);

      fs.renameSync(`${folder}.unplugged`, folder);
      expect((await laptop.run('sync', 'now')).code).toBe(0);
      expect((await desktop.run('sync', 'now')).code).toBe(0);
      expect((await desktop.run('summary', '--week', '2026-W14', '--json')).json<{ minutes: { work: number } }>().minutes.work).toBe(180);
    } finally {
      for (const dir of [laptop.dataDir, desktop.dataDir, drive]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('damage in the sync folder', () => {
  it('a line of another computer’s log that cannot be read is told by the sync now that meets it', async () => {
    const laptop = cliFolder();
    const desktop = cliFolder();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-syncfolder-'));
    try {
      for (const [computer, name] of [[laptop, 'Laptop'], [desktop, 'Desktop']] as const) {
        expect((await computer.run('sync', 'setup', '--folder', folder, '--device-name', name)).code).toBe(0);
      }
      expect((await desktop.run('log', 'Work', '--start', '2026-03-30T09:00', '--end', '2026-03-30T10:00')).code).toBe(0);
      expect((await desktop.run('log', 'Work', '--start', '2026-03-31T09:00', '--end', '2026-03-31T10:00')).code).toBe(0);
      // Something other than Timelock garbles the desktop's first entry in its log.
      const logs = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /changes-.*\.ndjson$/.test(f));
      const start = String(Date.UTC(2026, 2, 30, 7)); // 09:00 Berlin
      const desktopLog = logs.map((f) => path.join(folder, f)).find((f) => fs.readFileSync(f, 'utf8').includes(start));
      expect(desktopLog).toBeDefined();
      const lines = fs.readFileSync(desktopLog!, 'utf8').split('\n');
      const at = lines.findIndex((line) => line.includes(start));
      expect(at).toBeGreaterThanOrEqual(0);
      lines[at] = '{"changeId": garbage ###';
      fs.writeFileSync(desktopLog!, lines.join('\n'));

      const round = await laptop.run('sync', 'now');
      expect(round.code).toBe(0);
      expect(round.stderr).toMatch(/^1 line of another computer's changes \(.*changes-.*\.ndjson in the sync folder\) could not be read and was skipped: what was changed there may be missing here\./m);
      expect((await laptop.run('summary', '--week', '2026-W14', '--json')).json<{ minutes: { work: number } }>().minutes.work).toBe(60);
    } finally {
      for (const dir of [laptop.dataDir, desktop.dataDir, folder]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
