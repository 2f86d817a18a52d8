// The application menu: the platform's standard menus (by role, so they follow the system's language and
// conventions), a Timer menu to start or stop, and the views on Ctrl/Cmd+1…6. No remote links anywhere, and in a
// packaged build no reload or developer tools: those would let a person (or a page) escape the app's guard rails.
import type { MenuItemConstructorOptions } from 'electron';
import { APP_VIEWS } from '../../shared/contract';
import type { AppView, DesktopCommands } from './electronCommands';

export const VIEW_TITLES: Record<AppView, string> = {
  today: 'Today',
  week: 'Week',
  balance: 'Balance',
  insights: 'Insights',
  settings: 'Settings',
  plan: 'Plan',
};

export const TOGGLE_TIMER_ACCELERATOR = 'CmdOrCtrl+Shift+S';

export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  commands: Pick<DesktopCommands, 'toggle' | 'open'>;
  /** Opens the data folder in the file manager: the one place Help points to, and it is local. */
  showDataFolder: () => void;
}): MenuItemConstructorOptions[] {
  const { commands } = options;
  const mac = options.platform === 'darwin';
  const views: MenuItemConstructorOptions[] = APP_VIEWS.map((view, index) => ({
    label: VIEW_TITLES[view],
    accelerator: `CmdOrCtrl+${index + 1}`,
    click: () => commands.open(view),
  }));
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      // The role's default View menu always has reload and the developer tools: this one has them only unpackaged.
      label: 'View',
      submenu: [
        ...views,
        { type: 'separator' },
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Timer',
      submenu: [{ label: 'Start or Stop Timer', accelerator: TOGGLE_TIMER_ACCELERATOR, click: () => void commands.toggle() }],
    },
    { role: 'windowMenu' },
    // macOS has About in the app menu; elsewhere it is here. Nothing in Help leaves the computer.
    { role: 'help', submenu: [...(mac ? [] : [{ role: 'about' } as const]), { label: 'Show Data Folder', click: () => options.showDataFolder() }] },
  ];
}

export function installApplicationMenu<M>(
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M; setApplicationMenu(menu: M | null): void },
  template: MenuItemConstructorOptions[],
): M {
  const menu = Menu.buildFromTemplate(template);
  Menu.setApplicationMenu(menu);
  return menu;
}
