// Events of an iCalendar file as plain boxes for the plan: parsed by ical.js, and repeating events expanded by
// ical.js too (RRULE, RDATE, EXDATE, and RECURRENCE-ID occurrences edited on their own), within a range of instants;
// a weekly series Timelock can hold exactly is given as that series instead (icsWeeklySeries), and rules ical.js
// misreads are put right first (icsRuleRepairs).
// Times in a zone the file defines are read with that definition; a TZID the file does not define is read as the
// IANA zone of that name when there is one, and floating times in Timelock's zone. All-day events and events
// longer than a day are not timeboxes: they are skipped, with a warning saying so. The whole file expands within one
// ImportBudget of occurrences, pausing so the host keeps answering; titles are kept without control characters.
import ICAL from 'ical.js';
import { cleanText } from '../../../shared/domain/cleanText';
import { DAY, formatDate, localDateOf } from '../../../shared/domain/time';
import { MAX_BOX_MS } from '../../../shared/planModel';
import { AppError } from '../../../shared/result';
import { CALENDAR_IMPORT_LIMITS, ImportBudget } from '../import/importBudget';
import { fastForwardStart } from './icsFastForward';
import { instantOf, tzidOf } from './icsInstant';
import { repairRules, unknownTzids } from './icsRuleRepairs';
import { weeklySeriesOf, type IcsWeeklySeries } from './icsWeeklySeries';
import { repeatsAtLeast } from './icsRepeatCount';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

export interface IcsEvent {
  uid: string;
  start: number;
  end: number;
  title?: string;
  /** The event's CATEGORIES (Timelock's own export writes the box's category there), cleaned; absent when none. */
  categories?: string[];
  /**
   * An occurrence of a repeating event: the local date the rule gives it, before any edit moved it (its RECURRENCE-ID),
   * as a weekly series keys its edits. Absent for an event that does not repeat.
   */
  occurrenceDate?: string;
}

export interface IcsEvents {
  events: IcsEvent[];
  /** Repeating events Timelock can hold exactly as a weekly series (icsWeeklySeries): not in `events`. */
  series: IcsWeeklySeries[];
  /**
   * Repeating events read a box per occurrence (not in `series`) that go on past the range: the import says so, or
   * their plan would just stop there. Their names as the warnings write them.
   */
  goesOn: Array<{ uid: string; name: string }>;
  /** Events or occurrences in the range that are not timeboxes (all-day, too long, no length). */
  skipped: number;
  warnings: string[];
}

/** A weekly event over ten years is 520 steps; this bounds an RRULE by the minute from long ago. */
const MAX_STEPS_PER_EVENT = 20_000;
const TITLE_MAX = 120;

/**
 * The events starting in [from, to), by start; throws bad-request when the text is not an iCalendar file or goes
 * past the budget (by default the calendar limits: a file of events repeating every minute since 1970 is refused).
 */
export async function readIcsEvents(
  text: string,
  range: { from: number; to: number },
  timeZone: string,
  budget = new ImportBudget(CALENDAR_IMPORT_LIMITS, 'This calendar'),
): Promise<IcsEvents> {
  budget.checkBytes(Buffer.byteLength(text, 'utf8'));
  const calendars = parseCalendars(text);
  const read: IcsEvents = { events: [], series: [], goesOn: [], skipped: 0, warnings: [] };
  const masters: Component[] = [];
  const exceptions = new Map<string, Component[]>();
  const unknownZones = new Set<string>();
  for (const calendar of calendars) {
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
      if (!vevent.hasProperty('recurrence-id')) masters.push(vevent);
      else exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
      for (const tzid of unknownTzids(vevent)) unknownZones.add(tzid);
    }
  }
  for (const tzid of unknownZones) {
    read.warnings.push(`The time zone “${cleanText(tzid)}” is neither defined in the file nor one Timelock knows: its times were read in ${timeZone}.`);
  }
  const withMaster = new Set(masters.map((master) => String(master.getFirstPropertyValue('uid') ?? '')));
  const series: Array<{ uid: string; event: IcalEvent; master?: true }> = [];
  for (const master of masters) {
    const uid = String(master.getFirstPropertyValue('uid') ?? '');
    const empty = repairRules(master, timeZone);
    if (empty !== null) {
      read.skipped++;
      read.warnings.push(`${nameOf(String(master.getFirstPropertyValue('summary') ?? ''), uid)}: ${empty}; skipped.`);
      continue;
    }
    series.push({ uid, event: new ICAL.Event(master, { exceptions: exceptions.get(uid) ?? [], strictExceptions: true }), master: true });
    await budget.pause();
  }
  // An edited occurrence whose series is not in the file is an event of its own.
  const orphans = [...exceptions].flatMap(([uid, list]) => (withMaster.has(uid) ? [] : list.map((exception) => ({ uid, event: new ICAL.Event(exception) }))));
  const all: Array<{ uid: string; event: IcalEvent; master?: true }> = [...series, ...orphans];
  await checkRepeats(all.map((s) => s.event), range, timeZone, budget);
  const progress = { expanded: 0, total: all.length };
  for (const { uid, event, master } of all) {
    progress.expanded++;
    const before = { events: read.events.length, skipped: read.skipped };
    const goesOn = await readEvent(event, uid, range, timeZone, read, budget, progress);
    const name = nameOf(event.summary ?? '', uid);
    const cutAtRange = () => {
      if (goesOn && read.events.length > before.events) read.goesOn.push({ uid, name });
    };
    if (!master || !event.isRecurring() || read.skipped !== before.skipped) {
      cutAtRange();
      continue;
    }
    const weekly = weeklySeriesOf(event, uid, read.events.slice(before.events), range, timeZone, (item) => titleOf(item, name, read));
    if (!weekly) {
      cutAtRange();
      continue;
    }
    const categories = categoriesOf(event);
    read.series.push({ ...weekly, ...(categories.length > 0 ? { categories } : {}) });
    read.events.length = before.events;
  }
  read.events.sort((a, b) => a.start - b.start || a.end - b.end || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return read;
}

/** Refuses at once a file whose rules alone say it would step past the budget; counts only what expansion would step. */
async function checkRepeats(events: readonly IcalEvent[], range: { from: number; to: number }, timeZone: string, budget: ImportBudget): Promise<void> {
  let work = 0;
  let found = 0;
  let counted = 0;
  for (const event of events) {
    await budget.pause();
    if (!event.isRecurring() || !event.startDate || event.startDate.isDate || isCancelled(event)) continue;
    const from = firstStep(event, range, timeZone) ?? event.startDate;
    const repeats = repeatsAtLeast(event, instantOf(from, tzidOf(event.component, 'dtstart'), timeZone), stopOf(range));
    if (repeats === 0) continue;
    counted++;
    found += repeats;
    work += Math.min(repeats, MAX_STEPS_PER_EVENT + 1);
  }
  budget.checkOccurrences(work, found, { expanded: counted, total: events.length });
}

function parseCalendars(text: string): Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new AppError('bad-request', `The file is not an iCalendar (.ics) file: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // One top-level component parses to ['vcalendar', props, subcomponents]; several to a list of those.
  const roots = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : Array.isArray(parsed) ? parsed : [];
  const calendars = roots.map((root) => new ICAL.Component(root as ConstructorParameters<typeof ICAL.Component>[0])).filter((c) => c.name === 'vcalendar');
  if (calendars.length === 0) throw new AppError('bad-request', 'The file is not an iCalendar (.ics) file: it has no VCALENDAR.');
  return calendars;
}

async function readEvent(
  event: IcalEvent,
  uid: string,
  range: { from: number; to: number },
  timeZone: string,
  read: IcsEvents,
  budget: ImportBudget,
  progress: { expanded: number; total: number },
): Promise<boolean> {
  await budget.pause();
  if (isCancelled(event)) return false;
  const name = nameOf(event.summary ?? '', uid);
  const skip = (why: string) => {
    read.skipped++;
    read.warnings.push(`${name}: ${why}; skipped.`);
  };
  if (!event.startDate) {
    skip('it has no start (DTSTART)');
    return false;
  }
  if (event.startDate.isDate) {
    if (overlaps(event, range, timeZone)) skip('an all-day event is not a timebox');
    return false;
  }
  let refused = false;
  /** `originalAt`: for an occurrence of a repeating event, the instant its rule gives it. */
  const take = (item: IcalEvent, start: Time, end: Time | null, originalAt?: number) => {
    const from = instantOf(start, tzidOf(item.component, 'dtstart'), timeZone);
    if (from < range.from || from >= range.to || isCancelled(item)) return;
    const to = end ? instantOf(end, tzidOf(item.component, 'dtend') ?? tzidOf(item.component, 'dtstart'), timeZone) : from;
    if (to <= from || to - from > MAX_BOX_MS) {
      // Said once per event: a daily all-week event would otherwise fill the warnings.
      if (!refused) skip(to <= from ? 'it has no length' : 'a timebox is at most 24 hours long');
      else read.skipped++;
      refused = true;
      return;
    }
    const title = titleOf(item, name, read);
    const categories = categoriesOf(item);
    read.events.push({
      uid,
      start: from,
      end: to,
      ...(title ? { title } : {}),
      ...(categories.length > 0 ? { categories } : {}),
      ...(originalAt === undefined ? {} : { occurrenceDate: formatDate(localDateOf(originalAt, timeZone)) }),
    });
  };
  if (!event.isRecurring()) {
    take(event, event.startDate, event.endDate);
    return false;
  }
  const stopAt = stopOf(range);
  let pastRange = false;
  const from = firstStep(event, range, timeZone);
  const steps = event.iterator(from ?? undefined);
  if (from) {
    // Occurrences edited on their own before the steps start may have moved into the range.
    const skipped = instantOf(from, tzidOf(event.component, 'dtstart'), timeZone);
    for (const exception of Object.values(event.exceptions) as IcalEvent[]) {
      const originalAt = instantOf(exception.recurrenceId, tzidOf(exception.component, 'recurrence-id'), timeZone);
      if (originalAt < skipped) take(exception, exception.startDate, exception.endDate, originalAt);
    }
  }
  for (let n = 0; ; n++) {
    const next = steps.next();
    if (!next) return pastRange;
    // Every step counts, those before the range too: stepping is the work, whether or not a box comes of it.
    budget.addOccurrences(1, progress);
    await budget.pause();
    if (n >= MAX_STEPS_PER_EVENT) {
      read.warnings.push(`${name}: it repeats more than ${MAX_STEPS_PER_EVENT.toLocaleString('en')} times before the end of the range; only those were read.`);
      return false;
    }
    const originalAt = instantOf(next, tzidOf(event.component, 'dtstart'), timeZone);
    const details = event.getOccurrenceDetails(next);
    // It goes on past the range (and the week read past it for occurrences moved in), unless what follows is cancelled.
    if (originalAt >= stopAt) return !isCancelled(details.item) || goesOnAfter(steps, event);
    if (originalAt >= range.to && !isCancelled(details.item)) pastRange = true;
    take(details.item, details.startDate, details.endDate, originalAt);
  }
}

/** Whether one of the next few occurrences (8) is not cancelled: enough to say an event goes on, without stepping far. */
function goesOnAfter(steps: ReturnType<IcalEvent['iterator']>, event: IcalEvent): boolean {
  for (let i = 0; i < 8; i++) {
    const next = steps.next();
    if (!next) return false;
    if (!isCancelled(event.getOccurrenceDetails(next).item)) return true;
  }
  return false;
}

/** Where stepping through a repeating event starts: a week before the range when its rule allows, else its start. */
function firstStep(event: IcalEvent, range: { from: number }, timeZone: string): Time | null {
  return fastForwardStart(event, instantOf(event.startDate, tzidOf(event.component, 'dtstart'), timeZone), range.from - 7 * DAY);
}

/** Occurrences edited on their own may move: a series is read to a week past the range, for ones moved into it. */
function stopOf(range: { to: number }): number {
  return range.to + 7 * DAY;
}


function isCancelled(event: IcalEvent): boolean {
  return String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/** How warnings name an event: by its title, else by its UID. */
function nameOf(summary: string, uid: string): string {
  const title = cleanText(summary).trim();
  return title ? `“${title}”` : `The event ${cleanText(uid) || 'without a UID'}`;
}

/** Whether a non-repeating all-day event touches the range (only then is it worth a warning). */
function overlaps(event: IcalEvent, range: { from: number; to: number }, timeZone: string): boolean {
  if (event.isRecurring()) return true;
  const start = instantOf(event.startDate, null, timeZone);
  const end = event.endDate ? instantOf(event.endDate, null, timeZone) : start + DAY;
  return start < range.to && Math.max(end, start + 1) > range.from;
}

/** The names in an event's CATEGORIES properties (each may list several, comma-separated), cleaned, at most 20. */
function categoriesOf(item: IcalEvent): string[] {
  const names = item.component.getAllProperties('categories').flatMap((property) => property.getValues().map((value) => cleanText(String(value)).trim()));
  return names.filter((name) => name !== '').slice(0, 20);
}

/** An event's title as the plan keeps it: cleaned, trimmed, at most TITLE_MAX characters; undefined when it has none. */
function titleOf(item: IcalEvent, name: string, read: IcsEvents): string | undefined {
  const title = cleanText(item.summary ?? '').trim();
  return title ? shortened(title, name, read) : undefined;
}

function shortened(title: string, name: string, read: IcsEvents): string {
  if (title.length <= TITLE_MAX) return title;
  if (!read.warnings.some((w) => w.startsWith(`${name}: its title`))) read.warnings.push(`${name}: its title was cut to ${TITLE_MAX} characters.`);
  return `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
