// What the desktop's own controls do — the tray, the application menu, the global shortcut, a notification's
// buttons. Each goes through the router like a request from the window, so locks judge a tray start exactly as
// they judge a click in the page; this file only turns answers into things a person sees.
import type { APP_VIEWS, ChannelName, EventPayload, NUDGE_ACTIONS, RequestOf, ResponseOf } from '../../shared/contract';
import { whenWords } from '../../shared/domain/words';
import type { Category, NudgeKind } from '../../shared/model';
import type { AppErrorShape, Result } from '../../shared/result';
import type { EventBus } from '../eventBus';
import type { Router } from '../router';

export type AppView = (typeof APP_VIEWS)[number];
export type NudgeAction = (typeof NUDGE_ACTIONS)[number];
type NudgeEvent = EventPayload<'nudge'>;

export interface DesktopCommands {
  /** Starts a category's timer; false when the lock (or anything else) refused, which the person is then shown. */
  start(categoryId: string): Promise<boolean>;
  stop(): Promise<void>;
  /** Stops the timer another computer (by its sync id) left running: the entry is saved here up to now, less what entries here hold. */
  stopOther(device: string): Promise<void>;
  /** Stops the running timer, or starts the category last worked in. */
  toggle(): Promise<void>;
  /** Shows the window (creating it if needed), on `view` when given. */
  open(view?: AppView): void;
  /** A button pressed on a nudge's notification: recorded and applied by nudges.act. */
  actOnNudge(nudge: { id: string; kind: string }, action: NudgeAction): Promise<void>;
  /** A nudge's notification clicked: the window on the nudge's view, with its choices offered again if unanswered. */
  openNudge(nudge: { id: string; kind: string }): Promise<void>;
  quit(): void;
  /** Stops listening to the bus. */
  dispose(): void;
}

/** What a person was nudged about is seen best on Today, except the life-area gaps, which Balance shows. */
export function viewForNudge(kind: NudgeKind | string): AppView {
  return kind === 'fitness-gap' || kind === 'family-gap' ? 'balance' : 'today';
}

/** The refusal in words, with the next allowed instant when the lock gave one and its message does not say it yet. */
export function refusalText(error: AppErrorShape, now: number, timeZone: string): string {
  if (error.code === 'needs-reason') return `${error.message} Start it from the Timelock window to type one.`;
  const next = error.details?.nextAllowedAt;
  if (error.code !== 'locked' || typeof next !== 'number') return error.message;
  const when = whenWords(next, now, timeZone);
  return error.message.includes(when) ? error.message : `${error.message} Next allowed ${when}.`;
}

function refusalTitle(code: AppErrorShape['code']): string {
  if (code === 'locked') return 'Work is locked';
  if (code === 'needs-reason') return 'Timelock needs a reason';
  return 'Timelock could not start the timer';
}

/** Nudges kept for a click that comes late; more than a handful unanswered at once never happens. */
const REMEMBERED_NUDGES = 20;
const LOOKBACK_MS = 28 * 24 * 60 * 60 * 1000;

/** The router answers every channel with its response schema's type (it checks responses itself). */
function typedCall(router: Pick<Router, 'call'>) {
  return <C extends ChannelName>(channel: C, request: RequestOf<C>) => router.call(channel, request) as Promise<Result<ResponseOf<C>>>;
}

export function createDesktopCommands(deps: {
  router: Pick<Router, 'call'>;
  bus: Pick<EventBus, 'emit' | 'subscribe'>;
  /** Shows and focuses the window, creating it when there is none. */
  showWindow: () => void;
  /** A native notification that is not a nudge: a refusal. Clicking it shows the window. */
  notify: (message: { title: string; body: string }) => void;
  quit: () => void;
}): DesktopCommands {
  const { bus } = deps;
  const call = typedCall(deps.router);
  const recent = new Map<string, NudgeEvent>();
  const unsubscribe = bus.subscribe((name, payload) => {
    if (name !== 'nudge') return;
    const nudge = payload as NudgeEvent;
    recent.delete(nudge.id);
    recent.set(nudge.id, nudge);
    if (recent.size > REMEMBERED_NUDGES) recent.delete(recent.keys().next().value as string);
  });

  const open = (view?: AppView): void => {
    deps.showWindow();
    // After showWindow: a window it just created is connected to the bus, and holds this until its page listens.
    if (view) bus.emit('app.navigate', { view });
  };

  const tell = (level: 'warning' | 'error', title: string, body: string): void => {
    // The notice waits in the window (held until its page listens); the notification reaches a person away from it.
    bus.emit('notice', { level, message: body });
    deps.notify({ title, body });
  };

  const refused = async (error: AppErrorShape): Promise<void> => {
    const snapshot = await call('app.snapshot', {});
    const body = snapshot.ok ? refusalText(error, snapshot.value.now, snapshot.value.settings.timeZone) : error.message;
    const lock = error.code === 'locked' || error.code === 'needs-reason';
    tell(lock ? 'warning' : 'error', refusalTitle(error.code), body);
    open('today');
  };

  const start = async (categoryId: string): Promise<boolean> => {
    const result = await call('timer.start', { categoryId });
    if (result.ok) return true;
    await refused(result.error);
    return false;
  };

  const stop = async (): Promise<void> => {
    const result = await call('timer.stop', {});
    if (!result.ok) tell('error', 'Timelock could not stop the timer', result.error.message);
  };

  const stopOther = async (device: string): Promise<void> => {
    const result = await call('sync.stopOtherTimer', { device });
    if (!result.ok) tell('error', "Timelock could not stop the other computer's timer", result.error.message);
  };

  /** The category of the latest entry in four weeks, if still in use; else the first work category; else any. */
  const lastWorkedIn = async (categories: Category[], now: number): Promise<string | null> => {
    const active = categories.filter((c) => !c.archived);
    const listed = await call('entries.list', { from: Math.max(0, now - LOOKBACK_MS), to: now + 1 });
    const last = listed.ok ? [...listed.value].reverse().find((e) => active.some((c) => c.id === e.categoryId)) : undefined;
    return last?.categoryId ?? active.find((c) => c.area === 'work')?.id ?? active[0]?.id ?? null;
  };

  return {
    start,
    stop,
    stopOther,
    async toggle() {
      const snapshot = await call('app.snapshot', {});
      if (!snapshot.ok) return tell('error', 'Timelock could not read the timer', snapshot.error.message);
      if (snapshot.value.timer) return stop();
      const categoryId = await lastWorkedIn(snapshot.value.categories, snapshot.value.now);
      if (categoryId === null) return open('settings');
      await start(categoryId);
    },
    open,
    async actOnNudge(nudge, action) {
      if (action === 'open') open(viewForNudge(nudge.kind));
      const result = await call('nudges.act', { id: nudge.id, action });
      if (!result.ok) tell('error', 'Timelock could not apply your choice', result.error.message);
    },
    async openNudge(nudge) {
      open(viewForNudge(nudge.kind));
      const shown = recent.get(nudge.id);
      if (!shown) return;
      // Its toast may have timed out long ago: an unanswered nudge is offered again, so the window has its choices.
      const log = await call('nudges.log', { from: shown.at, to: shown.at + 1 });
      const record = log.ok ? log.value.find((n) => n.id === nudge.id) : undefined;
      if (record && record.choice === undefined) bus.emit('nudge', shown);
    },
    quit: () => deps.quit(),
    dispose: () => unsubscribe(),
  };
}
