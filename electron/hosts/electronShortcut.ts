// The global shortcut (settings.globalShortcut, off by default): one key combination, anywhere on the desktop,
// that starts or stops the timer. Registered and unregistered as the setting changes; a combination another app
// holds is reported, not retried. On Linux under Wayland the compositor may not let any app have one.

/** Ctrl+Alt+T (Cmd+Alt+T on macOS): few apps take it; terminals on some Linux desktops do, which the notice tells. */
export const GLOBAL_SHORTCUT = 'CmdOrCtrl+Alt+T';

export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface TimerShortcut {
  /** Registers the shortcut when `enabled`, unregisters it when not; a change of nothing does nothing. */
  apply(enabled: boolean): void;
  dispose(): void;
}

export function createTimerShortcut(deps: {
  globalShortcut: GlobalShortcutLike;
  onPress: () => void;
  /** A registration that failed, in words for the person. */
  report: (message: string) => void;
  accelerator?: string;
  platform?: NodeJS.Platform;
}): TimerShortcut {
  const accelerator = deps.accelerator ?? GLOBAL_SHORTCUT;
  const keys = accelerator.replace('CmdOrCtrl', (deps.platform ?? process.platform) === 'darwin' ? 'Cmd' : 'Ctrl');
  let registered = false;
  // The setting as last applied: a failed registration is not retried at every unrelated settings change.
  let wanted = false;
  const unregister = (): void => {
    if (registered) deps.globalShortcut.unregister(accelerator);
    registered = false;
  };
  return {
    apply(enabled) {
      if (enabled === wanted) return;
      wanted = enabled;
      if (!enabled) return unregister();
      let ok: boolean;
      try {
        ok = deps.globalShortcut.register(accelerator, deps.onPress);
      } catch {
        // Electron throws on an accelerator it cannot parse; same outcome for the person.
        ok = false;
      }
      registered = ok;
      if (!ok) {
        deps.report(
          `The start/stop shortcut ${keys} could not be registered: another app may use it. The timer still starts from the tray and the window.`,
        );
      }
    },
    dispose() {
      unregister();
      wanted = false;
    },
  };
}
