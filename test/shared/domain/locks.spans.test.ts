// A lock decision reads the logged time once: the spans of the weeks it judges are built one time and passed down
// to every rule (the caps now, the next allowed start), not rebuilt from all history by each.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../shared/model';
import { decideLock, hardStopAt } from '../../../shared/domain/locks';
import type * as Spans from '../../../shared/domain/spans';
import { HOUR } from '../../../shared/domain/time';
import { CATEGORIES, entry, settings, t, timer } from './helpers';

const built = vi.hoisted(() => ({ calls: 0, entries: 0 }));

vi.mock('../../../shared/domain/spans', async (importOriginal) => {
  const actual = await importOriginal<typeof Spans>();
  return {
    ...actual,
    spansOf: (...args: Parameters<typeof actual.spansOf>) => {
      built.calls++;
      built.entries += args[0].length;
      return actual.spansOf(...args);
    },
  };
});

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, text);
const DAY = 24 * HOUR;

/** Three years of workdays, 09:00–17:00, up to Friday 27 Mar 2026: 40 h a week, past the 35 h cap. */
function history(): Entry[] {
  const entries: Entry[] = [];
  const friday = at('2026-03-27 09:00');
  for (let d = 0; d < 3 * 365; d++) {
    const start = friday - d * DAY;
    const weekday = new Date(start).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    entries.push(entry('work', start, start + 8 * HOUR, `w${d}`));
  }
  return entries.reverse();
}

const ENTRIES = history();
const HARD = settings(BERLIN, { lockMode: 'hard' });
const state = (now: number) => ({ now, settings: HARD, categories: CATEGORIES, entries: ENTRIES, timer: null, unlocks: [] });

beforeEach(() => {
  built.calls = 0;
  built.entries = 0;
});

describe('a lock decision builds its spans once', () => {
  it('a start refused at the cap: the weeks it reads are turned into spans one time, not all history once for each rule', () => {
    const now = at('2026-03-27 17:30');
    const decision = decideLock({ ...state(now), action: 'start', categoryId: 'work', at: now });
    expect(decision.verdict).toBe('blocked');
    expect(decision.rules).toEqual(['windows', 'weekly-cap']);
    expect(decision.nextAllowedAt).toBe(at('2026-03-30 09:00'));
    expect(built.calls).toBe(1);
    // This week, the fortnight after it and the week that ends it: 4 weeks of 5 entries at most, of 780 in all.
    expect(ENTRIES.length).toBeGreaterThan(700);
    expect(built.entries).toBeLessThanOrEqual(20);
  });

  it('an edit refused at the cap: one build for the weeks, one for the edited entry alone', () => {
    const now = at('2026-03-27 17:30');
    const edited = ENTRIES[ENTRIES.length - 1]!;
    const decision = decideLock({ ...state(now), action: 'edit', categoryId: 'work', at: edited.start, end: edited.end + HOUR, entryId: edited.id });
    expect(decision.verdict).toBe('blocked');
    expect(decision.reasons[0]).toBe('1 h of it falls outside your work windows.');
    expect(built.calls).toBe(2);
    expect(built.entries).toBeLessThanOrEqual(21);
  });

  it('a hard stop reads only the fortnight it looks ahead', () => {
    const now = at('2026-03-30 10:00');
    const stop = hardStopAt({ ...state(now), timer: timer('work', at('2026-03-30 09:00')) });
    expect(stop).toEqual({ at: at('2026-03-30 17:00'), why: 'window-end' });
    expect(built.calls).toBe(1);
    expect(built.entries).toBeLessThanOrEqual(20);
  });
});
