// Closing the window hides it to the tray when settings.hideToTrayOnClose is on, so the timer, the nudges and the
// locks keep working. A real quit (the tray's Quit, the menu, Cmd+Q, the system shutting down) passes: it sets the
// quitting flag on 'before-quit', which Electron emits before it closes the windows.

interface PreventableEvent {
  preventDefault(): void;
}

export interface HideableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  /** Windows: the session is ending (log off, shut down); a window that refuses to close would hold it up. */
  on(event: 'session-end', listener: () => void): unknown;
  hide(): void;
}

export interface CloseToTray {
  /** Hides `window` on close while the setting is on and no quit is under way. */
  attach(window: HideableWindow): void;
  isQuitting(): boolean;
}

export function createCloseToTray(
  app: { on(event: 'before-quit', listener: () => void): unknown },
  enabled: () => boolean,
): CloseToTray {
  let quitting = false;
  // Stays set even when a listener holds this quit (the store flushing first): the quit it holds follows.
  app.on('before-quit', () => {
    quitting = true;
  });
  return {
    attach(window) {
      window.on('close', (event) => {
        if (quitting || !enabled()) return;
        event.preventDefault();
        window.hide();
      });
      window.on('session-end', () => {
        quitting = true;
      });
    },
    isQuitting: () => quitting,
  };
}
