// A work cap in hours, weekly or daily: the two differ only in their words, their upper bound, whether empty means
// "no cap", and whether the change is dated here (the daily cap's "from when"; the weekly cap's steps are the
// timeline's). Checked here only for the person's sake (told at once); the main process validates again and its
// refusal is shown the same way.
import { useId } from 'react';
import type { Settings } from '../../../shared/model';
import { useAppEnv } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { numberFormat } from '../../format/intlFormats';
import { parseHours } from '../../format/parseHours';
import { FromWhen } from '../Boundaries/FromWhen';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm, type SaveStep, type SettingsForm } from './useSettingsForm';

export interface CapKind {
  /** The form's name, and its draft's. */
  form: string;
  label: string;
  hint: string;
  maxHours: number;
  invalid: string;
  /** Empty means no cap (the daily cap); otherwise empty is refused like any unreadable number. */
  emptyMeansNone: boolean;
  /** The input's name, for a form filled by the browser or a test. */
  name?: string;
  stored: (settings: Settings) => number | null;
  /** The step that saves the cap in minutes (null: none), with its words. */
  save: (form: SettingsForm<string>, minutes: number | null, locale: string | undefined) => SaveStep;
  /** The FromWhen group's name when the change is dated here. */
  datedAs?: string;
}

export const WEEKLY_CAP: CapKind = {
  form: 'Weekly cap',
  label: 'Weekly work cap (hours)',
  // Said here as well as in the timeline below: a person changing the cap wants to know their past weeks keep theirs.
  hint: 'From 0 to 168 hours a week. A change holds from this week on; past weeks keep the cap they had. To start it in a later week, use “Your boundaries over time” below.',
  maxHours: 168,
  invalid: 'Enter the weekly cap as a number of hours from 0 to 168, for example 37.5.',
  emptyMeansNone: false,
  name: 'weeklyCapHours',
  stored: (s) => s.weeklyCapMinutes,
  save: (form, minutes, locale) =>
    minutes === null ? form.refuse(WEEKLY_CAP.invalid) : form.save({ weeklyCapMinutes: minutes }, `Weekly cap saved: ${formatHours(minutes, locale)}.`),
};

export const DAILY_CAP: CapKind = {
  form: 'Daily cap',
  label: 'Daily work cap (hours)',
  hint: 'Leave empty for no daily cap. Drawn as a line on the week’s chart.',
  maxHours: 24,
  invalid: 'Enter the daily cap as a number of hours from 0 to 24, or leave it empty for none.',
  emptyMeansNone: true,
  stored: (s) => s.dailyCapMinutes,
  save: (form, minutes, locale) =>
    minutes === null ? form.saveFrom({ dailyCapMinutes: null }, 'Daily cap removed.') : form.saveFrom({ dailyCapMinutes: minutes }, `Daily cap saved: ${formatHours(minutes, locale)}.`),
  datedAs: 'dailyCapFrom',
};

export function CapForm({ cap }: { cap: CapKind }) {
  const { locale } = useAppEnv();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  // The field shows the stored cap until the person types, and follows it when another window changes it.
  const form = useSettingsForm(cap.form, (s) => {
    const minutes = cap.stored(s);
    return minutes === null ? '' : numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
  });
  const check = (): SaveStep => {
    const text = form.value.trim();
    if (text === '' && cap.emptyMeansNone) return cap.save(form, null, locale);
    const hours = parseHours(text);
    if (hours === null || hours > cap.maxHours) return form.refuse(cap.invalid);
    return cap.save(form, Math.round(hours * 60), locale);
  };
  const refused = form.message?.kind === 'error';
  return (
    <SettingsFormShell label={cap.form} check={check} message={form.message} dirty={form.dirty} onReset={form.reset} errorId={errorId}>
      <label htmlFor={inputId}>{cap.label}</label>
      <input
        id={inputId}
        name={cap.name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={form.value}
        onChange={(event) => form.change(event.target.value)}
        aria-invalid={refused}
        aria-describedby={refused ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="hint">
        {cap.hint}
      </p>
      {cap.datedAs && <FromWhen name={cap.datedAs} value={form.from} onChange={form.setFrom} />}
    </SettingsFormShell>
  );
}
