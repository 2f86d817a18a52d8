// The three life areas against this week's targets, as the domain judged them (summary.balance): work at most the
// cap, fitness and family at least their targets. "2 of 3" in plain words, naming what is behind, or in a week still
// being lived, what is not met yet.
import { nothingLogged, weekProgress } from '../../../shared/domain/signals';
import { listWords } from '../../../shared/domain/words';
import type { Area, WeekSummary } from '../../../shared/model';
import { AREAS } from '../../../shared/modelNames';
import { AREA_NAMES } from '../../charts/areaColors';
import { formatHours } from '../../format/formatHours';

export function balanceSentence(summary: WeekSummary): string {
  const { metCount, behind } = summary.balance;
  // A week still being lived has not fallen behind on fitness or family yet (time can still be logged, as Insights
  // counts it); work over the cap is over whatever follows.
  // "This week" only for the week being lived: a past week shown here is named by the view's heading, not "this week".
  // Work is never "behind": it is over the cap.
  if (nothingLogged(summary)) return 'No data: nothing was logged in this week.';
  const open = weekProgress(summary) !== 'ended';
  const met = `${metCount} of ${AREAS.length} targets met${open ? ' so far this week' : ''}`;
  if (behind.length === 0) return `${met}.`;
  const names = (areas: readonly Area[]) => listWords(areas.map((area) => AREA_NAMES[area].toLowerCase()));
  const others = behind.filter((area) => area !== 'work');
  const parts = [...(behind.includes('work') ? ['work over the cap'] : []), ...(others.length > 0 ? [`${open ? 'not yet' : 'behind'}: ${names(others)}`] : [])];
  return `${met}; ${parts.join('; ')}.`;
}

function target(summary: WeekSummary, area: Area): number {
  const { targets } = summary.balance;
  return area === 'work' ? targets.workMaxMinutes : area === 'fitness' ? targets.fitnessMinMinutes : targets.familyMinMinutes;
}

export function AreaTargets({ summary, locale }: { summary: WeekSummary; locale: string | undefined }) {
  const open = weekProgress(summary) !== 'ended';
  // Nothing logged in a finished week: no verdict per area either, as the sentence says.
  const unknown = nothingLogged(summary);
  return (
    <div className="area-targets">
      <p className="balance-sentence">{balanceSentence(summary)}</p>
      <ul>
        {AREAS.map((area) => {
          const done = summary.minutes[area];
          const goal = target(summary, area);
          const met = summary.balance.targetsMet.includes(area);
          const text =
            area === 'work'
              ? `${formatHours(done, locale)} of at most ${formatHours(goal, locale)}`
              : `${formatHours(done, locale)} of at least ${formatHours(goal, locale)}`;
          const pending = (!met && area !== 'work' && open) || unknown;
          const verdict = unknown ? 'no data' : met ? (area === 'work' ? 'within the cap' : 'target met') : area === 'work' ? 'over the cap' : pending ? 'not yet' : 'behind';
          const id = `area-${area}`;
          return (
            <li key={area} className={met && !unknown ? 'area met' : pending ? 'area pending' : 'area behind'}>
              <span className="area-name" id={`${id}-name`}>
                {AREA_NAMES[area]}
              </span>
              <span className="area-figures" id={`${id}-figures`}>
                {text}
              </span>
              <span className="area-verdict">
                <span aria-hidden="true">{unknown ? '' : met ? '✓ ' : pending ? '… ' : '! '}</span>
                {verdict}
              </span>
              {/* Coloured as judged: work past its cap and a target short of its goal are not the browser's "good" green. */}
              <meter
                aria-labelledby={`${id}-name ${id}-figures`}
                min={0}
                max={Math.max(goal, done, 1)}
                value={Math.round(done)}
                {...(area === 'work' ? { low: goal, high: goal, optimum: 0 } : { low: goal, optimum: Math.max(goal, done, 1) })}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
