// What the plan check says of the week, beside the calendar, in its own sentences. A polite live region: a change
// that brings or clears a finding is read out after the change itself.
import type { PlanWeek } from '../../../shared/planModel';

export function PlanFindings({ plan }: { plan: PlanWeek }) {
  const { findings } = plan;
  return (
    <div className="plan-findings">
      <h3 id="plan-findings-heading">Plan check</h3>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="empty">{plan.occurrences.length === 0 ? 'Nothing is planned yet, so there is nothing to check. Drag on a day in the calendar to plan a box.' : 'Nothing to flag: this plan keeps your caps, work windows and targets.'}</p>
        ) : (
          <ul aria-labelledby="plan-findings-heading">
            {findings.map((finding) => (
              <li key={`${finding.kind}:${finding.message}`} className={`finding finding-${finding.kind}`}>
                {finding.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
