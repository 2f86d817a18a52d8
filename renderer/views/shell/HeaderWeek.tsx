// This week's work against the cap, in the header on every view (as Toggl keeps its week total in sight): the figure
// the domain computed for the week containing now, with a small bar whose colour says the cap's state.
import { capLevel } from '../../../shared/domain/caps';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { formatHours } from '../../format/formatHours';
import { headerFigure } from '../../state/figureRefresh';

const LEVEL_WORDS = { calm: 'within the cap', warning: 'nearing the cap', over: 'over the cap' } as const;

export function HeaderWeek() {
  const { locale } = useAppEnv();
  const view = useSlice('nav', (state) => state.view);
  const weekAt = useSlice('week', (state) => state.at);
  const shownWeek = useSlice('week', (state) => state.summary);
  const today = useSlice('today', (state) => state.summary);
  // The summary the refresh keeps fresh on this view (figureRefresh's headerFigure).
  const summary = headerFigure(view, weekAt) === 'week' ? (shownWeek ?? today) : today;
  const warningPercent = useAppState((state) => state.settings?.nudges.capWarningPercent ?? 90);
  if (!summary) return null;
  const level = capLevel(summary.minutes.work, summary.capMinutes, warningPercent);
  const used = `${formatHours(summary.minutes.work, locale)} of ${formatHours(summary.capMinutes, locale)}`;
  const share = Math.min(100, (summary.minutes.work / Math.max(summary.capMinutes, 1)) * 100);
  return (
    <p className={`header-week cap-${level}`}>
      <span className="header-week-label">This week</span> <span className="header-week-figure">{used}</span>
      <span className="sr-only">, {LEVEL_WORDS[level]}</span>
      <span className="header-week-bar" aria-hidden="true">
        <span className="cap-bar-fill" style={{ width: `${share}%` }} />
      </span>
    </p>
  );
}
