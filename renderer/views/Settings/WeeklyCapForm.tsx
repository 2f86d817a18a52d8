// The weekly work cap in hours. Checked here only for the person's sake (a number 0–168, told at once); the main
// process validates again and its refusal is shown the same way.
import { useId } from 'react';
import { useAppEnv } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { parseHours } from '../../format/parseHours';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm } from './useSettingsForm';
import { numberFormat } from '../../format/intlFormats';

const MAX_HOURS = 168;
const INVALID = `Enter the weekly cap as a number of hours from 0 to ${MAX_HOURS}, for example 37.5.`;

export function WeeklyCapForm({ capMinutes }: { capMinutes: number }) {
  const { locale } = useAppEnv();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  // The field shows the stored cap until the person types, and follows it when another window changes it.
  const stored = numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(capMinutes / 60);
  const form = useSettingsForm('Weekly cap', () => stored);
  const submit = () => {
    const hours = parseHours(form.value);
    if (hours === null || hours > MAX_HOURS) return form.refuse(INVALID);
    const weeklyCapMinutes = Math.round(hours * 60);
    void form.save({ weeklyCapMinutes }, `Weekly cap saved: ${formatHours(weeklyCapMinutes, locale)}.`);
  };
  return (
    <SettingsFormShell label="Weekly cap" onSubmit={submit} message={form.message} saveLabel="Save cap" dirty={form.dirty} onReset={form.reset} errorId={errorId}>
      <label htmlFor={inputId}>Weekly work cap (hours)</label>
      <input
        id={inputId}
        name="weeklyCapHours"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={form.value}
        onChange={(event) => form.change(event.target.value)}
        aria-invalid={form.message?.kind === 'error'}
        aria-describedby={form.message?.kind === 'error' ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="hint">
        From 0 to {MAX_HOURS} hours a week.
      </p>
    </SettingsFormShell>
  );
}
