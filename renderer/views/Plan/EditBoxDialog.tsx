// Editing one box in a dialog: its category, day, times and title; for a repeating box, its weekdays and last day and
// which occurrences the edit means; a one-off can be made to repeat (one plan.update turns it into a series in place).
// Delete is here too.
import type { LocalDay } from '../../../shared/domain/time';
import type { Category } from '../../../shared/model';
import type { PlanPatch, Timebox, TimeboxOccurrence } from '../../../shared/planModel';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { toDateInput, toTimeInput } from '../../format/localTime';
import { Dialog } from '../shell/Dialog';
import { BoxForm, type BoxFormValues } from './BoxForm';
import { boxName, boxWhen, repeatWords } from './boxWords';
import type { PlanActions, PlanMessage } from './usePlanActions';

export interface EditBoxDialogProps {
  occurrence: TimeboxOccurrence;
  /** The stored series behind a repeating box, for its weekdays and until. */
  series: Timebox | undefined;
  days: readonly LocalDay[];
  categories: readonly Category[];
  weekStartsOn: number;
  actions: PlanActions;
  say: (message: PlanMessage) => void;
  onClose: () => void;
}

export function EditBoxDialog({ occurrence, series, days, categories, weekStartsOn, actions, say, onClose }: EditBoxDialogProps) {
  const { stores } = useAppEnv();
  const { timeZone, locale } = actions.context;
  const weekly = occurrence.seriesId && series?.kind === 'weekly' ? series : undefined;
  const initial: BoxFormValues = {
    categoryId: occurrence.categoryId,
    date: toDateInput(occurrence.start, timeZone),
    start: toTimeInput(occurrence.start, timeZone),
    end: toTimeInput(occurrence.end, timeZone),
    title: occurrence.title ?? '',
    repeat: weekly ? [...weekly.weekdays] : [],
    until: weekly?.until ?? '',
    scope: 'occurrence',
  };
  // An archived category stays choosable for a box that has it already.
  const choices = categories.filter((c) => !c.archived || c.id === occurrence.categoryId);

  /** What the form changed of the box's times, title and category. */
  const changedFields = (values: BoxFormValues, span: { start: number; end: number }): PlanPatch => {
    const title = values.title.trim();
    return {
      ...(span.start !== occurrence.start ? { start: span.start } : {}),
      ...(span.end !== occurrence.end ? { end: span.end } : {}),
      ...(title !== (occurrence.title ?? '') ? { title: title === '' ? null : title } : {}),
      ...(values.categoryId !== occurrence.categoryId ? { categoryId: values.categoryId } : {}),
    };
  };

  /** One change: the one-off becomes a series in place, with whatever else the form changed. */
  const makeRepeating = async (values: BoxFormValues, span: { start: number; end: number }): Promise<string | null> => {
    const repeat = { weekdays: sortedDays(values.repeat), ...(values.until ? { until: values.until } : {}) };
    const changed = await stores.planning.update({ id: occurrence.boxId, scope: 'occurrence', patch: { ...changedFields(values, span), repeat } });
    if (changed === null) return null;
    if (!changed.ok) return describeError(changed.error);
    const title = values.title.trim();
    say({ kind: 'saved', text: `${boxName({ title: title || null, categoryId: values.categoryId }, categories)} now ${repeatWords(changed.value.boxes[0], locale)}.` });
    onClose();
    return null;
  };

  const submit = async (values: BoxFormValues, span: { start: number; end: number }): Promise<string | null> => {
    if (!occurrence.seriesId && values.repeat.length > 0) return makeRepeating(values, span);
    const weekdays = sortedDays(values.repeat);
    const until = values.until === '' ? null : values.until;
    const repeatPatch: PlanPatch = weekly
      ? {
          ...(weekdays.join() !== sortedDays(weekly.weekdays).join() ? { weekdays } : {}),
          ...(until !== weekly.until ? { until } : {}),
        }
      : {};
    if (Object.keys(repeatPatch).length > 0 && values.scope === 'occurrence') {
      return 'The weekdays and the last day belong to the series: choose “This and the following ones” or “The whole series” to change them.';
    }
    const patch: PlanPatch = { ...changedFields(values, span), ...repeatPatch };
    if (Object.keys(patch).length === 0) {
      onClose();
      return null;
    }
    const outcome = await actions.change(occurrence, patch, occurrence.seriesId ? values.scope : 'occurrence', false);
    if (outcome === true) onClose();
    return typeof outcome === 'string' ? outcome : null;
  };

  const remove = () => {
    onClose();
    void actions.remove(occurrence);
  };

  return (
    <Dialog title={`Edit ${boxName(occurrence, categories)}`} onCancel={onClose}>
      <p className="hint">
        {boxWhen(occurrence, actions.context)}
        {occurrence.seriesId ? `; ${repeatWords(series, locale)}` : ''}
      </p>
      <BoxForm
        initial={initial}
        days={days}
        categories={choices}
        timeZone={timeZone}
        locale={locale}
        weekStartsOn={weekStartsOn}
        repeating={occurrence.seriesId !== undefined}
        submitLabel="Save box"
        onSubmit={submit}
        onCancel={onClose}
      />
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={remove}>
          Delete box
        </button>
      </div>
    </Dialog>
  );
}

function sortedDays(days: readonly number[]): number[] {
  return [...days].sort((a, b) => a - b);
}
