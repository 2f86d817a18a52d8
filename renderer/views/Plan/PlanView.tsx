// Plan: the week's timeboxes as a calendar with the plan check beside it. Boxes are drawn, moved and resized with the
// pointer or the keyboard, added with a form, copied from last week, and taken in and out as iCalendar. Every figure
// and finding is the main process's (plan.week); the view only places them.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TimeboxOccurrence } from '../../../shared/planModel';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { CategorySelect } from '../shell/CategorySelect';
import { ErrorMessage } from '../shell/ErrorMessage';
import { WeekNavigator } from '../shell/WeekNavigator';
import { useNow } from '../Today/useNow';
import { AddBox } from './AddBox';
import { EditBoxDialog } from './EditBoxDialog';
import { PlanBoxList } from './PlanBoxList';
import { PlanCalendarFiles } from './PlanCalendarFiles';
import { PlanFindings } from './PlanFindings';
import { PlanGrid } from './PlanGrid';
import { dateTimeFormat } from '../../format/intlFormats';
import { planDays } from './planLayout';
import { CopyLastWeek } from './CopyLastWeek';
import { usePlanActions, type FocusRequest, type PlanMessage } from './usePlanActions';

export function PlanView() {
  const { stores, clock, locale } = useAppEnv();
  const plan = useSlice('plan', (state) => state.plan);
  const error = useSlice('plan', (state) => state.error);
  const settings = useAppState((state) => state.settings);
  const allCategories = useAppState((state) => state.categories);
  const categories = useMemo(() => allCategories.filter((c) => !c.archived), [allCategories]);
  const now = useNow(clock, 60_000);
  const hintId = useId();
  const [message, setMessage] = useState<PlanMessage | null>(null);
  const [newCategoryId, setNewCategoryId] = useState('');
  const [editing, setEditing] = useState<TimeboxOccurrence | null>(null);
  const focusRef = useRef<FocusRequest>(null);
  const actions = usePlanActions(setMessage, focusRef);
  const days = useMemo(() => (plan ? planDays(plan) : []), [plan]);
  const drawIn = categories.some((c) => c.id === newCategoryId) ? newCategoryId : (categories[0]?.id ?? '');

  // Each visit asks again for the week last shown (the week containing now, at first).
  useEffect(() => void stores.plan.getState().show(stores.plan.getState().at), [stores]);

  const dates = plan && days.length === 7 ? dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: plan.timeZone }).formatRange(days[0]!.start, days[6]!.start) : '';
  return (
    <section id="plan" className="view plan-view" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1}>
        Plan{plan ? ` ${plan.week}` : ''}
      </h2>
      {plan && <p className="week-dates">{dates}</p>}
      <WeekNavigator store="plan" label="Planned weeks" />
      {error && <ErrorMessage error={error} />}
      {!plan && !error && <p>Loading the plan…</p>}
      {plan && settings && (
        <>
          <div className="plan-toolbar">
            <CategorySelect label="New boxes in" categories={categories} value={drawIn} onChange={setNewCategoryId} />
            <AddBox days={days} categories={categories} categoryId={drawIn} now={now} weekStartsOn={settings.weekStartsOn} actions={actions} />
            <CopyLastWeek plan={plan} say={setMessage} />
          </div>
          {message?.kind === 'error' && <ErrorMessage error={message.text} onDismiss={() => setMessage(null)} />}
          <p role="status" className="saved">
            {message?.kind === 'saved' ? message.text : ''}
          </p>
          <p id={hintId} className="hint plan-hint">
            Drag on a day to plan a box in the chosen category; drag a box to move it, or its bottom edge to change its end. On a focused box: the arrow keys
            move it by 15 minutes or a day, Shift with Up or Down changes its end, Enter edits it and Delete removes it.
          </p>
          <div className="plan-layout">
            <PlanGrid plan={plan} days={days} settings={settings} newCategoryId={drawIn} actions={actions} onOpen={setEditing} focusRef={focusRef} hintId={hintId} now={now} />
            <PlanFindings plan={plan} />
          </div>
          <PlanBoxList plan={plan} context={actions.context} />
          <PlanCalendarFiles categories={categories} say={setMessage} />
          {editing && (
            <EditBoxDialog
              occurrence={editing}
              series={plan.timeboxes.find((box) => box.id === editing.seriesId)}
              days={days}
              categories={allCategories}
              weekStartsOn={settings.weekStartsOn}
              actions={actions}
              say={setMessage}
              onClose={() => setEditing(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
