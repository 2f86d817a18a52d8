// The week's boxes as a plain list, in time order: the calendar's content for a screen reader or anyone who would
// rather read than scan a grid, with how much of each box was logged so far (planVsActual's rows).
import { useId } from 'react';
import type { PlanWeek } from '../../../shared/planModel';
import { formatDuration } from '../../format/formatClock';
import { boxSentence, flaggedBoxIds, type BoxContext } from './boxWords';

export function PlanBoxList({ plan, context }: { plan: PlanWeek; context: BoxContext }) {
  const headingId = useId();
  const flagged = flaggedBoxIds(plan.findings);
  const rows = new Map(plan.planned.boxes.map((row) => [row.boxId, row]));
  const series = new Map(plan.timeboxes.map((box) => [box.id, box]));
  return (
    <div className="plan-box-list">
      <h3 id={headingId}>Boxes this week</h3>
      {plan.occurrences.length === 0 ? (
        <p className="empty">Nothing planned this week. Drag on a day in the calendar, or use Add a box.</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {plan.occurrences.map((occurrence) => {
            const row = rows.get(occurrence.boxId);
            const sentence = boxSentence(occurrence, context, flagged.has(occurrence.boxId), series.get(occurrence.seriesId ?? ''));
            const logged = row && row.actualMinutes > 0 ? `; ${formatDuration(row.actualMinutes, context.locale)} of ${formatDuration(row.plannedMinutes, context.locale)} logged` : '';
            return <li key={occurrence.boxId}>{`${sentence}${logged}`}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
