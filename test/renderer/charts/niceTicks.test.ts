import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../renderer/charts/niceTicks';

describe('niceTicks', () => {
  it.each([
    [1.75, [0, 0.5, 1, 1.5, 2]],
    [0.25, [0, 0.25]],
    [0.3, [0, 0.25, 0.5]],
    [8, [0, 2, 4, 6, 8]],
    [21.5, [0, 10, 20, 30]],
    [35, [0, 10, 20, 30, 40]],
    [2, [0, 0.5, 1, 1.5, 2]],
    [0, [0, 1]],
  ])('up to %d: %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});
