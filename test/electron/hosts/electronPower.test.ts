// Sleep, wake, the screen locked and unlocked: told to the idle service and the scheduler, and the system's idle
// time lent as the idle probe. A shutdown quits for real, so the store is flushed first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent, powerMonitor, resetElectronStub } from '../../stubs/electron';
import { powerIdleProbe, watchPower, type PowerListeners } from '../../../electron/hosts/electronPower';
import { makeTestHost, type TestHost } from '../../support/testHost';

const MINUTE = 60_000;

beforeEach(() => resetElectronStub());
afterEach(() => vi.restoreAllMocks());

function spies(): PowerListeners & { order: string[] } {
  const order: string[] = [];
  const record = (name: string) => vi.fn(() => void order.push(name));
  return {
    order,
    idle: { onSuspend: record('idle.onSuspend'), onResume: record('idle.onResume'), onLockScreen: record('idle.onLockScreen'), onUnlockScreen: record('idle.onUnlockScreen') },
    scheduler: { onResume: record('scheduler.onResume') },
    onShutdown: record('quit'),
  };
}

describe('power events reach the services', () => {
  it.each([
    ['suspend', ['idle.onSuspend']],
    ['resume', ['idle.onResume', 'scheduler.onResume']],
    ['lock-screen', ['idle.onLockScreen']],
    ['unlock-screen', ['idle.onUnlockScreen']],
  ])('%s → %j', (event, expected) => {
    const listeners = spies();
    watchPower(powerMonitor, listeners);
    powerMonitor.emit(event);
    expect(listeners.order).toEqual(expected);
  });

  it('a service that fails on wake does not keep the scheduler from rescheduling', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const listeners = spies();
    listeners.idle.onResume = () => {
      throw new Error('presence file unreadable');
    };
    watchPower(powerMonitor, listeners);
    powerMonitor.emit('resume');
    expect(listeners.scheduler.onResume).toHaveBeenCalledTimes(1);
  });

  it('a system shutdown asks the system to wait and quits Timelock for real', () => {
    const listeners = spies();
    watchPower(powerMonitor, listeners);
    const event = fakeEvent({});
    powerMonitor.emit('shutdown', event);
    expect(event.defaultPrevented).toBe(true);
    expect(listeners.onShutdown).toHaveBeenCalledTimes(1);
  });

  it('the idle probe is the system’s idle time', () => {
    const probe = powerIdleProbe(powerMonitor);
    powerMonitor.idleSeconds = 420;
    expect(probe.idleSeconds()).toBe(420);
  });
});

describe('with the real services', () => {
  let host: TestHost;
  beforeEach(() => {
    host = makeTestHost({ storage: 'memory', idleProbe: powerIdleProbe(powerMonitor) });
    host.app.start();
    watchPower(powerMonitor, { idle: host.app.services.idle, scheduler: host.app.services.scheduler, onShutdown: () => undefined });
  });
  afterEach(() => host.cleanup());

  it('a timer left running through a sleep is asked about on waking, from the moment the lid closed', async () => {
    const timer = await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(5 * MINUTE);
    const lidClosed = host.clock.now();
    powerMonitor.emit('suspend');
    host.timers.jump(40 * MINUTE);
    powerMonitor.emit('resume');
    const questions = host.events.filter((e) => e.name === 'idle.question').map((e) => e.payload);
    expect(questions).toEqual([expect.objectContaining({ cause: 'sleep', idleStart: lidClosed, idleEnd: lidClosed + 40 * MINUTE, timer: expect.objectContaining({ id: timer.id }) })]);
    expect(host.app.services.scheduler.status().lastWake?.reason).toBe('resume');
  });

  it('a locked screen counts as away until it is unlocked', async () => {
    await host.call('timer.start', { categoryId: 'work' });
    const locked = host.clock.now();
    powerMonitor.emit('lock-screen');
    host.clock.advance(25 * MINUTE);
    powerMonitor.emit('unlock-screen');
    const questions = host.events.filter((e) => e.name === 'idle.question').map((e) => e.payload);
    expect(questions).toEqual([expect.objectContaining({ cause: 'lock-screen', idleStart: locked, minutes: 25 })]);
  });
});
