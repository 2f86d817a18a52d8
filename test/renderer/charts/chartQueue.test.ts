import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitTurn, type ChartTurn } from '../../../renderer/charts/chartQueue';

/** The tasks queued so far run (the queue's own come first: they were queued first). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A frame is painted and the tasks queued from its callbacks run. */
const paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('chartQueue', () => {
  afterEach(() => vi.restoreAllMocks());

  it("paints a view's first chart before drawing the next, then draws the next ones back to back, each in a task of its own, until 50 ms have gone since the last paint", async () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const drawn: string[] = [];
    const turns = new Map<string, ChartTurn>();
    for (const name of ['first', 'second', 'third', 'fourth']) turns.set(name, awaitTurn(() => drawn.push(name)));
    expect(drawn).toEqual([]);
    await nextTask();
    expect(drawn).toEqual(['first']);

    turns.get('first')!.done();
    await nextTask();
    expect(drawn).toEqual(['first']);
    await paint();
    expect(drawn).toEqual(['first', 'second']);

    // In a task of its own, without waiting for a frame.
    turns.get('second')!.done();
    expect(drawn).toEqual(['first', 'second']);
    await nextTask();
    expect(drawn).toEqual(['first', 'second', 'third']);

    // The third took 60 ms: the fourth waits for a paint.
    now += 60;
    turns.get('third')!.done();
    await nextTask();
    expect(drawn).toEqual(['first', 'second', 'third']);
    await paint();
    expect(drawn).toEqual(['first', 'second', 'third', 'fourth']);
    turns.get('fourth')!.done();
    await paint();
  });

  it('a chart gone before its turn is skipped, and one gone while drawing passes the turn on', async () => {
    const drawn: string[] = [];
    const a = awaitTurn(() => drawn.push('a'));
    const b = awaitTurn(() => drawn.push('b'));
    const c = awaitTurn(() => drawn.push('c'));
    b.cancel();
    await nextTask();
    a.cancel();
    await paint();
    expect(drawn).toEqual(['a', 'c']);
    c.done();
    await paint();
  });
});
