// A setting changed on another computer that re-reads weeks already lived (the time zone, the first day of the week,
// the late-work hour, the cap history or days off reaching into them) is said by the round that takes it in, naming
// that computer, as the same change made here is said. The clocks start on Tue 24 Nov 2026 (2026-W48).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupComputers, pair } from './syncedComputers';

afterEach(cleanupComputers);

/** An hour of work in 2026-W40 on the laptop: its first week, so a step set from a later week is a step of its own. */
async function livedSince(laptop: ReturnType<typeof pair>['laptop']): Promise<void> {
  await laptop.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2026, 9, 1, 8), end: Date.UTC(2026, 9, 1, 9) });
}

describe('a sync round that takes in settings re-reading weeks already lived', () => {
  it('names the computer that changed the time zone and the first day of the week; the round that sent them says nothing', async () => {
    const { laptop, desktop } = pair();
    await laptop.host.call('settings.update', { timeZone: 'America/New_York', weekStartsOn: 0 });
    expect(laptop.sync.now().livedWeeks).toBeUndefined();
    const taken = desktop.sync.now();
    expect(taken.applied).toBe(2);
    expect(taken.livedWeeks).toBe('laptop changed the time zone to America/New York and the first day of the week to Sunday: weeks already lived are read with them now.');
    expect(desktop.store.getSettings().timeZone).toBe('America/New_York');
    // Said once: the next round takes nothing in.
    expect(desktop.sync.now().livedWeeks).toBeUndefined();
  });

  it('says the late-work hour, a step of the cap from a lived week and days off in lived weeks, counting many', async () => {
    const { laptop, desktop } = pair();
    await livedSince(laptop);
    await laptop.host.call('settings.update', { lateWorkHour: 18 });
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W46' });
    await laptop.host.call('daysOff.add', { from: '2026-11-02', to: '2026-11-06', kind: 'vacation' });
    laptop.sync.now();
    expect(desktop.sync.now().livedWeeks).toBe(
      'laptop changed the hour late work starts to 18:00 and the weekly cap of the weeks from 2026-W46, and added 5 days off from 2026-11-02 to 2026-11-06: weeks already lived are read with them now.',
    );

    await laptop.host.call('daysOff.remove', { date: '2026-11-04' });
    laptop.sync.now();
    expect(desktop.sync.now().livedWeeks).toBe('laptop removed a day off on 2026-11-04: weeks already lived are read with it now.');
  });

  it('says nothing of a step or a day off in this week or weeks to come, nor of settings that read no week anew', async () => {
    const { laptop, desktop } = pair();
    await livedSince(laptop);
    await laptop.host.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W48' });
    await laptop.host.call('boundaries.set', { values: { dailyCapMinutes: 6 * 60 }, from: '2026-W50' });
    await laptop.host.call('daysOff.add', { from: '2026-11-25' });
    await laptop.host.call('daysOff.add', { from: '2026-12-24', kind: 'holiday' });
    await laptop.host.call('settings.update', { lockMode: 'hard' });
    laptop.sync.now();
    const taken = desktop.sync.now();
    expect(taken.applied).toBeGreaterThanOrEqual(6);
    expect(desktop.store.getSettings().lockMode).toBe('hard');
    expect(taken.livedWeeks).toBeUndefined();
  });

  it('says a cap set on a computer with no week lived yet, which changes the first span, as reaching every week here from the start', async () => {
    const { laptop, desktop } = pair();
    await desktop.host.call('entries.add', { categoryId: 'work', start: Date.UTC(2026, 9, 1, 8), end: Date.UTC(2026, 9, 1, 9) });
    await laptop.host.call('settings.update', { weeklyCapMinutes: 30 * 60 });
    laptop.sync.now();
    expect(desktop.sync.now().livedWeeks).toBe('laptop changed the weekly cap of the weeks from the start: weeks already lived are read with it now.');
    expect((await desktop.host.call('summary.week', { at: Date.UTC(2026, 9, 1, 8) })).capMinutes).toBe(30 * 60);
  });

  it('names every computer whose changes it took in', async () => {
    const { syncDir, laptop, desktop } = pair();
    const { computer } = await import('./syncedComputers');
    const tablet = computer('tablet', syncDir);
    await laptop.host.call('daysOff.add', { from: '2026-11-10' });
    await tablet.host.call('settings.update', { weekStartsOn: 6 });
    laptop.sync.now();
    tablet.sync.now();
    expect(desktop.sync.now().livedWeeks).toBe('laptop and tablet changed the first day of the week to Saturday, and added a day off on 2026-11-10: weeks already lived are read with them now.');
  });
});
