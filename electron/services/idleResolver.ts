// The answer to an idle question, applied. keep changes nothing. discard ends the timer's entry when the person
// left; no new timer starts, because going on after a break is a new start and the lock judges that one. move gives
// the time away its own entry in another category (a walk becomes Fitness), and the work timer runs on from the
// return. Everything that can refuse (the category, the lock) is asked before the first write, and the answer's
// entries are one atomic change.
import type { ParsedRequestOf } from '../../shared/contract';
import { areaLookup } from '../../shared/domain/spans';
import type { Entry, IdleChoice, IdleQuestion, RunningTimer } from '../../shared/model';
import type { Interval } from '../../shared/domain/windows';
import { AppError } from '../../shared/result';
import type { ServiceContext } from './context';
import type { CategoriesService } from './categoriesService';
import type { EntriesService } from './entriesService';
import type { LockGate } from './lockGate';
import { savedRun } from '../../shared/domain/spans';
import { freeStretches } from '../../shared/domain/dayTotal';
import { entryOfTimer, type TimerService } from './timerService';

interface Change {
  put: Entry[];
  remove: string[];
}

export interface IdleResolution {
  choice: IdleChoice;
  /** The timer running after the answer. */
  timer: RunningTimer | null;
  /** The entries the answer wrote, in time order. */
  entries: Entry[];
}

/** Where the question's timer is now: still running, stopped (its entry has the timer's id), or gone. */
type Subject = { running: RunningTimer; saved: null; start: number; end: number } | { running: null; saved: Entry; start: number; end: number };

export class IdleResolver {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: { timer: TimerService; entries: EntriesService; categories: CategoriesService; locks: LockGate },
  ) {}

  apply(question: IdleQuestion, request: ParsedRequestOf<'idle.resolve'>): IdleResolution {
    const { choice } = request;
    const unchanged = (): IdleResolution => ({ choice, timer: this.ctx.store.getTimer(), entries: [] });
    if (choice === 'keep') return unchanged();
    const subject = this.subjectOf(question);
    // The part of the time away the timer still holds: an edit or a stop since may have taken some or all of it.
    const from = subject ? Math.max(question.idleStart, subject.start) : 0;
    const to = subject ? Math.min(question.idleEnd, subject.end) : 0;
    if (!subject || to <= from) {
      if (choice === 'move') this.target(question, request);
      return unchanged();
    }
    if (choice === 'discard') {
      const change = this.cut(subject, from);
      return { choice, timer: this.commit(subject, change, null), entries: change.put };
    }

    // Every stretch of the time away that no other entry holds moves, as the question offered it: what the run holds
    // (savedRun: up to an entry logged ahead inside it) and, past such an entry, the rest, which the run no longer
    // counted but the person was away for. Entries in it (logged ahead, synced in) keep their time.
    // A zero-length entry holds no time (entryRules): it does not split the time away.
    const others = this.ctx.store.entriesBetween(from, to).filter((e) => e.id !== question.timer.id && e.end > e.start);
    const stretches = freeStretches({ start: from, end: to }, others, null);
    const { categoryId, overrideReason } = this.target(question, request, stretches);
    const change = this.cut(subject, from);
    for (const stretch of stretches) {
      change.put.push({ id: this.ctx.ids.newId(), categoryId, start: stretch.start, end: stretch.end, note: '', tags: [], source: 'idle', ...(overrideReason ? { overrideReason } : {}) });
    }
    if (subject.saved && subject.saved.end > to) change.put.push({ ...subject.saved, id: this.ctx.ids.newId(), start: to });
    // After a move the work timer runs on from the return: not a new start, so the lock is not asked again.
    const after = subject.running ? { ...subject.running, id: this.ctx.ids.newId(), start: to } : null;
    return { choice, timer: this.commit(subject, change, after), entries: change.put };
  }

  private subjectOf(question: IdleQuestion): Subject | null {
    const running = this.ctx.store.getTimer();
    if (running?.id === question.timer.id) return { running, saved: null, start: running.start, end: this.ctx.clock.now() };
    const saved = this.ctx.store.getEntries().find((e) => e.id === question.timer.id);
    return saved ? { running: null, saved, start: saved.start, end: saved.end } : null;
  }

  /** Ends the timer's time at `at`, as a change: the running timer's entry up to there, or its entry shortened; nothing left is deleted. */
  private cut(subject: Subject, at: number): Change {
    if (subject.running) {
      // What a stop at `at` would save (savedRun): an entry logged ahead of the run, or synced in over its start, keeps
      // its time, as a stop leaves it; the whole run from its start was refused as an overlap, the answer with it.
      const timer = subject.running;
      const { from, to } = savedRun(timer, this.ctx.store.entriesBetween(timer.start, at), at);
      const entry = entryOfTimer({ ...timer, start: Math.min(from, at) }, Math.max(Math.min(from, at), to));
      return entry.end > entry.start ? { put: [entry], remove: [] } : { put: [], remove: [entry.id] };
    }
    if (at <= subject.saved.start) return { put: [], remove: [subject.saved.id] };
    return { put: [{ ...subject.saved, end: at }], remove: [] };
  }

  /**
   * The answer's entries in one atomic write, then, for a running timer, the timer that runs after it (or none).
   * Two files, so the entries go first (the stopped timer's entry has the timer's id: while both exist the run
   * counts once), and a failed timer write puts the entries back as they were: the answer lands whole or not at all.
   * Returns the timer running afterwards.
   */
  private commit(subject: Subject, change: Change, timerAfter: RunningTimer | null): RunningTimer | null {
    const store = this.ctx.store;
    if (!subject.running) {
      this.deps.entries.applyChange(change);
      return store.getTimer();
    }
    const ids = new Set([...change.put.map((e) => e.id), ...change.remove]);
    const before = store.getEntries().filter((e) => ids.has(e.id));
    this.deps.entries.applyChange(change, timerAfter);
    try {
      store.setTimer(timerAfter);
    } catch (error) {
      const existed = new Set(before.map((e) => e.id));
      store.applyEntries({ put: before, remove: [...ids].filter((id) => !existed.has(id)) });
      this.ctx.bus.emit('data.changed', { what: ['entries'] });
      throw error;
    }
    this.ctx.bus.emit('timer.changed', { timer: timerAfter });
    return timerAfter;
  }

  /** The category the time away moves to, checked; with the lock's verdict when the move adds work. */
  private target(question: IdleQuestion, request: ParsedRequestOf<'idle.resolve'>, stretches: readonly Interval[] = []): { categoryId: string; overrideReason?: string } {
    const { categoryId } = request;
    if (!categoryId) throw new AppError('bad-request', 'Choose the category the time away moves to.');
    const target = this.deps.categories.active(categoryId);
    if (categoryId === question.timer.categoryId) {
      throw new AppError('bad-request', `The time away is already logged as ${target.name}. Choose keep to leave it there.`);
    }
    if (stretches.length === 0) return { categoryId };
    // Moving time into work adds work, and the lock judges it like a manual entry, each stretch; work moved between
    // work categories adds none.
    const areaOf = areaLookup(this.ctx.store.getCategories());
    if (target.area !== 'work' || areaOf(question.timer.categoryId) === 'work') return { categoryId };
    // Each stretch with the ones before it counted (pending), as a day's total placed in pieces is: judged one by one
    // alone, two stretches under the cap each passed together over it.
    let overrideReason: string | undefined;
    const pending: Entry[] = [];
    for (const { start, end } of stretches) {
      overrideReason = this.deps.locks.gate({ action: 'add', categoryId, at: start, end, reason: request.reason, pending }) ?? overrideReason;
      pending.push({ id: `idle-move-${start}`, categoryId, start, end, note: '', tags: [], source: 'idle' });
    }
    return { categoryId, ...(overrideReason ? { overrideReason } : {}) };
  }
}
