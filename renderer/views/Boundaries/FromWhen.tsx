// "From when" for a dated boundary (the weekly cap, the daily cap, the work windows, the targets): this week (chosen
// unless the person picks otherwise), next week, or a week they name. Past weeks change only when named on purpose.
import { useId } from 'react';
import type { BoundaryStep } from '../../../shared/contract';
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
 * ", until 2026-W51, where the next step keeps its own values" when a step of the timeline follows the week a change
 * holds from (`from` as fromOf sends it: none for this week, else a week's label or a date in it); else nothing. A
 * change holds until the next step, and one made for another setting (the cap) carries the old windows or targets on.
 */
export function untilWords(steps: readonly BoundaryStep[], from: string | undefined, weekStartsOn: WeekStart): string {
  let next: BoundaryStep | undefined;
  if (from === undefined) next = steps.find((step) => step.state === 'upcoming');
  else {
    const start = parseWeek(from, weekStartsOn);
    const at = start ? steps.findIndex((step) => step.from === weekLabel(start, weekStartsOn)) : -1;
    next = at >= 0 ? steps[at + 1] : undefined;
  }
  return next ? `, until ${next.from}, where the next step keeps its own values` : '';
}

const CHOICES = [
  ['this', 'This week'],
  ['next', 'Next week'],
  ['chosen', 'A chosen week'],
] as const;

export function FromWhen({ name, value, onChange }: { name: string; value: FromWhenChoice; onChange: (next: FromWhenChoice) => void }) {
  const legendId = useId();
  const weekId = useId();
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
          <input id={weekId} name={`${name}Week`} type="text" autoComplete="off" value={value.week} onChange={(e) => onChange({ ...value, week: e.target.value })} />
        </>
      )}
    </fieldset>
  );
}
