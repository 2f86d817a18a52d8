// The global start/stop shortcut: registered only while the setting is on, starting and stopping through the
// router like any other start, and a combination another app holds reported rather than silently missing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { globalShortcut, resetElectronStub } from '../../stubs/electron';
import { createTimerShortcut, GLOBAL_SHORTCUT } from '../../../electron/hosts/electronShortcut';
import { makeDesktop, settle, type Desktop } from './desktopHarness';

const MINUTE = 60_000;

beforeEach(() => resetElectronStub());

describe('registering', () => {
  it('is off by default and registered only while the setting is on', () => {
    const shortcut = createTimerShortcut({ globalShortcut, onPress: vi.fn(), report: vi.fn() });
    shortcut.apply(false);
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(false);
    shortcut.apply(true);
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(true);
    shortcut.apply(false);
    expect(globalShortcut.isRegistered(GLOBAL_SHORTCUT)).toBe(false);
  });

  it('another settings change leaves a registered shortcut as it is', () => {
    const onPress = vi.fn();
    const shortcut = createTimerShortcut({ globalShortcut, onPress, report: vi.fn() });
    shortcut.apply(true);
    shortcut.apply(true);
    expect(globalShortcut.press(GLOBAL_SHORTCUT)).toBe(true);
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('a combination another app holds is reported once, in words, and not retried at every settings change', () => {
    globalShortcut.taken.add(GLOBAL_SHORTCUT);
    const report = vi.fn();
    const register = vi.spyOn(globalShortcut, 'register');
    const shortcut = createTimerShortcut({ globalShortcut, onPress: vi.fn(), report, platform: 'linux' });
    shortcut.apply(true);
    shortcut.apply(true);
    expect(register).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toMatch(/^The start\/stop shortcut Ctrl\+Alt\+T could not be registered/);
  });

  it('an accelerator Electron cannot parse is reported, not thrown', () => {
    const report = vi.fn();
    const failing = { register: () => { throw new Error('conversion failure'); }, unregister: vi.fn() };
    const shortcut = createTimerShortcut({ globalShortcut: failing, onPress: vi.fn(), report, accelerator: 'Hyper+Q', platform: 'darwin' });
    expect(() => shortcut.apply(true)).not.toThrow();
    expect(report.mock.calls[0]?.[0]).toContain('Hyper+Q');
  });

  it('is released when Timelock quits', () => {
    const shortcut = createTimerShortcut({ globalShortcut, onPress: vi.fn(), report: vi.fn() });
    shortcut.apply(true);
    shortcut.dispose();
    expect(globalShortcut.registered.size).toBe(0);
  });
});

describe('pressing it', () => {
  let desktop: Desktop;
  beforeEach(() => {
    // Tuesday 24 Nov 2026, 10:00 in Berlin: inside the work window.
    desktop = makeDesktop({ start: Date.UTC(2026, 10, 24, 9, 0) });
    createTimerShortcut({ globalShortcut, onPress: () => void desktop.commands.toggle(), report: vi.fn() }).apply(true);
  });
  afterEach(() => desktop.cleanup());

  it('starts the category last worked in, then stops it', async () => {
    await desktop.host.call('entries.add', { categoryId: 'fitness', start: desktop.host.clock.now() - 90 * MINUTE, end: desktop.host.clock.now() - 30 * MINUTE });
    globalShortcut.press(GLOBAL_SHORTCUT);
    await settle();
    expect(desktop.calls.filter((c) => c.channel === 'timer.start')).toEqual([{ channel: 'timer.start', payload: { categoryId: 'fitness' } }]);
    expect(desktop.host.app.store.getTimer()?.categoryId).toBe('fitness');

    desktop.host.clock.advance(10 * MINUTE);
    globalShortcut.press(GLOBAL_SHORTCUT);
    await settle();
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(desktop.host.app.store.getEntries().at(-1)?.end).toBe(desktop.host.clock.now());
  });

  it('with nothing logged yet it starts the first work category', async () => {
    globalShortcut.press(GLOBAL_SHORTCUT);
    await settle();
    expect(desktop.host.app.store.getTimer()?.categoryId).toBe('work');
  });

  it('a start the lock refuses is told like a refused tray start', async () => {
    await desktop.host.call('settings.update', { lockMode: 'hard', weeklyCapMinutes: 0 });
    globalShortcut.press(GLOBAL_SHORTCUT);
    await settle();
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(desktop.notices()).toHaveLength(1);
    expect(desktop.showWindow).toHaveBeenCalled();
  });
});
