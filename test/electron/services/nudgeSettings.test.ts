// Box nudges and data written before them: a settings file that names none of the box kinds and no box-starting lead
// loads as it is (no migration, nothing moved aside) and schedules them with the defaults; a box nudge's occurrence is
// stored with its record and read back after a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import { addDays, fromLocal } from '../../../shared/domain/time';
import { makeTestHost, type TestHost } from '../../support/testHost';

const TZ = 'Europe/Berlin';
const local = (h: number, m = 0, day = 0) => fromLocal(addDays({ year: 2026, month: 11, day: 24 }, day), h, m, TZ);

/** The settings document as a build before box nudges wrote it: ten kinds in `enabled`, no boxStartingMinutes. */
function settingsBeforeBoxNudges(): unknown {
  const settings = defaultSettings(TZ);
  const { boxStartingMinutes: _lead, ...nudges } = settings.nudges;
  const enabled = Object.fromEntries(Object.entries(nudges.enabled).filter(([kind]) => !kind.startsWith('box-')));
  return { dataVersion: 1, settings: { ...settings, nudges: { ...nudges, enabled } }, categories: SEEDED_CATEGORIES };
}

describe('box nudges and settings saved before them', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('an older settings file loads unchanged, without a notice, and its box kinds are on with a 5-minute lead', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-old-settings-'));
    const before = JSON.stringify(settingsBeforeBoxNudges(), null, '\t');
    fs.writeFileSync(path.join(dataDir, 'settings.json'), before);
    host = makeTestHost({ start: local(8), dataDir });
    expect(host.app.store.notices).toEqual([]);
    const settings = await host.call('settings.get', {});
    expect(settings.nudges.boxStartingMinutes).toBeUndefined();
    expect(settings.nudges.enabled['box-starting']).toBeUndefined();
    expect(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(before);

    await host.call('plan.add', { categoryId: 'work', start: local(9), end: local(12) });
    expect(await host.call('nudges.next', {})).toMatchObject({ kind: 'box-starting', at: local(8, 55) });
    // A kind switched off from then on is written like any other.
    const saved = await host.call('settings.update', { nudges: { ...settings.nudges, enabled: { ...settings.nudges.enabled, 'box-starting': false } } });
    expect(saved.nudges.enabled['box-starting']).toBe(false);
    expect(await host.call('nudges.next', {})).toBeNull();
  });

  it('a box nudge’s occurrence is stored with its record and read back after a restart', async () => {
    host = makeTestHost({ start: local(8) });
    await host.call('plan.add', { categoryId: 'family', start: local(9), end: local(10) });
    host.app.start();
    host.timers.runTo(local(8, 55));
    const [shown] = host.app.store.getNudgeLog();
    expect(shown).toMatchObject({ kind: 'box-starting', ref: { categoryId: 'family', start: local(9) } });
    host = host.reopen();
    expect(await host.call('nudges.log', { from: local(0), to: local(0, 0, 1) })).toEqual([shown]);
    // Said once: after the restart the schedule moves on to the box's end with nothing logged.
    expect(await host.call('nudges.next', {})).toMatchObject({ kind: 'box-missed', at: local(10, 5) });
  });
});
