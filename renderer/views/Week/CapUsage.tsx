// The weekly cap as the domain computed it: used, cap, and what is left or how far over, with a bar whose colour says
// the state (calm below the warning share, amber from it, red over the cap) and words that say it too.
import { memo, useId } from 'react';
import { capLevel, type CapLevel } from '../../../shared/domain/caps';
import type { WeekSummary } from '../../../shared/model';
import { formatHours } from '../../format/formatHours';

const LEVEL_WORDS: Record<CapLevel, string> = { calm: 'Within the cap', warning: 'Nearing the cap', over: 'Over the cap' };

export function capUsageText(summary: WeekSummary, locale: string | undefined): string {
  const used = `${formatHours(summary.minutes.work, locale)} used of ${formatHours(summary.capMinutes, locale)}`;
  if (summary.overCapMinutes > 0) return `${used} · ${formatHours(summary.overCapMinutes, locale)} over`;
  return `${used} · ${formatHours(summary.remainingMinutes, locale)} left`;
}

// Memo: the week's charts redraw after its words (useAfterPaint), re-rendering the view without a new summary.
export const CapUsage = memo(function CapUsage({ summary, locale, warningPercent }: { summary: WeekSummary; locale: string | undefined; warningPercent: number }) {
  const textId = useId();
  const level = capLevel(summary.minutes.work, summary.capMinutes, warningPercent);
  const scale = Math.max(summary.capMinutes, summary.minutes.work, 1);
  const share = (minutes: number) => `${Math.min(100, (minutes / scale) * 100)}%`;
  return (
    <div className={`cap-usage cap-${level}`}>
      <h3>Weekly work cap</h3>
      <p id={textId}>
        <span className="cap-level">{LEVEL_WORDS[level]}:</span> <span>{capUsageText(summary, locale)}</span>
      </p>
      <div
        className="cap-bar"
        role="meter"
        aria-labelledby={textId}
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={summary.minutes.work}
        aria-valuetext={`${LEVEL_WORDS[level]}: ${capUsageText(summary, locale)}`}
        data-level={level}
      >
        <div className="cap-bar-fill" style={{ width: share(summary.minutes.work) }} />
        {/* Where the cap is, when the week has gone past it. */}
        {level === 'over' && <div className="cap-bar-mark" style={{ left: share(summary.capMinutes) }} />}
      </div>
    </div>
  );
});
