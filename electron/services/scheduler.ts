// The scheduler: one timer, set to the next thing due — the schedule's next nudge, a hard lock's stop, the next whole
// minute of a running timer (the tray label's tick), the next local midnight, or at most an hour away. Nothing polls:
// between those instants the process sleeps. Every wake asks the nudge schedule again from what is stored, so a wake that came
// late (sleep, a clock jump) only means the schedule was asked late — and a hard stop that fell in the gap still happens
// at its own instant, not at the moment the process noticed.
import { dayBounds, localDateOf, MINUTE, HOUR } from '../../shared/domain/time';
import type { ScheduledNudge, RunningTimer } from '../../shared/model';
import type { TimerHandle, Timers } from '../ports';
import type { ServiceContext } from './context';
import type { LockGate } from './lockGate';
import type { HardStop } from '../../shared/domain/locks';
import type { NudgeService } from './nudgeService';
import type { TimerService } from './timerService';

export interface SchedulerOptions {
  /** The longest single wait. Node timers overflow past 24.8 days; an hour also bounds how long a missed jump goes unseen. */
  maxDelayMs?: number;
  /** The tray label's refresh while a timer runs: at most once a minute. */
  tickMs?: number;
  /** A timer firing this much earlier or later than the wall clock says it should means the clock jumped or the machine slept. */
  jumpToleranceMs?: number;
}

export interface SchedulerStatus {
  /** When the one pending timer fires; null when the scheduler is not running. */
  wakeAt: number | null;
  nextNudge: ScheduledNudge | null;
  /** When the hard lock stops the running work timer, if it does. */
  hardStopAt: number | null;
  /** The last time the schedule was asked, and why: 'start', 'data' (a change on the bus), 'due', 'clock-jump', a host's reason. */
  lastWake: { at: number; reason: string } | null;
}

interface PromisedStop {
  timerId: string;
  at: number;
}

/** Rounds one wake may take (a stop, then a nudge or two due at the same instant): far more than ever needed. */
const MAX_ROUNDS = 50;

export class Scheduler {
  private readonly maxDelayMs: number;
  private readonly tickMs: number;
  private readonly jumpToleranceMs: number;
  private started = false;
  private unsubscribe: (() => void) | null = null;
  private handle: TimerHandle | null = null;
  /** The wall-clock instant the pending timer should fire at, and whether it is only the label's tick. */
  private wakeAt: number | null = null;
  private tickOnly = false;
  private tickAt: number | null = null;
  private next: ScheduledNudge | null = null;
  /** The stop the last schedule promised for the running timer: kept, so a wake after a sleep stops it there. */
  private promisedStop: PromisedStop | null = null;
  /** A timer whose hard stop failed (its entry was refused): not retried in a loop, reported once. */
  private failedStopFor: string | null = null;
  private waking = false;
  private again = false;
  private lastWake: SchedulerStatus['lastWake'] = null;
  /** The local date of the last wake, as yyyy-m-d: a wake on another date tells the new-day listeners. */
  private day: string | null = null;
  private readonly dayListeners = new Set<(now: number) => void>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: { timers: Timers; nudges: NudgeService; timer: TimerService; locks: LockGate },
    options: SchedulerOptions = {},
  ) {
    this.maxDelayMs = options.maxDelayMs ?? HOUR;
    this.tickMs = options.tickMs ?? MINUTE;
    this.jumpToleranceMs = options.jumpToleranceMs ?? 30_000;
  }

  /**
   * Arms the scheduler. `lastSeenAt` is the last instant the app is known to have run with the current timer (the
   * idle heartbeat): a hard stop that fell while the app was closed is judged from there and made at its instant.
   */
  start(lastSeenAt?: number | null): void {
    if (this.started) return;
    this.started = true;
    this.unsubscribe = this.ctx.bus.subscribe((name) => {
      if (name === 'data.changed' || name === 'timer.changed') this.wakeSoon();
    });
    const timer = this.ctx.store.getTimer();
    if (timer) {
      const stop = this.#missedStop(timer, lastSeenAt, this.ctx.clock.now());
      if (stop) this.promisedStop = { timerId: timer.id, at: stop.at };
    }
    this.wake('start');
  }

  /**
   * For a process that opens the folder and does not stay (a command run with no app serving the folder): the hard
   * stop that start() would make, made now, without arming anything. A work timer started from the command line in
   * hard mode and left running past its window's end, with no app open, stops at that end, as it would have with the
   * app open. Returns what the person is told, or null when no stop fell; throws when the stop cannot be saved.
   */
  catchUp(lastSeenAt?: number | null): string | null {
    const timer = this.ctx.store.getTimer();
    if (!timer) return null;
    const now = this.ctx.clock.now();
    const stop = this.#missedStop(timer, lastSeenAt, now);
    if (!stop || stop.at > now) return null;
    return this.stopAndTell(stop.at, now);
  }

  /**
   * The hard stop that fell while nobody watched the timer, judged from the last instant someone did (judgedFrom).
   * There the run was allowed: its start passed the lock, and at a heartbeat the app was watching. A stop found right
   * there means the rules changed since, at an instant not known (hard mode switched on, a window moved, from a
   * command or another computer): put there, it would cut work done while it was allowed, or the whole run. So the
   * rules are judged from now instead, and a stop is made only if they stop the run now.
   */
  #missedStop(timer: RunningTimer, lastSeenAt: number | null | undefined, now: number): HardStop | null {
    const since = judgedFrom(timer, lastSeenAt, now);
    const stop = this.deps.locks.hardStop(since);
    return stop && stop.at <= since && since < now ? this.deps.locks.hardStop(now) : stop;
  }

  /**
   * Called once at each new local day while the app runs (at midnight, or at the first wake after sleeping through
   * it), not at start: the daily backup hangs here. Answers the unsubscribe.
   */
  onNewDay(listener: (now: number) => void): () => void {
    this.dayListeners.add(listener);
    return () => this.dayListeners.delete(listener);
  }

  dispose(): void {
    this.started = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disarm();
  }

  /** Asks the schedule again now. Hosts call it when they know something changed that the bus does not carry. */
  reschedule(reason: string): void {
    this.wake(reason);
  }

  /** The machine woke from sleep (powerMonitor 'resume'). */
  onResume(): void {
    this.reschedule('resume');
  }

  /** The wall clock or the time zone changed (NTP correction, manual change, travel). */
  onClockJump(): void {
    this.reschedule('clock-jump');
  }

  status(): SchedulerStatus {
    return { wakeAt: this.started ? this.wakeAt : null, nextNudge: this.next, hardStopAt: this.promisedStop?.at ?? null, lastWake: this.lastWake };
  }

  /**
   * A change on the bus is heard in the middle of the operation that made it (a stop saves the entry, then clears
   * the timer): the schedule is asked once the operation is over, through the one timer set to fire at once.
   */
  private wakeSoon(): void {
    if (!this.started) return;
    if (this.waking) {
      this.again = true;
      return;
    }
    if (this.handle !== null && this.wakeAt !== null && this.wakeAt <= this.ctx.clock.now() && !this.tickOnly) return;
    this.disarm();
    this.tickOnly = false;
    this.wakeAt = this.ctx.clock.now();
    this.handle = this.deps.timers.setTimeout(() => this.fired('data'), 0);
  }

  private wake(reason: string): void {
    if (!this.started) return;
    // Stopping a timer or showing a nudge emits events that ask for a reschedule: they are folded into this wake.
    if (this.waking) {
      this.again = true;
      return;
    }
    this.waking = true;
    this.lastWake = { at: this.ctx.clock.now(), reason };
    let settled = false;
    try {
      this.newDay(this.ctx.clock.now());
      for (let round = 0; round < MAX_ROUNDS && !settled; round++) {
        this.again = false;
        const acted = this.step(this.ctx.clock.now());
        settled = !acted && !this.again;
      }
    } catch (error) {
      this.report(error);
    } finally {
      this.waking = false;
    }
    // Something that keeps failing, or keeps being due, is tried again in a minute rather than in a busy loop.
    this.arm(settled ? 0 : MINUTE);
  }

  private newDay(now: number): void {
    const date = localDateOf(now, this.ctx.store.getSettings().timeZone);
    const day = `${date.year}-${date.month}-${date.day}`;
    const changed = this.day !== null && this.day !== day;
    this.day = day;
    if (!changed) return;
    for (const listener of [...this.dayListeners]) {
      try {
        listener(now);
      } catch (error) {
        this.report(error);
      }
    }
  }

  /** One pass at `now`: a stop that is due, else a nudge that is due, else the schedule for later. True when it acted. */
  private step(now: number): boolean {
    const timer = this.ctx.store.getTimer();
    if (!timer || timer.id !== this.failedStopFor) this.failedStopFor = null;
    if (timer && this.failedStopFor === null) {
      // The stop the last schedule promised comes first: it may lie in a gap the process slept through.
      const promised = this.promisedStop;
      const missed = promised && promised.timerId === timer.id && promised.at <= now ? promised.at : null;
      const stop = missed === null ? this.deps.locks.hardStop(now) : null;
      const dueAt = missed ?? (stop && stop.at <= now ? stop.at : null);
      if (dueAt !== null && this.hardStop(timer, dueAt, now)) return true;
      this.promisedStop = stop && stop.at > now ? { timerId: timer.id, at: stop.at } : null;
    } else {
      this.promisedStop = null;
    }
    const next = this.deps.nudges.nextAt(now);
    if (next && next.at <= now) {
      this.deps.nudges.show(next);
      return true;
    }
    this.next = next;
    return false;
  }

  /** The hard stop of a wake; one that cannot be saved is reported once, not tried again in a loop. */
  private hardStop(timer: RunningTimer, at: number, now: number): boolean {
    this.promisedStop = null;
    try {
      this.stopAndTell(at, now);
    } catch (error) {
      this.failedStopFor = timer.id;
      this.report(error);
      return false;
    }
    return true;
  }

  /** Stops the work timer at the instant the lock says (its true end), then says so; answers the words. Throws when
   * the stop cannot be saved. A person who switched lock-stopped nudges off still gets the stop; they see it in the
   * window (and the command line says it). */
  private stopAndTell(at: number, now: number): string {
    const text = this.deps.nudges.lockStoppedText(at);
    this.deps.timer.stopAt(at);
    if (this.deps.nudges.isEnabled('lock-stopped')) this.deps.nudges.show({ kind: 'lock-stopped', at: now, text });
    return text;
  }

  private arm(minDelay = 0): void {
    this.disarm();
    if (!this.started) return;
    const now = this.ctx.clock.now();
    const timer = this.ctx.store.getTimer();
    // Ticks fall on whole minutes of the running timer, when its label changes.
    this.tickAt = timer ? timer.start + (Math.floor(Math.max(0, now - timer.start) / this.tickMs) + 1) * this.tickMs : null;
    const due = Math.min(this.next?.at ?? Infinity, this.promisedStop?.at ?? Infinity, this.nextMidnight(now), now + this.maxDelayMs);
    const at = Math.min(due, this.tickAt ?? Infinity);
    this.tickOnly = this.tickAt !== null && this.tickAt < due;
    const delay = Math.max(minDelay, at - now);
    this.wakeAt = now + delay;
    this.handle = this.deps.timers.setTimeout(() => this.fired('due'), delay);
  }

  private disarm(): void {
    if (this.handle !== null) this.deps.timers.clearTimeout(this.handle);
    this.handle = null;
    this.wakeAt = null;
  }

  private fired(reason: string): void {
    this.handle = null;
    if (!this.started) return;
    const now = this.ctx.clock.now();
    const drift = this.wakeAt === null ? 0 : now - this.wakeAt;
    const jumped = Math.abs(drift) > this.jumpToleranceMs;
    const tickDue = this.tickAt !== null && now >= this.tickAt && this.ctx.store.getTimer() !== null;
    if (this.tickOnly && !jumped) {
      // Nothing but the label is due: no need to ask the schedule again.
      if (tickDue) this.ctx.bus.emit('timer.tick', { now });
      this.arm();
      return;
    }
    this.wake(jumped ? 'clock-jump' : reason);
    if (tickDue && this.ctx.store.getTimer() !== null) this.ctx.bus.emit('timer.tick', { now });
  }

  private nextMidnight(now: number): number {
    const tz = this.ctx.store.getSettings().timeZone;
    return dayBounds(localDateOf(now, tz), tz).end;
  }

  private report(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.error('[timelock] the scheduler failed:', error);
    this.ctx.bus.emit('notice', { level: 'error', message: `Timelock could not apply a lock or nudge: ${message}` });
  }
}

/**
 * Where a missed hard stop is looked for: from the last instant an app is known to have run with this timer (its
 * heartbeat), else from the timer's start, and never after now. Not earlier than the heartbeat: the app was watching
 * until then, and a stop it did not make then (hard mode switched on later) is not made in the past now.
 */
function judgedFrom(timer: RunningTimer, lastSeenAt: number | null | undefined, now: number): number {
  return Math.min(Math.max(lastSeenAt ?? timer.start, timer.start), now);
}
