// First-run values: the settings a new person starts with and the three seeded categories.
import type { Category, Settings, NudgeKind } from './model';
import { NUDGE_KINDS } from './modelNames';
import { BOX_STARTING_MINUTES } from './domain/nudgeTimeboxes';

const weekday = [{ start: '09:00', end: '17:00' }];

export function defaultSettings(timeZone: string): Settings {
  return {
    weeklyCapMinutes: 35 * 60,
    dailyCapMinutes: null,
    timeZone,
    weekStartsOn: 1,
    workWindows: [[], weekday, weekday, weekday, weekday, weekday, []],
    lockMode: 'off',
    unlockCooldownSeconds: 60,
    unlockDurationMinutes: 30,
    // WHO: at least 150 minutes of moderate activity a week.
    targets: { fitnessMinutes: 150, familyMinutes: 10 * 60 },
    // Empty: the values above hold in every week, until a first dated change (shared/domain/boundaries.ts).
    timeline: [],
    daysOff: [],
    nudges: {
      enabled: Object.fromEntries(NUDGE_KINDS.map((k) => [k, true])) as Record<NudgeKind, boolean>,
      windowEndingMinutes: 10,
      boxStartingMinutes: BOX_STARTING_MINUTES,
      capWarningPercent: 90,
      fitnessGapDays: 3,
      familyGapDays: 3,
      cooldownMinutes: 15,
    },
    quietHours: { start: '22:00', end: '07:00' },
    lateWorkHour: 21,
    idleThresholdMinutes: 10,
    theme: 'system',
    launchAtLogin: false,
    hideToTrayOnClose: true,
    globalShortcut: false,
    welcomePending: true,
    welcomeStep: 0,
  };
}

/** Colours from the Okabe–Ito palette, chosen to stay distinguishable with the common colour-vision deficiencies. */
export const CATEGORY_PALETTE = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

export const SEEDED_CATEGORIES: readonly Category[] = [
  { id: 'work', name: 'Work', area: 'work', color: '#0072B2', archived: false },
  { id: 'fitness', name: 'Fitness', area: 'fitness', color: '#009E73', archived: false },
  { id: 'family', name: 'Family', area: 'family', color: '#D55E00', archived: false },
];
