// "From when" for a dated boundary (the weekly cap, the daily cap, the work windows, the targets): this week (chosen
// unless the person picks otherwise), next week, or a week they name. Past weeks change only when named on purpose.
import { useId } from 'react';
import { useAppEnv, useAppState } from '../../AppEnv';
import type { BoundaryStep } from '../../../shared/contract';
import { weekStartOf, type BoundaryKey } from '../../../shared/domain/boundaries';
import { DAY, formatDate, localDateOf, parseWeek, weekLabel, type WeekStart } from '../../../shared/domain/time';

export type When = 'this' | 'next' | 'chosen';

export interface FromWhenChoice {
  when: When;
  /** The week typed for 'chosen': a label such as 2027-W10, or a date in it. */
  week: string;
}

export const THIS_WEEK: FromWhenChoice = { when: 'this', week: '' };

/**
 * The `from` a dated change is sent with: undefined for this week (the service's default), a date seven days on for
 * next week (the service finds the week it lies in), the typed week for a chosen one; an error text when none is typed.
 */
export function fromOf(choice: FromWhenChoice, now: number, timeZone: string): { from?: string } | { error: string } {
  if (choice.when === 'this') return {};
  if (choice.when === 'next') return { from: formatDate(localDateOf(now + 7 * DAY, timeZone)) };
  const week = choice.week.trim();
  return week === '' ? { error: 'Enter the week the change starts, for example 2027-W10 or a date in it.' } : { from: week };
}

/** Words for the saved message: "from this week", "from next week", "from 2027-W10". */
export function fromWords(choice: FromWhenChoice): string {
  return choice.when === 'this' ? 'from this week on' : choice.when === 'next' ? 'from next week on' : `from ${choice.week.trim()} on`;
}

/**
 * ", until 2026-W51, where another step takes over" when a later step of the timeline holds other values for `keys`
 * than the week a change holds from (`from` as fromOf sends it: none for this week, else a week's label or a date in
 * it); else nothing. A change runs on through the steps that only carried the old value on (made for another
 * setting), up to one that set a value of its own.
 */
export function untilWords(steps: readonly BoundaryStep[], from: string | undefined, weekStartsOn: WeekStart, keys: readonly BoundaryKey[]): string {
  const start = from === undefined ? null : parseWeek(from, weekStartsOn);
  const at = from === undefined ? steps.findIndex((step) => step.state === 'current') : start ? steps.findIndex((step) => step.from === weekLabel(start, weekStartsOn)) : -1;
  const changed = steps[at];
  if (!changed) return '';
  // What this change set: the keys sent, each target on its own as the step records it.
  const named = (changed.sets ?? []).filter((set) => keys.includes(set.startsWith('targets.') ? 'targets' : (set as BoundaryKey)));
  const next = steps.slice(at + 1).find((step) => (step.sets ?? []).some((set) => named.includes(set)));
  return next ? `, until ${next.from}, where another step takes over` : '';
}

const CHOICES = [
  ['this', 'This week'],
  ['next', 'Next week'],
  ['chosen', 'A chosen week'],
] as const;

/** Whether a typed week lies before the week containing `now`: a change from it rewrites weeks already lived. */
export function isLivedWeek(typed: string, now: number, timeZone: string, weekStartsOn: WeekStart): boolean {
  const start = parseWeek(typed.trim(), weekStartsOn);
  return start !== null && formatDate(start) < formatDate(weekStartOf(localDateOf(now, timeZone), weekStartsOn));
}

export function FromWhen({ name, value, onChange }: { name: string; value: FromWhenChoice; onChange: (next: FromWhenChoice) => void }) {
  const legendId = useId();
  const weekId = useId();
  const hintId = useId();
  const { clock } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const lived = value.when === 'chosen' && settings !== null && isLivedWeek(value.week, clock(), settings.timeZone, settings.weekStartsOn);
  return (
    <fieldset className="from-when" aria-labelledby={legendId}>
      <legend id={legendId}>From when</legend>
      {CHOICES.map(([when, label]) => (
        <label key={when}>
          <input type="radio" name={name} value={when} checked={value.when === when} onChange={() => onChange({ ...value, when })} /> {label}
        </label>
      ))}
      {value.when === 'chosen' && (
        <>
          <label htmlFor={weekId}>Week (2027-W10, or a date in it)</label>
          <input
            id={weekId}
            name={`${name}Week`}
            type="text"
            autoComplete="off"
            value={value.week}
            aria-describedby={lived ? hintId : undefined}
            onChange={(e) => onChange({ ...value, week: e.target.value })}
          />
          {lived && (
            <p id={hintId} className="hint">
              A week already lived: its figures, and those of the weeks after it up to this one, will be read with the new value.
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
