// The application menu: the platform's standard menus by role, Start/Stop on Ctrl/Cmd+Shift+S, the views on
// Ctrl/Cmd+1…5, no reload or developer tools in a packaged build, and nothing that leaves the computer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetElectronStub, shell, type FakeMenu } from '../../stubs/electron';
import { applicationMenuTemplate, installApplicationMenu } from '../../../electron/hosts/electronMenu';

beforeEach(() => resetElectronStub());

function build(platform: NodeJS.Platform, isPackaged: boolean) {
  const commands = { toggle: vi.fn(async () => undefined), open: vi.fn() };
  const showDataFolder = vi.fn();
  const menu = installApplicationMenu(Menu, applicationMenuTemplate({ platform, isPackaged, commands, showDataFolder }));
  return { menu, commands, showDataFolder };
}

const topLevel = (menu: FakeMenu) => menu.items.map((item) => item.role ?? item.label);
const roles = (menu: FakeMenu) => menu.all().flatMap((item) => (item.role ? [item.role] : []));

describe('the application menu', () => {
  it('on macOS: the app menu first, then File, Edit, View, Timer, Window and Help', () => {
    const { menu } = build('darwin', true);
    expect(Menu.getApplicationMenu()).toBe(menu);
    expect(topLevel(menu)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'Timer', 'windowMenu', 'help']);
  });

  it('on Windows and Linux: no app menu, and About under Help', () => {
    const { menu } = build('win32', true);
    expect(topLevel(menu)).toEqual(['fileMenu', 'editMenu', 'View', 'Timer', 'windowMenu', 'help']);
    expect(menu.byRole('help')?.submenu?.byRole('about')).toBeDefined();
  });

  it('Start or Stop Timer is on Ctrl/Cmd+Shift+S and toggles the timer', () => {
    const { menu, commands } = build('linux', true);
    const item = menu.all().find((i) => i.accelerator === 'CmdOrCtrl+Shift+S');
    expect(item?.label).toBe('Start or Stop Timer');
    item!.click();
    expect(commands.toggle).toHaveBeenCalledTimes(1);
  });

  it('Ctrl/Cmd+1 … 5 switch to Today, Week, Balance, Insights and Settings', () => {
    const { menu, commands } = build('darwin', true);
    const views = ['1', '2', '3', '4', '5'].map((n) => menu.all().find((i) => i.accelerator === `CmdOrCtrl+${n}`)!);
    expect(views.map((i) => i.label)).toEqual(['Today', 'Week', 'Balance', 'Insights', 'Settings']);
    views.forEach((item) => item.click());
    expect(commands.open.mock.calls.map(([view]) => view)).toEqual(['today', 'week', 'balance', 'insights', 'settings']);
  });

  it('a packaged build has no reload and no developer tools', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = roles(build(platform, true).menu).map((r) => r.toLowerCase());
      expect(all).not.toContain('reload');
      expect(all).not.toContain('forcereload');
      expect(all).not.toContain('toggledevtools');
      expect(all).not.toContain('viewmenu');
    }
  });

  it('an unpackaged run (development) has them in View', () => {
    const view = build('linux', false).menu.byLabel('View')!.submenu!;
    expect(roles(view)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('nothing in it leaves the computer: every item of ours opens Timelock or the local data folder', () => {
    const { menu, commands, showDataFolder } = build('darwin', true);
    const ours = menu.all().filter((item) => !item.role && !item.submenu && item.type !== 'separator');
    ours.forEach((item) => item.click());
    expect(ours).toHaveLength(8);
    expect(commands.open).toHaveBeenCalledTimes(6);
    expect(commands.toggle).toHaveBeenCalledTimes(1);
    expect(showDataFolder).toHaveBeenCalledTimes(1);
    expect(shell.opened).toEqual([]);
  });
});
