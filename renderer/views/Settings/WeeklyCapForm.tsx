// The weekly work cap in hours. Checked here only for the person's sake (a number 0–168, told at once); the main
// process validates again and its refusal is shown the same way.
import { useId, useState, type FormEvent } from 'react';
import { useAppEnv, useAppState } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { parseHours } from '../../format/parseHours';
import { describeError } from '../../format/describeError';

const MAX_HOURS = 168;
const INVALID = `Enter the weekly cap as a number of hours from 0 to ${MAX_HOURS}, for example 37.5.`;

export function WeeklyCapForm({ capMinutes }: { capMinutes: number }) {
  const { stores, locale } = useAppEnv();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const serverError = useAppState((state) => state.errors.settings);
  const pending = useAppState((state) => state.pending.settings);
  // Null until the person types: the field shows the stored cap, and follows it when another window changes it.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const stored = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(capMinutes / 60);
  const error = invalid ? INVALID : serverError ? describeError(serverError) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const hours = parseHours(draft ?? stored);
    if (hours === null || hours > MAX_HOURS) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const weeklyCapMinutes = Math.round(hours * 60);
    if (await stores.app.getState().updateSettings({ weeklyCapMinutes })) {
      setDraft(null);
      setSaved(`Weekly cap saved: ${formatHours(weeklyCapMinutes, locale)}.`);
    }
  };

  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>Weekly work cap (hours)</label>
      <input
        id={inputId}
        name="weeklyCapHours"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft ?? stored}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaved(null);
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="hint">
        From 0 to {MAX_HOURS} hours a week.
      </p>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" aria-disabled={pending || undefined}>
        Save cap
      </button>
      <p role="status" className="saved">
        {saved}
      </p>
    </form>
  );
}
