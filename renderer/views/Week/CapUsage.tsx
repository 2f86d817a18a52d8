// The weekly cap as the domain computed it: used, cap, and what is left or how far over.
import { useId } from 'react';
import type { WeekSummary } from '../../../shared/model';
import { formatHours } from '../../format/formatHours';

export function capUsageText(summary: WeekSummary, locale: string | undefined): string {
  const used = `${formatHours(summary.minutes.work, locale)} used of ${formatHours(summary.capMinutes, locale)}`;
  if (summary.overCapMinutes > 0) return `${used} · ${formatHours(summary.overCapMinutes, locale)} over`;
  return `${used} · ${formatHours(summary.remainingMinutes, locale)} left`;
}

export function CapUsage({ summary, locale }: { summary: WeekSummary; locale: string | undefined }) {
  const textId = useId();
  const over = summary.overCapMinutes > 0;
  return (
    <div className={over ? 'cap-usage cap-over' : 'cap-usage'}>
      <h3>Weekly work cap</h3>
      <p id={textId}>{capUsageText(summary, locale)}</p>
      <meter aria-labelledby={textId} min={0} max={Math.max(summary.capMinutes, summary.minutes.work, 1)} value={summary.minutes.work} />
    </div>
  );
}
