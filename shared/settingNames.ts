// Each setting as the Settings page names it, for words about a setting said away from its form (a sync conflict
// between two computers' changes). The page's labels are built from these, or checked against them by
// test/renderer/views/Settings/settingNames.test.tsx, so a label renamed on the page is renamed here too.
import type { NudgeKind, Settings } from './model';

/** The label without the unit in brackets the form adds ("Weekly work cap (hours)"): a value in words says its unit. */
export const SETTING_NAMES: Record<keyof Settings, string> = {
  weeklyCapMinutes: 'Weekly work cap',
  dailyCapMinutes: 'Daily work cap',
  timeZone: 'Time zone',
  weekStartsOn: 'Weeks start on',
  workWindows: 'Work windows',
  lockMode: 'Lock mode',
  unlockCooldownSeconds: 'Unlock cool-down',
  unlockDurationMinutes: 'Unlock lasts',
  targets: 'Balance targets',
  timeline: 'Caps and lock from a week on',
  daysOff: 'Days off',
  nudges: 'Nudges',
  quietHours: 'Quiet hours',
  lateWorkHour: 'Work counts as late after',
  idleThresholdMinutes: 'Away after no input for',
  theme: 'Theme',
  launchAtLogin: 'Start Timelock when I log in',
  hideToTrayOnClose: 'Closing the window keeps Timelock in the tray',
  globalShortcut: 'A global keyboard shortcut to start and stop',
  welcomePending: 'The welcome on first start',
  welcomeStep: 'The welcome’s step',
};

/** The Nudges form's checkboxes, under "Send a nudge when…". */
export const NUDGE_KIND_NAMES: Record<NudgeKind, string> = {
  'window-ending': 'Your work window is about to end',
  'off-hours-work': 'A work timer runs outside your work windows',
  'cap-warning': 'The weekly cap is nearly used',
  'cap-reached': 'The weekly cap is reached',
  'daily-cap-reached': 'The daily cap is reached',
  'wrap-up': 'Time to wrap up for the day',
  'fitness-gap': 'Some days without fitness time',
  'family-gap': 'Some days without family time',
  'weekend-work': 'Work on a Saturday or Sunday with no work window',
  'lock-stopped': 'The hard lock stopped a timer',
  'box-starting': 'A planned box is about to start',
  'box-ending': 'A planned box is ending',
  'box-missed': 'A planned box went by without its timer',
};

export type NudgeThreshold = Exclude<keyof Settings['nudges'], 'enabled'>;

/** The Nudges form's number fields, with the unit their value is typed in. */
export const NUDGE_THRESHOLD_NAMES: Record<NudgeThreshold, { name: string; unit: 'minutes' | '%' | 'days' }> = {
  windowEndingMinutes: { name: 'Warn before a work window ends', unit: 'minutes' },
  boxStartingMinutes: { name: 'Nudge before a planned box starts', unit: 'minutes' },
  capWarningPercent: { name: 'Warn when this share of the weekly cap is used', unit: '%' },
  fitnessGapDays: { name: 'Days without fitness before a nudge', unit: 'days' },
  familyGapDays: { name: 'Days without family time before a nudge', unit: 'days' },
  cooldownMinutes: { name: 'At least this long between two nudges', unit: 'minutes' },
};

/** Settings that keep the first-run walk-through's place, no choice of the person's: what a change of them does is not
 * worth a word (a sync join, a restore) and an import does not count them among a file's settings. */
export const WALKTHROUGH_SETTINGS: ReadonlySet<string> = new Set<keyof Settings>(['welcomePending', 'welcomeStep']);
