// A box from the keyboard: category, day, start and end (an end at or before the start is the next day), a title,
// and the weekdays it repeats on and until when (a new or one-off box: to make it repeat; a repeating box: its own,
// to change); for a repeating box, which occurrences an edit means. Times become instants with the domain's fromLocal (through fromTimeInput), in the settings' zone.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { LocalDay } from '../../../shared/domain/time';
import type { Category } from '../../../shared/model';
import { formatDay } from '../../format/formatClock';
import { fromTimeInput } from '../../format/localTime';
import { weekdayNames, weekdayOrder } from '../../format/weekdayNames';
import { CategorySelect } from '../shell/CategorySelect';
import { nextDate } from './planLayout';
import { SCOPE_LABELS, SCOPES, type PlanEditScope } from './usePlanActions';

export interface BoxFormValues {
  categoryId: string;
  date: string;
  start: string;
  end: string;
  title: string;
  repeat: number[];
  until: string;
  scope: PlanEditScope;
}

export interface BoxFormProps {
  initial: BoxFormValues;
  days: readonly LocalDay[];
  categories: readonly Category[];
  timeZone: string;
  locale: string | undefined;
  weekStartsOn: number;
  /** Editing a repeating box: which occurrences is asked, and its weekdays (one at least) and until are its own. */
  repeating: boolean;
  submitLabel: string;
  /** Answers a refusal in words, or null when saved. */
  onSubmit: (values: BoxFormValues, span: { start: number; end: number }) => Promise<string | null>;
  onCancel: () => void;
  /** Each change of what is typed (and the values it opens with). */
  onChange?: (values: BoxFormValues) => void;
}

export function BoxForm({ initial, days, categories, timeZone, locale, weekStartsOn, repeating, submitLabel, onSubmit, onCancel, onChange }: BoxFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<BoxFormValues>) => setValues((v) => ({ ...v, ...patch }));
  // What is typed, for a form that keeps it beyond its own life (AddBox's draft).
  useEffect(() => onChange?.(values), [values, onChange]);
  const names = weekdayNames(locale);
  const dayChoices = days.some((d) => d.date === values.date) ? days.map((d) => ({ value: d.date, at: d.start })) : null;
  const errorId = `${id}-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = fromTimeInput(values.date, values.start, timeZone);
    const end = fromTimeInput(values.end <= values.start ? nextDate(values.date) : values.date, values.end, timeZone);
    if (start === null || end === null) return setError('Enter the start and the end as times of day, for example 07:00.');
    if (values.end === values.start) return setError('The start and the end are the same time: give the box a length.');
    if (repeating && values.repeat.length === 0) return setError('A repeating box repeats on one weekday at least: choose its weekdays, or delete the box.');
    // A series' last day may come before the occurrence edited (not before its first day: the main process says so).
    if (!repeating && values.repeat.length > 0 && values.until !== '' && values.until < values.date) return setError('The last day of the repeat must not come before the box’s first day.');
    setError(null);
    setBusy(true);
    const refusal = await onSubmit(values, { start, end });
    setBusy(false);
    setError(refusal);
  };

  return (
    <form className="box-form" onSubmit={(event) => void submit(event)} noValidate aria-describedby={error ? errorId : undefined}>
      <CategorySelect label="Category" categories={categories} value={values.categoryId} onChange={(categoryId) => set({ categoryId })} />
      <div className="field">
        <label htmlFor={`${id}-day`}>Day</label>
        {dayChoices ? (
          <select id={`${id}-day`} value={values.date} onChange={(event) => set({ date: event.target.value })}>
            {dayChoices.map((day) => (
              <option key={day.value} value={day.value}>
                {formatDay(day.at, locale, timeZone)}
              </option>
            ))}
          </select>
        ) : (
          <input id={`${id}-day`} type="date" value={values.date} onChange={(event) => set({ date: event.target.value })} />
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-start`}>Start</label>
        <input id={`${id}-start`} type="time" step={900} value={values.start} onChange={(event) => set({ start: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-end`}>End</label>
        <input id={`${id}-end`} type="time" step={900} value={values.end} aria-describedby={`${id}-end-hint`} onChange={(event) => set({ end: event.target.value })} />
        <span id={`${id}-end-hint`} className="hint">
          At or before the start: the next day
        </span>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-title`}>Title (optional)</label>
        <input id={`${id}-title`} type="text" maxLength={120} value={values.title} onChange={(event) => set({ title: event.target.value })} />
      </div>
      <fieldset className="field-wide">
        <legend>Repeat weekly on</legend>
        {weekdayOrder(weekStartsOn).map((weekday) => (
          <label key={weekday} className="inline-choice">
            <input
              type="checkbox"
              checked={values.repeat.includes(weekday)}
              onChange={(event) => set({ repeat: event.target.checked ? [...values.repeat, weekday] : values.repeat.filter((d) => d !== weekday) })}
            />
            {names[weekday]}
          </label>
        ))}
        <div className="field">
          <label htmlFor={`${id}-until`}>Until (optional)</label>
          <input id={`${id}-until`} type="date" value={values.until} disabled={values.repeat.length === 0} onChange={(event) => set({ until: event.target.value })} />
        </div>
      </fieldset>
      {repeating && (
        <fieldset className="field-wide">
          <legend>Change</legend>
          {SCOPES.map((scope) => (
            <label key={scope} className="inline-choice">
              <input type="radio" name={`${id}-scope`} checked={values.scope === scope} onChange={() => set({ scope })} />
              {SCOPE_LABELS[scope]}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions field-wide">
        <button type="submit" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error field-wide" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
