import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Bar, BarChart } from 'recharts';
import { CHART_WARM_UP_STEPS, warmUp } from '../../../renderer/charts/warmUpCharts';
import { stubIdleCallbacks, type IdleCallbacks } from '../idleCallbacks';

let idle: IdleCallbacks['waiting'];
let runOne: IdleCallbacks['runOne'];
beforeEach(() => {
  ({ waiting: idle, runOne } = stubIdleCallbacks());
});
afterEach(() => vi.unstubAllGlobals());

/** Runs the one idle task waiting (there is never more than one), and lets React finish what it started. */
async function idleTask() {
  expect(idle.size).toBe(1);
  await runOne();
}

const box = () => document.body.querySelector<HTMLElement>(':scope > div[aria-hidden="true"]');
const drawn = () => box()?.querySelectorAll('svg.recharts-surface').length ?? 0;
const chart = (key: string) => (
  <BarChart width={200} height={100} data={[{ [key]: 1 }]} accessibilityLayer={false}>
    <Bar dataKey={key} isAnimationActive={false} />
  </BarChart>
);

describe('warmUp', () => {
  it('runs one step per idle task, drawing each chart out of sight and hidden from assistive technology, then takes them away', async () => {
    const done: string[] = [];
    warmUp(
      [
        () => void done.push('work'),
        () => chart('a'),
        () => chart('b'),
      ],
      () => true,
    );
    expect(done).toEqual([]);
    await idleTask();
    expect(done).toEqual(['work']);
    expect(box()).toBeNull();
    await idleTask();
    expect(box()!.inert).toBe(true);
    expect(box()!.style.visibility).toBe('hidden');
    expect(box()!.style.left).toBe('-10000px');
    expect(drawn()).toBe(1);
    expect(box()!.querySelector('.recharts-bar')).not.toBeNull();
    // The next chart replaces the one before: one drawing at a time.
    await idleTask();
    expect(drawn()).toBe(1);
    // Done: the drawings go, in a task of their own, and nothing more is asked for.
    await idleTask();
    expect(box()).toBeNull();
    expect(idle.size).toBe(0);
  });

  it('stops before the next step once it is told not to go on, and takes its drawing away', async () => {
    let goOn = true;
    const steps = vi.fn(() => chart('a'));
    warmUp([steps, steps, steps], () => goOn);
    await idleTask();
    expect(drawn()).toBe(1);
    goOn = false;
    await idleTask();
    expect(steps).toHaveBeenCalledTimes(1);
    expect(box()).toBeNull();
    expect(idle.size).toBe(0);
  });

  it('stopped from outside, it takes its drawing away at once and asks for no more idle time', async () => {
    const steps = vi.fn(() => chart('a'));
    const stop = warmUp([steps, steps], () => true);
    await idleTask();
    expect(box()).not.toBeNull();
    act(() => stop());
    expect(box()).toBeNull();
    expect(idle.size).toBe(0);
    expect(steps).toHaveBeenCalledTimes(1);
    // Stopping twice is harmless.
    act(() => stop());
  });

  it('Week’s charts’ parts each draw something, so every step runs recharts’ code for that part', async () => {
    warmUp(CHART_WARM_UP_STEPS, () => true);
    for (let step = 0; step < CHART_WARM_UP_STEPS.length; step++) {
      await idleTask();
      expect(drawn()).toBe(1);
    }
    await idleTask();
    expect(box()).toBeNull();
  });
});
