import { describe, expect, it } from 'vitest';
import { balance } from '../../../shared/domain/balance';
import { settings } from './helpers';

const s = settings('Europe/Berlin'); // cap 35 h, fitness 150 min, family 600 min

describe('balance: pick 2 of 3', () => {
  it.each([
    ['all three met', { work: 30 * 60, fitness: 150, family: 600 }, ['work', 'fitness', 'family'], []],
    ['work over the cap', { work: 36 * 60, fitness: 200, family: 700 }, ['fitness', 'family'], ['work']],
    ['work exactly at the cap still meets it', { work: 35 * 60, fitness: 0, family: 600 }, ['work', 'family'], ['fitness']],
    ['only work kept', { work: 10 * 60, fitness: 149, family: 599 }, ['work'], ['fitness', 'family']],
    ['none met', { work: 40 * 60, fitness: 0, family: 0 }, [], ['work', 'fitness', 'family']],
    // Judged in whole minutes, as shown: a timer's seconds cannot miss a target by less than the figure shows.
    ['seconds short of a target that reads as met', { work: 35 * 60 + 0.4 / 60, fitness: 150 - 0.6 / 60, family: 600 - 29 / 60 }, ['work', 'fitness', 'family'], []],
    ['half a minute is a minute', { work: 35 * 60 + 0.5, fitness: 149.5, family: 599.4 }, ['fitness'], ['work', 'family']],
  ])('%s', (_, minutes, met, behind) => {
    const b = balance(minutes, s);
    expect(b.targetsMet).toEqual(met);
    expect(b.behind).toEqual(behind);
    expect(b.metCount).toBe(met.length);
    expect(b.targets).toEqual({ workMaxMinutes: 2100, fitnessMinMinutes: 150, familyMinMinutes: 600 });
  });
});
