// The desktop side of the Electron host for tests: the real services and router (in memory, on a fake clock), the
// native notifier on the electron stub's Notification, and the desktop commands that the tray, the menu, the
// shortcut and the notifications share. What the window was asked to do is recorded.
import { vi } from 'vitest';
import { Notification } from '../../stubs/electron';
import { createDesktopCommands, type DesktopCommands } from '../../../electron/hosts/electronCommands';
import { createElectronNotifier, type ElectronNotifier } from '../../../electron/hosts/electronNotifier';
import type { EventPayload } from '../../../shared/contract';
import { makeTestHost, type TestHost, type TestHostOptions } from '../../support/testHost';

export interface Desktop {
  host: TestHost;
  commands: DesktopCommands;
  notifier: ElectronNotifier;
  /** Every channel the desktop called on the router, in order. */
  calls: Array<{ channel: string; payload: unknown }>;
  showWindow: ReturnType<typeof vi.fn>;
  quit: ReturnType<typeof vi.fn>;
  navigations(): Array<EventPayload<'app.navigate'>['view']>;
  notices(): Array<EventPayload<'notice'>>;
  nudges(): Array<EventPayload<'nudge'>>;
  cleanup(): void;
}

export function makeDesktop(options: TestHostOptions & { platform?: NodeJS.Platform } = {}): Desktop {
  const { platform = 'darwin', ...hostOptions } = options;
  const calls: Desktop['calls'] = [];
  const showWindow = vi.fn();
  const quit = vi.fn();
  // The notifier's buttons reach the commands, which are built on the host the notifier is given to.
  const late: { commands?: DesktopCommands } = {};
  const notifier = createElectronNotifier({
    Notification,
    platform,
    onAction: (nudge, action) => void late.commands?.actOnNudge(nudge, action),
    onClick: (nudge) => void late.commands?.openNudge(nudge),
  });
  const host = makeTestHost({ storage: 'memory', notifier, ...hostOptions });
  const commands = createDesktopCommands({
    router: {
      call: (channel, payload) => {
        calls.push({ channel, payload });
        return host.app.router.call(channel, payload);
      },
    },
    bus: host.app.bus,
    showWindow,
    notify: (message) => void notifier.message(message, showWindow),
    quit,
  });
  late.commands = commands;
  const payloads = <E extends 'app.navigate' | 'notice' | 'nudge'>(name: E) =>
    host.events.filter((event) => event.name === name).map((event) => event.payload as EventPayload<E>);
  return {
    host,
    commands,
    notifier,
    calls,
    showWindow,
    quit,
    navigations: () => payloads('app.navigate').map((p) => p.view),
    notices: () => payloads('notice'),
    nudges: () => payloads('nudge'),
    cleanup() {
      commands.dispose();
      host.cleanup();
    },
  };
}

/** Lets every pending promise chain run (router calls answer in microtasks). */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
