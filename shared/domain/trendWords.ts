// A run of weeks in words, one way for Insights and Balance: finished weeks are counted, a week not finished is named
// apart (one in progress already over the cap says so, with its figures), and a week with no data (nothing logged) is
// neither.
import type { WeekRange, WeekSummary } from '../model';
import { AREAS } from '../modelNames';
import { weekProgress } from './signals';
import { countWords, hoursToTenth } from './words';

/** Minutes said as hours: "25.6 h" by default; the window passes its locale's. */
export type HoursWords = (minutes: number) => string;
const plainHours: HoursWords = (minutes) => `${hoursToTenth(minutes)} h`;

const ended = (w: WeekSummary) => weekProgress(w) === 'ended';

/**
 * The weeks not finished, each named: "2026-W13 is in progress and is not counted yet. This week is already over the
 * cap: 27 h of 25.6 h." Over the cap is settled once reached (work only grows), so a week in progress says it, though
 * the finished weeks' counts leave it out.
 */
function openWeekWords(weeks: readonly WeekSummary[], hours: HoursWords): string {
  return weeks
    .filter((w) => !ended(w))
    .map((w) => {
      if (weekProgress(w) === 'not-started') return `${w.week} has not started and is not counted yet.`;
      const over = w.signals.overCap ? ` This week is already over the cap: ${hours(w.minutes.work)} of ${hours(w.capMinutes)}.` : '';
      return `${w.week} is in progress and is not counted yet.${over}`;
    })
    .join(' ');
}

const sentences = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');

/** Insights' line: the runs the domain counted (trendSignals, finished weeks only), after the weeks not finished. */
export function insightsTrendWords(range: WeekRange, hours: HoursWords = plainHours): string {
  const { consecutiveWeeksOverCap, targetsMissedInARow } = range.trend;
  const allEnded = range.weeks.every(ended);
  const latest = allEnded ? 'The latest week' : 'The latest finished week';
  // "1 week in a row" is no run: one week is said as the latest.
  const over =
    consecutiveWeeksOverCap === 0
      ? `${latest} is not over the cap.`
      : consecutiveWeeksOverCap === 1
        ? `${latest} is over the cap.`
        : `${countWords(consecutiveWeeksOverCap, 'week')} in a row over the cap.`;
  const missed =
    targetsMissedInARow === 0
      ? allEnded
        ? 'Every target was met in the latest week.'
        : 'No target was missed in the latest finished week.'
      : targetsMissedInARow === 1
        ? `At least one target was missed in ${latest.toLowerCase()}.`
        : `At least one target missed ${countWords(targetsMissedInARow, 'week')} in a row.`;
  // The runs stop at a week with no data: the latest finished one is said as such, not as met or within the cap.
  const latestFinished = range.weeks.findLast(ended);
  if (latestFinished?.noData) return sentences(openWeekWords(range.weeks, hours), `${latest} has no data: nothing was logged in it.`);
  return sentences(openWeekWords(range.weeks, hours), over, missed);
}

/** Balance's line: how the finished weeks with data met the three targets, then the weeks not counted and why. */
export function balanceTrendWords(range: WeekRange, hours: HoursWords = plainHours): string {
  // Weeks with nothing logged (before the first entry, or since history imported from long ago) are no data, never behind.
  const weeks = range.weeks.filter((w) => !w.noData);
  const empty = range.weeks.length - weeks.length;
  const noData = empty === 0 ? '' : empty === 1 ? 'The week with nothing logged has no data.' : `The ${empty} weeks with nothing logged have no data.`;
  if (weeks.length === 0) return sentences('No weeks with data yet.', noData);
  const open = openWeekWords(weeks, hours);
  const finished = weeks.filter(ended);
  if (finished.length === 0) return sentences('No finished weeks yet.', open, noData);
  const allMet = finished.filter((w) => w.balance.metCount === AREAS.length).length;
  const behind = AREAS.filter((a) => a !== 'work').map((area) => `${area} behind in ${finished.filter((w) => w.balance.behind.includes(area)).length}`);
  const over = finished.filter((w) => w.signals.overCap).length;
  const counts = `All three targets met in ${allMet} of ${countWords(finished.length, 'finished week')}; ${behind.join(', ')}; work over the cap in ${over}.`;
  return sentences(counts, open, noData);
}
