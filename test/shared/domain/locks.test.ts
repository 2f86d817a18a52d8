import { describe, expect, it } from 'vitest';
import { defaultSettings, SEEDED_CATEGORIES } from '../../../shared/defaults';
import type { Entry, LockMode, RunningTimer, Settings, Unlock } from '../../../shared/model';
import { decideLock, type LockAction, type LockInput } from '../../../shared/domain/locks';
import { fromLocal, HOUR, MINUTE, parseDate } from '../../../shared/domain/time';

const TZ = 'Europe/Berlin';

/** A local wall-clock time in Berlin: '2026-03-24 09:00'. */
function t(text: string, timeZone = TZ): number {
  const [date, clock] = text.split(' ');
  const [h, m] = clock!.split(':').map(Number);
  return fromLocal(parseDate(date!)!, h!, m!, timeZone);
}

let ids = 0;
const entry = (categoryId: string, start: number, end: number, extra: Partial<Entry> = {}): Entry => ({
  id: `e${++ids}`,
  categoryId,
  start,
  end,
  note: '',
  tags: [],
  source: 'manual',
  ...extra,
});

function input(overrides: Partial<Omit<LockInput, 'settings'>> & { mode?: LockMode; settings?: Partial<Settings> }): LockInput {
  const { mode = 'hard', settings, ...rest } = overrides;
  const now = rest.now ?? t('2026-03-24 10:00');
  return {
    action: 'start',
    categoryId: 'work',
    at: now,
    now,
    settings: { ...defaultSettings(TZ), lockMode: mode, ...settings },
    categories: SEEDED_CATEGORIES,
    entries: [],
    timer: null,
    unlocks: [],
    ...rest,
  };
}

// Tuesday 24 March 2026, Berlin (CET). Weeks start on Monday; windows are 09:00–17:00 on weekdays; the cap is 35 h.
interface Situation {
  name: string;
  /** For start and resume: the start instant. For add and edit: the entry's span. */
  start: number;
  end: number;
  entries: Entry[];
  settings?: Partial<Settings>;
  said: RegExp | null;
  /** Where a blocked start may next begin. */
  next: number | null;
  /** What a blocked add or edit (judged at Tue 10:00, inside a window) names as the next time work opens. */
  nextFromNow: number | null;
}

const situations: Situation[] = [
  { name: 'inside a window, under every cap', start: t('2026-03-24 10:00'), end: t('2026-03-24 12:00'), entries: [], said: null, next: null, nextFromNow: null },
  {
    name: 'outside the work windows',
    start: t('2026-03-24 18:00'),
    end: t('2026-03-24 20:00'),
    entries: [],
    said: /outside your work windows/,
    next: t('2026-03-25 09:00'),
    // Work is open now: only this span is refused, so no time is named.
    nextFromNow: null,
  },
  {
    // 35 h logged since Monday 00:00; the next week starts after the change to summer time.
    name: 'at the weekly cap',
    start: t('2026-03-24 11:00'),
    end: t('2026-03-24 12:00'),
    entries: [entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))],
    said: /weekly cap/,
    next: t('2026-03-30 09:00'),
    nextFromNow: t('2026-03-30 09:00'),
  },
  {
    name: 'at the daily cap',
    start: t('2026-03-24 15:00'),
    end: t('2026-03-24 16:00'),
    entries: [entry('work', t('2026-03-24 09:00'), t('2026-03-24 15:00'))],
    settings: { dailyCapMinutes: 6 * 60 },
    said: /daily cap/,
    next: t('2026-03-25 09:00'),
    nextFromNow: t('2026-03-25 09:00'),
  },
];

const modes: LockMode[] = ['off', 'soft', 'hard'];
const actions: LockAction[] = ['start', 'resume', 'add', 'edit'];
const table = modes.flatMap((mode) => actions.flatMap((action) => situations.map((s) => ({ mode, action, situation: s.name, s }))));

describe('decideLock: every lock mode, action and situation', () => {
  it.each(table)('$mode mode, $action: $situation', ({ mode, action, s }) => {
    const starting = action === 'start' || action === 'resume';
    const edited = entry('work', t('2026-03-26 10:00'), t('2026-03-26 10:30'));
    const decision = decideLock(
      input({
        mode,
        action,
        now: starting ? s.start : t('2026-03-24 10:00'),
        at: s.start,
        end: starting ? undefined : s.end,
        entries: action === 'edit' ? [...s.entries, edited] : s.entries,
        entryId: action === 'edit' ? edited.id : undefined,
        settings: s.settings,
      }),
    );
    if (mode === 'off' || s.said === null) {
      expect(decision).toEqual({ verdict: 'allowed', reasons: [], nextAllowedAt: null, needsReason: false });
      return;
    }
    expect(decision.reasons.join(' ')).toMatch(s.said);
    if (mode === 'soft') {
      expect(decision).toMatchObject({ verdict: 'warn', needsReason: true, nextAllowedAt: null });
    } else {
      expect(decision).toMatchObject({ verdict: 'blocked', needsReason: false, nextAllowedAt: starting ? s.next : s.nextFromNow });
      expect(decision.reasons.join(' ')).toMatch(/ask for an unlock: a reason and a 60-second wait/);
    }
  });
});

describe('decideLock: who and what is locked', () => {
  it.each(modes)('fitness and family are never locked (%s mode), even off-hours and past every cap', (mode) => {
    const entries = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 23:00'))];
    for (const categoryId of ['fitness', 'family']) {
      for (const action of actions) {
        const decision = decideLock(
          input({ mode, action, categoryId, now: t('2026-03-24 23:30'), at: t('2026-03-24 23:30'), end: t('2026-03-24 23:50'), entries, settings: { dailyCapMinutes: 60 } }),
        );
        expect(decision.verdict).toBe('allowed');
      }
    }
  });

  it('a category the app does not know counts as work, the area the lock protects', () => {
    expect(decideLock(input({ categoryId: 'gone', at: t('2026-03-24 20:00'), now: t('2026-03-24 20:00') })).verdict).toBe('blocked');
  });

  it('a blocked start says, in words, when the next window opens', () => {
    const decision = decideLock(input({ now: t('2026-03-24 18:00'), at: t('2026-03-24 18:00') }));
    expect(decision.reasons[0]).toBe("It's outside your work windows; the next one opens tomorrow at 09:00.");
  });

  it('on Friday evening the next allowed start is Monday 09:00', () => {
    const decision = decideLock(input({ now: t('2026-03-27 19:00'), at: t('2026-03-27 19:00') }));
    expect(decision.nextAllowedAt).toBe(t('2026-03-30 09:00'));
    expect(decision.reasons[0]).toMatch(/opens on Mon 30 Mar at 09:00/);
  });

  it('a refused edit or add on a weekend names the same next allowed time a refused start does', () => {
    const now = t('2026-03-28 11:00'); // Saturday
    const start = decideLock(input({ now, at: now }));
    const add = decideLock(input({ action: 'add', now, at: t('2026-03-28 09:00'), end: t('2026-03-28 09:30') }));
    const edited = entry('work', t('2026-03-27 10:00'), t('2026-03-27 11:00'));
    const edit = decideLock(input({ action: 'edit', now, at: t('2026-03-28 09:00'), end: t('2026-03-28 11:00'), entries: [edited], entryId: edited.id }));
    expect(start.nextAllowedAt).toBe(t('2026-03-30 09:00'));
    expect(add).toMatchObject({ verdict: 'blocked', nextAllowedAt: t('2026-03-30 09:00') });
    expect(edit).toMatchObject({ verdict: 'blocked', nextAllowedAt: t('2026-03-30 09:00') });
  });

  it('when the weekly cap is reached, the next allowed start is the next week, inside a window', () => {
    const entries = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))];
    const decision = decideLock(input({ now: t('2026-03-24 23:00'), at: t('2026-03-24 23:00'), entries }));
    expect(decision.nextAllowedAt).toBe(t('2026-03-30 09:00'));
  });

  it('no window in the next 14 days: nothing is allowed, and the decision says so', () => {
    const decision = decideLock(input({ settings: { workWindows: [[], [], [], [], [], [], []] } }));
    expect(decision).toMatchObject({ verdict: 'blocked', nextAllowedAt: null });
    expect(decision.reasons[0]).toMatch(/none opens in the next 14 days/);
  });

  it('a weekly cap of zero: no start is ever allowed', () => {
    const decision = decideLock(input({ settings: { weeklyCapMinutes: 0 } }));
    expect(decision).toMatchObject({ verdict: 'blocked', nextAllowedAt: null });
  });

  it('a running work timer counts toward the cap of the start that switches it', () => {
    const entries = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 09:00'))]; // 33 h
    const timer: RunningTimer = { id: 'run', categoryId: 'work', start: t('2026-03-24 09:00'), note: '' };
    const at = t('2026-03-24 11:00');
    expect(decideLock(input({ now: at, at, entries, timer, categoryId: 'family' })).verdict).toBe('allowed');
    expect(decideLock(input({ now: at, at, entries, timer, action: 'resume' })).reasons.join(' ')).toMatch(/35 h of 35 h/);
  });
});

describe('decideLock: unlocks in hard mode', () => {
  const evening = t('2026-03-24 18:00');
  const u = (activeFrom: number, minutes = 30): Unlock => ({
    id: 'u1',
    reason: 'release tonight',
    requestedAt: activeFrom - MINUTE,
    activeFrom,
    activeUntil: activeFrom + minutes * MINUTE,
  });

  it('an active unlock lets work start, and says until when', () => {
    const decision = decideLock(input({ now: evening, at: evening, unlocks: [u(evening - 5 * MINUTE)] }));
    expect(decision.verdict).toBe('allowed');
    expect(decision.reasons).toContain('Your unlock allows it until 18:25.');
  });

  it('an unlock still in its cool-down does not: the start is allowed once it is active', () => {
    const decision = decideLock(input({ now: evening, at: evening, unlocks: [u(evening + 40_000)] }));
    expect(decision).toMatchObject({ verdict: 'blocked', nextAllowedAt: evening + 40_000 });
    expect(decision.reasons.join(' ')).toMatch(/Your unlock starts at 18:00/);
  });

  it('an unlock in its cool-down that lifts only the windows is no promise when the cap is reached too', () => {
    const full = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))]; // 35 h: the week is full
    const windowsOnly: Unlock = { ...u(evening + 40_000), lifts: ['windows'] };
    const decision = decideLock(input({ now: evening, at: evening, entries: full, unlocks: [windowsOnly] }));
    expect(decision.verdict).toBe('blocked');
    // Not "allowed at 18:00:40": the week's cap still holds then, so work opens on Monday.
    expect(decision.nextAllowedAt).toBe(t('2026-03-30 09:00'));
    expect(decision.reasons.join(' ')).not.toMatch(/Your unlock starts/);
    expect(decision.reasons).toContain('Your unlock lifts only the work windows, not the weekly cap.');
  });

  it('an unlock that ran out no longer counts', () => {
    expect(decideLock(input({ now: evening, at: evening, unlocks: [u(evening - HOUR)] })).verdict).toBe('blocked');
  });

  it('a manual entry is judged by the unlock in force now, not at the entry time', () => {
    const decision = decideLock(input({ action: 'add', now: evening, at: t('2026-03-22 20:00'), end: t('2026-03-22 21:00'), unlocks: [u(evening - MINUTE)] }));
    expect(decision.verdict).toBe('allowed');
  });

  it('soft mode ignores unlocks: the typed reason is the override', () => {
    const decision = decideLock(input({ mode: 'soft', now: evening, at: evening, unlocks: [u(evening - MINUTE)] }));
    expect(decision).toMatchObject({ verdict: 'warn', needsReason: true });
  });
});

describe('decideLock: manual entries and edits', () => {
  const now = t('2026-03-24 10:00');
  const add = (start: number, end: number, entries: Entry[] = [], settings?: Partial<Settings>) =>
    decideLock(input({ action: 'add', now, at: start, end, entries, settings }));

  it('only the part outside the windows is named', () => {
    expect(add(t('2026-03-24 16:00'), t('2026-03-24 18:30')).reasons[0]).toBe('1 h 30 min of it falls outside your work windows.');
  });

  it('an entry bringing the week exactly to the cap is allowed; one minute more is not', () => {
    const entries = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 09:00'))]; // 33 h
    expect(add(t('2026-03-24 13:00'), t('2026-03-24 15:00'), entries).verdict).toBe('allowed');
    const over = add(t('2026-03-24 13:00'), t('2026-03-24 15:01'), entries);
    expect(over.verdict).toBe('blocked');
    expect(over.reasons[0]).toBe('It would bring the week starting Mon 23 Mar to 35 h 1 min of work, past your weekly cap of 35 h.');
  });

  it('an entry pushing one day past the daily cap names that day', () => {
    const entries = [entry('work', t('2026-03-24 09:00'), t('2026-03-24 13:00'))];
    const decision = add(t('2026-03-24 13:00'), t('2026-03-24 16:00'), entries, { dailyCapMinutes: 6 * 60 });
    expect(decision.reasons).toEqual(['It would bring Tue 24 Mar to 7 h of work, past your daily cap of 6 h.', expect.stringMatching(/unlock/)]);
  });

  it('a future entry is judged against its own week', () => {
    const thisWeek = [entry('work', t('2026-03-23 00:00'), t('2026-03-24 11:00'))]; // this week is full
    expect(add(t('2026-03-31 10:00'), t('2026-03-31 12:00'), thisWeek).verdict).toBe('allowed');
  });

  it('an edit answers only for what it adds: a note fixed on an off-hours entry passes', () => {
    const late = entry('work', t('2026-03-23 19:00'), t('2026-03-23 21:00'), { overrideReason: 'incident' });
    const same = decideLock(input({ action: 'edit', now, at: late.start, end: late.end, entries: [late], entryId: late.id }));
    expect(same.verdict).toBe('allowed');
    const longer = decideLock(input({ action: 'edit', now, at: late.start, end: late.end + 30 * MINUTE, entries: [late], entryId: late.id }));
    expect(longer.reasons[0]).toBe('30 min of it falls outside your work windows.');
  });

  it('shortening an entry in a week already past the cap is allowed', () => {
    const big = entry('work', t('2026-03-23 00:00'), t('2026-03-24 13:00')); // 37 h
    const decision = decideLock(input({ action: 'edit', now, at: big.start, end: big.end - HOUR, entries: [big], entryId: big.id }));
    expect(decision.reasons.join(' ')).not.toMatch(/cap/);
  });

  it('moving a work entry to fitness is never locked; moving fitness to work is judged whole', () => {
    const gym = entry('fitness', t('2026-03-24 19:00'), t('2026-03-24 20:00'));
    expect(decideLock(input({ action: 'edit', categoryId: 'fitness', now, at: gym.start, end: gym.end, entries: [gym], entryId: gym.id })).verdict).toBe('allowed');
    expect(decideLock(input({ action: 'edit', now, at: gym.start, end: gym.end, entries: [gym], entryId: gym.id })).verdict).toBe('blocked');
  });

  it('an empty span has nothing to judge', () => {
    expect(add(t('2026-03-24 20:00'), t('2026-03-24 20:00')).verdict).toBe('allowed');
  });
});

describe('decideLock across daylight-saving changes', () => {
  it('New York: a start blocked on the Saturday before spring-forward may begin Monday 09:00 EDT', () => {
    const tz = 'America/New_York';
    const now = t('2026-03-07 18:00', tz);
    const decision = decideLock(input({ now, at: now, settings: { timeZone: tz } }));
    expect(decision.nextAllowedAt).toBe(Date.UTC(2026, 2, 9, 13, 0));
  });

  it('Berlin: on the 25-hour day the daily cap counts every hour of it', () => {
    // Sunday 25 October 2026: 00:00–24:00 local is 25 hours. Windows all day; a 24 h daily cap.
    const allDay = [{ start: '00:00', end: '00:00' }];
    const settings = { dailyCapMinutes: 24 * 60, weeklyCapMinutes: 168 * 60, workWindows: Array.from({ length: 7 }, () => allDay) };
    const entries = [entry('work', t('2026-10-25 00:00'), t('2026-10-25 23:00'))]; // 24 h of work by 23:00
    const at = t('2026-10-25 23:00');
    const decision = decideLock(input({ now: at, at, entries, settings }));
    expect(decision.reasons.join(' ')).toMatch(/24 h of 24 h today/);
    expect(decision.nextAllowedAt).toBe(t('2026-10-26 00:00'));
  });
});

describe('work on a day off', () => {
  it('is refused as what it is, a day off, not only as the windows it lacks', () => {
    const daysOff = [{ date: '2026-03-25', kind: 'vacation' as const, note: '' }];
    const start = decideLock(input({ at: t('2026-03-25 10:00'), now: t('2026-03-25 10:00'), settings: { daysOff } }));
    expect(start.verdict).toBe('blocked');
    expect(start.reasons[0]).toBe("It's a day off (vacation), outside your work windows; the next one opens tomorrow at 09:00.");
    const logged = decideLock(input({ action: 'add', at: t('2026-03-25 10:00'), end: t('2026-03-25 11:00'), settings: { daysOff } }));
    expect(logged.reasons[0]).toBe('1 h of it falls outside your work windows, on Wed 25 Mar, a day off (vacation).');
    // A work day's evening says only the windows.
    const evening = decideLock(input({ action: 'add', at: t('2026-03-24 18:00'), end: t('2026-03-24 19:00'), settings: { daysOff } }));
    expect(evening.reasons[0]).toBe('1 h of it falls outside your work windows.');
  });
});

describe('a week whose days off take the whole cap', () => {
  // Monday 23 to Friday 27 March 2026 off: the week's windows are all days off, so its cap is 0.
  const daysOff = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'].map((date) => ({ date, kind: 'vacation' as const, note: '' }));

  it('says its cap as what it is, not as "your weekly cap of 0 min"', () => {
    const start = decideLock(input({ at: t('2026-03-28 10:00'), now: t('2026-03-28 10:00'), settings: { daysOff } }));
    expect(start.reasons).toContain("No work fits under this week's cap, which its days off bring to 0.");
    const logged = decideLock(input({ action: 'add', at: t('2026-03-28 10:00'), end: t('2026-03-28 11:00'), settings: { daysOff } }));
    expect(logged.reasons).toContain("It would bring the week starting Mon 23 Mar to 1 h of work, past that week's cap, which its days off bring to 0.");
  });

  it('a cap set to 0 by the person is still named as their weekly cap', () => {
    const start = decideLock(input({ at: t('2026-03-24 10:00'), now: t('2026-03-24 10:00'), settings: { weeklyCapMinutes: 0 } }));
    expect(start.reasons).toContain('No work fits under your weekly cap of 0 min.');
  });
});
