// A large import checks its rows in slices, handing the event loop back between them, so other requests are answered
// meanwhile. What they save must not slip past the check: the import writes only what was judged against the data
// as it is at the write, and never loses what was saved meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at, refused, togglCsv } from './importFixtures';

const HOUR = 3_600_000;
const FIRST = at('2024-01-01T08:00:00Z');
const ROWS = 20_000;

/** ROWS half-hour Fitness rows, one an hour from FIRST: enough work that the check pauses many times. */
function largeFile(): string {
  const local = (t: number) => new Date(t).toISOString().slice(0, 19).replace('T', ' ');
  return togglCsv(Array.from({ length: ROWS }, (_, i) => ['Fitness', `run ${i}`, local(FIRST + i * HOUR), local(FIRST + i * HOUR + HOUR / 2)] as const));
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
});
