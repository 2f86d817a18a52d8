// The running timer: persisted the moment it starts (a crash or kill -9 loses nothing) and saved as an entry with
// the timer's own id when it stops, so a stop repeated after a crash replaces rather than duplicates.
import type { Entry, RunningTimer } from '../../shared/model';
import { AppError } from '../../shared/result';
import { savedRun } from '../../shared/domain/spans';
import { durationWords, whenWords } from '../../shared/domain/words';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import type { CategoriesService } from './categoriesService';
import type { EntriesService } from './entriesService';
import type { LockGate } from './lockGate';

export interface StartRequest {
  categoryId: string;
  note?: string;
  reason?: string;
}

export class TimerService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly categories: CategoriesService,
    private readonly entries: EntriesService,
    private readonly locks: LockGate,
  ) {}

  current(): RunningTimer | null {
    return this.ctx.store.getTimer();
  }

  /** Starts a timer; a running one is stopped first (switching category). The lock judges before anything changes. */
  start(request: StartRequest): RunningTimer {
    this.categories.active(request.categoryId);
    const running = this.current();
    const action = running && running.categoryId === request.categoryId ? 'resume' : 'start';
    const now = this.ctx.clock.now();
    this.assertNoEntryAt(now);
    const overrideReason = this.locks.gate({ action, categoryId: request.categoryId, at: now, reason: request.reason });
    if (running) this.stopAt(now);
    const timer: RunningTimer = {
      id: this.ctx.ids.newId(),
      categoryId: request.categoryId,
      start: now,
      note: request.note ?? '',
      ...(overrideReason ? { overrideReason } : {}),
    };
    this.ctx.store.setTimer(timer);
    this.ctx.bus.emit('timer.changed', { timer });
    return timer;
  }

  stop(): Entry | null {
    return this.stopAt(this.ctx.clock.now());
  }

  /**
   * Runs on a timer that was split, from `at` (idle time moved to another category, the person back at `at`). Not a
   * new start, so the lock is not asked again: it judged this run when it began, and the scheduler still stops it
   * where a hard lock says. Only when no timer runs.
   */
  continueFrom(split: RunningTimer, at: number): RunningTimer {
    if (this.current()) throw new AppError('conflict', 'Another timer is running: stop it first.');
    const timer: RunningTimer = { ...split, id: this.ctx.ids.newId(), start: at };
    this.ctx.store.setTimer(timer);
    this.ctx.bus.emit('timer.changed', { timer });
    return timer;
  }

  /** Stops the running timer with its true end (a hard lock's stop instant, idle's start, or now). */
  stopAt(end: number, categoryId?: string): Entry | null {
    const timer = this.current();
    if (!timer) return null;
    if (end <= timer.start) {
      // A start and a stop at the same instant (a double click, a switch back and forth) logged nothing: no 0-minute
      // entry, which would show as a "0 h" row and refuse a manual entry ending now as an overlap.
      this.ctx.store.setTimer(null);
      this.ctx.bus.emit('timer.changed', { timer: null });
      return null;
    }
    // The run holds only the time no entry holds (savedRun, the rule every figure counts a running timer by), so a
    // stop is never refused: it was, and the timer could then never be stopped, nor another started.
    const { from, to, reached } = savedRun(timer, this.ctx.store.entriesBetween(timer.start, end), end);
    // A run carried past the lock's stop by an unlock asked mid-run keeps that unlock's reason, as one started under it does.
    const overrideReason = to > from ? (timer.overrideReason ?? this.locks.unlockedRunReason(timer, to)) : undefined;
    const entry = to > from ? entryOfTimer({ ...timer, start: from, ...(overrideReason ? { overrideReason } : {}) }, to, categoryId) : null;
    // The entry is written before the timer is cleared: a crash in between leaves a timer whose next stop
    // rewrites the same entry id.
    if (entry) this.entries.saveFromTimer(entry);
    this.ctx.store.setTimer(null);
    this.ctx.bus.emit('timer.changed', { timer: null });
    if (from > timer.start) this.tellCovered(timer, entry);
    if (entry && reached) this.tellReached(timer, entry, reached, end);
    return entry;
  }

  /** The entry holding the instant `at` (other than `except`), if one does. */
  private entryAt(at: number, except?: string): Entry | undefined {
    return this.ctx.store.entriesBetween(at, at + 1).find((e) => e.id !== except && e.start <= at && e.end > at);
  }

  /** Every window says what was cut, once: the time the person ran lies in an entry they may want to change. */
  private tellCovered(timer: RunningTimer, saved: Entry | null): void {
    const timeZone = this.ctx.store.getSettings().timeZone;
    const now = this.ctx.clock.now();
    const name = this.categoryWords(timer.categoryId) ?? 'stopped';
    const began = whenWords(timer.start, now, timeZone);
    const message = saved
      ? `The ${name} timer began ${began}, inside an entry saved over its start (from another computer, or while it ran): it is saved from where that entry ends, ${whenWords(saved.start, now, timeZone)}. Edit that entry if its time was ${name}.`
      : `The ${name} timer began ${began}, and entries saved over it (from another computer, or while it ran) hold all of its time, so it saved nothing. Edit those entries if their time was ${name}.`;
    this.ctx.bus.emit('notice', { level: 'warning', message });
  }

  /**
   * The run went on past an entry saved ahead of it and is saved only up to that entry: the time after it may have
   * been the timer's or not, so the person is told what was left out rather than finding a shorter entry.
   */
  private tellReached(timer: RunningTimer, saved: Entry, reached: Entry, end: number): void {
    const timeZone = this.ctx.store.getSettings().timeZone;
    const now = this.ctx.clock.now();
    const name = this.categoryWords(timer.categoryId) ?? 'stopped';
    const other = this.categoryWords(reached.categoryId);
    // What can be added by hand is the time after that entry; the time within it is that entry's.
    const after = end > reached.end ? ` (${durationWords(end - reached.end)} of it after that entry, which ends ${whenWords(reached.end, now, timeZone)}). Add by hand whatever of that time was ${name}.` : ', all of it within that entry.';
    const message = `The ${name} timer ran into ${other ? `the ${other} entry` : 'an entry'} saved ahead of it (logged for later, or from another computer), which begins ${whenWords(reached.start, now, timeZone)}: it is saved up to there, ${durationWords(saved.end - saved.start)}, and the ${durationWords(end - saved.end)} it ran from then on is not${after}`;
    this.ctx.bus.emit('notice', { level: 'warning', message });
  }

  /** A category's name for the notices and refusals; undefined for one no longer stored. */
  private categoryWords(id: string): string | undefined {
    return this.ctx.store.getCategories().find((c) => c.id === id)?.name;
  }

  /** A timer holds its time from its start on: one started inside an entry would overlap it however it stopped. */
  private assertNoEntryAt(at: number): void {
    const inside = this.entryAt(at);
    if (!inside) return;
    const timeZone = this.ctx.store.getSettings().timeZone;
    const name = this.categoryWords(inside.categoryId);
    throw new AppError(
      'conflict',
      `A timer cannot start inside another entry: ${name ? `the ${name} entry` : 'an entry'} runs ${whenWords(inside.end, at, timeZone, 'until')}. Start it after that, or edit that entry.`,
    );
  }

  handlers(): HandlerSet {
    return {
      'timer.start': (request) => this.start(request),
      'timer.stop': () => this.stop(),
    };
  }
}

/** The entry a timer becomes when it stops at `end`: the timer's own id, so saving it twice replaces, never duplicates. */
export function entryOfTimer(timer: RunningTimer, end: number, categoryId?: string): Entry {
  return {
    id: timer.id,
    categoryId: categoryId ?? timer.categoryId,
    start: timer.start,
    end: Math.max(end, timer.start),
    note: timer.note,
    tags: [],
    source: 'timer',
    ...(timer.overrideReason ? { overrideReason: timer.overrideReason } : {}),
  };
}
