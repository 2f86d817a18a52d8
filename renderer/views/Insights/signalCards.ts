// The burnout signals the domain computes per week, each with a plain explanation and the figures to chart. Words
// describe patterns, never a diagnosis.
import { weekProgress } from '../../../shared/domain/signals';
import type { WeekSummary } from '../../../shared/model';
import { AREA_COLORS } from '../../charts/areaColors';
import type { TrendSeries } from '../../charts/TrendChart';
import { countWords } from '../../../shared/domain/words';
import { formatHours } from '../../format/formatHours';
import { numberFormat } from '../../format/intlFormats';

export interface SignalCard {
  id: string;
  title: string;
  explanation: string;
  series: TrendSeries[];
  /** Bars unless said: a limit that holds week by week (a series with `step`) needs lines to be drawn as a step. */
  kind?: 'bar' | 'line';
  format: (value: number) => string;
  /** Fixed axis ticks where the figure has a natural scale. */
  ticks?: number[];
  /** The last week's figure, in words ("This week: …", or "In 2026-W49: …" for another week). */
  now: string;
}


export function signalCards(weeks: readonly WeekSummary[], locale: string | undefined): SignalCard[] {
  const last = weeks[weeks.length - 1];
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const tenths = numberFormat(locale, { maximumFractionDigits: 1 });
  const days = (value: number) => tenths.format(value);
  const hours = (value: number) => formatHours(value * 60, locale);
  if (!last) return [];
  // The range's last week is this week unless the person stepped to another one: then it is named.
  // A week that does not start on Monday is labelled by its first date, which alone would read as a day.
  const lead = weekProgress(last) === 'in-progress' ? 'This week:' : /^\d{4}-W\d{2}$/.test(last.week) ? `In ${last.week}:` : `In the week of ${last.week}:`;
  const overCapWeeks = weeks.filter((w) => w.signals.overCap).length;
  // A week with no data (before the record, or nothing logged in it) has no figure: drawn as a gap and '—' in the table,
  // not as 0 h of work or 0 days without fitness. The cap held in it all the same.
  const figures = (value: (w: WeekSummary) => number) => weeks.map((w) => (w.noData ? null : value(w)));
  // The last week's figure in words; for a week with no data (stepped back to), that, not 0 % or 0 days.
  const said = (words: string) => `${lead} ${last.noData ? 'no data, nothing was logged.' : words}`;
  return [
    {
      id: 'over-cap',
      title: 'Weeks over the cap',
      explanation:
        'Hours of work each week against the cap that held in that week (the step line: a raised cap or a day off moves it from its own week on, never back). Weeks over the cap now and then are normal; many in a row leave little time to recover.',
      series: [
        { id: 'work', name: 'Hours of work', color: AREA_COLORS.work, values: figures((w) => w.minutes.work / 60) },
        // Each week's own cap, after its days off: drawn as a step, so the past keeps the cap it was lived with.
        { id: 'cap', name: 'Weekly cap', color: '#555555', values: weeks.map((w) => w.capMinutes / 60), step: true },
      ],
      kind: 'line',
      format: hours,
      now: `Over the cap in ${countWords(overCapWeeks, 'week')} of the last ${weeks.length}.`,
    },
    {
      id: 'off-hours',
      title: 'Work outside your work windows',
      explanation: 'The share of each week’s work done outside the hours you set as your work windows: evenings, early mornings, days off.',
      series: [{ id: 'share', name: 'Share outside the windows', color: '#CC79A7', values: figures((w) => w.signals.offHoursShare) }],
      format: (value) => percent.format(value),
      ticks: [0, 0.25, 0.5, 0.75, 1],
      now: said(`${percent.format(last.signals.offHoursShare)} of work outside the windows.`),
    },
    {
      id: 'weekend',
      title: 'Weekend days with work',
      explanation: 'How many Saturdays and Sundays without a work window had any work logged. Weekends without work give rest its own days.',
      series: [{ id: 'weekend', name: 'Weekend days worked', color: '#E69F00', values: figures((w) => w.signals.weekendDaysWorked) }],
      format: (value) => days(value),
      ticks: [0, 1, 2],
      now: said(`${countWords(last.signals.weekendDaysWorked, 'weekend day')} with work.`),
    },
    {
      id: 'late',
      title: 'Late work',
      explanation: 'Work logged after your late-work hour (Settings → Nudges). Late work tends to cut into sleep.',
      series: [{ id: 'late', name: 'Late work', color: '#56B4E9', values: figures((w) => w.signals.lateWorkMinutes / 60) }],
      format: hours,
      now: said(`${hours(last.signals.lateWorkMinutes / 60)} of late work.`),
    },
    {
      id: 'gaps',
      title: 'Longest stretch without fitness or family time',
      explanation: 'The longest run of whole days, up to the end of each week, with no time logged for fitness or for family.',
      series: [
        { id: 'fitness', name: 'Days without fitness', color: AREA_COLORS.fitness, values: figures((w) => w.signals.longestFitnessGapDays) },
        { id: 'family', name: 'Days without family', color: AREA_COLORS.family, values: figures((w) => w.signals.longestFamilyGapDays) },
      ],
      format: (value) => `${days(value)} d`,
      now: said(`up to ${countWords(last.signals.longestFitnessGapDays, 'day')} without fitness and ${countWords(last.signals.longestFamilyGapDays, 'day')} without family time.`),
    },
  ];
}
