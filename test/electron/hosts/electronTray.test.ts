// The tray: the running timer and the week's work against the cap at a glance, a menu that starts any category
// through the router (so locks apply), and a refusal told as a notification with the reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Menu, Notification, resetElectronStub, Tray, type FakeMenu } from '../../stubs/electron';
import { createTimelockTray, trayIconPath, trayLabel, type TimelockTray } from '../../../electron/hosts/electronTray';
import { makeDesktop, settle, type Desktop } from './desktopHarness';
import { cleanupComputers, computer } from '../sync/syncedComputers';

const MINUTE = 60_000;
// Tuesday 24 Nov 2026, 08:48 in Berlin: before the 09:00–17:00 work window.
const TUESDAY_0748_UTC = Date.UTC(2026, 10, 24, 7, 48);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let desktop: Desktop;
let tray: Tray;
let timelockTray: TimelockTray;

function openTray(platform: NodeJS.Platform = 'linux'): void {
  tray = new Tray('tray.png');
  timelockTray = createTimelockTray({
    tray,
    Menu,
    bus: desktop.host.app.bus,
    figures: () => ({
      week: desktop.host.app.services.summary.week(),
      timer: desktop.host.app.services.timer.current(),
      categories: desktop.host.app.services.categories.list(),
      otherTimers: desktop.host.app.services.sync.otherTimers(),
    }),
    commands: desktop.commands,
    platform,
  });
}

const menu = (): FakeMenu => tray.contextMenu!;
const labels = (): string[] => menu().items.map((item) => (item.type === 'separator' ? '—' : item.label));

/** 20 h 18 min of work earlier this week, so a timer running 1 h 12 min brings it to 21.5 h. */
async function workedEarlierThisWeek(): Promise<void> {
  const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);
  await desktop.host.call('entries.add', { categoryId: 'work', start: at(23, 5), end: at(23, 15) });
  await desktop.host.call('entries.add', { categoryId: 'work', start: at(23, 16), end: at(23, 23) });
  await desktop.host.call('entries.add', { categoryId: 'work', start: at(24, 0), end: at(24, 3, 18) });
}

beforeEach(() => {
  resetElectronStub();
  desktop = makeDesktop({ start: TUESDAY_0748_UTC });
});
afterEach(() => {
  timelockTray?.dispose();
  desktop.cleanup();
  cleanupComputers();
});

describe('the tray label', () => {
  it('shows the running category, its time and the week’s work against the cap: Work 1:12 · 21.5 / 35 h', async () => {
    await workedEarlierThisWeek();
    await desktop.host.call('timer.start', { categoryId: 'work' });
    desktop.host.clock.advance(72 * MINUTE);
    openTray();
    expect(tray.toolTip).toBe('Work 1:12 · 21.5 / 35 h');
  });

  it('a timer with an entry synced in over its start says where it counts from, in the label and the menu', async () => {
    // The clock is 08:48 in Berlin; the work timer starts, and a call from 08:40 to 09:00 comes in over its start.
    await desktop.host.call('timer.start', { categoryId: 'work' });
    desktop.host.app.store.applyEntries({ put: [{ id: 'call', categoryId: 'work', start: TUESDAY_0748_UTC - 8 * MINUTE, end: TUESDAY_0748_UTC + 12 * MINUTE, note: '', tags: [], source: 'manual' }] });
    desktop.host.clock.advance(72 * MINUTE);
    openTray();
    expect(tray.toolTip).toBe('Work 1:12 (counted from 09:00) · 1.3 / 35 h');
    expect(labels()[0]).toBe('Work running · 1:12 (counted from 09:00)');
  });

  it('a timer that ran into an entry logged for later says where it stopped counting, in the label and the menu', async () => {
    // The clock is 08:48 in Berlin; family is logged for 09:18 to 09:48, and the work timer runs 72 minutes.
    await desktop.host.call('entries.add', { categoryId: 'family', start: TUESDAY_0748_UTC + 30 * MINUTE, end: TUESDAY_0748_UTC + 60 * MINUTE });
    await desktop.host.call('timer.start', { categoryId: 'work' });
    desktop.host.clock.advance(72 * MINUTE);
    openTray();
    expect(tray.toolTip).toBe('Work 1:12 (counted to 09:18) · 0.5 / 35 h');
    expect(labels()[0]).toBe('Work running · 1:12 (counted to 09:18)');
    // Read with another timer than the one the summary names (just after a switch): nothing said of it.
    const week = desktop.host.app.services.summary.week();
    const other = { ...desktop.host.app.services.timer.current()!, id: 'the-next-run' };
    expect(trayLabel({ week, timer: other, categories: desktop.host.app.services.categories.list(), otherTimers: [] })).toBe('Work 1:12 · 0.5 / 35 h');
  });

  it('with no timer running it shows the week alone', async () => {
    await workedEarlierThisWeek();
    openTray();
    expect(tray.toolTip).toBe('Timelock · 20.3 / 35 h');
  });

  it('never shows the cap reached before it is: 34.99 h reads 34.9', () => {
    const week = { ...desktop.host.app.services.summary.week(), minutes: { work: 35 * 60 - 1, fitness: 0, family: 0 } };
    expect(trayLabel({ week, timer: null, categories: [], otherTimers: [] })).toBe('Timelock · 34.9 / 35 h');
  });

  it('follows the timer: a start, each minute’s tick, a stop', async () => {
    desktop.host.app.start();
    openTray();
    await desktop.host.call('timer.start', { categoryId: 'fitness' });
    expect(tray.toolTip).toBe('Fitness 0:00 · 0 / 35 h');
    desktop.host.timers.advance(MINUTE);
    expect(tray.toolTip).toBe('Fitness 0:01 · 0 / 35 h');
    await desktop.host.call('timer.stop', {});
    expect(tray.toolTip).toBe('Timelock · 0 / 35 h');
  });

  it('follows a change of cap in the settings', async () => {
    openTray();
    await desktop.host.call('settings.update', { weeklyCapMinutes: 30 * 60 });
    expect(tray.toolTip).toBe('Timelock · 0 / 30 h');
  });

  it('on macOS the label is also the menu bar title', () => {
    openTray('darwin');
    expect(tray.title).toBe('Timelock · 0 / 35 h');
  });

  it('uses the template image on macOS and the coloured one elsewhere, from the app’s assets', () => {
    expect(trayIconPath('/app', 'darwin')).toBe(path.join('/app', 'assets', 'trayTemplate.png'));
    expect(trayIconPath('/app', 'win32')).toBe(path.join('/app', 'assets', 'tray.png'));
    for (const platform of ['darwin', 'linux'] as const) expect(fs.existsSync(trayIconPath(ROOT, platform))).toBe(true);
  });
});

describe('the tray menu', () => {
  it('lists the week, every category in use (the running one checked), Stop, Open and Quit', async () => {
    await desktop.host.call('categories.add', { name: 'R&D', area: 'work' });
    const archived = await desktop.host.call('categories.add', { name: 'Old client', area: 'work' });
    await desktop.host.call('categories.update', { id: archived.id, archived: true });
    await desktop.host.call('timer.start', { categoryId: 'family' });
    openTray();
    expect(labels()).toEqual([
      'Family running · 0:00',
      'This week: 0 of 35 h work',
      '—',
      'Work',
      'Fitness',
      'Family',
      'R&&D',
      '—',
      'Stop Timer',
      '—',
      'Open Timelock',
      'Quit Timelock',
    ]);
    expect(menu().items.slice(0, 2).map((item) => item.enabled)).toEqual([false, false]);
    expect(menu().items.filter((item) => item.type === 'checkbox' && item.checked).map((item) => item.label)).toEqual(['Family']);
  });

  it('with no timer running no category is checked and Stop is disabled', () => {
    openTray();
    expect(menu().items.filter((item) => item.checked)).toEqual([]);
    expect(menu().byLabel('Stop Timer')?.enabled).toBe(false);
  });

  it('choosing a category starts it through the router’s timer.start, so the lock judges it', async () => {
    openTray();
    menu().byLabel('Fitness')!.click();
    await settle();
    expect(desktop.calls[0]).toEqual({ channel: 'timer.start', payload: { categoryId: 'fitness' } });
    expect(desktop.host.app.store.getTimer()?.categoryId).toBe('fitness');
    expect(menu().byLabel('Fitness')?.checked).toBe(true);
  });

  it('choosing the running category again leaves its timer alone', async () => {
    const running = await desktop.host.call('timer.start', { categoryId: 'fitness' });
    openTray();
    menu().byLabel('Fitness')!.click();
    await settle();
    expect(desktop.calls).toEqual([]);
    expect(desktop.host.app.store.getTimer()?.id).toBe(running.id);
    expect(menu().byLabel('Fitness')?.checked).toBe(true);
  });

  it('Stop Timer stops it and saves the entry', async () => {
    await desktop.host.call('timer.start', { categoryId: 'fitness' });
    desktop.host.clock.advance(30 * MINUTE);
    openTray();
    menu().byLabel('Stop Timer')!.click();
    await settle();
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(desktop.host.app.store.getEntries().map((e) => e.categoryId)).toEqual(['fitness']);
  });

  it('Open Timelock shows the window; Quit Timelock quits', () => {
    openTray();
    menu().byLabel('Open Timelock')!.click();
    menu().byLabel('Quit Timelock')!.click();
    expect(desktop.showWindow).toHaveBeenCalledTimes(1);
    expect(desktop.quit).toHaveBeenCalledTimes(1);
  });

  it('a click on the icon opens the window on Windows and Linux; macOS shows the menu instead', () => {
    openTray('win32');
    tray.emit('click');
    expect(desktop.showWindow).toHaveBeenCalledTimes(1);
    timelockTray.dispose();
    openTray('darwin');
    tray.emit('click');
    expect(desktop.showWindow).toHaveBeenCalledTimes(1);
  });
});

describe('a start from the tray the lock refuses', () => {
  it('hard lock: a notification with the reason and the next allowed time, the message in the window, nothing started', async () => {
    await desktop.host.call('settings.update', { lockMode: 'hard' });
    openTray();
    menu().byLabel('Work')!.click();
    await settle();
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(Notification.shown).toHaveLength(1);
    const { title, body } = Notification.shown[0]!.options;
    expect(title).toBe('Work is locked');
    expect(body).toMatch(/work window/i);
    expect(body).toContain('09:00');
    expect(desktop.notices()).toEqual([{ level: 'warning', message: body }]);
    expect(desktop.showWindow).toHaveBeenCalled();
    expect(desktop.navigations()).toEqual(['today']);
    // The checkbox the click ticked is put back.
    expect(menu().byLabel('Work')?.checked).toBe(false);
  });

  it('soft lock: asks for the reason in the window, where it can be typed', async () => {
    await desktop.host.call('settings.update', { lockMode: 'soft' });
    openTray();
    menu().byLabel('Work')!.click();
    await settle();
    expect(desktop.host.app.store.getTimer()).toBeNull();
    expect(Notification.shown[0]?.options.title).toBe('Timelock needs a reason');
    expect(Notification.shown[0]?.options.body).toMatch(/Start it from the Timelock window to type one\.$/);
    expect(desktop.showWindow).toHaveBeenCalled();
  });

  it('clicking the refusal’s notification brings the window back', async () => {
    await desktop.host.call('settings.update', { lockMode: 'hard' });
    openTray();
    menu().byLabel('Work')!.click();
    await settle();
    desktop.showWindow.mockClear();
    Notification.shown[0]!.click();
    expect(desktop.showWindow).toHaveBeenCalledTimes(1);
  });

  it('a start the lock allows shows no notification', async () => {
    await desktop.host.call('settings.update', { lockMode: 'hard' });
    openTray();
    menu().byLabel('Fitness')!.click();
    await settle();
    expect(desktop.host.app.store.getTimer()?.categoryId).toBe('fitness');
    expect(Notification.shown).toEqual([]);
  });
});

describe('a timer another computer left running (sync)', () => {
  /** The laptop on the same sync folder as this desktop, with a Work timer started at 08:48 and taken in here. */
  async function laptopTimerRunning() {
    const syncDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-tray-sync-'));
    await desktop.host.call('sync.setup', { folder: syncDir, deviceName: 'Desktop' });
    const laptop = computer('Laptop', syncDir);
    laptop.host.clock.set(TUESDAY_0748_UTC);
    await laptop.host.call('timer.start', { categoryId: 'work' });
    laptop.sync.now();
    desktop.host.clock.advance(90 * MINUTE);
    await desktop.host.call('sync.now', {});
    return { laptop, cleanup: () => fs.rmSync(syncDir, { recursive: true, force: true }) };
  }

  it('is in the label when none runs here, and in the menu with a Stop of its own', async () => {
    const { cleanup } = await laptopTimerRunning();
    try {
      openTray();
      // The week counts the laptop's time once its timer stops (an entry), as the window's header does.
      expect(tray.toolTip).toBe('Work on Laptop 1:30 · 0 / 35 h');
      expect(labels().slice(0, 5)).toEqual(['No timer running', 'This week: 0 of 35 h work', 'Work on Laptop · 1:30 running', 'Stop on Laptop', '—']);
      expect(menu().byLabel('Work on Laptop · 1:30 running')?.enabled).toBe(false);
      // This computer's own timer leads the label; the other stays in the menu.
      await desktop.host.call('timer.start', { categoryId: 'fitness' });
      expect(tray.toolTip).toBe('Fitness 0:00 · 0 / 35 h');
      expect(labels()).toContain('Stop on Laptop');
    } finally {
      cleanup();
    }
  });

  it('Stop on Laptop saves its entry here up to now and the laptop takes the stop in', async () => {
    const { laptop, cleanup } = await laptopTimerRunning();
    try {
      openTray();
      menu().byLabel('Stop on Laptop')!.click();
      await settle();
      expect(desktop.calls.map((c) => c.channel)).toContain('sync.stopOtherTimer');
      expect(desktop.host.app.store.getEntries().map((e) => [e.categoryId, (e.end - e.start) / MINUTE])).toEqual([['work', 90]]);
      expect(labels()).not.toContain('Stop on Laptop');
      expect(tray.toolTip).toBe('Timelock · 1.5 / 35 h');
      laptop.sync.now();
      expect(laptop.store.getTimer()).toBeNull();
    } finally {
      cleanup();
    }
  });

  it('a stop the sync service refuses is told in a notification and the window, and nothing changes', async () => {
    await desktop.commands.stopOther('no-such-computer');
    expect(Notification.shown.map((n) => n.options.title)).toEqual(["Timelock could not stop the other computer's timer"]);
    expect(desktop.notices()).toHaveLength(1);
    expect(desktop.host.app.store.getEntries()).toEqual([]);
  });
});
