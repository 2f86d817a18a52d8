import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/defaults';
import { settingConflictMessage } from '../../../shared/sync/settingConflictWords';
import { SETTING_NAMES } from '../../../shared/settingNames';
import type { JsonValue } from '../../../shared/sync/canonicalJson';

const DEFAULT_SETTINGS = defaultSettings('Europe/Berlin');
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as JsonValue;

describe('a setting changed on two computers, in words', () => {
  it('names the setting as Settings does and says both values in its unit, the kept one first', () => {
    expect(settingConflictMessage('lockMode', 'hard', 'soft')).toBe('Lock mode was changed on both computers: kept Hard (the later change) over Soft.');
    expect(settingConflictMessage('dailyCapMinutes', 480, null)).toBe('Daily work cap was changed on both computers: kept 8 h (the later change) over no daily cap.');
    expect(settingConflictMessage('unlockCooldownSeconds', 60, 300)).toBe('Unlock cool-down was changed on both computers: kept 60 s (the later change) over 300 s.');
    expect(settingConflictMessage('weekStartsOn', 0, 1)).toBe('Weeks start on was changed on both computers: kept Sunday (the later change) over Monday.');
    expect(settingConflictMessage('quietHours', { start: '22:00', end: '07:00' }, null)).toBe('Quiet hours was changed on both computers: kept 22:00–07:00 (the later change) over off.');
    expect(settingConflictMessage('theme', 'system', 'dark')).toBe('Theme was changed on both computers: kept Follow the system (the later change) over Dark.');
  });

  it('a setting of parts names only the parts that differ, by their names in its form', () => {
    const nudges = DEFAULT_SETTINGS.nudges;
    const changed = { ...nudges, cooldownMinutes: 60, enabled: { ...nudges.enabled, 'cap-reached': false } };
    expect(settingConflictMessage('nudges', json(changed), json(nudges))).toBe(
      `Nudges was changed on both computers: kept “The weekly cap is reached” off (the later change) over on; kept “At least this long between two nudges” 60 minutes over ${nudges.cooldownMinutes} minutes.`,
    );
    const windows = DEFAULT_SETTINGS.workWindows.map((day, i) => (i === 5 ? [{ start: '09:00', end: '12:00' }] : day));
    expect(settingConflictMessage('workWindows', json(windows), json(DEFAULT_SETTINGS.workWindows))).toMatch(
      /^Work windows was changed on both computers: kept on Friday 09:00–12:00 \(the later change\) over \d\d:\d\d–\d\d:\d\d\.$/,
    );
    expect(settingConflictMessage('targets', { fitnessMinutes: 180, familyMinutes: 600 }, { fitnessMinutes: 240, familyMinutes: 600 })).toBe(
      'Balance targets was changed on both computers: kept for fitness 3 h (the later change) over 4 h.',
    );
  });

  it('a value it cannot read, a removed setting or an unknown one is said as such, never as the wrong setting', () => {
    expect(settingConflictMessage('lockMode', 'strict', 'soft')).toBe('Lock mode was changed on both computers: kept a value this version of Timelock cannot read (the later change) over Soft.');
    expect(settingConflictMessage('theme', undefined, 'dark')).toBe('Theme was changed on both computers: kept not set (the later change) over Dark.');
    expect(settingConflictMessage('colourBlindMode', true, false)).toBe('The setting "colourBlindMode" was changed on both computers; kept the later change.');
  });

  it('every setting has a name', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS)) expect(SETTING_NAMES[key as keyof typeof SETTING_NAMES]).toBeTruthy();
  });
});
