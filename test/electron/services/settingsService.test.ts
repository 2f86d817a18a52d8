import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';

let host: TestHost;
afterEach(() => host.cleanup());

describe('SettingsService: the welcome’s step', () => {
  it('is saved with the settings and kept across a restart, so the welcome resumes there', async () => {
    host = makeTestHost();
    expect(await host.call('settings.get', {})).toMatchObject({ welcomePending: true, welcomeStep: 0 });
    await host.call('settings.update', { weeklyCapMinutes: 30 * 60, welcomeStep: 1 });
    await host.app.store.flush();
    const again = host.reopen();
    expect(await again.call('settings.get', {})).toMatchObject({ weeklyCapMinutes: 30 * 60, welcomePending: true, welcomeStep: 1 });
    again.app.dispose();
  });

  it('a step the welcome does not have is refused, and nothing is written', async () => {
    host = makeTestHost();
    for (const welcomeStep of [-1, 1.5, 3]) {
      const result = await host.app.router.call('settings.update', { welcomeStep });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(host.app.store.getSettings().welcomeStep).toBe(0);
  });

  it('settings saved before the step existed still load, without one: the welcome starts at its first step', async () => {
    host = makeTestHost();
    const { welcomeStep: _, ...older } = host.app.store.getSettings();
    host.app.store.setSettings(older);
    await host.app.store.flush();
    const again = host.reopen();
    const settings = await again.call('settings.get', {});
    expect(settings.welcomePending).toBe(true);
    expect(settings).not.toHaveProperty('welcomeStep');
    again.app.dispose();
  });
});

describe('SettingsService: the time zone', () => {
  it('is kept in its own spelling whatever case it was typed in, and a name the engine calls otherwise is kept as given', async () => {
    host = makeTestHost();
    for (const [typed, kept] of [
      ['europe/berlin', 'Europe/Berlin'],
      ['AMERICA/NEW_YORK', 'America/New_York'],
      ['utc', 'UTC'],
      ['Europe/Berlin', 'Europe/Berlin'],
      // Node 20's ICU calls it Asia/Calcutta, an older link: the IANA name given stays.
      ['Asia/Kolkata', 'Asia/Kolkata'],
      ['US/Pacific', 'US/Pacific'],
    ] as const) {
      await host.call('settings.update', { timeZone: typed });
      expect(host.app.store.getSettings().timeZone).toBe(kept);
    }
  });

  it('an unknown zone is refused, and the one in use stays', async () => {
    host = makeTestHost();
    await host.call('settings.update', { timeZone: 'Europe/Berlin' });
    const result = await host.app.router.call('settings.update', { timeZone: 'Europe/Atlantis' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/'Europe\/Atlantis' is not a time zone Timelock knows/) } });
    expect(host.app.store.getSettings().timeZone).toBe('Europe/Berlin');
  });
});
