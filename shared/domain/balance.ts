// Balance, "pick 2 of 3": work kept under the cap, fitness and family time up to their weekly targets.
import type { AreaMinutes, Balance, Settings } from '../model';
import { AREAS } from '../modelNames';

export function balance(minutes: AreaMinutes, settings: Pick<Settings, 'weeklyCapMinutes' | 'targets'>): Balance {
  const targets = {
    workMaxMinutes: settings.weeklyCapMinutes,
    fitnessMinMinutes: settings.targets.fitnessMinutes,
    familyMinMinutes: settings.targets.familyMinutes,
  };
  // Judged on whole minutes, as every figure shows them: 2:29:59.4 of fitness reads 2:30 and meets a 2:30 target.
  const met = {
    work: Math.round(minutes.work) <= targets.workMaxMinutes,
    fitness: Math.round(minutes.fitness) >= targets.fitnessMinMinutes,
    family: Math.round(minutes.family) >= targets.familyMinMinutes,
  };
  const targetsMet = AREAS.filter((a) => met[a]);
  return { targets, targetsMet, behind: AREAS.filter((a) => !met[a]), metCount: targetsMet.length };
}
