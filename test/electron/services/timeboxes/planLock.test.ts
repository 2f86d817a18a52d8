// The plan lock's judging of a series against dated work windows: the weeks it judges, wherever a step's date falls.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/defaults';
import type { BoundarySpan, Category, Settings } from '../../../../shared/model';
import type { WeeklyTimebox } from '../../../../shared/planModel';
import { judgedOccurrences, judgePlanLock } from '../../../../electron/services/timeboxes/planLock';

const TZ = 'Europe/Berlin';
const day = [{ start: '09:00', end: '17:00' }];
const everyDay = [day, day, day, day, day, day, day];
const noSunday = [[], day, day, day, day, day, day];
const categories: Category[] = [{ id: 'work', name: 'Work', area: 'work', color: '#0072B2', archived: false }];
const values = { weeklyCapMinutes: 2100, dailyCapMinutes: null, targets: { fitnessMinutes: 150, familyMinutes: 600 } };

/** Windows every day, until a step (dated `from`) takes Sunday's away; weeks start on Monday. */
function settingsWithStep(from: string): Settings {
  const timeline: BoundarySpan[] = [
    { from: null, ...values, workWindows: everyDay },
    { from, ...values, workWindows: noSunday },
  ];
  return { ...defaultSettings(TZ), lockMode: 'hard', weekStartsOn: 1, workWindows: everyDay, timeline };
}

/** Work every Sunday 10:00–11:00 from `firstDate`. */
const sundays = (firstDate: string): WeeklyTimebox => ({ kind: 'weekly', id: 's', categoryId: 'work', firstDate, startTime: '10:00', durationMinutes: 60, weekdays: [0], until: null, overrides: {}, cancelled: [] });

const judge = (box: WeeklyTimebox, settings: Settings) => () => judgePlanLock(judgedOccurrences(box, TZ, settings), { settings, categories }, undefined);

describe('judgedOccurrences: a series against a later step of the work windows', () => {
  it('a step dated on a week start: the week it starts is judged', () => {
    expect(judge(sundays('2026-11-29'), settingsWithStep('2026-12-07'))).toThrow(/hard lock/);
  });

  it('a step dated on a Sunday (set while weeks started on Sunday) is judged in the week it is in force from, the Monday after', () => {
    expect(judge(sundays('2026-11-29'), settingsWithStep('2026-12-06'))).toThrow(/hard lock/);
  });

  it('a step dated before the series starts but in force only after its first week is judged too', () => {
    // Dated Saturday 5 Dec, in force from Monday 7 Dec; the series starts Sunday 6 Dec, still under the old windows.
    expect(judge(sundays('2026-12-06'), settingsWithStep('2026-12-05'))).toThrow(/hard lock/);
  });

  it('a series that ends before the step is in force is not judged by it', () => {
    expect(judge({ ...sundays('2026-11-29'), until: '2026-12-06' }, settingsWithStep('2026-12-06'))()).toBeNull();
  });
});
