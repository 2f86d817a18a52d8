// Timeboxes, the plan of each week: add, edit like a calendar, remove and restore boxes, copy a week, and move the plan
// in and out as iCalendar; each week is expanded, checked (planCheck) and weighed against what was logged
// (planVsActual) by the domain. Every change is judged whole (schema, category, lock) before one write of the plan,
// so a refused change writes nothing.
import type { ParsedRequestOf } from '../../shared/contract';
import { cleanText } from '../../shared/domain/cleanText';
import { nameKey } from '../../shared/domain/nameKey';
import { planCheck } from '../../shared/domain/planCheck';
import { planVsActual } from '../../shared/domain/planVsActual';
import { checkTimeboxBounds } from '../../shared/domain/timeboxBounds';
import { addDays, dayBounds, formatDate, fromLocal, localDateOf, parseDate, parseWeek, weekContaining, weekFromStartDate, type WeekBounds } from '../../shared/domain/time';
import { cancelOccurrence } from '../../shared/domain/timeboxEdits';
import { expandWeek } from '../../shared/domain/timeboxOccurrences';
import type { PlanChange, PlanCopyResult, PlanImportResult, PlanRemoved, PlanWeek, Timebox } from '../../shared/planModel';
import { AppError } from '../../shared/result';
import type { ExportFile } from '../../shared/transferModel';
import type { HandlerSet } from '../router';
import type { CategoriesService } from './categoriesService';
import type { ServiceContext } from './context';
import { rangeOf } from './exportService';
import { timeboxInRange } from './export/timelockDataDocument';
import { copyWeek } from './timeboxes/copyWeek';
import { editTimebox, unwrap } from './timeboxes/editTimebox';
import { checkedTimebox, newTimebox } from './timeboxes/newTimebox';
import { planUid, writePlanIcs } from './timeboxes/planIcsWriter';
import { oneOffIdOf, seriesBox, seriesIdOf, withoutCategoryTitles } from './timeboxes/importedBoxes';
import { readIcsEvents } from './timeboxes/planIcsReader';
import { seriesWithin } from './timeboxes/seriesWithin';
import { judgedOccurrences, judgePlanLock, withOverrideReason, type PlanLockState } from './timeboxes/planLock';
import { storedEntries } from './storedEntries';
import { localDateText } from './timeboxes/wallClockTimes';

/** An import's default range: today and the 55 days after it. */
export const IMPORT_DAYS = 8 * 7;
/** More boxes than any real calendar's weeks hold: a bound on what one import can add. */
export const MAX_IMPORTED_BOXES = 5000;

export class TimeboxService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly categories: CategoriesService,
  ) {}

  week(request: ParsedRequestOf<'plan.week'>): PlanWeek {
    const store = this.ctx.store;
    const settings = store.getSettings();
    const now = this.ctx.clock.now();
    const week = this.weekOf(request, now);
    const boxes = store.getTimeboxes();
    const occurrences = expandWeek(boxes, week, settings);
    const categories = store.getCategories();
    const against = planVsActual({
      occurrences,
      entries: storedEntries(store),
      timer: store.getTimer(),
      now,
      categories,
      settings,
      week,
    });
    const shown = new Set(occurrences.map((o) => o.seriesId ?? o.boxId));
    return {
      week: week.label,
      timeZone: settings.timeZone,
      start: week.start,
      end: week.end,
      occurrences,
      findings: planCheck({ occurrences, categories, settings, week }),
      planned: { ...against.planned, boxes: against.boxes },
      timeboxes: boxes.filter((box) => shown.has(box.id)),
    };
  }

  add(request: ParsedRequestOf<'plan.add'>): Timebox {
    this.categories.active(request.categoryId);
    const settings = this.ctx.store.getSettings();
    const { timeZone } = settings;
    // A weekly series is read off the one-off given: bounding that bounds where the series begins.
    const bounds = checkTimeboxBounds(request, this.ctx.clock.now(), timeZone);
    if (!bounds.ok) throw new AppError(bounds.code, bounds.message);
    const box = newTimebox(request, this.ctx.ids.newId(), timeZone);
    const [saved] = withOverrideReason([box], judgePlanLock(judgedOccurrences(box, timeZone, settings), this.lockState(), request.reason));
    this.save([...this.ctx.store.getTimeboxes(), saved!]);
    return saved!;
  }

  update(request: ParsedRequestOf<'plan.update'>): PlanChange {
    const current = this.find(request.id);
    const { categoryId } = request.patch;
    if (categoryId !== undefined && categoryId !== current.categoryId) this.categories.active(categoryId);
    const settings = this.ctx.store.getSettings();
    const { timeZone } = settings;
    const edit = editTimebox(current, request, { timeZone, dated: settings, now: this.ctx.clock.now() }, () => this.ctx.ids.newId());
    // Judged by what the edit moves: retitling a box planned past a soft lock asks for no reason again.
    const pass = edit.judge.length > 0 ? judgePlanLock(edit.judge, this.lockState(), request.reason) : null;
    const saved = withOverrideReason(edit.save, pass);
    this.put(saved);
    return { boxes: saved, previous: [current] };
  }

  /** Without a date the whole box goes; with one, that occurrence of a series is cancelled (a one-off: the box). */
  remove(id: string, occurrenceDate?: string): PlanRemoved {
    const box = this.find(id);
    const boxes = this.ctx.store.getTimeboxes();
    if (box.kind === 'weekly' && occurrenceDate !== undefined) {
      // Said, not answered as done: a second remove (another window's, a command repeated) changes nothing.
      if (box.cancelled.includes(occurrenceDate)) throw new AppError('not-found', `The box's occurrence on ${occurrenceDate} is already removed; nothing changed.`);
      this.put([unwrap(cancelOccurrence(box, occurrenceDate))]);
      return { removed: 'occurrence', box, occurrenceDate };
    }
    if (box.kind === 'once' && occurrenceDate !== undefined) {
      const date = localDateText(box.start, this.ctx.store.getSettings().timeZone);
      if (date !== occurrenceDate) throw new AppError('not-found', `That box is on ${date}, not on ${occurrenceDate}.`);
    }
    this.save(boxes.filter((b) => b.id !== id));
    return { removed: 'box', box };
  }

  /** Undo: the box as it was, added again or replacing the one with its id. Not judged by the lock: it was before. */
  restore(box: Timebox): Timebox {
    this.categories.find(box.categoryId);
    const checked = checkedTimebox(box);
    this.put([checked]);
    return checked;
  }

  copyWeek(request: ParsedRequestOf<'plan.copyWeek'>): PlanCopyResult {
    const settings = this.ctx.store.getSettings();
    const { timeZone, weekStartsOn } = settings;
    const from = weekContaining(request.fromWeekAt, timeZone, weekStartsOn);
    const to = weekContaining(request.toWeekAt, timeZone, weekStartsOn);
    const copy = copyWeek(this.ctx.store.getTimeboxes(), from, to, timeZone, () => this.ctx.ids.newId());
    const judged = copy.added.flatMap((box) => judgedOccurrences(box, timeZone, settings));
    const added = withOverrideReason(copy.added, judgePlanLock(judged, this.lockState(), request.reason));
    if (added.length > 0) this.save([...this.ctx.store.getTimeboxes(), ...added]);
    return { added, duplicates: copy.duplicates, seriesSkipped: copy.seriesSkipped };
  }

  exportIcs(request: ParsedRequestOf<'plan.exportIcs'>): ExportFile {
    const store = this.ctx.store;
    const { timeZone } = store.getSettings();
    const now = this.ctx.clock.now();
    const range = rangeOf(request, timeZone);
    // A series is cut to the dates asked for, as a one-off is kept only inside them.
    const boxes = range
      ? store.getTimeboxes().flatMap((box): Timebox[] => {
          if (box.kind === 'once') return timeboxInRange(box, range) ? [box] : [];
          const cut = seriesWithin(box, range.from, range.to);
          return cut ? [cut] : [];
        })
      : store.getTimeboxes();
    const stem = request.from && request.to ? `${request.from}-to-${request.to}` : request.from ? `from-${request.from}` : request.to ? `to-${request.to}` : formatDate(localDateOf(now, timeZone));
    return { fileName: `timelock-plan-${stem}.ics`, mimeType: 'text/calendar;charset=utf-8', content: writePlanIcs(boxes, store.getCategories(), timeZone, now) };
  }

  /**
   * Each event in the range becomes a one-off box in the category, but a weekly series Timelock can hold exactly
   * (its own export's, say) becomes one weekly box, from the range's first day to its own end or `to`. A box's id
   * comes from its event's UID and start (a series': its UID), so a second import of the same file finds its boxes
   * there and adds nothing; an event whose series an earlier import kept is that series, as the person left it, and
   * adds nothing either. Events this plan exported itself (UID <box id>@timelock, or the UID another data folder gave
   * such a box) are known the same way. Reading the file pauses now and then; from the first look at the stored plan
   * to the write, it runs in one go, so no other change slips in between.
   */
  async importIcs(request: ParsedRequestOf<'plan.importIcs'>): Promise<PlanImportResult> {
    this.categories.active(request.categoryId);
    const { timeZone } = this.ctx.store.getSettings();
    const read = await readIcsEvents(request.text, this.importRange(request, timeZone), timeZone);
    this.categories.active(request.categoryId);
    const boxes = this.ctx.store.getTimeboxes();
    const known = new Set(boxes.map((b) => b.id));
    const ownIds = ownUids(boxes);
    const added: Timebox[] = [];
    let duplicates = 0;
    let own = 0;
    // An event that names one of this plan's categories (Timelock's own export names the box's) goes there; the rest
    // into the category asked for. Archived categories take no new boxes. That export writes an untitled box's
    // category as its SUMMARY too, so a title that only repeats the category the event named is no title.
    const active = this.ctx.store.getCategories().filter((c) => !c.archived);
    const byName = new Map(active.map((c) => [nameKey(c.name), c.id]));
    const named = new Map<string, number>();
    const placeOf = (names: readonly string[] | undefined): { categoryId: string; namesCategory: (title: string) => boolean } => {
      const name = (names ?? []).map((n) => nameKey(n)).find((n) => byName.has(n));
      const namedId = name === undefined ? undefined : byName.get(name);
      if (namedId !== undefined && namedId !== request.categoryId) named.set(namedId, (named.get(namedId) ?? 0) + 1);
      return { categoryId: namedId ?? request.categoryId, namesCategory: (title) => nameKey(title) === name };
    };
    // A weekly box an earlier import kept of an event is that event in the plan, as the person has left it (moved, cut
    // short, split, days cancelled): the whole event was imported before, whatever days this import reads. Days
    // added beside it would plan some twice, or bring back days the person took out; widening it is an edit of it.
    const keptSeries = new Set(boxes.filter((b) => b.kind === 'weekly').map((b) => b.id));
    const held = new Set<string>();
    const isNew = (uid: string) => {
      if (!keptSeries.has(seriesIdOf(uid))) return true;
      held.add(uid);
      return false;
    };
    const events = read.events.filter((event) => isNew(event.uid));
    const sharedUids = new Set<string>();
    let series = 0;
    for (const weekly of read.series) {
      const id = seriesIdOf(weekly.uid);
      const { box, outside } = seriesBox(weekly, id, request.to);
      if (ownIds.has(weekly.uid)) own++;
      else if (!isNew(weekly.uid)) continue;
      // Imported one box per week before series were kept (or cut to nothing by `to`): the series on top of those
      // boxes would plan each of those days twice, so it comes in as they did.
      else if (!box || weekly.occurrences.some((event) => known.has(oneOffIdOf(event)))) events.push(...weekly.occurrences);
      // A second repeating event with the same UID (against RFC 5545): the first is the series, this one its days.
      else if (known.has(id)) {
        sharedUids.add(weekly.uid);
        events.push(...weekly.occurrences);
      } else {
        known.add(id);
        series++;
        const place = placeOf(weekly.categories);
        added.push(checkedTimebox({ ...withoutCategoryTitles(box, place.namesCategory), categoryId: place.categoryId }));
        // Moved into the range from past `to`, where the box ends: on its own, or that day would be lost.
        events.push(...outside);
      }
    }
    events.sort((a, b) => a.start - b.start || a.end - b.end);
    // The events that came in a box per occurrence: the ones a warning may say go on past the range.
    const addedUids = new Set<string>();
    for (const event of events) {
      const id = oneOffIdOf(event);
      if (ownIds.has(event.uid)) own++;
      else if (known.has(id)) duplicates++;
      else {
        known.add(id);
        addedUids.add(event.uid);
        const place = placeOf(event.categories);
        const title = event.title === undefined || place.namesCategory(event.title) ? {} : { title: event.title };
        added.push(checkedTimebox({ kind: 'once', id, categoryId: place.categoryId, ...title, start: event.start, end: event.end }));
      }
    }
    if (added.length > MAX_IMPORTED_BOXES) {
      throw new AppError('bad-request', `The file has ${added.length.toLocaleString('en')} events in that range, more than the ${MAX_IMPORTED_BOXES.toLocaleString('en')} one import may add. Import fewer days at a time.`);
    }
    const lockState = this.lockState();
    const pass = judgePlanLock(added.flatMap((box) => judgedOccurrences(box, timeZone, lockState.settings)), lockState, request.reason);
    if (added.length > 0) this.save([...boxes, ...withOverrideReason(added, pass)]);
    const warnings = [...read.warnings];
    for (const uid of sharedUids) {
      warnings.push(`The file has more than one repeating event with the UID ${cleanText(uid)}: the first was kept as a weekly series, the others came in as one box per occurrence.`);
    }
    if (held.size > 0) {
      const n = held.size;
      warnings.push(`${n} repeating ${n === 1 ? 'event is a weekly series' : 'events are weekly series'} an earlier import kept: skipped, as you left ${n === 1 ? 'it' : 'them'} in the plan: to plan more, change ${n === 1 ? 'its' : 'their'} dates in the Plan view, or remove ${n === 1 ? 'it' : 'them'} and import again.`);
    }
    // Boxes that stop at the range's end though their event goes on, unless the plan holds that event as a series.
    const cut = read.goesOn.filter((event) => addedUids.has(event.uid)).map((event) => event.name);
    if (cut.length > 0) {
      const names = cut.length <= 3 ? cut.join(', ') : `${cut.slice(0, 3).join(', ')} and ${cut.length - 3} more`;
      const lastDay = formatDate(localDateOf(this.importRange(request, timeZone).to - 1, timeZone));
      warnings.push(`${names} ${cut.length === 1 ? 'repeats' : 'repeat'} past ${lastDay}, in a way Timelock cannot keep as a weekly series: planned up to there, a box per occurrence. Import it again with later dates for the days after.`);
    }
    if (series > 0) warnings.push(`${series} repeating ${series === 1 ? 'event was kept as a weekly series: one box' : 'events were kept as weekly series: one box each'}, edited or moved as a whole.`);
    if (duplicates > 0) warnings.push(`${duplicates} ${duplicates === 1 ? 'event was' : 'events were'} imported before: skipped.`);
    if (own > 0) warnings.push(`${own} ${own === 1 ? 'event is a box' : 'events are boxes'} of this plan (exported from Timelock): skipped.`);
    for (const [id, count] of named) {
      const name = active.find((c) => c.id === id)?.name ?? id;
      warnings.push(`${count} ${count === 1 ? 'event names' : 'events name'} the category ${name}: ${count === 1 ? 'it went' : 'they went'} there.`);
    }
    return { added: added.length, skipped: read.skipped + duplicates + own + held.size, warnings };
  }

  handlers(): HandlerSet {
    return {
      'plan.week': (request) => this.week(request),
      'plan.add': (request) => this.add(request),
      'plan.update': (request) => this.update(request),
      'plan.remove': ({ id, occurrenceDate }) => this.remove(id, occurrenceDate),
      'plan.restore': ({ box }) => this.restore(box),
      'plan.copyWeek': (request) => this.copyWeek(request),
      'plan.exportIcs': (request) => this.exportIcs(request),
      'plan.importIcs': (request) => this.importIcs(request),
    };
  }

  private weekOf(request: ParsedRequestOf<'plan.week'>, now: number): WeekBounds {
    const { timeZone, weekStartsOn } = this.ctx.store.getSettings();
    if (request.week === undefined) return weekContaining(request.at ?? now, timeZone, weekStartsOn);
    const first = parseWeek(request.week, weekStartsOn);
    if (!first) throw new AppError('bad-request', `'${request.week}' names no week. Write it as 2026-W13, or give a date in the week (yyyy-MM-dd).`);
    return weekFromStartDate(first, timeZone, weekStartsOn);
  }

  /** Local dates from/to, both included, as instants; by default today and the next 55 days. */
  private importRange(request: { from?: string; to?: string }, timeZone: string): { from: number; to: number } {
    const today = localDateOf(this.ctx.clock.now(), timeZone);
    const first = request.from === undefined ? today : parseDate(request.from)!;
    const last = request.to === undefined ? addDays(request.from === undefined ? today : first, IMPORT_DAYS - 1) : parseDate(request.to)!;
    return { from: fromLocal(first, 0, 0, timeZone), to: dayBounds(last, timeZone).end };
  }

  private find(id: string): Timebox {
    const box = this.ctx.store.getTimeboxes().find((b) => b.id === id);
    if (!box) throw new AppError('not-found', `There is no timebox ${id} in the plan. It may have been removed.`);
    return box;
  }

  private lockState(): PlanLockState {
    return { settings: this.ctx.store.getSettings(), categories: this.ctx.store.getCategories() };
  }

  /** Saves boxes over the ones with their ids, adding the new ones, in one write. */
  private put(changed: readonly Timebox[]): void {
    const byId = new Map(changed.map((b) => [b.id, b]));
    const boxes = this.ctx.store.getTimeboxes();
    const next = boxes.map((b) => byId.get(b.id) ?? b);
    const known = new Set(boxes.map((b) => b.id));
    this.save([...next, ...changed.filter((b) => !known.has(b.id))]);
  }

  private save(boxes: Timebox[]): void {
    this.ctx.store.setTimeboxes(boxes);
    this.ctx.bus.emit('data.changed', { what: ['timeboxes'] });
  }
}

/**
 * The UIDs under which this plan's boxes come back: each box's own (its export's), and the one another data folder
 * gives the box when it imports that export and exports it again (its id there is imported from this UID). Two
 * computers trading a plan file then find their own boxes in each other's exports, instead of planning them twice.
 */
function ownUids(boxes: readonly Timebox[]): Set<string> {
  const uids = new Set<string>();
  for (const box of boxes) {
    const uid = planUid(box.id);
    uids.add(uid);
    uids.add(planUid(box.kind === 'weekly' ? seriesIdOf(uid) : oneOffIdOf({ uid, start: box.start })));
  }
  return uids;
}
