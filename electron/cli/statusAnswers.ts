// What `timelock status` takes from its answers (app.snapshot, summary.week, sync.otherTimers), checked by hand: a
// running host of another version could answer in another shape, and checking that with the contract's schemas would
// load zod and the whole contract (about 200 kB) into a command a status bar runs every few seconds. Each check accepts exactly what
// the contract's schema accepts in the fields status reads, and gives the same values (zod trims a category's name);
// test/electron/cli/statusAnswers.property.test.ts holds them to that. Fields status does not read are not checked.
import { isId, isInstant, isRecord, isText } from '../storage/valueChecks';
import { AREAS } from '../../shared/modelNames';

type Area = (typeof AREAS)[number];

export interface StatusSnapshot {
  settings: { timeZone: string };
  categories: Array<{ id: string; name: string; area: Area }>;
  timer: { id: string; categoryId: string; start: number; note: string } | null;
  now: number;
}

export interface StatusWeek {
  week: string;
  timeZone: string;
  minutes: Record<Area, number>;
  capMinutes: number;
  remainingMinutes: number;
  overCapMinutes: number;
  capReachedAt: number | null;
  /** The entry logged ahead the running timer ran into; null when none (or a host older than the field). */
  timerRanInto: { at: number; categoryId: string; timerId?: string } | null;
  /** Where the running timer counts from when an entry saved over its start holds the first of it; null when none. */
  timerCountedFrom: { at: number; timerId: string } | null;
}

export interface StatusOtherTimer {
  device: { id: string; name: string };
  timer: { id: string; categoryId: string; start: number; note: string };
}

// The limits of settingsSchema's timeZone, categorySchema's name and runningTimerSchema's note (shared/model.ts).
const MAX_TIME_ZONE = 64;
const MAX_CATEGORY_NAME = 60;
const MAX_NOTE = 2000;
const MAX_OVERRIDE_REASON = 500;

/** z.number(): any finite number. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isArea(value: unknown): value is Area {
  return (AREAS as readonly unknown[]).includes(value);
}

function checkCategory(value: unknown): StatusSnapshot['categories'][number] | undefined {
  if (!isRecord(value) || !isId(value.id) || !isArea(value.area) || typeof value.name !== 'string') return undefined;
  // categorySchema trims the name before it measures it.
  const name = value.name.trim();
  if (name.length === 0 || !isText(name, MAX_CATEGORY_NAME)) return undefined;
  // The rest of a category (colour, archived) is not shown, but a category with a broken one is not the contract's.
  if (typeof value.color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value.color) || typeof value.archived !== 'boolean') return undefined;
  return { id: value.id, name, area: value.area };
}

function checkTimer(value: unknown): StatusSnapshot['timer'] | undefined {
  if (value === null) return null;
  if (!isRecord(value) || !isId(value.id) || !isId(value.categoryId) || !isInstant(value.start) || !isText(value.note, MAX_NOTE)) return undefined;
  if (value.overrideReason !== undefined && !isText(value.overrideReason, MAX_OVERRIDE_REASON)) return undefined;
  return { id: value.id, categoryId: value.categoryId, start: value.start, note: value.note };
}

/** What status reads of an app.snapshot answer, or undefined when the contract would refuse it there. */
export function checkStatusSnapshot(value: unknown): StatusSnapshot | undefined {
  if (!isRecord(value) || !isRecord(value.settings) || !isInstant(value.now) || !Array.isArray(value.categories)) return undefined;
  const { timeZone } = value.settings;
  if (typeof timeZone !== 'string' || timeZone.length === 0 || !isText(timeZone, MAX_TIME_ZONE)) return undefined;
  const timer = checkTimer(value.timer);
  if (timer === undefined) return undefined;
  const categories: StatusSnapshot['categories'] = [];
  for (const given of value.categories as unknown[]) {
    const category = checkCategory(given);
    if (!category) return undefined;
    categories.push(category);
  }
  return { settings: { timeZone }, categories, timer, now: value.now };
}

/** What status reads of a summary.week answer, or undefined when the contract would refuse it there. */
export function checkStatusWeek(value: unknown): StatusWeek | undefined {
  if (!isRecord(value) || typeof value.week !== 'string' || typeof value.timeZone !== 'string' || !isRecord(value.minutes)) return undefined;
  const { minutes, capMinutes, remainingMinutes, overCapMinutes, capReachedAt } = value;
  if (!isNumber(minutes.work) || !isNumber(minutes.fitness) || !isNumber(minutes.family)) return undefined;
  if (!isNumber(capMinutes) || !isNumber(remainingMinutes) || !isNumber(overCapMinutes)) return undefined;
  if (!(capReachedAt === null || isInstant(capReachedAt))) return undefined;
  const ranInto = value.timerRanInto ?? null;
  if (ranInto !== null && !(isRecord(ranInto) && isInstant(ranInto.at) && isId(ranInto.categoryId) && (ranInto.timerId === undefined || isId(ranInto.timerId)))) return undefined;
  const countedFrom = value.timerCountedFrom ?? null;
  if (countedFrom !== null && !(isRecord(countedFrom) && isInstant(countedFrom.at) && isId(countedFrom.timerId))) return undefined;
  return {
    week: value.week,
    timeZone: value.timeZone,
    minutes: { work: minutes.work, fitness: minutes.fitness, family: minutes.family },
    capMinutes,
    remainingMinutes,
    overCapMinutes,
    capReachedAt,
    timerRanInto:
      ranInto === null
        ? null
        : { at: ranInto.at as number, categoryId: ranInto.categoryId as string, ...(ranInto.timerId === undefined ? {} : { timerId: ranInto.timerId as string }) },
    timerCountedFrom: countedFrom === null ? null : { at: countedFrom.at as number, timerId: countedFrom.timerId as string },
  };
}

/** What status reads of a sync.otherTimers answer (otherTimerSchema: plain strings and a number), or undefined. */
export function checkStatusOtherTimers(value: unknown): StatusOtherTimer[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const timers: StatusOtherTimer[] = [];
  for (const given of value as unknown[]) {
    if (!isRecord(given) || !isRecord(given.device) || !isRecord(given.timer)) return undefined;
    const { device, timer } = given;
    if (typeof device.id !== 'string' || typeof device.name !== 'string') return undefined;
    if (typeof timer.id !== 'string' || typeof timer.categoryId !== 'string' || !isNumber(timer.start) || typeof timer.note !== 'string') return undefined;
    timers.push({ device: { id: device.id, name: device.name }, timer: { id: timer.id, categoryId: timer.categoryId, start: timer.start, note: timer.note } });
  }
  return timers;
}
