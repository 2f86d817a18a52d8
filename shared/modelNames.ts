// The fixed lists the data model is built on, without zod: the window takes these for its menus and rows, and
// importing them from model.ts would bring zod and every schema into its code. model.ts builds its schemas on them.
export const AREAS = ['work', 'fitness', 'family'] as const;

export const LOCK_MODES = ['off', 'soft', 'hard'] as const;

/** The values a step of the timeline can set, each target on its own. */
export const BOUNDARY_SET_KEYS = ['weeklyCapMinutes', 'dailyCapMinutes', 'workWindows', 'targets.fitnessMinutes', 'targets.familyMinutes'] as const;
export type BoundarySetKey = (typeof BOUNDARY_SET_KEYS)[number];

/** The rules a lock holds work to; an unlock names the ones it lifts. */
export const LOCK_RULES = ['windows', 'weekly-cap', 'daily-cap'] as const;

export const NUDGE_KINDS = [
  'window-ending',
  'off-hours-work',
  'cap-warning',
  'cap-reached',
  'daily-cap-reached',
  'wrap-up',
  'fitness-gap',
  'family-gap',
  'weekend-work',
  'lock-stopped',
  'box-starting',
  'box-ending',
  'box-missed',
] as const;

/** The first-run welcome's steps (renderer/views/shell/Welcome.tsx): the cap, the work windows, the categories. */
export const WELCOME_STEP_COUNT = 3;

export const DAY_OFF_KINDS = ['vacation', 'holiday', 'sick', 'other'] as const;

export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
