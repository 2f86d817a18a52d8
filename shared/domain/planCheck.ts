// The plan check: what a week's boxes would mean if kept — work against the weekly and daily caps, work boxes outside
// the work windows, boxes that overlap, and fitness and family time against their targets ("pick 2 of 3").
// Planned minutes per area count a minute two boxes of that area share once (plannedIntervals); the overlap itself is
// a finding of its own.
import type { Area, Category, Settings } from '../model';
import type { PlanFinding, TimeboxOccurrence } from '../planModel';
import { balance } from './balance';
import { settingsInForce } from './boundaries';
import { weeklyCapMinutesAt } from './daysOff';
import { plannedIntervals, totalMs, type AreaIntervals } from './plannedIntervals';
import { planBoxName } from './planWords';
import { areaLookup, type AreaOf } from './spans';
import { byStart } from './timeboxOccurrences';
import { MINUTE, addDays, dayBounds, formatDate, localDateOf, overlapMs, type WeekBounds } from './time';
import { dayOffOn, msInside, windowIntervals, type Interval } from './windows';
import { capitalize, dateWords, durationWords, listWords } from './words';

export interface PlanCheckInput {
  occurrences: readonly TimeboxOccurrence[];
  categories: readonly Category[];
  settings: Settings;
  /** The week checked: figures are clipped to it. Without it, boxes count whole over the local days they touch. */
  week?: WeekBounds;
}

interface Day {
  date: string;
  start: number;
  end: number;
}

interface Context {
  boxes: TimeboxOccurrence[];
  days: readonly Day[];
  /** "Tue 24 Mar" for the local day an instant falls on; the same few days are named again and again. */
  dayName: (instant: number) => { date: string; words: string };
  areaOf: AreaOf;
  names: Map<string, string>;
  settings: Settings;
  range: Interval;
  planned: AreaIntervals;
  plannedMs: Record<Area, number>;
}

/** Findings in the order of their kinds (as PLAN_FINDING_KINDS lists them), each kind by date; none for no boxes. */
export function planCheck(input: PlanCheckInput): PlanFinding[] {
  const { week } = input;
  const sorted = [...input.occurrences].sort(byStart);
  const boxes = week ? sorted.filter((o) => o.start < week.end && o.end > week.start) : sorted;
  if (boxes.length === 0) return [];
  const range = week ? { start: week.start, end: week.end } : { start: boxes[0]!.start, end: Math.max(...boxes.map((b) => b.end)) };
  // The values in force in the week checked, its cap lowered by its days off; windows read the timeline per date.
  const firstDate = week ? week.days[0]!.calendarDate : localDateOf(range.start, input.settings.timeZone);
  const settings = { ...settingsInForce(input.settings, firstDate), weeklyCapMinutes: weeklyCapMinutesAt(input.settings, range.start) };
  const areaOf = areaLookup(input.categories);
  const planned = plannedIntervals(boxes, areaOf, range);
  const plannedMs = { work: totalMs(planned.work), fitness: totalMs(planned.fitness), family: totalMs(planned.family) };
  const days = week?.days ?? daysTouched(range, settings.timeZone);
  const words = new Map<string, string>();
  const dayName = (instant: number) => {
    const date = days.find((d) => d.start <= instant && instant < d.end)?.date ?? formatDate(localDateOf(instant, settings.timeZone));
    let text = words.get(date);
    if (text === undefined) words.set(date, (text = dateWords(date)));
    return { date, words: text };
  };
  const names = new Map(input.categories.map((cat) => [cat.id, cat.name]));
  const c: Context = { boxes, days, dayName, areaOf, names, settings, range, planned, plannedMs };
  return [...overWeeklyCap(c), ...overDailyCaps(c), ...outsideWindows(c), ...overlaps(c), ...areasShort(c), ...balanceFinding(c)];
}

function overWeeklyCap(c: Context): PlanFinding[] {
  const capMs = c.settings.weeklyCapMinutes * MINUTE;
  const overMs = c.plannedMs.work - capMs;
  if (overMs <= 0) return [];
  return [
    {
      kind: 'over-weekly-cap',
      boxIds: idsOf(c, 'work'),
      message: `This plan has ${durationWords(c.plannedMs.work)} of work, ${durationWords(overMs)} over the ${durationWords(capMs)} weekly cap.`,
      minutes: overMs / MINUTE,
    },
  ];
}

function overDailyCaps(c: Context): PlanFinding[] {
  if (c.settings.dailyCapMinutes === null) return [];
  const capMs = c.settings.dailyCapMinutes * MINUTE;
  const findings: PlanFinding[] = [];
  for (const day of c.days) {
    const workMs = msInside(c.planned.work, day.start, day.end);
    if (workMs <= capMs) continue;
    findings.push({
      kind: 'over-daily-cap',
      boxIds: idsOf(c, 'work', day),
      message: `${dateWords(day.date)} has ${durationWords(workMs)} of work planned, ${durationWords(workMs - capMs)} over the ${durationWords(capMs)} daily cap.`,
      minutes: (workMs - capMs) / MINUTE,
      date: day.date,
    });
  }
  return findings;
}

function outsideWindows(c: Context): PlanFinding[] {
  const windows = windowIntervals(c.range.start, c.range.end, c.settings);
  const findings: PlanFinding[] = [];
  for (const box of c.boxes) {
    if (c.areaOf(box.categoryId) !== 'work') continue;
    const start = Math.max(box.start, c.range.start);
    const end = Math.min(box.end, c.range.end);
    const outsideMs = end - start - msInside(windows, start, end);
    if (outsideMs <= 0) continue;
    const day = c.dayName(start);
    const off = dayOffOn(c.settings, day.date);
    findings.push({
      kind: 'outside-window',
      boxIds: [box.boxId],
      message: off
        ? `${capitalize(planBoxName(box, c.names))} plans ${durationWords(outsideMs)} of work on ${day.words}, a day off (${off.kind}).`
        : `${capitalize(planBoxName(box, c.names))} on ${day.words} plans ${durationWords(outsideMs)} of work outside your work hours.`,
      minutes: outsideMs / MINUTE,
      date: day.date,
    });
  }
  return findings;
}

/** Every pair of boxes sharing time, whatever their areas: one can only be in one place at once. */
function overlaps(c: Context): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const { boxes } = c;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    // Sorted by start: once a box starts after `a` ends, so does every later one.
    for (let j = i + 1; j < boxes.length && boxes[j]!.start < a.end; j++) {
      const b = boxes[j]!;
      const sharedMs = overlapMs(Math.max(a.start, c.range.start), Math.min(a.end, c.range.end), b.start, b.end);
      if (sharedMs <= 0) continue;
      const day = c.dayName(Math.max(b.start, c.range.start));
      findings.push({
        kind: 'overlap',
        boxIds: [a.boxId, b.boxId],
        message: `${capitalize(planBoxName(a, c.names))} and ${planBoxName(b, c.names)} overlap by ${durationWords(sharedMs)} on ${day.words}.`,
        minutes: sharedMs / MINUTE,
        date: day.date,
      });
    }
  }
  return findings;
}

function areasShort(c: Context): PlanFinding[] {
  const findings: PlanFinding[] = [];
  for (const area of ['fitness', 'family'] as const) {
    const targetMs = targetOf(c.settings, area) * MINUTE;
    const plannedMs = c.plannedMs[area];
    if (plannedMs >= targetMs) continue;
    const short = durationWords(targetMs - plannedMs);
    findings.push({
      kind: 'area-short',
      boxIds: idsOf(c, area),
      message:
        plannedMs === 0
          ? `No ${area} time is planned, against a weekly target of ${short}.`
          : `Planned ${area} time is ${durationWords(plannedMs)}: ${short} short of the ${durationWords(targetMs)} weekly target.`,
      minutes: (targetMs - plannedMs) / MINUTE,
    });
  }
  return findings;
}

/** "This plan picks 2 of 3: family is 4 h short" ("picks none of 3"), when the plan would miss any of the three. */
function balanceFinding(c: Context): PlanFinding[] {
  const minutes = { work: c.plannedMs.work / MINUTE, fitness: c.plannedMs.fitness / MINUTE, family: c.plannedMs.family / MINUTE };
  const result = balance(minutes, c.settings);
  if (result.metCount === 3) return [];
  const parts = result.behind.map((area) =>
    area === 'work'
      ? `work is ${durationWords(c.plannedMs.work - c.settings.weeklyCapMinutes * MINUTE)} over the cap`
      : `${area} is ${durationWords(targetOf(c.settings, area) * MINUTE - c.plannedMs[area])} short`,
  );
  return [{ kind: 'balance', boxIds: result.behind.flatMap((area) => idsOf(c, area)), message: `This plan picks ${result.metCount === 0 ? 'none' : result.metCount} of 3: ${listWords(parts)}.` }];
}

function targetOf(settings: Settings, area: 'fitness' | 'family'): number {
  return area === 'fitness' ? settings.targets.fitnessMinutes : settings.targets.familyMinutes;
}

/** The ids of an area's boxes within the checked range, or within one period of it. */
function idsOf(c: Context, area: Area, within: Interval = c.range): string[] {
  return c.boxes.filter((b) => c.areaOf(b.categoryId) === area && b.start < within.end && b.end > within.start).map((b) => b.boxId);
}

/** The local days from the range's first to the one its last instant falls on. */
function daysTouched(range: Interval, timeZone: string): Day[] {
  const days: Day[] = [];
  const last = formatDate(localDateOf(range.end - 1, timeZone));
  for (let date = localDateOf(range.start, timeZone); ; date = addDays(date, 1)) {
    days.push({ date: formatDate(date), ...dayBounds(date, timeZone) });
    if (formatDate(date) >= last) return days;
  }
}
