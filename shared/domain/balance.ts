// Balance, "pick 2 of 3": work kept under the cap, fitness and family time up to their weekly targets.
import type { AreaMinutes, Balance, Settings } from '../model';
import { AREAS } from '../modelNames';

export function balance(minutes: AreaMinutes, settings: Pick<Settings, 'weeklyCapMinutes' | 'targets'>): Balance {
  const targets = {
    workMaxMinutes: settings.weeklyCapMinutes,
    fitnessMinMinutes: settings.targets.fitnessMinutes,
    familyMinMinutes: settings.targets.familyMinutes,
  };
  const met = {
    work: minutes.work <= targets.workMaxMinutes,
    fitness: minutes.fitness >= targets.fitnessMinMinutes,
    family: minutes.family >= targets.familyMinMinutes,
  };
  const targetsMet = AREAS.filter((a) => met[a]);
  return { targets, targetsMet, behind: AREAS.filter((a) => !met[a]), metCount: targetsMet.length };
}
