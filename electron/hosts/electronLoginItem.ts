// Launch at login (settings.launchAtLogin), applied at start and whenever the setting changes. macOS and Windows
// have Electron's login items; Electron has none on Linux, where the freedesktop autostart entry does the same.
// An unpackaged run (npm start) changes nothing: it would register the bare Electron binary, not Timelock.
import fs from 'node:fs';
import path from 'node:path';

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
  getLoginItemSettings(): { openAtLogin: boolean };
}

export interface LoginItem {
  apply(openAtLogin: boolean): void;
}

/** Where a Linux desktop looks for programs to start at login. */
export function autostartDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const config = env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config');
  return path.join(config, 'autostart');
}

/** An Exec= argument, quoted by the Desktop Entry rules: inside double quotes, `"`, `` ` ``, `$` and `\` are escaped. */
function execArgument(file: string): string {
  return `"${file.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Timelock',
    'Comment=A weekly work cap with a real lock',
    `Exec=${execArgument(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export const AUTOSTART_FILE = 'timelock.desktop';

export function createLoginItem(deps: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  app: LoginItemApp;
  /** Linux: the autostart folder and what to start (the AppImage when run from one, else the executable). */
  autostart?: { dir: string; executable: string };
  report?: (message: string) => void;
}): LoginItem {
  const report = deps.report ?? ((message: string) => console.warn(`[timelock] ${message}`));
  let applied: boolean | null = null;

  const applyLinux = (openAtLogin: boolean, autostart: { dir: string; executable: string }): void => {
    const file = path.join(autostart.dir, AUTOSTART_FILE);
    if (!openAtLogin) {
      fs.rmSync(file, { force: true });
      return;
    }
    fs.mkdirSync(autostart.dir, { recursive: true });
    // Written whole then renamed: a desktop session reading it at login never sees half an entry.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, autostartEntry(autostart.executable), { mode: 0o644 });
    fs.renameSync(temp, file);
  };

  return {
    apply(openAtLogin) {
      if (!deps.isPackaged || applied === openAtLogin) return;
      try {
        if (deps.platform === 'darwin' || deps.platform === 'win32') {
          // The system's list may differ from ours (the person removed Timelock there): ours is what they chose last.
          if (deps.app.getLoginItemSettings().openAtLogin !== openAtLogin) deps.app.setLoginItemSettings({ openAtLogin });
        } else if (deps.platform === 'linux' && deps.autostart) {
          applyLinux(openAtLogin, deps.autostart);
        } else {
          return;
        }
        applied = openAtLogin;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        report(`Timelock could not ${openAtLogin ? 'add itself to' : 'remove itself from'} the programs started at login: ${message}`);
      }
    },
  };
}
