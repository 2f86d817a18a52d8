// The daily work cap in hours; empty for none.
import { useId, useState } from 'react';
import { useAppEnv } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { parseHours } from '../../format/parseHours';
import { SettingsFormShell } from './SettingsSection';
import { useSettingsForm } from './useSettingsForm';
import { FromWhen, THIS_WEEK, type FromWhenChoice } from '../Boundaries/FromWhen';
import { numberFormat } from '../../format/intlFormats';

export function DailyCapForm() {
  const { locale } = useAppEnv();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const form = useSettingsForm('Daily cap', (s) => (s.dailyCapMinutes === null ? '' : numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(s.dailyCapMinutes / 60)));
  const [from, setFrom] = useState<FromWhenChoice>(THIS_WEEK);
  const submit = () => {
    const text = form.value.trim();
    if (text === '') return void form.saveFrom({ dailyCapMinutes: null }, 'Daily cap removed.', from);
    const hours = parseHours(text);
    if (hours === null || hours > 24) return form.refuse('Enter the daily cap as a number of hours from 0 to 24, or leave it empty for none.');
    const minutes = Math.round(hours * 60);
    void form.saveFrom({ dailyCapMinutes: minutes }, `Daily cap saved: ${formatHours(minutes, locale)}.`, from);
  };
  return (
    <SettingsFormShell label="Daily cap" onSubmit={submit} message={form.message} saveLabel="Save daily cap" dirty={form.dirty} onReset={form.reset} errorId={errorId}>
      <label htmlFor={inputId}>Daily work cap (hours)</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={form.value}
        onChange={(event) => form.change(event.target.value)}
        aria-describedby={form.message?.kind === 'error' ? `${hintId} ${errorId}` : hintId}
        aria-invalid={form.message?.kind === 'error'}
      />
      <p id={hintId} className="hint">
        Leave empty for no daily cap. Drawn as a line on the week’s chart.
      </p>
      <FromWhen name="dailyCapFrom" value={from} onChange={setFrom} />
    </SettingsFormShell>
  );
}
