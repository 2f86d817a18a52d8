// `timelock settings history` as text: one line per span of the cap, daily cap, windows and targets, oldest first.
import type { BoundaryStep } from '../../shared/contract';
import { formatDuration, formatHours } from './formatDuration';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function historyText(steps: readonly BoundaryStep[]): string {
  return steps
    .map((step) => {
      const daily = step.dailyCapMinutes === null ? 'no daily cap' : `daily ${formatDuration(step.dailyCapMinutes)}`;
      const windows = step.workWindows
        .map((list, weekday) => (list.length === 0 ? null : `${WEEKDAYS[weekday]} ${list.map((w) => `${w.start}–${w.end}`).join(', ')}`))
        .filter((text) => text !== null)
        .join('; ');
      const targets = `fitness ${formatDuration(step.targets.fitnessMinutes)}, family ${formatDuration(step.targets.familyMinutes)}`;
      const state = step.state === 'current' ? '  (in force now)' : step.state === 'upcoming' ? '  (upcoming)' : '';
      return `from ${step.from}: cap ${formatHours(step.weeklyCapMinutes)} h · ${daily} · ${targets} · ${windows || 'no work windows'}${state}`;
    })
    .join('\n');
}
