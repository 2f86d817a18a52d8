// Time away from a running timer — no input past the idle threshold, the machine asleep, the screen locked, or
// Timelock not running at all — asked about when the person is back: keep it, discard it, or move it. The host
// reports power events and lends an idle probe; a heartbeat written at the scheduler's tick (at most once a minute,
// only while a timer runs) shows the time nobody saw. The question is stored, so a window opened later, or the next
// start, still sees it.
import type { ParsedRequestOf } from '../../shared/contract';
import { MINUTE } from '../../shared/domain/time';
import type { IdleQuestion, RunningTimer } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { IdleProbe, TimerHandle, Timers } from '../ports';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import type { IdleResolution, IdleResolver } from './idleResolver';

export interface IdleServiceOptions {
  /** While the person is away (and only then), how often the probe is asked whether they are back. */
  returnCheckMs?: number;
}

type Cause = IdleQuestion['cause'];

interface Away {
  /** The timer that was running when the person left. */
  timer: RunningTimer;
  start: number;
  cause: Cause;
}

export class IdleService {
  private readonly returnCheckMs: number;
  private unsubscribe: (() => void) | null = null;
  private away: Away | null = null;
  private returnCheck: TimerHandle | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: { timers: Timers; probe?: IdleProbe; resolver: IdleResolver },
    options: IdleServiceOptions = {},
  ) {
    this.returnCheckMs = options.returnCheckMs ?? 5_000;
  }

  /** The last instant the app is known to have run with the current timer; null when none runs or nothing was seen. */
  lastSeenAt(): number | null {
    const timer = this.ctx.store.getTimer();
    const beat = this.ctx.store.getPresence().heartbeat;
    return timer && beat?.timerId === timer.id ? beat.at : null;
  }

  /**
   * Listens for ticks and timer changes, and asks about the time the app was closed with a timer running: from the
   * last heartbeat (or the moment the person had already gone) to now. It writes a fresh heartbeat: read
   * `lastSeenAt` before, for the scheduler.
   */
  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.ctx.bus.subscribe((name) => {
      if (name === 'timer.tick') this.onTick();
      if (name === 'timer.changed') this.onTimerChanged();
    });
    const now = this.ctx.clock.now();
    const timer = this.ctx.store.getTimer();
    const beat = this.ctx.store.getPresence().heartbeat;
    try {
      if (timer && beat?.timerId === timer.id) {
        const from = Math.max(beat.awaySince ?? beat.at, timer.start);
        if (now - from >= this.thresholdMs()) this.ask(timer, from, now, 'closed');
      }
      this.beat(now);
    } catch (error) {
      // A heartbeat that cannot be written must not stop the app from starting: say so and go on.
      const message = error instanceof Error ? error.message : String(error);
      this.ctx.bus.emit('notice', { level: 'warning', message: `Timelock could not check for time away: ${message}` });
    }
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.cancelReturnCheck();
    this.away = null;
  }

  /** What the idle probe says at `at`: seconds since the last input. The service polls its probe itself; a host may also push. */
  report(sample: { idleSeconds: number; at?: number }): void {
    const timer = this.ctx.store.getTimer();
    const subject = this.away?.timer ?? timer;
    if (!subject) return;
    const at = sample.at ?? this.ctx.clock.now();
    const lastInput = Math.max(at - Math.max(0, sample.idleSeconds) * 1000, subject.start);
    if (at - lastInput >= this.thresholdMs()) {
      if (!this.away && timer) this.leave(timer, lastInput, 'idle');
      if (this.away) this.scheduleReturnCheck();
    } else if (this.away && lastInput > this.away.start) {
      // Input after the time away began: the person is back since that input.
      this.comeBack(lastInput);
    }
  }

  /** powerMonitor 'suspend': no checks while asleep; the time counts as away from here. */
  onSuspend(at?: number): void {
    const timer = this.ctx.store.getTimer();
    if (timer && !this.away) this.leave(timer, at ?? this.ctx.clock.now(), 'sleep');
    this.cancelReturnCheck();
  }

  /** powerMonitor 'resume': whoever opened the lid is back. */
  onResume(at?: number): void {
    if (this.away) this.comeBack(at ?? this.ctx.clock.now());
  }

  /** powerMonitor 'lock-screen'. */
  onLockScreen(at?: number): void {
    const timer = this.ctx.store.getTimer();
    if (timer && !this.away) this.leave(timer, at ?? this.ctx.clock.now(), 'lock-screen');
    this.scheduleReturnCheck();
  }

  /** powerMonitor 'unlock-screen'. */
  onUnlockScreen(at?: number): void {
    if (this.away) this.comeBack(at ?? this.ctx.clock.now());
  }

  pending(): IdleQuestion | null {
    return this.ctx.store.getPresence().idleQuestion;
  }

  resolve(request: ParsedRequestOf<'idle.resolve'>): IdleResolution {
    const question = this.pending();
    if (!question) throw new AppError('not-found', 'There is no open question about time away. It may have been answered in another window.');
    const resolution = this.deps.resolver.apply(question, request);
    this.ctx.store.setPresence({ ...this.ctx.store.getPresence(), idleQuestion: null });
    this.ctx.bus.emit('idle.resolved', { id: question.id, choice: request.choice });
    return resolution;
  }

  handlers(): HandlerSet {
    return {
      'idle.pending': () => this.pending(),
      'idle.resolve': (request) => this.resolve(request),
    };
  }

  private onTick(): void {
    const timer = this.ctx.store.getTimer();
    if (!timer) return;
    const now = this.ctx.clock.now();
    const beat = this.ctx.store.getPresence().heartbeat;
    // Beats come every minute while a timer runs; a far longer gap is time nobody saw (a sleep the host did not report).
    if (!this.away && beat?.timerId === timer.id && now - beat.at > this.thresholdMs() + MINUTE) this.ask(timer, beat.at, now, 'sleep');
    if (this.deps.probe) this.report({ idleSeconds: this.deps.probe.idleSeconds(), at: now });
    this.beat(now);
  }

  private onTimerChanged(): void {
    const timer = this.ctx.store.getTimer();
    const now = this.ctx.clock.now();
    // A timer stopped while the person is away (the hard lock at the window's end) is still asked about on return.
    if (this.away && timer && timer.id !== this.away.timer.id) {
      // Another timer started: someone is at the keyboard.
      this.away = null;
      this.cancelReturnCheck();
    }
    this.beat(now);
  }

  private leave(timer: RunningTimer, at: number, cause: Cause): void {
    this.away = { timer, start: Math.max(at, timer.start), cause };
    this.beat(this.ctx.clock.now());
  }

  private comeBack(at: number): void {
    const away = this.away;
    this.away = null;
    this.cancelReturnCheck();
    const end = away ? this.timerEnd(away.timer, at) : null;
    if (away && end !== null && end - away.start >= this.thresholdMs()) this.ask(away.timer, away.start, end, away.cause);
    this.beat(this.ctx.clock.now());
  }

  /** Up to when the time away was the timer's: the return, or the stop if it stopped meanwhile; null if its time is gone. */
  private timerEnd(timer: RunningTimer, back: number): number | null {
    if (this.ctx.store.getTimer()?.id === timer.id) return back;
    const entry = this.ctx.store.entriesBetween(timer.start, back + 1).find((e) => e.id === timer.id);
    return entry ? Math.min(back, entry.end) : null;
  }

  /**
   * Opens the question, or widens the open one when the new stretch overlaps it (a sleep reported twice, by the
   * host and by the heartbeat). An unanswered question about an earlier stretch is replaced: it counts as kept.
   */
  private ask(timer: RunningTimer, start: number, end: number, cause: Cause): void {
    const presence = this.ctx.store.getPresence();
    const open = presence.idleQuestion;
    const overlaps = open !== null && open.timer.id === timer.id && start <= open.idleEnd && end >= open.idleStart;
    const idleStart = overlaps ? Math.min(start, open.idleStart) : start;
    const idleEnd = overlaps ? Math.max(end, open.idleEnd) : end;
    const question: IdleQuestion = {
      id: overlaps ? open.id : this.ctx.ids.newId(),
      timer: overlaps ? open.timer : timer,
      idleStart,
      idleEnd,
      minutes: Math.round((idleEnd - idleStart) / MINUTE),
      cause: overlaps ? open.cause : cause,
    };
    this.ctx.store.setPresence({ ...presence, idleQuestion: question });
    this.ctx.bus.emit('idle.question', question);
  }

  /**
   * A process that judged the running timer at `now` and does not stay (a command run with no app open): the
   * heartbeat moves on to it, keeping the start of any time away the app saw begin. A hard stop missed later is then
   * looked for from here, where the run was allowed, not from before a rule changed (Scheduler.catchUp).
   */
  seen(now: number): void {
    const timer = this.ctx.store.getTimer();
    if (!timer) return;
    const presence = this.ctx.store.getPresence();
    const awaySince = presence.heartbeat?.timerId === timer.id ? presence.heartbeat.awaySince : undefined;
    this.ctx.store.setPresence({ ...presence, heartbeat: { at: now, timerId: timer.id, ...(awaySince !== undefined ? { awaySince } : {}) } });
  }

  /** Writes the heartbeat for the running timer (with the start of any time away), or clears it when none runs. */
  private beat(now: number): void {
    const timer = this.ctx.store.getTimer();
    const away = this.away && timer && this.away.timer.id === timer.id ? { awaySince: this.away.start } : {};
    const heartbeat = timer ? { at: now, timerId: timer.id, ...away } : null;
    const presence = this.ctx.store.getPresence();
    if (heartbeat === null && presence.heartbeat === null) return;
    this.ctx.store.setPresence({ ...presence, heartbeat });
  }

  private scheduleReturnCheck(): void {
    if (!this.deps.probe || !this.away || this.returnCheck !== null || !this.unsubscribe) return;
    this.returnCheck = this.deps.timers.setTimeout(() => {
      this.returnCheck = null;
      const probe = this.deps.probe;
      if (probe && this.away) this.report({ idleSeconds: probe.idleSeconds() });
    }, this.returnCheckMs);
  }

  private cancelReturnCheck(): void {
    if (this.returnCheck !== null) this.deps.timers.clearTimeout(this.returnCheck);
    this.returnCheck = null;
  }

  private thresholdMs(): number {
    return this.ctx.store.getSettings().idleThresholdMinutes * MINUTE;
  }
}
