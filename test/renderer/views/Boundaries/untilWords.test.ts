import { describe, expect, it } from 'vitest';
import type { BoundaryStep } from '../../../../shared/contract';
import { defaultSettings } from '../../../../shared/defaults';
import { untilWords } from '../../../../renderer/views/Boundaries/FromWhen';

const base = defaultSettings('Europe/Berlin');
const step = (from: string, sets: BoundaryStep['sets'], state: BoundaryStep['state'], patch: Partial<BoundaryStep> = {}): BoundaryStep => ({
  from,
  weeklyCapMinutes: base.weeklyCapMinutes,
  dailyCapMinutes: null,
  workWindows: base.workWindows,
  targets: base.targets,
  sets,
  state,
  ...patch,
});

describe('untilWords: where a change saved in Settings stops', () => {
  it('at the first later step that set the same value itself, each target on its own', () => {
    const steps = [
      step('2026-W41', ['weeklyCapMinutes', 'dailyCapMinutes', 'workWindows', 'targets.fitnessMinutes', 'targets.familyMinutes'], 'past'),
      step('2026-W50', ['targets.fitnessMinutes'], 'current', { targets: { fitnessMinutes: 200, familyMinutes: 600 } }),
      // Made for the family target: the fitness change runs on through it.
      step('2027-W10', ['targets.familyMinutes'], 'upcoming', { targets: { fitnessMinutes: 200, familyMinutes: 900 } }),
      step('2027-W20', ['targets.fitnessMinutes'], 'upcoming', { targets: { fitnessMinutes: 300, familyMinutes: 900 } }),
    ];
    expect(untilWords(steps, undefined, 1, ['targets'])).toBe(', until 2027-W20, where another step takes over');
    // A cap ramp step does not stop a change of the windows.
    const ramp = [step('2026-W41', ['weeklyCapMinutes', 'workWindows'], 'current'), step('2027-W10', ['weeklyCapMinutes'], 'upcoming', { weeklyCapMinutes: 1680 })];
    expect(untilWords(ramp, undefined, 1, ['workWindows'])).toBe('');
    expect(untilWords(ramp, undefined, 1, ['weeklyCapMinutes'])).toBe(', until 2027-W10, where another step takes over');
  });
});
