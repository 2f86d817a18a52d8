// "Add a box…": the keyboard's way to plan, a form that opens below the toolbar, on today when the week holds it.
import { useId } from 'react';
import type { LocalDay } from '../../../shared/domain/time';
import type { Category } from '../../../shared/model';
import { BoxForm, type BoxFormValues } from './BoxForm';
import type { PlanActions } from './usePlanActions';
import { useSessionJson, useSessionText } from '../../state/useSessionText';

export interface AddBoxProps {
  days: readonly LocalDay[];
  categories: readonly Category[];
  /** The toolbar's category for new boxes: the form starts with it. */
  categoryId: string;
  now: number;
  weekStartsOn: number;
  actions: PlanActions;
}

export function AddBox({ days, categories, categoryId, now, weekStartsOn, actions }: AddBoxProps) {
  const formId = useId();
  // Open or not, and what is typed, kept with the window's session (useSessionText, as Today's forms): another view
  // and back, or a reload, finds the form as it was left. Adding the box or Cancel forgets them.
  const [openText, setOpenText] = useSessionText('plan.add-box.open');
  const [kept, keep, forget] = useSessionJson('plan.add-box', isBoxFormValues);
  const open = openText === 'open';
  const setOpen = (next: boolean) => {
    setOpenText(next ? 'open' : '');
    if (!next) forget();
  };
  const today = days.find((day) => day.start <= now && now < day.end) ?? days[0];
  const blank: BoxFormValues = { categoryId, date: today?.date ?? '', start: '09:00', end: '10:00', title: '', repeat: [], until: '', scope: 'occurrence' };
  // On another week than the one it was typed on, the day is this week's first choice.
  const initial = kept ? { ...kept, date: days.some((day) => day.date === kept.date) ? kept.date : blank.date } : blank;

  const submit = async (values: BoxFormValues, span: { start: number; end: number }): Promise<string | null> => {
    const title = values.title.trim();
    const repeat = values.repeat.length > 0 ? { repeat: [...values.repeat].sort((a, b) => a - b), ...(values.until ? { until: values.until } : {}) } : {};
    const saved = await actions.create({ categoryId: values.categoryId, ...span, ...(title ? { title } : {}), ...repeat });
    if (saved) setOpen(false);
    return null;
  };

  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        Add a box…
      </button>
      <div id={formId} className="plan-add" hidden={!open}>
        {open && (
          <div role="group" aria-labelledby={`${formId}-heading`}>
            <h3 id={`${formId}-heading`}>Add a box</h3>
            <BoxForm
              initial={initial}
              days={days}
              categories={categories}
              timeZone={actions.context.timeZone}
              locale={actions.context.locale}
              weekStartsOn={weekStartsOn}
              repeating={false}
              submitLabel="Add box"
              onSubmit={submit}
              onCancel={() => setOpen(false)}
              onChange={keep}
            />
          </div>
        )}
      </div>
    </>
  );
}

/** Values kept for the form (not text from another shape of it). */
function isBoxFormValues(value: unknown): value is BoxFormValues {
  const values = value as Partial<BoxFormValues> | null;
  return typeof values?.categoryId === 'string' && typeof values.date === 'string' && Array.isArray(values.repeat);
}
