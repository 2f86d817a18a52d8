// A fake of the typed client: it records every call, answers like a small main process (snapshot, timer, entries,
// categories, settings, summaries, check-ins, nudges, unlocks, the plan) unless a test configures an answer, checks requests
// and answers against the contract, and emits push events on demand, as the real services do after a change.
import { channels, events, type ChannelName, type EventName, type EventPayload, type RequestOf, type ResponseOf } from '../../shared/contract';
import type { Category, CheckIn, Entry, NudgeRecord, RunningTimer, Settings } from '../../shared/model';
import type { Timebox } from '../../shared/planModel';
import type { AppErrorShape, Result } from '../../shared/result';
import type { Api } from '../../renderer/api';
import { setDayTotal } from '../../shared/domain/dayTotal';
import { dayBounds, MINUTE, parseDate } from '../../shared/domain/time';
import { windowIntervals } from '../../shared/domain/windows';
import { fakePlanned, planAnswers } from './fakePlan';
import { CATEGORIES, NOW, settingsFixture, snapshotFixture, weekRangeFixture, weekSummaryFixture, type WeekMinutes } from './fixtures';

type Answer<C extends ChannelName> = (request: RequestOf<C>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

export interface RecordedCall {
  channel: ChannelName;
  request: unknown;
}

export interface FakeState {
  settings: Settings;
  timer: RunningTimer | null;
  week: WeekMinutes | undefined;
  offHours: number[] | undefined;
  windowEndsAt?: number | null;
  now: number;
  entries: Entry[];
  categories: Category[];
  checkIns: CheckIn[];
  nudges: NudgeRecord[];
  timeboxes: Timebox[];
}

export interface FakeApi extends Api {
  readonly calls: RecordedCall[];
  callsTo<C extends ChannelName>(channel: C): RequestOf<C>[];
  answer<C extends ChannelName>(channel: C, answer: Answer<C>): void;
  fail(channel: ChannelName, error: AppErrorShape): void;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** What the fake main process holds; tests change it to shape later answers. */
  state: FakeState;
}

const ok = <T,>(value: T) => ({ ok: true as const, value });
const notFound = { ok: false as const, error: { code: 'not-found' as const, message: 'That entry does not exist any more. It may have been deleted.' } };

export function createFakeApi(): FakeApi {
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answers = new Map<ChannelName, Answer<ChannelName>>();
  const state: FakeState = { settings: settingsFixture(), timer: null, week: undefined, offHours: undefined, now: NOW, entries: [], categories: [...CATEGORIES], checkIns: [], nudges: [], timeboxes: [] };
  let count = 0;

  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    events[name].parse(payload);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  // Events follow the answer, as they do over IPC.
  const emitLater = <E extends EventName>(name: E, payload: EventPayload<E>) => queueMicrotask(() => emit(name, payload));
  const changed = (what: EventPayload<'data.changed'>['what']) => emitLater('data.changed', { what });
  const putEntry = (entry: Entry) => {
    state.entries = [...state.entries.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.start - b.start);
    changed(['entries']);
    return ok(entry);
  };

  const stopTimer = (): Entry | null => {
    const timer = state.timer;
    if (!timer) return null;
    state.timer = null;
    const entry: Entry = { id: timer.id, categoryId: timer.categoryId, start: timer.start, end: state.now, note: '', tags: [], source: 'timer' };
    // As the timer service does: the entry is saved (data.changed) before the timer is cleared (timer.changed).
    state.entries = [...state.entries.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.start - b.start);
    changed(['entries']);
    emitLater('timer.changed', { timer: null });
    return entry;
  };
  const summary = (at: number) => {
    const week = weekSummaryFixture({ minutes: state.week, capMinutes: state.settings.weeklyCapMinutes, dailyCapMinutes: state.settings.dailyCapMinutes, offHours: state.offHours, at, categories: state.categories, windowEndsAt: state.windowEndsAt ?? null });
    // Days off are marked as the domain marks them; the fake leaves the cap as it is (the domain tests cover that).
    const offOn = (date: string) => state.settings.daysOff.find((d) => d.date === date)?.kind ?? null;
    const days = week.days.map((day) => ({ ...day, dayOff: offOn(day.date) }));
    return { planned: fakePlanned(state, at), ...week, days, daysOff: days.flatMap((d) => (d.dayOff ? [{ date: d.date, kind: d.dayOff }] : [])) };
  };

  const defaults: { [C in ChannelName]?: Answer<C> } = {
    ...planAnswers(state, () => changed(['timeboxes']), () => `box-${++count}`),
    'app.snapshot': () => ok(snapshotFixture({ settings: state.settings, timer: state.timer, now: state.now, categories: state.categories })),
    'app.reveal': () => ok({ shown: true, path: snapshotFixture().dataDir }),
    // Sync is off unless a test answers otherwise (test/renderer/views/Settings/SyncSettings.test.tsx).
    'sync.status': () => ok(null),
    'sync.conflicts': () => ok([]),
    'sync.otherTimers': () => ok([]),
    'settings.get': () => ok(state.settings),
    'settings.update': (patch) => {
      state.settings = { ...state.settings, ...patch } as Settings;
      changed(['settings']);
      return ok(state.settings);
    },
    // Days off kept in the settings, as the service keeps them; the timeline is one span unless a test answers it.
    'boundaries.history': () => {
      const { weeklyCapMinutes, dailyCapMinutes, workWindows, targets } = state.settings;
      return ok([{ from: weekSummaryFixture({ at: state.now }).week, weeklyCapMinutes, dailyCapMinutes, workWindows, targets, state: 'current' as const }]);
    },
    'daysOff.add': ({ from, to, kind, note }) => {
      if (to !== undefined && to !== from) return { ok: false, error: { code: 'bad-request', message: 'The fake takes one day at a time.' } };
      const day = { date: from, kind: kind ?? 'other', note: note ?? '' };
      state.settings = { ...state.settings, daysOff: [...state.settings.daysOff.filter((d) => d.date !== from), day].sort((a, b) => a.date.localeCompare(b.date)) };
      changed(['settings']);
      return ok([day]);
    },
    'daysOff.remove': ({ date }) => {
      const day = state.settings.daysOff.find((d) => d.date === date);
      if (!day) return { ok: false, error: { code: 'not-found', message: `${date} is not a day off.` } };
      state.settings = { ...state.settings, daysOff: state.settings.daysOff.filter((d) => d !== day) };
      changed(['settings']);
      return ok(day);
    },
    'categories.list': () => ok(state.categories),
    'categories.add': ({ name, area, color }) => {
      const category: Category = { id: `category-${++count}`, name, area, color: color ?? '#56B4E9', archived: false };
      state.categories = [...state.categories, category];
      changed(['categories']);
      return ok(category);
    },
    'categories.update': ({ id, ...patch }) => {
      const current = state.categories.find((c) => c.id === id);
      if (!current) return { ok: false, error: { code: 'not-found', message: 'No such category.' } };
      const next = { ...current, ...patch } as Category;
      state.categories = state.categories.map((c) => (c.id === id ? next : c));
      changed(['categories']);
      return ok(next);
    },
    'timer.start': ({ categoryId }) => {
      stopTimer();
      state.timer = { id: `timer-${++count}`, categoryId, start: state.now, note: '' };
      emitLater('timer.changed', { timer: state.timer });
      return ok(state.timer);
    },
    'timer.stop': () => ok(stopTimer()),
    'entries.list': ({ from, to }) => ok(state.entries.filter((e) => e.end > from && e.start < to)),
    'entries.add': ({ categoryId, start, end, note, tags, reason }) =>
      putEntry({ id: `entry-${++count}`, categoryId, start, end, note: note ?? '', tags: tags ?? [], source: 'manual', ...(reason ? { overrideReason: reason } : {}) }),
    'entries.update': ({ id, reason: _reason, ...patch }) => {
      const current = state.entries.find((e) => e.id === id);
      return current ? putEntry({ ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) }) : notFound;
    },
    'entries.delete': ({ id }) => {
      const entry = state.entries.find((e) => e.id === id);
      if (!entry) return notFound;
      state.entries = state.entries.filter((e) => e.id !== id);
      changed(['entries']);
      return ok(entry);
    },
    'entries.restore': ({ entries }) => {
      for (const entry of entries) putEntry(entry as Entry);
      return ok(entries as Entry[]);
    },
    // The domain's own rule over the fake's entries, applied as one change (no locks).
    'entries.setDayMinutes': ({ date, categoryId, minutes, preview }) => {
      const area = state.categories.find((c) => c.id === categoryId)?.area ?? 'work';
      const day = dayBounds(parseDate(date)!, state.settings.timeZone);
      const entries = state.entries.filter((e) => e.end > day.start && e.start < day.end);
      const change = setDayTotal({ day, categoryId, area, minutes, entries, timer: state.timer, now: state.now, windows: windowIntervals(day.start, day.end, state.settings) });
      if (change.kind === 'refused') return { ok: false, error: { code: 'conflict', message: change.message } };
      const added: Entry[] = change.kind === 'add' ? change.pieces.map((p) => ({ id: `entry-${++count}`, categoryId, start: p.start, end: p.end, note: '', tags: [], source: 'manual' })) : [];
      const trimmed: Entry[] = change.kind === 'reduce' ? change.trims.map((t) => ({ ...t.entry, start: t.start, end: t.end })) : [];
      const removed = change.kind === 'reduce' ? change.deletes : [];
      if (!preview) {
        const changedIds = new Set([...trimmed, ...removed].map((e) => e.id));
        state.entries = [...state.entries.filter((e) => !changedIds.has(e.id)), ...trimmed, ...added].sort((a, b) => a.start - b.start);
        changed(['entries']);
      }
      const insideWindowsMinutes = change.kind === 'add' ? change.insideWindowsMs / MINUTE : 0;
      return ok({ applied: !preview, date, categoryId, previousMinutes: change.currentMs / MINUTE, minutes, added, insideWindowsMinutes, trimmed, removed });
    },
    'summary.week': ({ at }) => ok(summary(at ?? state.now)),
    'summary.range': ({ at, weeks }) => ok(weekRangeFixture({ at: at ?? state.now, weeks })),
    'nudges.log': ({ from, to }) => ok(state.nudges.filter((n) => n.at >= from && n.at < to)),
    'nudges.act': ({ id, action }) => {
      const nudge = state.nudges.find((n) => n.id === id) ?? { id, kind: 'cap-warning' as const, at: state.now, text: 'A nudge' };
      return ok({ ...nudge, choice: action === 'dismiss' ? 'dismissed' : action });
    },
    'checkins.list': () => ok(state.checkIns),
    'checkins.save': ({ week, energy, mood, note }) => {
      const checkIn: CheckIn = { week, at: state.now, energy, mood, note: note ?? '' };
      state.checkIns = [...state.checkIns.filter((c) => c.week !== week), checkIn];
      changed(['checkins']);
      return ok(checkIn);
    },
    'locks.unlock': ({ reason, minutes }) => {
      const activeFrom = state.now + state.settings.unlockCooldownSeconds * 1000;
      changed(['unlocks']);
      return ok({ id: `unlock-${++count}`, reason, requestedAt: state.now, activeFrom, activeUntil: activeFrom + (minutes ?? state.settings.unlockDurationMinutes) * 60_000 });
    },
    'idle.pending': () => ok(null),
    'backup.list': () => ok([]),
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
