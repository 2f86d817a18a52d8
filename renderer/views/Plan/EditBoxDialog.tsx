// Editing one box in a dialog: its category, day, times and title; for a repeating box, which occurrences the edit
// means; a one-off can be made to repeat (a new series at its times, and the one-off removed). Delete is here too.
import type { LocalDay } from '../../../shared/domain/time';
import type { Category, Timebox, TimeboxOccurrence } from '../../../shared/model';
import type { PlanPatch } from '../../../shared/planModel';
import { useAppEnv } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { toDateInput, toTimeInput } from '../../format/localTime';
import { Dialog } from '../shell/Dialog';
import { BoxForm, type BoxFormValues } from './BoxForm';
import { boxName, boxWhen, repeatWords } from './boxWords';
import type { PlanActions, PlanMessage } from './usePlanActions';

export interface EditBoxDialogProps {
  occurrence: TimeboxOccurrence;
  /** The stored series behind a repeating box, for its weekdays. */
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
  const initial: BoxFormValues = {
    categoryId: occurrence.categoryId,
    date: toDateInput(occurrence.start, timeZone),
    start: toTimeInput(occurrence.start, timeZone),
    end: toTimeInput(occurrence.end, timeZone),
    title: occurrence.title ?? '',
    repeat: [],
    until: '',
    scope: 'occurrence',
  };
  // An archived category stays choosable for a box that has it already.
  const choices = categories.filter((c) => !c.archived || c.id === occurrence.categoryId);

  const makeRepeating = async (values: BoxFormValues, span: { start: number; end: number }): Promise<string | null> => {
    const title = values.title.trim();
    const added = await stores.planning.add({ categoryId: values.categoryId, ...span, ...(title ? { title } : {}), repeat: values.repeat, ...(values.until ? { until: values.until } : {}) });
    if (added === null) return null;
    if (!added.ok) return describeError(added.error);
    const removed = await stores.planning.remove({ id: occurrence.boxId }, null);
    if (!removed.ok) return describeError(removed.error);
    say({ kind: 'saved', text: `${boxName({ title: title || null, categoryId: values.categoryId }, categories)} now ${repeatWords(added.value, locale)}.` });
    onClose();
    return null;
  };

  const submit = async (values: BoxFormValues, span: { start: number; end: number }): Promise<string | null> => {
    if (!occurrence.seriesId && values.repeat.length > 0) return makeRepeating(values, span);
    const title = values.title.trim();
    const patch: PlanPatch = {
      ...(span.start !== occurrence.start ? { start: span.start } : {}),
      ...(span.end !== occurrence.end ? { end: span.end } : {}),
      ...(title !== (occurrence.title ?? '') ? { title: title === '' ? null : title } : {}),
      ...(values.categoryId !== occurrence.categoryId ? { categoryId: values.categoryId } : {}),
    };
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
