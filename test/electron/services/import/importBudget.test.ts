// Hostile files against the one budget every import reader counts against: too many rows in each format, and
// calendars whose repeating events would expand past the budget, refused in words that say which limit and by how
// much, while the host's event loop keeps its turn.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTRY_IMPORT_LIMITS, ImportBudget } from '../../../../electron/services/import/importBudget';
import { openFileReader } from '../../../../electron/services/import/openFileReader';
import type { ImportFormat } from '../../../../shared/transferModel';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { at, refusal, wall } from '../timeboxFixtures';

let host: TestHost | null = null;
afterEach(() => {
  host?.cleanup();
  host = null;
});

const ROWS = 30;

/** A file of each format with ROWS + 1 rows. */
const FILES: Record<ImportFormat, string> = {
  toggl: ['Project,Description,Start date,Start time,End date,End time,Duration', ...rows((d) => `Work,x,${d},09:00:00,${d},10:00:00,01:00:00`)].join('\n'),
  clockify: ['Project,Description,Start Date,Start Time,End Date,End Time,Duration (h)', ...rows((d) => `Work,x,${d},09:00,${d},10:00,01:00:00`)].join('\n'),
  harvest: ['Date,Project,Task,Notes,Hours', ...rows((d) => `${d},Work,Dev,x,1.5`)].join('\n'),
  generic: ['start,end,project,description', ...rows((d) => `${d}T09:00:00Z,${d}T10:00:00Z,Work,x`)].join('\n'),
  'timelock-csv': ['id,start,end,category,area,note,tags,source', ...rows((d, i) => `e${i},${d}T09:00:00Z,${d}T10:00:00Z,Work,work,x,[],import`)].join('\n'),
  'timelock-json': JSON.stringify({ format: 'timelock-data', dataVersion: 1, entries: rows((d, i) => ({ id: `e${i}`, start: Date.parse(`${d}T09:00:00Z`) })) }),
};

function rows<T>(row: (date: string, i: number) => T): T[] {
  return Array.from({ length: ROWS + 1 }, (_, i) => row(`2026-01-${String((i % 28) + 1).padStart(2, '0')}`, i));
}

/** A calendar of `events` events repeating by `rule` from `since`. */
function calendar(events: number, rule = 'FREQ=MINUTELY', since = '19700101T000000Z'): string {
  const body = Array.from({ length: events }, (_, i) =>
    ['BEGIN:VEVENT', `UID:bomb-${i}@example.test`, 'DTSTAMP:20260101T000000Z', `DTSTART:${since}`, `DTEND:${since.slice(0, 11)}0100Z`, `RRULE:${rule}`, `SUMMARY:Bomb ${i}`, 'END:VEVENT'].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Bomb//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

/** Every occurrence starting in [from, to) as ical.js finds it stepping each series from its own start. */
function expandedFromStart(text: string, from: number, to: number): string[] {
  const components = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const found: string[] = [];
  for (const master of components.filter((c) => !c.hasProperty('recurrence-id'))) {
    const uid = String(master.getFirstPropertyValue('uid'));
    const exceptions = components.filter((c) => c.hasProperty('recurrence-id') && c.getFirstPropertyValue('uid') === uid);
    const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
    const steps = event.iterator();
    for (let next = steps.next(); next && next.toUnixTime() * 1000 < to + 8 * 86_400_000; next = steps.next()) {
      const details = event.getOccurrenceDetails(next);
      // The file defines no VTIMEZONE: ical.js steps in wall time, and Timelock reads it in the zone the TZID names.
      const t = details.startDate;
      const two = (n: number) => String(n).padStart(2, '0');
      const start = at(`${t.year}-${two(t.month)}-${two(t.day)}`, `${two(t.hour)}:${two(t.minute)}`);
      if (start >= from && start < to) found.push(`${details.item.summary} ${wall(start)}`);
    }
  }
  return found;
}

/**
 * The slowest turn the event loop may take while a file is refused. The work yields every SLICE_MS (15 ms); on an idle machine
 * the slowest turn is well under 150 ms, but this machine is shared, so the bound is the second a person would notice.
 */
const STALL_MS = 1000;

/** The longest the event loop went without a turn while `work` ran: a setImmediate heartbeat, as a host's socket would get. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number; tookMs: number; beats: number }> {
  let last = performance.now();
  let stallMs = 0;
  let beats = 0;
  let running = true;
  const beat = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
    beats++;
    if (running) setImmediate(beat);
  };
  setImmediate(beat);
  const started = performance.now();
  try {
    const value = await work();
    return { value, stallMs, tookMs: performance.now() - started, beats };
  } finally {
    running = false;
  }
}

describe('one budget for a whole imported file', () => {
  it.each(Object.keys(FILES) as ImportFormat[])('a %s file with one row too many is refused, saying the limit and how far past it', async (format) => {
    const budget = new ImportBudget({ ...ENTRY_IMPORT_LIMITS, rows: ROWS }, 'hostile.file');
    await expect(openFileReader({ text: FILES[format], format }, 'Europe/Berlin', budget)).rejects.toMatchObject({
      code: 'bad-request',
      message: `hostile.file has more than ${ROWS} rows (at least ${ROWS + 1}); Timelock imports at most ${ROWS} from one file. Export a shorter period at a time.`,
      details: { limit: 'rows', max: ROWS, found: ROWS + 1 },
    });
    // The same file within the budget is read (the JSON one, not a real Timelock file, then fails its own checks).
    const reader = await openFileReader({ text: FILES[format], format }, 'Europe/Berlin', new ImportBudget({ ...ENTRY_IMPORT_LIMITS, rows: ROWS + 1 }));
    if (format !== 'timelock-json') {
      expect(reader.count).toBe(ROWS + 1);
      expect(reader.fileProblems).toEqual([]);
    }
  });

  it('a 6 KB calendar of 40 events repeating every minute since 1970 is refused at once, and nothing is added', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const before = folderFingerprint(host.dataDir);
    const text = calendar(40);
    expect(text.length).toBeLessThan(7000);
    const { value: error, stallMs } = await longestStall(() => refusal(host!, 'plan.importIcs', { text, categoryId: 'work' }));
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(/^This calendar would expand to more than 100,000 occurrences \(at least [\d,]+ found in 40 of 40 events\); Timelock imports at most 100,000 from one file\./);
    expect(error.details).toMatchObject({ limit: 'occurrences', max: 100_000 });
    // Stepped from a week before the range: about 100,000 minutes per event to the range's end.
    expect(Number(error.details!.found)).toBeGreaterThan(40 * 90_000);
    expect(stallMs).toBeLessThan(STALL_MS);
    expect(host.app.store.getTimeboxes()).toEqual([]);
    expect(folderFingerprint(host.dataDir)).toBe(before);
  });

  it('500 such events are refused the same way, without stepping through a single occurrence', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const { value: error, stallMs } = await longestStall(() => refusal(host!, 'plan.importIcs', { text: calendar(500), categoryId: 'work' }));
    expect(error.message).toContain('found in 500 of 500 events');
    expect(stallMs).toBeLessThan(STALL_MS);
    expect(host.app.store.getTimeboxes()).toEqual([]);
  });

  it('a rule its BY parts hide from the count is stepped within the budget, pausing, and refused when it passes it', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const everyMinute = `FREQ=MINUTELY;BYHOUR=${Array.from({ length: 24 }, (_, h) => h).join(',')}`;
    const { value: error, stallMs, tookMs, beats } = await longestStall(() => refusal(host!, 'plan.importIcs', { text: calendar(40, everyMinute), categoryId: 'work' }));
    // Seconds of stepping, handed back to the event loop at least every 40 ms of it.
    expect(beats).toBeGreaterThan(tookMs / 200);
    expect(error.message).toMatch(/^This calendar would expand to more than 100,000 occurrences \(at least 100,001 found in \d+ of 40 events\)/);
    expect(stallMs).toBeLessThan(STALL_MS);
    expect(host.app.store.getTimeboxes()).toEqual([]);
  }, 30_000);

  it('a real calendar passes: a weekday standup since 2019 and a weekly run, imported over the default eight weeks', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const text = [calendar(1, 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', '20190107T080000Z'), calendar(1, 'FREQ=WEEKLY', '20200105T060000Z')].join('');
    const result = await host.call('plan.importIcs', { text, categoryId: 'work' });
    expect(result.added).toBe(8 * 5 + 8);
  });

  it('an old calendar passes: 30 daily series since 2005 are stepped from a week before the range, not from 2005', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const text = calendar(30, 'FREQ=DAILY', '20050103T080000Z');
    const result = await host.call('plan.importIcs', { text, categoryId: 'work', from: '2026-03-16', to: '2026-03-22' });
    expect(result.added).toBe(30 * 7);
    expect(new Set(host.app.store.getTimeboxes().map((b) => (b.kind === 'once' ? wall(b.start).slice(11) : '')))).toEqual(new Set(['09:00']));
  });

  it('a series stepped from near the range finds the same occurrences as one stepped from its start, across DST and with an edit moved from years before', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const series = (uid: string, start: string, rule: string, extra: string[] = []) => [
      'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT30M', `RRULE:${rule}`, `SUMMARY:${uid}`, ...extra, 'END:VEVENT',
    ];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN',
      ...series('every-third-day', '20150104T073000', 'FREQ=DAILY;INTERVAL=3', ['EXDATE;TZID=Europe/Berlin:20260328T073000']),
      ...series('fortnightly', '20160105T181500', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH'),
      ...series('five-hourly', '20200101T000000', 'FREQ=HOURLY;INTERVAL=5'),
      // An occurrence of 2020 moved into the range: found though stepping starts in March 2026.
      'BEGIN:VEVENT', 'UID:fortnightly', 'DTSTAMP:20260101T000000Z', 'RECURRENCE-ID;TZID=Europe/Berlin:20200114T181500',
      'DTSTART;TZID=Europe/Berlin:20260325T120000', 'DTEND;TZID=Europe/Berlin:20260325T130000', 'SUMMARY:moved', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n');
    await host.call('plan.importIcs', { text, categoryId: 'work', from: '2026-03-23', to: '2026-04-05' });
    const imported = host.app.store.getTimeboxes().map((b) => (b.kind === 'once' ? `${b.title} ${wall(b.start)}` : '')).sort();
    const expected = expandedFromStart(text, at('2026-03-23', '00:00'), at('2026-04-06', '00:00')).sort();
    expect(imported).toEqual(expected);
    expect(imported).toContain('moved 2026-03-25 12:00');
    expect(imported.filter((x) => x.startsWith('five-hourly')).length).toBeGreaterThan(60);
  });

  it('a calendar title keeps its words but not its escape codes', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const text = calendar(1, 'COUNT=1;FREQ=DAILY', '20260317T080000Z').replace('SUMMARY:Bomb 0', 'SUMMARY:\u001b]0;pwned\u0007Plan \u001b[31mred\u001b[0m\u0007')
    await host.call('plan.importIcs', { text, categoryId: 'work' });
    expect(host.app.store.getTimeboxes().map((b) => b.title)).toEqual(['Plan red']);
  });

  it('imported notes and projects lose escape codes and control characters, every format alike', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    const text = ['start,end,project,description', '2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,"\u001b[31mClient\u0007","line one\u001b]0;pwned\u0007\nline two\u0000"'].join('\n');
    const result = await host.call('import.apply', { text, map: { Client: 'work' } });
    expect(result.imported).toBe(1);
    expect(host.app.store.getCategories().map((c) => c.name)).toContain('Client');
    const entries = host.app.store.getEntries();
    expect(entries.map((e) => e.note)).toEqual(['line one\nline two']);
  });
});
