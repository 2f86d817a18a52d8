// A fake of the typed client: it records every call, answers like a small main process (snapshot, timer,
// settings, week summary) unless a test configures an answer, checks requests and answers against the contract,
// and emits push events on demand, as the real services do after a change.
import { channels, events, type ChannelName, type EventName, type EventPayload, type RequestOf, type ResponseOf } from '../../shared/contract';
import type { Entry, RunningTimer, Settings } from '../../shared/model';
import type { AppErrorShape, Result } from '../../shared/result';
import type { Api } from '../../renderer/api';
import { CATEGORIES, NOW, settingsFixture, snapshotFixture, weekSummaryFixture, type WeekMinutes } from './fixtures';

type Answer<C extends ChannelName> = (request: RequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

export interface RecordedCall {
  channel: ChannelName;
  request: unknown;
}

export interface FakeApi extends Api {
  readonly calls: RecordedCall[];
  callsTo<C extends ChannelName>(channel: C): RequestOf<C>[];
  answer<C extends ChannelName>(channel: C, answer: Answer<C>): void;
  fail(channel: ChannelName, error: AppErrorShape): void;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** What the fake main process holds; tests change it to shape later answers. */
  state: { settings: Settings; timer: RunningTimer | null; week: WeekMinutes | undefined; now: number };
}

export function createFakeApi(): FakeApi {
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answers = new Map<ChannelName, Answer<ChannelName>>();
  const state: FakeApi['state'] = { settings: settingsFixture(), timer: null, week: undefined, now: NOW };
  let timerCount = 0;

  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    events[name].parse(payload);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  // Events follow the answer, as they do over IPC.
  const emitLater = <E extends EventName>(name: E, payload: EventPayload<E>) => queueMicrotask(() => emit(name, payload));

  const stopTimer = (): Entry | null => {
    const timer = state.timer;
    if (!timer) return null;
    state.timer = null;
    emitLater('timer.changed', { timer: null });
    return { id: timer.id, categoryId: timer.categoryId, start: timer.start, end: state.now, note: '', tags: [], source: 'timer' };
  };

  const defaults: { [C in ChannelName]?: Answer<C> } = {
    'app.snapshot': () => ({ ok: true, value: snapshotFixture({ settings: state.settings, timer: state.timer, now: state.now }) }),
    'settings.get': () => ({ ok: true, value: state.settings }),
    'categories.list': () => ({ ok: true, value: CATEGORIES }),
    'settings.update': (patch) => {
      state.settings = { ...state.settings, ...patch } as Settings;
      emitLater('data.changed', { what: ['settings'] });
      return { ok: true, value: state.settings };
    },
    'timer.start': ({ categoryId }) => {
      stopTimer();
      state.timer = { id: `timer-${++timerCount}`, categoryId, start: state.now, note: '' };
      emitLater('timer.changed', { timer: state.timer });
      return { ok: true, value: state.timer };
    },
    'timer.stop': () => ({ ok: true, value: stopTimer() }),
    'summary.week': ({ at }) => ({
      ok: true,
      value: weekSummaryFixture({ minutes: state.week, capMinutes: state.settings.weeklyCapMinutes, at: at ?? state.now }),
    }),
  };

  return {
    calls,
    state,
    callsTo: <C extends ChannelName>(channel: C) => calls.filter((call) => call.channel === channel).map((call) => call.request as RequestOf<C>),
    answer: (channel, answer) => answers.set(channel, answer as Answer<ChannelName>),
    fail: (channel, error) => answers.set(channel, () => ({ ok: false, error })),
    emit,
    async call(channel, request) {
      calls.push({ channel, request });
      const parsed = channels[channel].request.safeParse(request);
      if (!parsed.success) {
        return { ok: false, error: { code: 'bad-request', message: `The renderer sent a bad ${channel} request.` } };
      }
      const answer = (answers.get(channel) ?? defaults[channel]) as Answer<typeof channel> | undefined;
      if (!answer) return { ok: false, error: { code: 'internal', message: `The fake api has no answer for ${channel}.` } };
      const result = await answer(request);
      if (result.ok) channels[channel].response.parse(result.value);
      return result;
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
