import { describe, expect, it } from 'vitest';
import { createLatestRequest } from '../../../renderer/state/latestRequest';

/** A request the test answers (or fails) when it chooses. */
function pending<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('latestRequest', () => {
  it('an older answer arriving after a newer request was sent is dropped', async () => {
    const latest = createLatestRequest();
    const shown: string[] = [];
    const older = pending<string>();
    const newer = pending<string>();
    const first = latest.run(() => older.promise, (answer) => shown.push(answer));
    const second = latest.run(() => newer.promise, (answer) => shown.push(answer));
    newer.answer('week 14');
    older.answer('week 13');
    await Promise.all([first, second]);
    expect(shown).toEqual(['week 14']);
  });

  it('an older answer arriving first is dropped too: the newer request is still on its way', async () => {
    const latest = createLatestRequest();
    const shown: string[] = [];
    const older = pending<string>();
    const newer = pending<string>();
    const first = latest.run(() => older.promise, (answer) => shown.push(answer));
    const second = latest.run(() => newer.promise, (answer) => shown.push(answer));
    older.answer('week 13');
    await first;
    expect(shown).toEqual([]);
    newer.answer('week 14');
    await second;
    expect(shown).toEqual(['week 14']);
  });

  it('a failure of an older request is dropped; one of the latest request is passed on', async () => {
    const latest = createLatestRequest();
    const shown: string[] = [];
    const older = pending<string>();
    const newer = pending<string>();
    const first = latest.run(() => older.promise, (answer) => shown.push(answer));
    const second = latest.run(() => newer.promise, (answer) => shown.push(answer));
    older.fail(new Error('the old week could not be read'));
    await expect(first).resolves.toBeUndefined();
    newer.fail(new Error('the new week could not be read'));
    await expect(second).rejects.toThrow('the new week could not be read');
    expect(shown).toEqual([]);
  });

  it('an error answer (a refusal as a value) of an older request is dropped like any answer', async () => {
    const latest = createLatestRequest();
    const shown: Array<{ ok: boolean }> = [];
    const older = pending<{ ok: boolean }>();
    const newer = pending<{ ok: boolean }>();
    const first = latest.run(() => older.promise, (answer) => shown.push(answer));
    const second = latest.run(() => newer.promise, (answer) => shown.push(answer));
    newer.answer({ ok: true });
    older.answer({ ok: false });
    await Promise.all([first, second]);
    expect(shown).toEqual([{ ok: true }]);
  });

  it('after forget (a store reset) no answer in flight is applied, and the next request is again the latest', async () => {
    const latest = createLatestRequest();
    const shown: string[] = [];
    const inFlight = pending<string>();
    const before = latest.run(() => inFlight.promise, (answer) => shown.push(answer));
    latest.forget();
    inFlight.answer('before the reset');
    await before;
    await latest.run(() => Promise.resolve('after the reset'), (answer) => shown.push(answer));
    expect(shown).toEqual(['after the reset']);
  });
});
