// The typed client over the real main process: the router, services and storage of the test host in a fresh
// temporary folder, on a fake clock, reached in-process as a window reaches them over IPC (answers and events cloned,
// each event after the answer of the call that caused it). What tests need beyond that is thin: a record of the
// requests sent, seeding through the real channels, and one channel's answer wrapped where a test needs a failure the
// real services cannot produce.
import { afterEach } from 'vitest';
import { events, type ChannelName, type EventName, type EventPayload, type RequestOf, type ResponseOf } from '../../shared/contract';
import type { Category, Settings } from '../../shared/model';
import type { Timebox } from '../../shared/planModel';
import type { AppErrorShape, Result } from '../../shared/result';
import type { Api } from '../../renderer/api';
import { fromLocal, parseDate, weekContaining } from '../../shared/domain/time';
import { fakePower, type FakePower } from '../support/fakePower';
import { makeTestHost, type FakeClock, type TestHost } from '../support/testHost';
import { NOW, TIME_ZONE, type WeekMinutes } from './fixtures';

export interface RecordedCall {
  channel: ChannelName;
  request: unknown;
}

/** A test's own answer for a channel; `real` asks the real router, so a wrapper can change or delay what it says. */
export type Answer<C extends ChannelName> = (request: RequestOf<C>, real: () => Promise<Result<ResponseOf<C>>>) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

export interface TestApi extends Api {
  /** The real router, services and storage; `host.call` seeds through a channel without recording the call. */
  readonly host: TestHost;
  /** The services' clock; the window's clock reads it too (renderApp). */
  readonly clock: FakeClock;
  /** Wired to the idle service and the scheduler as electron/main.ts wires powerMonitor (probe and events). */
  readonly power: FakePower;
  /** The folders app.reveal opened in the (fake) file manager. */
  readonly revealed: string[];
  readonly calls: RecordedCall[];
  callsTo<C extends ChannelName>(channel: C): RequestOf<C>[];
  answer<C extends ChannelName>(channel: C, answer: Answer<C>): void;
  fail(channel: ChannelName, error: AppErrorShape): void;
  /** A push event from the main process, through the real event bus (a nudge, a notice). */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** The id the real service gave the category of that name (or the fixtures' id for it: 'reading'). */
  categoryId(name: string): string;
}

export interface TestApiOptions {
  now?: number;
  /** Settings on top of the fixtures' (Berlin, the person already welcomed), saved through settings.update. */
  settings?: Partial<Omit<Settings, 'timeline' | 'daysOff'>>;
  /** Add the fixtures' extra categories (Reading, family; Old project, work, archived) beside the seeded three. */
  extraCategories?: boolean;
}

const open = new Set<TestHost>();
afterEach(() => {
  for (const host of open) host.cleanup();
  open.clear();
});

export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const power = fakePower();
  const revealed: string[] = [];
  const revealFolder = async (folder: string) => Boolean(revealed.push(folder));
  const host = makeTestHost({ start: options.now ?? NOW, timeZone: TIME_ZONE, idleProbe: power.probe, revealFolder });
  open.add(host);
  power.watch(host);
  const calls: RecordedCall[] = [];
  const answers = new Map<ChannelName, Answer<ChannelName>>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  host.app.bus.subscribe(<E extends EventName>(name: E, payload: EventPayload<E>) => {
    events[name].parse(payload);
    const copy = structuredClone(payload);
    // Over IPC an event reaches the window after the answer of the request that caused it, and only a window that
    // listened when it was sent (seeding before a render sends nothing to the window rendered after).
    const listening = [...(listeners.get(name) ?? [])];
    if (listening.length) setTimeout(() => listening.forEach((listener) => listener(copy)), 0);
  });
  const real = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
    host.app.router.call(channel, structuredClone(request)).then((result) => structuredClone(result) as Result<ResponseOf<C>>);

  await host.call('settings.update', { welcomePending: false, ...options.settings });
  if (options.extraCategories ?? true) await seedExtraCategories(host);
  host.events.length = 0;

  const api: TestApi = {
    host,
    clock: host.clock,
    power,
    revealed,
    calls,
    callsTo: <C extends ChannelName>(channel: C) => calls.filter((call) => call.channel === channel).map((call) => call.request as RequestOf<C>),
    answer: (channel, answer) => answers.set(channel, answer as Answer<ChannelName>),
    fail: (channel, error) => answers.set(channel, () => ({ ok: false, error })),
    emit: (name, payload) => host.app.bus.emit(name, payload),
    categoryId(name) {
      const found = host.app.store.getCategories().find((c) => c.name === name || slug(c.name) === name);
      if (!found) throw new Error(`No category named ${name}.`);
      return found.id;
    },
    async call(channel, request) {
      calls.push({ channel, request });
      const own = answers.get(channel) as Answer<typeof channel> | undefined;
      return own ? await own(request, () => real(channel, request)) : real(channel, request);
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return api;
}

/** The fixtures' id for a category ('old-project' for Old project), which the real service names `id-N`. */
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

async function seedExtraCategories(host: TestHost): Promise<Category[]> {
  const reading = await host.call('categories.add', { name: 'Reading', area: 'family', color: '#CC79A7' });
  const old = await host.call('categories.add', { name: 'Old project', area: 'work', color: '#E69F00' });
  return [reading, await host.call('categories.update', { id: old.id, archived: true })];
}

/**
 * Entries for the week containing `at`, Monday first, by category id, name or the fixtures' id: each day's work from 09:00 (inside the
 * default window), the rest after it; a day that would run past now ends at now instead.
 */
export async function seedWeek(api: TestApi, minutes: WeekMinutes, at = api.clock.now()): Promise<void> {
  const settings = api.host.app.store.getSettings();
  const categories = api.host.app.store.getCategories();
  const idOf = (key: string) => categories.find((c) => c.id === key || c.name === key || slug(c.name) === key)?.id ?? key;
  const isWork = (id: string) => categories.find((c) => c.id === id)?.area === 'work';
  const week = weekContaining(at, settings.timeZone, settings.weekStartsOn);
  for (const [i, byCategory] of minutes.entries()) {
    const ordered = Object.entries(byCategory)
      .map(([key, value]) => [idOf(key), value] as const)
      .sort(([a], [b]) => Number(isWork(b)) - Number(isWork(a)));
    const total = ordered.reduce((sum, [, value]) => sum + value, 0) * 60_000;
    let start = fromLocal(parseDate(week.days[i]!.date)!, 9, 0, settings.timeZone);
    const now = api.clock.now();
    if (start < now && start + total > now) start = now - total;
    for (const [categoryId, value] of ordered) {
      const end = start + value * 60_000;
      await api.host.call('entries.add', { categoryId, start, end });
      start = end;
    }
  }
}

/**
 * A cap lived week by week, as a person would have set it: the clock goes back to each change's week, the change is
 * saved from that week on (boundaries.set), and the clock comes back. `caps` are [weeks ago, minutes], oldest first.
 * The record begins with an hour of work in the first change's week: without data before it, a change holds from the
 * start (the first span is shown from the earliest week with data).
 */
export async function seedCapHistory(api: TestApi, caps: Array<[weeksAgo: number, minutes: number]>): Promise<void> {
  const now = api.clock.now();
  for (const [i, [weeksAgo, minutes]] of caps.entries()) {
    api.clock.set(now - weeksAgo * 7 * 86_400_000);
    if (i === 0) await api.host.call('entries.add', { categoryId: 'work', start: api.clock.now() - 2 * 3_600_000, end: api.clock.now() - 3_600_000 });
    await api.host.call('boundaries.set', { values: { weeklyCapMinutes: minutes } });
  }
  api.clock.set(now);
}

/** Boxes of the plan through plan.add, as the Plan view would make them; answers what the service saved. */
export async function seedPlan(api: TestApi, boxes: Array<RequestOf<'plan.add'>>): Promise<Timebox[]> {
  const saved: Timebox[] = [];
  for (const box of boxes) saved.push(await api.host.call('plan.add', box));
  return saved;
}
