// `timelock settings history` as text: one line per span of the cap, daily cap, windows and targets, oldest first.
import type { BoundaryStep } from '../../shared/contract';
import { MINUTE } from '../../shared/domain/time';
import { WEEKDAY_SHORT, durationClock, hoursToTenth } from '../../shared/domain/words';


export function historyText(steps: readonly BoundaryStep[]): string {
  return steps
    .map((step) => {
      const daily = step.dailyCapMinutes === null ? 'no daily cap' : `daily ${durationClock(step.dailyCapMinutes * MINUTE)}`;
      const windows = step.workWindows
        .map((list, weekday) => (list.length === 0 ? null : `${WEEKDAY_SHORT[weekday]} ${list.map((w) => `${w.start}–${w.end}`).join(', ')}`))
        .filter((text) => text !== null)
        .join('; ');
      const targets = `fitness ${durationClock(step.targets.fitnessMinutes * MINUTE)}, family ${durationClock(step.targets.familyMinutes * MINUTE)}`;
      const state = step.state === 'current' ? '  (in force now)' : step.state === 'upcoming' ? '  (upcoming)' : '';
      return `from ${step.from}: cap ${hoursToTenth(step.weeklyCapMinutes)} h · ${daily} · ${targets} · ${windows || 'no work windows'}${state}`;
    })
    .join('\n');
}
