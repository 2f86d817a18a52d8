// The week's plan against what was logged, as the domain weighed it (summary.week's `planned`): how much of the plan
// was kept, in a percentage and a sentence, and each area's planned time beside the time logged inside its boxes.
// Nothing planned: a pointer to the Plan view instead of empty figures.
import { memo, useId } from 'react';
import type { PlannedFigures } from '../../../shared/planModel';
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

export function adherenceSentence(planned: PlannedFigures & { adherence: number }, locale: string | undefined): string {
  const kept = `You kept ${adherenceText(planned.adherence, locale)} of the week’s plan: ${formatHours(total(planned.actualInBoxesMinutes), locale)} of the ${formatHours(total(planned.minutes), locale)} planned went into its boxes.`;
  if (planned.unplannedWorkMinutes <= 0) return kept;
  return `${kept} ${formatHours(planned.unplannedWorkMinutes, locale)} of work was done outside any work box.`;
}

// Memo: the week's charts redraw after its words (useAfterPaint), re-rendering the view without new figures.
export const PlannedVsActual = memo(function PlannedVsActual({ planned, locale }: { planned: PlannedFigures | undefined; locale: string | undefined }) {
  const sentenceId = useId();
  // A main process older than plans sends no figures: there is nothing to say either way.
  if (!planned) return null;
  const { adherence } = planned;
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
            {adherenceSentence({ ...planned, adherence }, locale)}
          </p>
          <meter aria-label="Plan kept" aria-describedby={sentenceId} min={0} max={1} value={adherence} />
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
