// Week start, time zone, theme and the desktop app's behaviour.
import { useId, useMemo } from 'react';
import type { Settings } from '../../../shared/model';
import { weekStartChangeWords, zoneChangeWords } from '../../../shared/domain/words';
import { useAppEnv, useAppState } from '../../AppEnv';
import { weekdayNames } from '../../format/weekdayNames';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm } from './useSettingsForm';

type Draft = Pick<Settings, 'weekStartsOn' | 'timeZone' | 'theme' | 'launchAtLogin' | 'hideToTrayOnClose' | 'globalShortcut'>;

const THEMES: Array<{ value: Settings['theme']; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function GeneralForm() {
  const { locale, host } = useAppEnv();
  const ids = { week: useId(), weekHint: useId(), zone: useId(), zoneHint: useId(), theme: useId(), login: useId(), tray: useId(), shortcut: useId(), desktopHint: useId() };
  const form = useSettingsForm<Draft>('General', (s) => ({
    weekStartsOn: s.weekStartsOn,
    timeZone: s.timeZone,
    theme: s.theme,
    launchAtLogin: s.launchAtLogin,
    hideToTrayOnClose: s.hideToTrayOnClose,
    globalShortcut: s.globalShortcut,
  }));
  const { value } = form;
  const savedZone = useAppState((state) => state.settings?.timeZone);
  const zones = useMemo(() => timeZones(value.timeZone), [value.timeZone]);
  // The zone is not dated: every week, lived ones too, is read in the one chosen. Said when it changes, since a move
  // or a trip turns 09:00 work logged in Berlin into 03:00 work in New York.
  const zoneMoved = savedZone !== undefined && value.timeZone !== savedZone;
  // So is the first day of the week: every week, lived ones too, is counted from the new one.
  const savedWeekStart = useAppState((state) => state.settings?.weekStartsOn);
  const weekMoved = savedWeekStart !== undefined && value.weekStartsOn !== savedWeekStart;
  const names = weekdayNames(locale);
  const savedText = ['General settings saved.', ...(weekMoved ? [weekStartChangeWords(value.weekStartsOn, names)] : []), ...(zoneMoved ? [zoneChangeWords(value.timeZone)] : [])].join(' ');
  const set = <K extends keyof Draft>(key: K, v: Draft[K]) => form.change({ ...value, [key]: v });
  const desktopOnly = host === 'browser' ? ids.desktopHint : undefined;
  return (
    <SettingsFormShell label="General" check={() => form.save(value, savedText)} message={form.message} dirty={form.dirty} onReset={form.reset}>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={ids.week}>Weeks start on</label>
          <select
            id={ids.week}
            value={value.weekStartsOn}
            aria-describedby={weekMoved ? ids.weekHint : undefined}
            onChange={(event) => set('weekStartsOn', Number(event.target.value) as Draft['weekStartsOn'])}
          >
            {([1, 0, 6] as const).map((day) => (
              <option key={day} value={day}>
                {names[day]}
              </option>
            ))}
          </select>
          {weekMoved && (
            <p id={ids.weekHint} className="hint">
              {weekStartChangeWords(value.weekStartsOn, names)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.zone}>Time zone</label>
          <select id={ids.zone} value={value.timeZone} aria-describedby={ids.zoneHint} onChange={(event) => set('timeZone', event.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          <p id={ids.zoneHint} className="hint">
            {zoneMoved ? zoneChangeWords(value.timeZone) : 'Days, weeks and work windows are counted in this zone, past weeks too.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.theme}>Theme</label>
          <select id={ids.theme} value={value.theme} onChange={(event) => set('theme', event.target.value as Draft['theme'])}>
            {THEMES.map((theme) => (
              <option key={theme.value} value={theme.value}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>Desktop app</legend>
        {host === 'browser' && (
          <p id={ids.desktopHint} className="hint">
            These take effect in the Timelock desktop app, not in this browser window.
          </p>
        )}
        <div className="choice">
          <input type="checkbox" id={ids.login} checked={value.launchAtLogin} aria-describedby={desktopOnly} onChange={(event) => set('launchAtLogin', event.target.checked)} />
          <label htmlFor={ids.login}>Start Timelock when I log in</label>
        </div>
        <div className="choice">
          <input type="checkbox" id={ids.tray} checked={value.hideToTrayOnClose} aria-describedby={desktopOnly} onChange={(event) => set('hideToTrayOnClose', event.target.checked)} />
          <label htmlFor={ids.tray}>Closing the window keeps Timelock in the tray</label>
        </div>
        <div className="choice">
          <input type="checkbox" id={ids.shortcut} checked={value.globalShortcut} aria-describedby={desktopOnly} onChange={(event) => set('globalShortcut', event.target.checked)} />
          <label htmlFor={ids.shortcut}>A global keyboard shortcut to start and stop</label>
        </div>
      </fieldset>
    </SettingsFormShell>
  );
}
