import { describe, expect, it } from 'vitest';
import { watchSyncFolder } from '../../../electron/sync/syncWatcher';
import { fakeTimers } from '../../support/fakeTimers';
import { fakeClock } from '../../support/testHost';

function setup(run: () => void = () => undefined) {
  const clock = fakeClock(0);
  const timers = fakeTimers(clock);
  let notify = () => {};
  const rounds: number[] = [];
  const errors: string[] = [];
  const stop = watchSyncFolder({
    folder: '/sync',
    timers,
    run: () => {
      rounds.push(clock.now());
      run();
    },
    onError: (error) => errors.push((error as Error).message),
    watch: (_folder, onChange) => {
      notify = onChange;
      return () => (notify = () => {});
    },
  });
  return { clock, timers, rounds, errors, stop, change: () => notify() };
}

describe('watchSyncFolder', () => {
  it('merges a few seconds after files arrive, once for a burst of changes', () => {
    const { timers, rounds, change } = setup();
    change();
    timers.advance(1000);
    change();
    timers.advance(1999);
    expect(rounds).toEqual([]);
    timers.advance(1);
    expect(rounds).toEqual([3000]);
  });

  it('polls every 30 s when the folder sends no events, and keeps polling after a failed round', () => {
    let fail = true;
    const { timers, rounds, errors } = setup(() => {
      if (fail) {
        fail = false;
        throw new Error('folder offline');
      }
    });
    timers.advance(60_000);
    expect(rounds).toEqual([30_000, 60_000]);
    expect(errors).toEqual(['folder offline']);
  });

  it('stops: no round after it, no timer left', () => {
    const { timers, rounds, stop, change } = setup();
    stop();
    change();
    timers.advance(120_000);
    expect(rounds).toEqual([]);
    expect(timers.pending).toBe(0);
  });
});
