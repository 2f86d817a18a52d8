// The machine's power and input for a test host, as Electron's powerMonitor tells them: wired to the idle service
// and the scheduler by the host's own powerIdleProbe and watchPower, as electron/main.ts wires the real one.
import { EventEmitter } from 'node:events';
import { powerIdleProbe, watchPower } from '../../electron/hosts/electronPower';
import type { IdleProbe } from '../../electron/ports';
import type { TestHost } from './testHost';

export interface FakePower {
  /** What the idle probe answers: seconds since the last keyboard or mouse input. */
  idleSeconds: number;
  emit(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void;
  /** The probe to give makeTestHost (idleProbe). */
  readonly probe: IdleProbe;
  /** Sends the power events to the host's services, once the host exists. */
  watch(host: TestHost): void;
}

export function fakePower(): FakePower {
  const monitor = Object.assign(new EventEmitter(), {
    idleSeconds: 0,
    getSystemIdleTime(): number {
      return this.idleSeconds;
    },
  });
  return {
    get idleSeconds() {
      return monitor.idleSeconds;
    },
    set idleSeconds(seconds) {
      monitor.idleSeconds = seconds;
    },
    emit: (event) => void monitor.emit(event),
    probe: powerIdleProbe(monitor),
    watch: (host) => watchPower(monitor, { idle: host.app.services.idle, scheduler: host.app.services.scheduler, onShutdown: () => undefined }),
  };
}
