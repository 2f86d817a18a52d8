import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, DEFAULT_RETENTION, type BackupKind, type BackupStamp, type RetentionPolicy } from '../../../shared/domain/backupRetention';
import { fromLocal, parseDate, type WeekStart } from '../../../shared/domain/time';

const BERLIN = { timeZone: 'Europe/Berlin', weekStartsOn: 1 as WeekStart };
const ONLY_DAILIES: RetentionPolicy = { days: 0, weeks: 0, months: 0, manual: 0, beforeRestore: 0 };

/** A backup made at a local date and hour in Berlin, named like the files are. */
function made(kind: BackupKind, date: string, hour = 10, minute = 0): BackupStamp {
  const createdAt = fromLocal(parseDate(date)!, hour, minute, 'Europe/Berlin');
  const time = `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;
  const id = kind === 'daily' ? `timelock-${date}` : `timelock-${date}-${time}${kind === 'before-restore' ? '-before-restore' : ''}`;
  return { id, kind, createdAt };
}
const daily = (date: string) => made('daily', date);
const kept = (backups: BackupStamp[], policy: Partial<RetentionPolicy> = {}, calendar = BERLIN) =>
  [...backupsToKeep(backups, calendar, { ...ONLY_DAILIES, ...policy })].sort();

describe('backupsToKeep', () => {
  it('manual and before-restore backups never push a daily out: each kind has its own count', () => {
    const manual = Array.from({ length: 15 }, (_, i) => made('manual', '2026-03-25', 11, i));
    const safety = Array.from({ length: 12 }, (_, i) => made('before-restore', '2026-03-25', 12, i));
    const result = backupsToKeep([daily('2026-03-25'), ...manual, ...safety], BERLIN);
    expect(result.has('timelock-2026-03-25')).toBe(true);
    expect([...result].filter((id) => /-11\d{4}$/.test(id)).sort()).toEqual(manual.slice(5).map((b) => b.id));
    expect([...result].filter((id) => id.endsWith('-before-restore')).sort()).toEqual(safety.slice(2).map((b) => b.id));
    expect(result.size).toBe(1 + 10 + 10);
  });

  it('the newest daily is kept even when every daily quota is zero', () => {
    expect(kept([daily('2026-03-01'), daily('2026-03-03'), daily('2026-03-02')])).toEqual(['timelock-2026-03-03']);
  });

  it.each([
    // [what, dailies, policy, calendar, kept]
    ['the last N days that have a daily, not the last N calendar days', ['2026-03-02', '2026-03-04', '2026-03-06'], { days: 2 }, BERLIN, ['2026-03-04', '2026-03-06']],
    ['weeks from Monday: the newest of each week', ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'], { weeks: 2 }, BERLIN, ['2026-03-08', '2026-03-09']],
    ['weeks from Saturday: the Saturday starts a new week', ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'], { weeks: 2 }, { ...BERLIN, weekStartsOn: 6 as WeekStart }, ['2026-03-06', '2026-03-09']],
    ['months: the newest of each calendar month, back past gaps', ['2025-11-10', '2026-01-05', '2026-01-31', '2026-03-01'], { months: 3 }, BERLIN, ['2025-11-10', '2026-01-31', '2026-03-01']],
    ['days, weeks and months overlap: each reaches back on its own', ['2026-01-15', '2026-02-20', '2026-02-27', '2026-03-05', '2026-03-06'], { days: 2, weeks: 2, months: 3 }, BERLIN, ['2026-01-15', '2026-02-27', '2026-03-05', '2026-03-06']],
  ])('%s', (_what, dates, policy, calendar, expected) => {
    expect(kept(dates.map(daily), policy, calendar)).toEqual(expected.map((d) => `timelock-${d}`));
  });

  it('months are the months of the time zone the person lives in', () => {
    const lateMarch = { id: 'timelock-late', kind: 'daily' as const, createdAt: Date.UTC(2026, 2, 31, 23, 30) }; // 1 April 01:30 in Berlin
    const backups = [daily('2026-03-15'), lateMarch, daily('2026-04-10')];
    expect(kept(backups, { months: 2 })).toEqual(['timelock-2026-03-15', 'timelock-2026-04-10']);
    expect(kept(backups, { months: 2 }, { timeZone: 'America/New_York', weekStartsOn: 1 })).toEqual(['timelock-2026-04-10', 'timelock-late']);
  });

  const stamp = fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `timelock-${s}`),
    kind: fc.constantFrom<BackupKind>('daily', 'manual', 'before-restore'),
    createdAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
  });
  const uniqueStamps = fc.uniqueArray(stamp, { selector: (b) => b.id, maxLength: 120 });

  it('property: adding any number of manual or before-restore backups never changes which dailies are kept', () => {
    fc.assert(
      fc.property(uniqueStamps, fc.array(stamp.map((b) => ({ ...b, id: `${b.id}-extra` })), { maxLength: 60 }), (backups, extra) => {
        const others = extra.filter((b) => b.kind !== 'daily');
        const dailies = (set: Set<string>) => backups.filter((b) => b.kind === 'daily' && set.has(b.id)).map((b) => b.id);
        expect(dailies(backupsToKeep([...backups, ...others], BERLIN))).toEqual(dailies(backupsToKeep(backups, BERLIN)));
      }),
    );
  });

  it('property: the kept set stays within each quota, holds the newest daily, and does not depend on listing order', () => {
    fc.assert(
      fc.property(uniqueStamps, fc.integer(), (backups, seed) => {
        const result = backupsToKeep(backups, BERLIN);
        const count = (kind: BackupKind) => backups.filter((b) => b.kind === kind && result.has(b.id)).length;
        const all = (kind: BackupKind) => backups.filter((b) => b.kind === kind).length;
        expect(count('manual')).toBe(Math.min(all('manual'), DEFAULT_RETENTION.manual));
        expect(count('before-restore')).toBe(Math.min(all('before-restore'), DEFAULT_RETENTION.beforeRestore));
        expect(count('daily')).toBeLessThanOrEqual(DEFAULT_RETENTION.days + DEFAULT_RETENTION.weeks + DEFAULT_RETENTION.months);
        const newestDaily = backups.filter((b) => b.kind === 'daily').sort((a, b) => b.createdAt - a.createdAt)[0];
        if (newestDaily) expect(result.has(newestDaily.id) || backups.some((b) => b.kind === 'daily' && b.createdAt === newestDaily.createdAt && result.has(b.id))).toBe(true);
        const shuffled = [...backups].sort((a, b) => ((a.createdAt ^ seed) % 7) - ((b.createdAt ^ seed) % 7));
        expect([...backupsToKeep(shuffled, BERLIN)].sort()).toEqual([...result].sort());
      }),
    );
  });
});
