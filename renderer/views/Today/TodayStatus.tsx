// One line on the week as the domain computed it: "21.5 of 35 h this week · 13.5 h left · window ends 17:00", or
// "· outside your work hours" when now lies in no work window.
import type { WeekSummary } from '../../../shared/model';
import { useAppEnv, useSlice } from '../../AppEnv';
import { formatClock } from '../../format/formatClock';
import { formatNumber } from '../../format/formatNumber';

function hours(minutes: number, locale: string | undefined): string {
  return formatNumber(minutes / 60, locale, { maximumFractionDigits: 1 });
}

export function todayStatusText(summary: WeekSummary, locale: string | undefined): string {
  const parts = [`${hours(summary.minutes.work, locale)} of ${hours(summary.capMinutes, locale)} h this week`];
  parts.push(summary.overCapMinutes > 0 ? `${hours(summary.overCapMinutes, locale)} h over` : `${hours(summary.remainingMinutes, locale)} h left`);
  parts.push(summary.windowEndsAt === null ? 'outside your work hours' : `window ends ${formatClock(summary.windowEndsAt, locale, summary.timeZone)}`);
  return parts.join(' · ');
}

export function TodayStatus() {
  const { locale } = useAppEnv();
  const summary = useSlice('today', (state) => state.summary);
  if (!summary) return null;
  return <p className={summary.overCapMinutes > 0 ? 'today-status cap-over' : 'today-status'}>{todayStatusText(summary, locale)}</p>;
}
