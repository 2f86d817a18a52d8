// Entries: add, edit, delete and restore logged time, and set a day's total. Every change is checked whole (times,
// overlaps, locks) before one atomic write, so a refused change writes nothing and a failed write saves nothing.
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract';
import type { Entry, RunningTimer } from '../../shared/model';
import { AppError } from '../../shared/result';
import { checkEntry, checkEntryBounds, checkEntryLength } from '../../shared/domain/entryRules';
import { DAY_TOTAL_SOURCE, setDayTotal } from '../../shared/domain/dayTotal';
import { dayBounds, formatDate, fromLocal, MINUTE, parseDate } from '../../shared/domain/time';
import { windowIntervals } from '../../shared/domain/windows';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import type { CategoriesService } from './categoriesService';
import type { LockGate } from './lockGate';

export class EntriesService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly categories: CategoriesService,
    private readonly locks: LockGate,
  ) {}

  list(from: number, to: number): Entry[] {
    return this.ctx.store.entriesBetween(from, to);
  }

  get(id: string): Entry {
    const entry = this.ctx.store.getEntries().find((e) => e.id === id);
    if (!entry) throw new AppError('not-found', 'That entry does not exist any more. It may have been deleted.');
    return entry;
  }

  add(request: ParsedRequestOf<'entries.add'>): Entry {
    this.categories.active(request.categoryId);
    const entry: Entry = {
      id: this.ctx.ids.newId(),
      categoryId: request.categoryId,
      start: request.start,
      end: request.end,
      note: request.note ?? '',
      tags: request.tags ?? [],
      source: 'manual',
    };
    this.assertLength(entry);
    this.assertBounds(entry);
    this.assertFits(entry);
    const overrideReason = this.locks.gate({ action: 'add', categoryId: entry.categoryId, at: entry.start, end: entry.end, reason: request.reason });
    return this.put(overrideReason ? { ...entry, overrideReason } : entry);
  }

  update(request: ParsedRequestOf<'entries.update'>): Entry {
    const current = this.get(request.id);
    const next: Entry = {
      ...current,
      categoryId: request.categoryId ?? current.categoryId,
      start: request.start ?? current.start,
      end: request.end ?? current.end,
      note: request.note ?? current.note,
      tags: request.tags ?? current.tags,
    };
    const timeChanged = next.start !== current.start || next.end !== current.end || next.categoryId !== current.categoryId;
    // Time a day total placed, once changed by hand, is the person's own entry: a lower total no longer takes it first.
    // Saved unchanged (Save pressed in an editor left as it was), it is still placed time.
    if (current.source === DAY_TOTAL_SOURCE && (timeChanged || next.note !== current.note || JSON.stringify(next.tags) !== JSON.stringify(current.tags))) next.source = 'manual';
    if (next.categoryId !== current.categoryId) this.categories.active(next.categoryId);
    this.assertLength(next, current);
    this.assertBounds(next, current);
    this.assertFits(next);
    if (timeChanged) {
      const overrideReason = this.locks.gate({ action: 'edit', categoryId: next.categoryId, at: next.start, end: next.end, reason: request.reason, ignoreEntryId: current.id });
      if (overrideReason) next.overrideReason = overrideReason;
    }
    return this.put(next);
  }

  delete(id: string): Entry {
    const entry = this.get(id);
    this.applyChange({ remove: [id] });
    return entry;
  }

  /**
   * A day's total for one category, typed into the timesheet or given to `timelock set-day`: the domain decides
   * which entries change (setDayTotal), and the whole change is one write. Added work meets the lock as entries.add
   * would, each piece counted with the ones before it; trims meet it as entries.update would.
   */
  setDayMinutes(request: ParsedRequestOf<'entries.setDayMinutes'>): ResponseOf<'entries.setDayMinutes'> {
    const category = this.categories.active(request.categoryId);
    const store = this.ctx.store;
    const settings = store.getSettings();
    const date = parseDate(request.date);
    if (!date) throw new AppError('bad-request', `${request.date} is not a date.`);
    const day = dayBounds(date, settings.timeZone);
    const timer = store.getTimer();
    const now = this.ctx.clock.now();
    // The day's entries, and with a timer running those about its run too: it counts what its stop would save.
    const entries = timer ? store.entriesBetween(Math.min(day.start, timer.start), Math.max(day.end, now)) : store.entriesBetween(day.start, day.end);
    const windows = windowIntervals(day.start, day.end, settings);
    const daytime = fromLocal(date, 9, 0, settings.timeZone);
    const change = setDayTotal({ day, categoryId: category.id, area: category.area, minutes: request.minutes, entries, timer, now, windows, daytime });
    if (change.kind === 'refused') throw new AppError('conflict', change.message);
    const result = {
      applied: false,
      date: formatDate(date),
      categoryId: category.id,
      previousMinutes: change.currentMs / MINUTE,
      minutes: request.minutes,
      added: [] as Entry[],
      insideWindowsMinutes: 0,
      trimmed: [] as Entry[],
      trimmedFrom: [] as Entry[],
      removed: [] as Entry[],
    };
    if (change.kind === 'add') {
      for (const piece of change.pieces) {
        this.assertBounds(piece);
        const entry: Entry = { id: this.ctx.ids.newId(), categoryId: category.id, start: piece.start, end: piece.end, note: '', tags: [], source: DAY_TOTAL_SOURCE };
        const overrideReason = this.locks.gate({ action: 'add', categoryId: category.id, at: entry.start, end: entry.end, reason: request.reason, pending: result.added });
        result.added.push(overrideReason ? { ...entry, overrideReason } : entry);
      }
      result.insideWindowsMinutes = change.insideWindowsMs / MINUTE;
    }
    if (change.kind === 'reduce') {
      for (const trim of change.trims) {
        const next: Entry = { ...trim.entry, start: trim.start, end: trim.end };
        const overrideReason = this.locks.gate({ action: 'edit', categoryId: next.categoryId, at: next.start, end: next.end, reason: request.reason, ignoreEntryId: next.id });
        result.trimmed.push(overrideReason ? { ...next, overrideReason } : next);
        result.trimmedFrom.push(trim.entry);
      }
      result.removed.push(...change.deletes);
    }
    if (request.preview) return result;
    this.applyChange({ put: [...result.added, ...result.trimmed], remove: result.removed.map((e) => e.id) });
    return { ...result, applied: true };
  }

  /**
   * Several entries changed as one step: every put is checked against the entries as they will be after the whole
   * change (and the timer that will run then), and the change is one atomic store write, all of it or none.
   */
  applyChange(change: { put?: readonly Entry[]; remove?: readonly string[] }, timerAfter: RunningTimer | null = this.ctx.store.getTimer()): void {
    const put = change.put ?? [];
    const remove = change.remove ?? [];
    if (put.length === 0 && remove.length === 0) return;
    const replaced = new Set([...remove, ...put.map((e) => e.id)]);
    for (const entry of put) this.assertFits(entry, { replaced, alongside: put, timer: timerAfter });
    this.ctx.store.applyEntries({ put: [...put], remove: [...remove] });
    this.ctx.bus.emit('data.changed', { what: ['entries'] });
  }

  /**
   * Undo of a delete: the entries come back as they were, in one change, if nothing has taken their place meanwhile;
   * if one no longer fits (or names an unknown category), none comes back.
   */
  restore(entries: readonly Entry[]): Entry[] {
    const ids = new Set<string>();
    for (const entry of entries) {
      if (ids.has(entry.id)) throw new AppError('bad-request', `Entry ${entry.id} is listed twice; each entry is restored once.`);
      ids.add(entry.id);
      this.categories.find(entry.categoryId);
    }
    this.applyChange({ put: entries });
    return [...entries];
  }

  /** Saves an entry the timer produced; the same checks as any other entry except the lock (it was judged at start). */
  saveFromTimer(entry: Entry): Entry {
    this.assertFits(entry);
    return this.put(entry);
  }

  handlers(): HandlerSet {
    return {
      'entries.list': ({ from, to }) => this.list(from, to),
      'entries.add': (request) => this.add(request),
      'entries.update': (request) => this.update(request),
      'entries.delete': ({ id }) => this.delete(id),
      'entries.restore': ({ entries }) => this.restore(entries),
      'entries.setDayMinutes': (request) => this.setDayMinutes(request),
    };
  }

  /**
   * The shortest entry given by hand (added or changed, not the pieces of a day's total: those fill gaps between
   * entries, which may be seconds long); `before`: the entry as it is, when one is changed.
   */
  private assertLength(entry: { start: number; end: number }, before?: Entry): void {
    const verdict = checkEntryLength(entry, this.ctx.store.getSettings().timeZone, before);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
  }

  /** The bounds of an entry given by hand (length, how far ahead); `before`: the entry as it is, when one is changed. */
  private assertBounds(entry: { start: number; end: number }, before?: Entry): void {
    const verdict = checkEntryBounds(entry, this.ctx.clock.now(), this.ctx.store.getSettings().timeZone, before);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
  }

  /** `within`: the change this entry is part of: entries it replaces or removes, the others it puts, the timer after it. */
  private assertFits(entry: Entry, within?: { replaced: ReadonlySet<string>; alongside: readonly Entry[]; timer: RunningTimer | null }): void {
    const now = this.ctx.clock.now();
    const to = Math.max(entry.end, entry.start + 1);
    let nearby: Entry[] = this.ctx.store.entriesBetween(entry.start, to);
    if (within) {
      const others = within.alongside.filter((e) => e.id !== entry.id && e.start < to && e.end > entry.start);
      // The domain indexes (and sorts) a plain array itself.
      nearby = [...nearby.filter((e) => !within.replaced.has(e.id)), ...others];
    }
    const timer = within ? within.timer : this.ctx.store.getTimer();
    const verdict = checkEntry(entry, nearby, timer && timer.id !== entry.id ? timer : null, now, this.ctx.store.getCategories(), this.ctx.store.getSettings().timeZone);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message, verdict.otherId ? { details: { otherId: verdict.otherId } } : {});
  }

  private put(entry: Entry): Entry {
    this.ctx.store.applyEntries({ put: [entry] });
    this.ctx.bus.emit('data.changed', { what: ['entries'] });
    return entry;
  }
}
