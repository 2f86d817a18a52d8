// The machine's power and presence, told to the services: sleep and wake, the screen locked and unlocked, and the
// idle probe (super-productivity's idle handler counts suspend and lock gaps as idle the same way). A clock or time
// zone change has no event of its own in Electron on every platform; the scheduler notices a jump itself (its timer
// fires early or late by the wall clock), and every figure is computed in settings.timeZone, not the system's zone.
// macOS and Windows may report nothing at all for a jump: the scheduler's check is the only one there.
import type { IdleProbe } from '../ports';

interface PreventableEvent {
  preventDefault(): void;
}

export interface PowerMonitorLike {
  getSystemIdleTime(): number;
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'resume', listener: () => void): unknown;
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'unlock-screen', listener: () => void): unknown;
  /** Linux and macOS: the system is about to shut down; preventDefault asks it to wait for our quit. */
  on(event: 'shutdown', listener: (event?: PreventableEvent) => void): unknown;
}

export interface PowerListeners {
  idle: { onSuspend(): void; onResume(): void; onLockScreen(): void; onUnlockScreen(): void };
  scheduler: { onResume(): void };
  /** Quits for real (through the store's flush), past hide-to-tray. */
  onShutdown: () => void;
}

/** The IdleProbe port from powerMonitor: seconds since the last keyboard or mouse input. */
export function powerIdleProbe(powerMonitor: Pick<PowerMonitorLike, 'getSystemIdleTime'>): IdleProbe {
  return { idleSeconds: () => powerMonitor.getSystemIdleTime() };
}

/** Wires powerMonitor's events to the services, for the life of the process. */
export function watchPower(powerMonitor: PowerMonitorLike, listeners: PowerListeners): void {
  const guarded = (what: string, run: () => void): void => {
    // One failing service must not keep the others from hearing about the sleep.
    try {
      run();
    } catch (error) {
      console.error(`[timelock] handling ${what} failed:`, error);
    }
  };
  powerMonitor.on('suspend', () => guarded('suspend', () => listeners.idle.onSuspend()));
  powerMonitor.on('resume', () => {
    guarded('resume', () => listeners.idle.onResume());
    guarded('resume', () => listeners.scheduler.onResume());
  });
  powerMonitor.on('lock-screen', () => guarded('lock-screen', () => listeners.idle.onLockScreen()));
  powerMonitor.on('unlock-screen', () => guarded('unlock-screen', () => listeners.idle.onUnlockScreen()));
  powerMonitor.on('shutdown', (event) => {
    event?.preventDefault();
    guarded('shutdown', listeners.onShutdown);
  });
}
