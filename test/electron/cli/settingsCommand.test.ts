import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { folderFingerprint } from '../../support/testHost';
import { parseSettingValue } from '../../../electron/cli/settingsCommand';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
afterEach(() => folder.cleanup());

describe('timelock settings', () => {
  it('get prints every setting as JSON; get KEY prints one, a string as it is', async () => {
    folder = cliFolder();
    const all = await folder.run('settings', 'get');
    expect(all.code).toBe(0);
    expect(all.json()).toMatchObject({ weeklyCapMinutes: 2100, timeZone: 'Europe/Berlin', weekStartsOn: 1, lockMode: 'off' });
    expect((await folder.run('settings', 'get', 'timeZone')).stdout).toBe('Europe/Berlin\n');
    expect((await folder.run('settings', 'get', 'weeklyCapHours')).stdout).toBe('35\n');
    expect((await folder.run('settings', 'get', 'targets')).json()).toEqual({ fitnessMinutes: 150, familyMinutes: 600 });
    expect((await folder.run('settings', 'get', 'targets.fitnessMinutes')).stdout).toBe('150\n');
  });

  it('set lateWorkHour says that the late work of past weeks is counted from the new hour too; the same hour says nothing more', async () => {
    folder = cliFolder();
    expect((await folder.run('settings', 'set', 'lateWorkHour', '18')).stderr).toBe(
      'lateWorkHour is now 18.\nWork is late from 18:00 from now on, in past weeks too: their late-work figures are counted with it. Set it back to read them as before.\n',
    );
    expect((await folder.run('settings', 'set', 'lateWorkHour', '18')).stderr).toBe('lateWorkHour is now 18.\n');
    expect((await folder.run('settings', 'set', 'lateWorkHour', '24')).stderr).toMatch(/\nWork is late from midnight from now on, in past weeks too/);
  });

  it('set changes one setting through the service and says so on stderr; weeklyCapHours sets the cap in hours', async () => {
    folder = cliFolder();
    expect(await folder.run('settings', 'set', 'weeklyCapHours', '37.5')).toMatchObject({ code: 0, stdout: '', stderr: 'weeklyCapHours is now 37 h 30 min from the start (the first span, shown from 2026-W14).\n' });
    expect((await folder.run('settings', 'get', 'weeklyCapMinutes')).stdout).toBe('2250\n');
    expect((await folder.run('status')).stdout).toBe('idle · 0 / 37.5 h\n');
    const zone = await folder.run('settings', 'set', 'timeZone', 'America/New_York');
    expect(zone.stderr).toBe('timeZone is now "America/New_York".\nEvery week is read in America/New York from now on, past weeks too: their days, work windows and off-hours figures move with it (09:00 logged in Berlin reads as 03:00 in New York). Set it back to read them as before.\n');
    // The same zone again changes nothing, and says nothing more.
    expect((await folder.run('settings', 'set', 'timeZone', 'America/New_York')).stderr).toBe('timeZone is now "America/New_York".\n');
    // So is a new first day of the week: every week, lived ones too, is counted from it.
    expect((await folder.run('settings', 'set', 'weekStartsOn', '0')).stderr).toBe(
      'weekStartsOn is now 0.\nEvery week runs Sunday to Saturday from now on, past weeks too: each week\'s total, cap and balance are counted over those days. Set it back to read them as before.\n',
    );
    await folder.run('settings', 'set', 'lockMode', 'hard');
    await folder.run('settings', 'set', 'dailyCapMinutes', '480');
    await folder.run('settings', 'set', 'targets.familyMinutes', '300');
    await folder.run('settings', 'set', 'nudges.enabled.cap-warning', 'false');
    await folder.run('settings', 'set', 'workWindows', JSON.stringify([[], [{ start: '08:00', end: '12:00' }], [], [], [], [], []]));
    const settings = (await folder.run('settings', 'get')).json<Record<string, unknown>>();
    expect(settings).toMatchObject({
      timeZone: 'America/New_York',
      weekStartsOn: 0,
      lockMode: 'hard',
      dailyCapMinutes: 480,
      targets: { fitnessMinutes: 150, familyMinutes: 300 },
      nudges: { enabled: { 'cap-warning': false, 'cap-reached': true } },
      workWindows: [[], [{ start: '08:00', end: '12:00' }], [], [], [], [], []],
    });
  });

  it('set weeklyCapHours says the cap as it is kept, in whole minutes, not the hours of a float', async () => {
    folder = cliFolder();
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '35.3333')).stderr).toBe('weeklyCapHours is now 35 h 20 min from the start (the first span, shown from 2026-W14).\n');
    expect((await folder.run('settings', 'get', 'weeklyCapMinutes')).stdout).toBe('2120\n');
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '40')).stderr).toBe('weeklyCapHours is now 40 h from the start (the first span, shown from 2026-W14).\n');
  });

  it('set weeklyCapHours takes hours as set-day does: 37:30, 37,5 and 37h 30m are 2250 minutes', async () => {
    folder = cliFolder();
    for (const typed of ['37:30', '37,5', '37h 30m']) {
      await folder.run('settings', 'set', 'weeklyCapHours', '35');
      const run = await folder.run('settings', 'set', 'weeklyCapHours', typed);
      expect(run, typed).toMatchObject({ code: 0, stderr: 'weeklyCapHours is now 37 h 30 min from the start (the first span, shown from 2026-W14).\n' });
      expect((await folder.run('settings', 'get', 'weeklyCapMinutes')).stdout).toBe('2250\n');
    }
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '168:00', '--from', '2026-W20')).stderr).toBe('weeklyCapHours is now 168 h from 2026-W20 on (an upcoming step).\n');
  });

  it('every key that settings get lists, and every key inside its groups, is read by settings get KEY', async () => {
    folder = cliFolder();
    // A step and a day off, so the timeline and the days off hold something to read.
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W20')).code).toBe(0);
    expect((await folder.run('dayoff', 'add', '2026-04-03')).code).toBe(0);
    const listed = (await folder.run('settings', 'get')).json<Record<string, unknown>>();
    const keys: Array<[string, unknown]> = [];
    const walk = (value: Record<string, unknown>, prefix: string) => {
      for (const [key, inner] of Object.entries(value)) {
        keys.push([prefix + key, inner]);
        if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) walk(inner as Record<string, unknown>, `${prefix}${key}.`);
      }
    };
    walk(listed, '');
    expect(keys.map(([key]) => key)).toEqual(expect.arrayContaining(['timeline', 'daysOff', 'targets.fitnessMinutes']));
    for (const [key, value] of keys) {
      const run = await folder.run('settings', 'get', key);
      expect(run, key).toMatchObject({ code: 0, stderr: '' });
      expect(typeof value === 'string' ? run.stdout : run.json(), key).toEqual(typeof value === 'string' ? `${value}\n` : value);
    }
  });

  it('the timeline and the days off are read by get but not set as one value: set names what changes them', async () => {
    folder = cliFolder();
    const timeline = await folder.run('settings', 'set', 'timeline', '[]');
    expect(timeline).toMatchObject({ code: 2, stdout: '' });
    expect(timeline.stderr).toMatch(/^timelock settings: timeline is not set as one value: settings set KEY VALUE --from WEEK adds a step to it and settings history remove WEEK removes one\.\n/);
    expect((await folder.run('settings', 'set', 'daysOff', '[]')).stderr).toMatch(/^timelock settings: daysOff is not set as one value: timelock dayoff add and remove change them\.\n/);
    expect(fs.readdirSync(folder.dataDir)).toEqual([]);
  });

  it('a dotted key into a group that is switched off starts from its defaults', async () => {
    folder = cliFolder();
    await folder.run('settings', 'set', 'quietHours', 'null');
    expect((await folder.run('settings', 'get', 'quietHours')).stdout).toBe('null\n');
    await folder.run('settings', 'set', 'quietHours.start', '23:00');
    expect((await folder.run('settings', 'get', 'quietHours')).json()).toEqual({ start: '23:00', end: '07:00' });
  });

  it('an unknown key is a usage error (exit 2) that lists the keys, checked before the data folder is opened', async () => {
    folder = cliFolder();
    const run = await folder.run('settings', 'set', 'weeklyCap', '30');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown setting 'weeklyCap'\. Keys: weeklyCapMinutes, dailyCapMinutes, timeZone, weekStartsOn,.* weeklyCapHours/);
    expect(fs.readdirSync(folder.dataDir)).toEqual([]);
    expect((await folder.run('settings', 'get', 'nudges.enabled.nonsense')).code).toBe(2);
  });

  it('a time zone Timelock does not know and a week start the setting cannot take are usage mistakes (exit 2), wrong on their face; neither changes anything', async () => {
    folder = cliFolder();
    await folder.run('status');
    const before = folderFingerprint(folder.dataDir);
    const zone = await folder.run('settings', 'set', 'timeZone', 'Mars/Olympus_Mons');
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/^timelock settings: timeZone needs a time zone Timelock knows, an IANA name such as Europe\/Berlin or America\/New_York, not 'Mars\/Olympus_Mons'\.\nUsage: /);
    for (const value of ['5', '""', '+25:00']) {
      const odd = await folder.run('settings', 'set', 'timeZone', value);
      expect(odd.code, value).toBe(2);
      expect(odd.stderr, value).toMatch(/^timelock settings: timeZone needs a time zone Timelock knows/);
    }
    const weekStart = await folder.run('settings', 'set', 'weekStartsOn', '3');
    expect(weekStart.code).toBe(2);
    expect(weekStart.stderr).toMatch(/^timelock settings: weekStartsOn needs 0 \(Sunday\), 1 \(Monday\) or 6 \(Saturday\), not 3\.\nUsage: /);
    expect(folderFingerprint(folder.dataDir)).toBe(before);
  });

  it('a number at either end of its range is taken, null switches off the daily cap', async () => {
    folder = cliFolder();
    for (const [key, value] of [['weeklyCapHours', '168'], ['weeklyCapHours', '0'], ['dailyCapMinutes', '1440'], ['dailyCapMinutes', 'null'], ['lateWorkHour', '24'], ['unlockCooldownSeconds', '0'], ['weekStartsOn', '6']]) {
      expect((await folder.run('settings', 'set', key!, value!)).code, `${key} ${value}`).toBe(0);
    }
    expect((await folder.run('settings', 'get')).json()).toMatchObject({ weeklyCapMinutes: 0, dailyCapMinutes: null, lateWorkHour: 24, unlockCooldownSeconds: 0, weekStartsOn: 6 });
  });

  it('VALUE is JSON when it parses, else the text typed', () => {
    expect(parseSettingValue('35')).toBe(35);
    expect(parseSettingValue('true')).toBe(true);
    expect(parseSettingValue('null')).toBeNull();
    expect(parseSettingValue('"1"')).toBe('1');
    expect(parseSettingValue('Europe/Berlin')).toBe('Europe/Berlin');
    expect(parseSettingValue('hard')).toBe('hard');
  });
});
