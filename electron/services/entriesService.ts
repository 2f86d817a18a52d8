// Entries: add, edit, delete and restore logged time. Every change is checked whole (times, overlaps, locks)
// before one atomic write, so a refused change writes nothing.
import type { ParsedRequestOf } from '../../shared/contract';
import type { Entry } from '../../shared/model';
import { AppError } from '../../shared/result';
import { checkEntry } from '../../shared/domain/entryRules';
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
    if (next.categoryId !== current.categoryId) this.categories.active(next.categoryId);
    this.assertFits(next);
    const timeChanged = next.start !== current.start || next.end !== current.end || next.categoryId !== current.categoryId;
    if (timeChanged) {
      const overrideReason = this.locks.gate({ action: 'edit', categoryId: next.categoryId, at: next.start, end: next.end, reason: request.reason, ignoreEntryId: current.id });
      if (overrideReason) next.overrideReason = overrideReason;
    }
    return this.put(next);
  }

  delete(id: string): Entry {
    const entry = this.get(id);
    this.ctx.store.applyEntries({ remove: [id] });
    this.ctx.bus.emit('data.changed', { what: ['entries'] });
    return entry;
  }

  /** Undo of a delete: the entry comes back as it was, if nothing has taken its place meanwhile. */
  restore(entry: Entry): Entry {
    this.categories.find(entry.categoryId);
    this.assertFits(entry);
    return this.put(entry);
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
      'entries.restore': ({ entry }) => this.restore(entry),
    };
  }

  private assertFits(entry: Entry): void {
    const now = this.ctx.clock.now();
    const nearby = this.ctx.store.entriesBetween(entry.start, Math.max(entry.end, entry.start + 1));
    const timer = this.ctx.store.getTimer();
    const verdict = checkEntry(entry, nearby, timer && timer.id !== entry.id ? timer : null, now, this.ctx.store.getCategories(), this.ctx.store.getSettings().timeZone);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message, verdict.otherId ? { details: { otherId: verdict.otherId } } : {});
  }

  private put(entry: Entry): Entry {
    this.ctx.store.applyEntries({ put: [entry] });
    this.ctx.bus.emit('data.changed', { what: ['entries'] });
    return entry;
  }
}
