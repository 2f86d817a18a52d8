// Nudges: what the schedule says comes next, showing one (recorded, notified, pushed), and what the person chose on it.
// The scheduler decides when; this service owns the record of every nudge shown and the choice made on it.
import type { ParsedRequestOf } from '../../shared/contract';
import { clockWords } from '../../shared/domain/words';
import { scheduleNextNudge, snoozeUntil } from '../../shared/domain/nudgeSchedule';
import { NUDGE_KINDS, type NudgeKind, type NudgeRecord, type ScheduledNudge } from '../../shared/model';
import { AppError } from '../../shared/result';
import type { HandlerSet } from '../router';
import type { ServiceContext } from './context';
import type { TimerService } from './timerService';

export type NudgeAction = ParsedRequestOf<'nudges.act'>['action'];

/**
 * What a notification offers, kind by kind: stopping where a work timer runs on, starting the box about to begin, a
 * snooze that fits how long the boundary lasts, and opening the window where there is something to log or unlock.
 */
export const ACTIONS_BY_KIND: Record<NudgeKind, NudgeAction[]> = {
  'window-ending': ['stop', 'snooze-15', 'open'],
  'off-hours-work': ['stop', 'snooze-60', 'snooze-day'],
  'cap-warning': ['stop', 'snooze-day', 'open'],
  'cap-reached': ['stop', 'snooze-day', 'open'],
  'daily-cap-reached': ['stop', 'snooze-day', 'open'],
  'wrap-up': ['stop', 'snooze-15'],
  'fitness-gap': ['open', 'snooze-day'],
  'family-gap': ['open', 'snooze-day'],
  'weekend-work': ['stop', 'snooze-day'],
  'lock-stopped': ['open'],
  'box-starting': ['start', 'snooze-day'],
  'box-ending': ['stop', 'snooze-15'],
  'box-missed': ['open', 'snooze-day'],
};

const ONLY_LOCK_STOPPED = Object.fromEntries(NUDGE_KINDS.map((k) => [k, k === 'lock-stopped'])) as Record<NudgeKind, boolean>;

export class NudgeService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly timer: TimerService,
  ) {}

  /**
   * The next nudge from `now` on, with everything stored: snoozes, past nudges, unlocks (which move a hard stop) and
   * the timeboxes (the schedule expands only those near `now`).
   */
  nextAt(now: number): ScheduledNudge | null {
    const store = this.ctx.store;
    return scheduleNextNudge({
      settings: store.getSettings(),
      categories: store.getCategories(),
      entries: store.getEntries(),
      timer: store.getTimer(),
      snoozes: store.getSnoozes(),
      pastNudges: store.getNudgeLog(),
      unlocks: store.getUnlocks(),
      timeboxes: store.getTimeboxes(),
      now,
    });
  }

  next(): ScheduledNudge | null {
    return this.nextAt(this.ctx.clock.now());
  }

  /** The schedule's words for a hard stop at `at`, asked while the timer still runs (afterwards it has no timer to speak of). */
  lockStoppedText(at: number): string {
    const settings = this.ctx.store.getSettings();
    const store = this.ctx.store;
    const planned = scheduleNextNudge({
      settings: { ...settings, nudges: { ...settings.nudges, enabled: ONLY_LOCK_STOPPED } },
      categories: store.getCategories(),
      entries: store.getEntries(),
      timer: store.getTimer(),
      snoozes: [],
      pastNudges: store.getNudgeLog(),
      unlocks: store.getUnlocks(),
      now: at,
    });
    if (planned?.kind === 'lock-stopped' && planned.at === at) return planned.text;
    return `The hard lock stopped the work timer at ${clockWords(at, settings.timeZone)}.`;
  }

  isEnabled(kind: NudgeKind): boolean {
    return this.ctx.store.getSettings().nudges.enabled[kind] !== false;
  }

  /**
   * Shows a nudge now: recorded first (so the schedule moves on even if showing fails), then notified and pushed. Kinds
   * folded into it are recorded too, answered 'folded', so each boundary is announced once, and said in its text.
   */
  show(nudge: ScheduledNudge): NudgeRecord {
    const folded = nudge.folded ?? [];
    const text = folded.length === 0 ? nudge.text : `${nudge.text} Also: ${folded.map((f) => f.text).join(' ')}`;
    const record: NudgeRecord = { id: this.ctx.ids.newId(), kind: nudge.kind, at: nudge.at, text, ...(nudge.ref ? { ref: nudge.ref } : {}) };
    this.ctx.store.appendNudge(record);
    for (const f of folded) {
      this.ctx.store.appendNudge({ id: this.ctx.ids.newId(), kind: f.kind, at: nudge.at, text: f.text, choice: 'folded', ...(f.ref ? { ref: f.ref } : {}) });
    }
    const actions = ACTIONS_BY_KIND[record.kind];
    try {
      this.ctx.notifier.notify({ id: record.id, kind: record.kind, text: record.text, actions });
    } catch (error) {
      // A native notification that fails must not stop the scheduler: the push event still reaches the window.
      console.error('[timelock] a notification failed:', error);
    }
    this.ctx.bus.emit('nudge', { ...record, actions });
    return record;
  }

  /**
   * The person's answer to a nudge, from a notification button or the window: recorded on the nudge and applied.
   * A snooze holds back that kind of nudge only, so snoozing a window reminder does not silence the cap.
   * Start goes through TimerService.start, so the locks judge it like any start. A refusal throws before anything is
   * written: the answer is the lock's error (why, and when work may start), and the nudge stays unanswered, so its
   * choices are still offered (after an unlock, say) rather than a start recorded that never happened.
   */
  act(request: ParsedRequestOf<'nudges.act'>): NudgeRecord {
    const store = this.ctx.store;
    const record = store.getNudgeLog().find((n) => n.id === request.id);
    if (!record) throw new AppError('not-found', 'That nudge is not in the nudge history.');
    const now = this.ctx.clock.now();
    const { action } = request;
    // Stop is about the timer running when the nudge came: one started since (a switch) is another, and goes on (the
    // window withdraws its toast then; a notification left in the system's tray can still be clicked). With no timer
    // running it has nothing to do; the choice is still recorded.
    if (action === 'stop' && (this.timer.current()?.start ?? Infinity) <= record.at) this.timer.stop();
    if (action === 'start') this.startBox(record);
    if (action === 'snooze-15' || action === 'snooze-60' || action === 'snooze-day') {
      const until = snoozeUntil(action, now, store.getSettings());
      // The kinds folded into this nudge were said in it: snoozing it snoozes them too.
      const folded = store.getNudgeLog().filter((n) => n.at === record.at && n.choice === 'folded' && n.id !== record.id);
      const kinds = [...new Set([record.kind, ...folded.map((n) => n.kind)])];
      // Expired snoozes are dropped on the way, so the list never grows past the live ones.
      store.setSnoozes([...store.getSnoozes().filter((s) => s.until > now), ...kinds.map((kind) => ({ until, kind }))]);
    }
    const choice = action === 'dismiss' ? 'dismissed' : action;
    store.updateNudge(record.id, { choice });
    this.ctx.bus.emit('data.changed', { what: ['nudges'] });
    return { ...record, choice };
  }

  /** Starts the timer of the box the nudge is about; one of that category already running goes on as it is. */
  private startBox(record: NudgeRecord): void {
    if (!record.ref) throw new AppError('bad-request', 'That nudge is not about a timebox: there is nothing for it to start.');
    if (this.timer.current()?.categoryId === record.ref.categoryId) return;
    this.timer.start({ categoryId: record.ref.categoryId });
  }

  log(from: number, to: number): NudgeRecord[] {
    return this.ctx.store.getNudgeLog().filter((n) => n.at >= from && n.at < to);
  }

  handlers(): HandlerSet {
    return {
      'nudges.next': () => this.next(),
      'nudges.log': ({ from, to }) => this.log(from, to),
      'nudges.act': (request) => this.act(request),
    };
  }
}
