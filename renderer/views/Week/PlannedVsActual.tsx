// The week's plan against what was logged, as the domain weighed it (summary.week's `planned`): how much of the plan
// was kept (so far, in the week under way; nothing yet, in a week to come), in a percentage and a sentence, and each
// area's planned time beside the time logged inside its boxes.
// Nothing planned: a pointer to the Plan view instead of empty figures.
import { memo, useId } from 'react';
import type { PlannedFigures } from '../../../shared/planModel';
import type { WeekProgress } from '../../../shared/domain/signals';
import { AREAS } from '../../../shared/modelNames';
import { AREA_NAMES } from '../../charts/areaColors';
import { formatHours } from '../../format/formatHours';
import { numberFormat } from '../../format/intlFormats';

const total = (minutes: PlannedFigures['minutes']) => minutes.work + minutes.fitness + minutes.family;

/** "72%", or "under 1%" for a plan barely begun, so a first minute logged shows. */
export function adherenceText(adherence: number, locale: string | undefined): string {
  if (adherence > 0 && adherence < 0.005) return 'under 1%';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(adherence);
}

/** `progress`: where the week stands at its figures' now (weekProgress): a plan is kept only as far as its week has gone. */
export function adherenceSentence(planned: PlannedFigures & { adherence: number }, locale: string | undefined, progress: WeekProgress = 'ended'): string {
  const plannedHours = formatHours(total(planned.minutes), locale);
  // A week still to come has nothing kept or missed yet: "You kept 0%" would judge a plan before its first box.
  if (progress === 'not-started') return `This week has not started yet: ${plannedHours} planned.`;
  const inBoxes = formatHours(total(planned.actualInBoxesMinutes), locale);
  // Under way, the plan is judged by what was due so far: boxes still to come are neither kept nor missed yet.
  const soFar = progress === 'in-progress' ? planned.soFar : undefined;
  const kept = soFar
    ? soFar.adherence === null
      ? `None of the week’s plan was due yet: ${plannedHours} planned, the first box still to come.`
      : `You kept ${adherenceText(soFar.adherence, locale)} of the plan so far: ${inBoxes} of the ${formatHours(total(soFar.minutes), locale)} planned up to now went into its boxes (${plannedHours} planned this week).`
    : `You kept ${adherenceText(planned.adherence, locale)} of the week’s plan${progress === 'in-progress' ? ' so far' : ''}: ${inBoxes} of the ${plannedHours} planned went into its boxes.`;
  if (planned.unplannedWorkMinutes <= 0) return kept;
  return `${kept} ${formatHours(planned.unplannedWorkMinutes, locale)} of work was done outside any work box.`;
}

// Memo: the week's charts redraw after its words (useAfterPaint), re-rendering the view without new figures.
export const PlannedVsActual = memo(function PlannedVsActual({ planned, locale, progress }: { planned: PlannedFigures | undefined; locale: string | undefined; progress: WeekProgress }) {
  const sentenceId = useId();
  // A main process older than plans sends no figures: there is nothing to say either way.
  if (!planned) return null;
  const { adherence } = planned;
  // The meter shows what the sentence says: so far, in the week under way.
  const shown = progress === 'in-progress' && planned.soFar ? planned.soFar.adherence : adherence;
  return (
    <div className="planned-vs-actual">
      <h3>Plan against actual</h3>
      {adherence === null ? (
        <p className="empty">
          Nothing is planned for this week, so there is no plan to keep. <a href="#/plan">Plan the week in the Plan view</a>.
        </p>
      ) : (
        <>
          <p className="adherence-sentence" id={sentenceId}>
            {adherenceSentence({ ...planned, adherence }, locale, progress)}
          </p>
          {progress !== 'not-started' && shown !== null && <meter aria-label="Plan kept" aria-describedby={sentenceId} min={0} max={1} value={shown} />}
          <table className="planned-table">
            <caption>Planned and done in the boxes, by area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Planned</th>
                <th scope="col">Done in the boxes</th>
              </tr>
            </thead>
            <tbody>
              {AREAS.map((area) => (
                <tr key={area}>
                  <th scope="row">{AREA_NAMES[area]}</th>
                  <td>{formatHours(planned.minutes[area], locale)}</td>
                  <td>{formatHours(planned.actualInBoxesMinutes[area], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
});
