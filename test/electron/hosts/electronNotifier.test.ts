// Nudges as native notifications: their choices as buttons where the system has them, each button answered through
// nudges.act (recorded and applied), and a click that opens the window on the nudge's view with its choices.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notification, resetElectronStub } from '../../stubs/electron';
import { createElectronNotifier } from '../../../electron/hosts/electronNotifier';
import { makeDesktop, settle, type Desktop } from './desktopHarness';

const HOUR = 3_600_000;
const nudge = { id: 'n1', kind: 'window-ending', text: 'Your work window ends in 10 minutes.', actions: ['stop', 'snooze-15', 'open', 'dismiss'] };

beforeEach(() => resetElectronStub());

describe('how a nudge is shown', () => {
  it.each(['darwin', 'win32'] as const)('on %s its choices are buttons, in the nudge’s order; dismissing is the notification’s own close', (platform) => {
    createElectronNotifier({ Notification, platform }).notify(nudge);
    expect(Notification.shown).toHaveLength(1);
    expect(Notification.shown[0]?.options).toMatchObject({ title: 'Timelock', body: nudge.text });
    expect(Notification.shown[0]?.options.actions).toEqual([
      { type: 'button', text: 'Stop timer' },
      { type: 'button', text: 'Snooze 15 min' },
      { type: 'button', text: 'Open Timelock' },
    ]);
  });

  it('on Linux, which has no notification buttons, it shows the text alone and a click opens the window', () => {
    const onClick = vi.fn();
    createElectronNotifier({ Notification, platform: 'linux', onClick }).notify(nudge);
    expect(Notification.shown[0]?.options.actions).toBeUndefined();
    Notification.shown[0]?.click();
    expect(onClick).toHaveBeenCalledWith(nudge);
  });

  it('shows nothing where the system has no notifications', () => {
    Notification.supported = false;
    const notifier = createElectronNotifier({ Notification, platform: 'darwin' });
    notifier.notify(nudge);
    expect(notifier.message({ title: 'Work is locked', body: 'Not now.' })).toBe(false);
    expect(Notification.shown).toEqual([]);
  });

  it('a button reported only by its position (the older event shape) still reaches its action', () => {
    const onAction = vi.fn();
    createElectronNotifier({ Notification, platform: 'darwin', onAction }).notify(nudge);
    Notification.shown[0]?.emit('action', undefined, 1);
    expect(onAction).toHaveBeenCalledWith(nudge, 'snooze-15');
  });
});

describe('answering a nudge from its notification', () => {
  let desktop: Desktop;
  beforeEach(async () => {
    // Tuesday 24 Nov 2026, 16:50 in Berlin: ten minutes before the work window ends.
    desktop = makeDesktop({ start: Date.UTC(2026, 10, 24, 15, 50), platform: 'darwin' });
    await desktop.host.call('timer.start', { categoryId: 'work' });
  });
  afterEach(() => desktop.cleanup());

  const show = (kind: 'window-ending' | 'off-hours-work' | 'fitness-gap') =>
    desktop.host.app.services.nudges.show({ kind, at: desktop.host.clock.now(), text: `A ${kind} nudge.` });
  const record = (id: string) => desktop.host.app.store.getNudgeLog().find((n) => n.id === id);

  it('Stop timer stops the running timer through nudges.act and keeps the choice on the nudge', async () => {
    const shown = show('window-ending');
    Notification.shown[0]!.pressAction(0);
    await settle();
    expect(desktop.calls).toContainEqual({ channel: 'nudges.act', payload: { id: shown.id, action: 'stop' } });
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(record(shown.id)?.choice).toBe('stop');
  });

  it('Snooze 15 min holds back that kind of nudge for a quarter of an hour, and the timer runs on', async () => {
    const shown = show('window-ending');
    Notification.shown[0]!.pressAction(1);
    await settle();
    expect(desktop.calls).toContainEqual({ channel: 'nudges.act', payload: { id: shown.id, action: 'snooze-15' } });
    expect(desktop.host.app.store.getSnoozes()).toEqual([{ kind: 'window-ending', until: desktop.host.clock.now() + HOUR / 4 }]);
    expect(desktop.host.app.store.getTimer()).not.toBeNull();
  });

  it('Snooze until tomorrow is the off-hours nudge’s third button', async () => {
    const shown = show('off-hours-work');
    expect(Notification.shown[0]!.options.actions?.map((a) => a.text)).toEqual(['Stop timer', 'Snooze 1 hour', 'Snooze until tomorrow']);
    Notification.shown[0]!.pressAction(2);
    await settle();
    expect(record(shown.id)?.choice).toBe('snooze-day');
    // Local midnight in Berlin: 23:00 UTC.
    expect(desktop.host.app.store.getSnoozes()[0]?.until).toBe(Date.UTC(2026, 10, 24, 23, 0));
  });

  it('Open Timelock opens the window on Today and records the choice', async () => {
    const shown = show('window-ending');
    Notification.shown[0]!.pressAction(2);
    await settle();
    expect(desktop.showWindow).toHaveBeenCalled();
    expect(desktop.navigations()).toEqual(['today']);
    expect(record(shown.id)?.choice).toBe('open');
  });

  it('a choice that cannot be applied is told in the window, not lost', async () => {
    // Not in the history (a backup restored between showing and answering).
    desktop.notifier.notify({ id: 'restored-away', kind: 'window-ending', text: 'Ten minutes left.', actions: ['stop'] });
    Notification.shown[0]!.pressAction(0);
    await settle();
    expect(desktop.notices()).toEqual([{ level: 'error', message: 'That nudge is not in the nudge history.' }]);
  });
});

describe('clicking a nudge’s notification', () => {
  let desktop: Desktop;
  beforeEach(() => {
    desktop = makeDesktop({ start: Date.UTC(2026, 10, 24, 15, 50), platform: 'linux' });
  });
  afterEach(() => desktop.cleanup());

  it('opens and focuses the window on the view the nudge is about', async () => {
    desktop.host.app.services.nudges.show({ kind: 'fitness-gap', at: desktop.host.clock.now(), text: 'Three days without exercise.' });
    Notification.shown[0]!.click();
    await settle();
    expect(desktop.showWindow).toHaveBeenCalledTimes(1);
    expect(desktop.navigations()).toEqual(['balance']);
  });

  it('offers an unanswered nudge’s choices again in the window (its toast may be long gone); an answered one is not', async () => {
    const first = desktop.host.app.services.nudges.show({ kind: 'window-ending', at: desktop.host.clock.now(), text: 'Ten minutes left.' });
    Notification.shown[0]!.click();
    await settle();
    expect(desktop.nudges().map((n) => n.id)).toEqual([first.id, first.id]);
    expect(desktop.nudges()[1]?.actions).toEqual(['stop', 'snooze-15', 'open']);

    await desktop.host.call('nudges.act', { id: first.id, action: 'snooze-15' });
    Notification.shown[0]!.click();
    await settle();
    expect(desktop.nudges()).toHaveLength(2);
  });
});
