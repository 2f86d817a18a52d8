// A large import checks its rows in slices, handing the event loop back between them, so other requests are answered
// meanwhile. What they save must not slip past the check: the import writes only what was judged against the data
// as it is at the write, and never loses what was saved meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at, refused, togglCsv } from './importFixtures';

const HOUR = 3_600_000;
const FIRST = at('2024-01-01T08:00:00Z');
const ROWS = 20_000;

/** ROWS half-hour rows of `project` (Fitness), one an hour from FIRST: enough work that the check pauses many times. */
function largeFile(project = 'Fitness'): string {
  const local = (t: number) => new Date(t).toISOString().slice(0, 19).replace('T', ' ');
  return togglCsv(Array.from({ length: ROWS }, (_, i) => [project, `run ${i}`, local(FIRST + i * HOUR), local(FIRST + i * HOUR + HOUR / 2)] as const));
}

/** Calls `ask` once the import starts writing, and again at every turn of the event loop until `finished()`. */
function whileWriting(host: TestHost, ask: () => Promise<void>, finished: () => boolean): void {
  const stop = host.app.bus.subscribe((name, payload) => {
    if (name !== 'import.progress' || (payload as { stage: string }).stage !== 'writing') return;
    stop();
    const again = () => {
      if (!finished()) void ask().then(() => setImmediate(again));
    };
    setImmediate(again);
  });
}

/** Saves `save` during the check: on its first progress report, at the check's next pause. */
function whileChecking(host: TestHost, save: () => Promise<unknown>): { saved: Promise<unknown> } {
  let started = false;
  let resolveSaved: (value: unknown) => void = () => {};
  const saved = new Promise((resolve) => (resolveSaved = resolve));
  const stop = host.app.bus.subscribe((name, payload) => {
    if (started || name !== 'import.progress' || (payload as { stage: string }).stage !== 'checking') return;
    started = true;
    stop();
    setImmediate(() => void save().then(resolveSaved));
  });
  return { saved };
}

describe('import while other changes are saved', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('an entry saved during the check that overlaps a row the check already passed refuses the import, and the entry stays', async () => {
    host = makeTestHost({ timeZone: 'UTC' });
    const logged = { categoryId: 'fitness', start: FIRST + 10 * 60_000, end: FIRST + 20 * 60_000 };
    const { saved } = whileChecking(host, () => host.call('entries.add', logged));
    const error = await refused(host, 'import.apply', { text: largeFile(), timeZone: 'UTC' });
    await saved;
    expect(error.code).toBe('conflict');
    expect(error.issues?.map((i) => i.path)).toEqual(['line 2']);
    expect(host.app.store.getEntries()).toEqual([expect.objectContaining({ start: logged.start, end: logged.end })]);
  });

  it('an entry saved during the check that overlaps nothing is kept, and every row is imported', async () => {
    host = makeTestHost({ timeZone: 'UTC' });
    const logged = { categoryId: 'family', start: FIRST - 2 * HOUR, end: FIRST - HOUR };
    const { saved } = whileChecking(host, () => host.call('entries.add', logged));
    const result = await host.call('import.apply', { text: largeFile(), timeZone: 'UTC' });
    await saved;
    expect(result.imported).toBe(ROWS);
    expect(host.app.store.getEntries()).toHaveLength(ROWS + 1);
    expect(host.app.store.getEntries()[0]).toMatchObject(logged);
  });

  it('a week summary asked for while the rows are written is answered before the import ends, with none of them, and after it with all', async () => {
    host = makeTestHost({ timeZone: 'UTC' });
    const week = { at: FIRST + 24 * HOUR };
    let ended = false;
    const during: Array<{ work: number; categories: string[] }> = [];
    whileWriting(
      host,
      async () => {
        const summary = await host.call('summary.week', week);
        if (!ended) during.push({ work: summary.minutes.work, categories: Object.keys(summary.byCategory) });
      },
      () => ended,
    );
    const result = await host.call('import.apply', { text: largeFile('Climbing'), timeZone: 'UTC' });
    ended = true;
    expect(result.imported).toBe(ROWS);
    const climbing = result.createdCategories[0]!.id;
    // The host kept answering while the rows were written, and no answer saw part of the import.
    expect(during.length).toBeGreaterThan(0);
    for (const seen of during) expect(seen).toEqual({ work: 0, categories: expect.not.arrayContaining([climbing]) });
    // Monday 2024-01-01 08:00 to Sunday 23:00 UTC: 160 half-hour rows in that week.
    const after = await host.call('summary.week', week);
    expect(after.minutes.work).toBe(160 * 30);
    expect(after.byCategory[climbing]).toBe(160 * 30);
  }, 30_000);

  it('a timer stopped while the rows are written is answered before the import ends; its entry and every row are kept, after a restart too', async () => {
    host = makeTestHost({ timeZone: 'UTC' });
    await host.call('timer.start', { categoryId: 'family' });
    host.clock.advance(30 * 60_000);
    let ended = false;
    let stoppedBeforeTheEnd = false;
    whileWriting(
      host,
      async () => {
        if (host.app.store.getTimer() === null) return;
        await host.call('timer.stop', {});
        stoppedBeforeTheEnd = !ended;
      },
      () => ended || host.app.store.getTimer() === null,
    );
    const result = await host.call('import.apply', { text: largeFile(), timeZone: 'UTC' });
    ended = true;
    expect(stoppedBeforeTheEnd).toBe(true);
    expect(result.imported).toBe(ROWS);
    const stopped = (store: typeof host.app.store) => store.getEntries().filter((e) => e.categoryId === 'family');
    expect(stopped(host.app.store)).toEqual([expect.objectContaining({ end: host.clock.now() })]);
    expect(host.app.store.getEntries()).toHaveLength(ROWS + 1);
    const reopened = host.reopen();
    expect(reopened.app.store.getEntries()).toHaveLength(ROWS + 1);
    expect(stopped(reopened.app.store)).toHaveLength(1);
    reopened.app.dispose();
  }, 30_000);
});
