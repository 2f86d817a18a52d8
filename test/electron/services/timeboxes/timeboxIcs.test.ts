import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { timeboxOccurrences } from '../../../../shared/domain/timeboxOccurrences';
import type { Timebox } from '../../../../shared/planModel';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { at, refusal, wall } from '../timeboxFixtures';

type Component = InstanceType<typeof ICAL.Component>;

/** Every occurrence of the file's repeating event as ical.js expands it (exceptions applied), as instants. */
function expandWithIcal(content: string): Array<{ start: number; end: number; summary: string }> {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const events = calendar.getAllSubcomponents('vevent');
  const master = events.find((e: Component) => e.hasProperty('rrule'))!;
  const exceptions = events.filter((e: Component) => e.hasProperty('recurrence-id'));
  const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
  const found: Array<{ start: number; end: number; summary: string }> = [];
  const steps = event.iterator();
  for (let next = steps.next(); next; next = steps.next()) {
    const details = event.getOccurrenceDetails(next);
    found.push({ start: details.startDate.toUnixTime() * 1000, end: details.endDate.toUnixTime() * 1000, summary: details.item.summary });
  }
  return found;
}

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//Calendar//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260316T090000',
  'DTEND;TZID=Europe/Berlin:20260316T091500',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=20',
  'EXDATE;TZID=Europe/Berlin:20260318T090000',
  'SUMMARY:Standup',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20260301T000000Z',
  'RECURRENCE-ID;TZID=Europe/Berlin:20260401T090000',
  'DTSTART;TZID=Europe/Berlin:20260401T100000',
  'DTEND;TZID=Europe/Berlin:20260401T101500',
  'SUMMARY:Standup (moved)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:offsite@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260324T120000Z',
  'DTEND:20260324T150000Z',
  'SUMMARY:Offsite',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:holiday@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;VALUE=DATE:20260403',
  'DTEND;VALUE=DATE:20260404',
  'SUMMARY:Good Friday',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:call@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=America/New_York:20260325T090000',
  'DTEND;TZID=America/New_York:20260325T100000',
  'SUMMARY:Call with New York',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('the plan as iCalendar', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('exports a repeating box as an RRULE series in the zone, with EXDATE and RECURRENCE-ID, that ical.js expands to 07:00 on both sides of DST', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-03-16', '07:00'), end: at('2026-03-16', '08:00'), title: 'Run', repeat: [1, 3, 5], until: '2026-04-10' });
    await host.call('plan.remove', { id: run.id, occurrenceDate: '2026-03-25' });
    await host.call('plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: '2026-03-27', patch: { start: at('2026-03-27', '08:00'), title: 'Late run' } });
    await host.call('plan.add', { categoryId: 'family', start: at('2026-03-28', '10:00'), end: at('2026-03-28', '12:00') });

    const file = await host.call('plan.exportIcs', {});
    expect(file).toMatchObject({ fileName: 'timelock-plan-2026-03-16.ics', mimeType: 'text/calendar;charset=utf-8' });
    for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = file.content.split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([
      'DTSTART;TZID=Europe/Berlin:20260316T070000',
      'DTEND;TZID=Europe/Berlin:20260316T080000',
      // UNTIL is UTC with a zoned DTSTART: 10 April 07:00 in Berlin (summer time) is 05:00Z.
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260410T050000Z',
      'EXDATE;TZID=Europe/Berlin:20260325T070000',
      'RECURRENCE-ID;TZID=Europe/Berlin:20260327T070000',
      'DTSTART;TZID=Europe/Berlin:20260327T080000',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      // The change before the first occurrence is there, so 16 March is read in winter time.
      'DTSTART:20251026T030000',
      `UID:${run.id}@timelock`,
    ]));

    const expanded = expandWithIcal(file.content);
    expect(expanded.map((o) => `${wall(o.start)}–${wall(o.end).slice(11)} ${o.summary}`)).toEqual([
      '2026-03-16 07:00–08:00 Run',
      '2026-03-18 07:00–08:00 Run',
      '2026-03-20 07:00–08:00 Run',
      '2026-03-23 07:00–08:00 Run',
      '2026-03-27 08:00–09:00 Late run',
      '2026-03-30 07:00–08:00 Run',
      '2026-04-01 07:00–08:00 Run',
      '2026-04-03 07:00–08:00 Run',
      '2026-04-06 07:00–08:00 Run',
      '2026-04-08 07:00–08:00 Run',
      '2026-04-10 07:00–08:00 Run',
    ]);
    // The same local 07:00 is 06:00 UTC before the change and 05:00 UTC after it.
    expect(new Date(expanded[3]!.start).toISOString()).toBe('2026-03-23T06:00:00.000Z');
    expect(new Date(expanded[5]!.start).toISOString()).toBe('2026-03-30T05:00:00.000Z');
    // Exactly the instants Timelock's own expansion gives.
    const own = timeboxOccurrences([host.app.store.getTimeboxes()[0]!], at('2026-03-01', '00:00'), at('2026-05-01', '00:00'), 'Europe/Berlin');
    expect(expanded.map((o) => [o.start, o.end])).toEqual(own.map((o) => [o.start, o.end]));
  });

  it('in New York, Sydney, Kolkata and Berlin alike, ical.js expands a year of Mondays at the same instants as Timelock', async () => {
    for (const timeZone of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/Berlin']) {
      host = makeTestHost({ timeZone, start: at('2026-01-01', '00:00', timeZone) });
      await host.call('plan.add', { categoryId: 'fitness', start: at('2026-01-05', '07:00', timeZone), end: at('2026-01-05', '08:30', timeZone), repeat: [1], until: '2027-01-04' });
      const { content } = await host.call('plan.exportIcs', {});
      const expanded = expandWithIcal(content);
      const own = timeboxOccurrences(host.app.store.getTimeboxes(), at('2026-01-01', '00:00', timeZone), at('2027-01-10', '00:00', timeZone), timeZone);
      expect(expanded, timeZone).toHaveLength(53);
      expect(expanded.map((o) => [o.start, o.end]), timeZone).toEqual(own.map((o) => [o.start, o.end]));
      expect(new Set(expanded.map((o) => wall(o.start, timeZone).slice(11))), timeZone).toEqual(new Set(['07:00']));
      host.cleanup();
    }
  });

  it('exports only the boxes on the days asked for, and names the file for them', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    await host.call('plan.add', { categoryId: 'work', start: at('2026-12-02', '09:00'), end: at('2026-12-02', '12:00') });
    const file = await host.call('plan.exportIcs', { from: '2026-12-01', to: '2026-12-07' });
    expect(file.fileName).toBe('timelock-plan-2026-12-01-to-2026-12-07.ics');
    expect(file.content.match(/^UID:.*$/gm)).toEqual(['UID:id-2@timelock']);
    expect(file.content).not.toContain('BEGIN:VTIMEZONE');
  });

  it('a repeating box is exported for the days asked for only: from the first of them, until the last, and not at all when every occurrence there is cancelled', async () => {
    host = makeTestHost({ start: at('2026-11-20', '08:00') });
    // Weekdays at 09:00 since 23 November, for good; a run on Wednesdays whose one Wednesday in the range is removed.
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-23', '09:00'), end: at('2026-11-23', '12:00'), title: 'Deep work', repeat: [1, 2, 3, 4, 5] });
    const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-25', '07:00'), end: at('2026-11-25', '08:00'), title: 'Run', repeat: [3], until: '2026-12-31' });
    await host.call('plan.remove', { id: run.id, occurrenceDate: '2026-12-09' });
    const { content } = await host.call('plan.exportIcs', { from: '2026-12-08', to: '2026-12-10' });
    expect(content.match(/^SUMMARY:.*$/gm)).toEqual(['SUMMARY:Deep work']);
    const starts = expandWithIcal(content).map((o) => wall(o.start));
    expect(starts).toEqual(['2026-12-08 09:00', '2026-12-09 09:00', '2026-12-10 09:00']);
    // Only a start: from that day on, as the series goes on.
    const onwards = await host.call('plan.exportIcs', { from: '2026-12-08' });
    expect(onwards.content).toMatch(/^DTSTART;TZID=Europe\/Berlin:20261208T090000$/m);
    expect(onwards.content.match(/^SUMMARY:.*$/gm)).toEqual(['SUMMARY:Deep work', 'SUMMARY:Run']);
  });

  it('a repeating box exported for some days has exactly the plan\'s occurrences on them: one moved in from another week is there, one moved out is not', async () => {
    host = makeTestHost({ start: at('2026-02-27', '08:00') });
    // Mondays at 09:00 from 2 March; 9 March moved to Friday 6 March, 16 March to Monday 23 March, 2 March removed.
    const box = await host.call('plan.add', { categoryId: 'work', start: at('2026-03-02', '09:00'), end: at('2026-03-02', '10:00'), title: 'Review', repeat: [1] });
    await host.call('plan.update', { id: box.id, scope: 'occurrence', occurrenceDate: '2026-03-09', patch: { start: at('2026-03-06', '09:00'), end: at('2026-03-06', '10:00') } });
    await host.call('plan.update', { id: box.id, scope: 'occurrence', occurrenceDate: '2026-03-16', patch: { start: at('2026-03-23', '14:00'), end: at('2026-03-23', '15:00') } });
    await host.call('plan.remove', { id: box.id, occurrenceDate: '2026-03-02' });
    const weeks = [['2026-03-02', '2026-03-08'], ['2026-03-09', '2026-03-15'], ['2026-03-16', '2026-03-22'], ['2026-03-23', '2026-03-29'], ['2026-03-04', '2026-03-24']] as const;
    const planned = (from: string, to: string) =>
      timeboxOccurrences(host.app.store.getTimeboxes(), at(from, '00:00'), at(to, '00:00') + 86_400_000, 'Europe/Berlin')
        .map((o) => wall(o.start))
        .sort();
    const exported = async (from: string, to: string) => {
      const { content } = await host.call('plan.exportIcs', { from, to });
      return content.includes('RRULE') ? expandWithIcal(content).map((o) => wall(o.start)).sort() : [];
    };
    expect(planned('2026-03-02', '2026-03-08')).toEqual(['2026-03-06 09:00']);
    for (const [from, to] of weeks) expect(await exported(from, to), `${from}–${to}`).toEqual(planned(from, to));
  });

  it('imports each event as a one-off box, a weekly RRULE in a zone other than Timelock\'s expanded by ical.js across DST; a second import adds nothing', async () => {
    // In Paris the Berlin standup is another zone's series (the same offsets, so the same instants): it is expanded.
    host = makeTestHost({ start: at('2026-03-16', '08:00'), timeZone: 'Europe/Paris' });
    const first = await host.call('plan.importIcs', { text: CALENDAR, categoryId: 'work', from: '2026-03-23', to: '2026-03-27' });
    // The standup goes on past the range's last day: said, or the plan would just stop there.
    expect(first).toEqual({
      added: 7,
      skipped: 0,
      warnings: ['“Standup” repeats past 2026-03-27, in a way Timelock cannot keep as a weekly series: planned up to there, a box per occurrence. Import it again with later dates for the days after.'],
    });
    const all = await host.call('plan.importIcs', { text: CALENDAR, categoryId: 'work' });
    expect(all.added).toBe(14);
    expect(all.skipped).toBe(8);
    expect(all.warnings).toEqual(['“Good Friday”: an all-day event is not a timebox; skipped.', '7 events were imported before: skipped.']);
    const boxes = host.app.store.getTimeboxes();
    expect(boxes.every((b) => b.kind === 'once' && b.categoryId === 'work' && /^ics-[0-9a-f]{32}$/.test(b.id))).toBe(true);
    const standups = boxes.filter((b) => b.title?.startsWith('Standup')).map((b) => (b.kind === 'once' ? `${wall(b.start)}–${wall(b.end).slice(11)}` : '')).sort();
    expect(standups).toHaveLength(19);
    expect(standups.filter((s) => !s.endsWith('09:00–09:15'))).toEqual(['2026-04-01 10:00–10:15']);
    expect(standups).not.toContain('2026-03-18 09:00–09:15');
    // 09:15 in Berlin before the change is 08:15 UTC, after it 07:15 UTC: the wall clock was kept.
    expect(standups).toContain('2026-03-27 09:00–09:15');
    expect(standups).toContain('2026-03-30 09:00–09:15');
    const titled = (title: string) => boxes.find((b) => b.title === title);
    expect(titled('Offsite')).toMatchObject({ start: Date.UTC(2026, 2, 24, 12), end: Date.UTC(2026, 2, 24, 15) });
    // A TZID the file does not define is read as the IANA zone of that name.
    expect(titled('Call with New York')).toMatchObject({ start: Date.UTC(2026, 2, 25, 13), end: Date.UTC(2026, 2, 25, 14) });

    await host.app.store.flush();
    const fingerprint = folderFingerprint(host.dataDir);
    const again = await host.call('plan.importIcs', { text: CALENDAR, categoryId: 'work' });
    expect(again).toMatchObject({ added: 0, skipped: 22 });
    expect(folderFingerprint(host.dataDir)).toBe(fingerprint);
  });

  it('re-importing the plan it exported adds nothing: those events are its own boxes', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1, 3] });
    await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') });
    const { content } = await host.call('plan.exportIcs', {});
    const result = await host.call('plan.importIcs', { text: content, categoryId: 'fitness', from: '2026-11-23', to: '2026-12-06' });
    // The series is one event of the file, as it is one box of the plan.
    expect(result).toEqual({ added: 0, skipped: 2, warnings: ['2 events are boxes of this plan (exported from Timelock): skipped.'] });
    expect(host.app.store.getTimeboxes()).toHaveLength(2);
  });

  it('the plan exported and imported into another data folder keeps each box in its category, as the file names it', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), title: 'Run', repeat: [1, 3] });
    await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') });
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-24', '09:00'), end: at('2026-11-24', '12:00') });
    const { content } = await host.call('plan.exportIcs', {});
    expect(content).toContain('CATEGORIES:Fitness');
    host.cleanup();
    host = makeTestHost();
    const result = await host.call('plan.importIcs', { text: content, categoryId: 'work', from: '2026-11-23', to: '2026-12-06' });
    expect(result.added).toBe(3);
    expect(result.warnings).toEqual([
      '1 repeating event was kept as a weekly series: one box, edited or moved as a whole.',
      '1 event names the category Fitness: it went there.',
      '1 event names the category Family: it went there.',
    ]);
    const byCategory = (id: string) => host.app.store.getTimeboxes().filter((b) => b.categoryId === id).map((b) => b.kind);
    expect([byCategory('fitness'), byCategory('family'), byCategory('work')]).toEqual([['weekly'], ['once'], ['once']]);
  });

  it('two data folders trading a plan file: each finds its own boxes in the other’s export, and nothing is planned twice', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), title: 'Run', repeat: [1, 3] });
    await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00'), title: 'Zoo' });
    const first = host.app.store.getTimeboxes();
    const fromA = (await host.call('plan.exportIcs', {})).content;
    const other = makeTestHost();
    try {
      expect((await other.call('plan.importIcs', { text: fromA, categoryId: 'work', from: '2026-11-23', to: '2026-12-06' })).added).toBe(2);
      const fromB = (await other.call('plan.exportIcs', {})).content;
      // B's export names the boxes by B's ids, which it took from A's UIDs: A knows them as its own.
      expect(await host.call('plan.importIcs', { text: fromB, categoryId: 'work', from: '2026-11-23', to: '2026-12-06' })).toEqual({
        added: 0,
        skipped: 2,
        warnings: ['2 events are boxes of this plan (exported from Timelock): skipped.'],
      });
      expect(host.app.store.getTimeboxes()).toEqual(first);
    } finally {
      other.cleanup();
    }
  });

  it('the plan exported and imported into another data folder brings untitled boxes back untitled: the SUMMARY the export gives them, their category\'s name, is no title', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1, 3] });
    const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-24', '18:00'), end: at('2026-11-24', '19:00'), title: 'Run', repeat: [2] });
    await host.call('plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: '2026-12-01', patch: { title: null } });
    await host.call('plan.add', { categoryId: 'family', start: at('2026-11-28', '10:00'), end: at('2026-11-28', '12:00') });
    const exported = host.app.store.getTimeboxes();
    const { content } = await host.call('plan.exportIcs', {});
    expect(content).toContain('SUMMARY:Family');
    host.cleanup();
    host = makeTestHost();
    expect((await host.call('plan.importIcs', { text: content, categoryId: 'work', from: '2026-11-23' })).added).toBe(3);
    // Untitled as they were (shown by their category's name), and Tuesday 1 December's run with no title that day.
    const withoutIds = (boxes: readonly Timebox[]) => boxes.map(({ id: _id, ...box }) => box).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    expect(withoutIds(host.app.store.getTimeboxes())).toEqual(withoutIds(exported));
    expect(host.app.store.getTimeboxes().map((b) => b.title)).toEqual([undefined, 'Run', undefined]);
    const week = await host.call('plan.week', { week: '2026-11-30' });
    expect(week.occurrences.map((o) => [wall(o.start), o.title])).toEqual([['2026-11-30 07:00', null], ['2026-12-01 18:00', null], ['2026-12-02 07:00', null]]);
  });

  it('a title that names a category is kept when the event\'s CATEGORIES does not send it there', async () => {
    host = makeTestHost();
    const event = (uid: string, day: number, lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART:202611${day}T170000Z`, `DTEND:202611${day}T180000Z`, ...lines, 'END:VEVENT'];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
      ...event('no-categories', 25, ['SUMMARY:Fitness']),
      ...event('another-category', 26, ['SUMMARY:Fitness', 'CATEGORIES:Family']),
      ...event('unknown-category', 27, ['SUMMARY:Gym', 'CATEGORIES:Gym']),
      'END:VCALENDAR', '',
    ].join('\r\n');
    await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-11-23' });
    expect(host.app.store.getTimeboxes().map((b) => [b.categoryId, b.title])).toEqual([['fitness', 'Fitness'], ['family', 'Fitness'], ['fitness', 'Gym']]);
  });

  it('an event whose CATEGORIES names a category with its accents decomposed goes there, and a title that only repeats it is no title', async () => {
    host = makeTestHost();
    const cafe = await host.call('categories.add', { name: 'Caf\u00e9 \u00c9crit', area: 'family' });
    const event = (uid: string, day: number, lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `DTSTART:202611${day}T170000Z`, `DTEND:202611${day}T180000Z`, ...lines, 'END:VEVENT'];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
      ...event('decomposed', 25, ['SUMMARY:Cafe\u0301 E\u0301crit', 'CATEGORIES:Cafe\u0301 E\u0301crit']),
      ...event('titled', 26, ['SUMMARY:Chapter one', 'CATEGORIES:cafe\u0301 \u00e9crit']),
      'END:VCALENDAR', '',
    ].join('\r\n');
    const result = await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-11-23' });
    expect(result.added).toBe(2);
    expect(host.app.store.getTimeboxes().map((b) => [b.categoryId, b.title])).toEqual([[cafe.id, undefined], [cafe.id, 'Chapter one']]);
  });

  it('a file that is not iCalendar, or a locked category of work, is refused and writes nothing', async () => {
    host = makeTestHost({ start: at('2026-03-16', '08:00') });
    await host.app.store.flush();
    const fingerprint = folderFingerprint(host.dataDir);
    expect(await refusal(host, 'plan.importIcs', { text: 'Date,Project\n2026-03-16,Work', categoryId: 'work' })).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/not an iCalendar/) });
    expect(await refusal(host, 'plan.importIcs', { text: '', categoryId: 'work' })).toMatchObject({ code: 'bad-request' });
    expect(await refusal(host, 'plan.importIcs', { text: CALENDAR, categoryId: 'garden' })).toMatchObject({ code: 'not-found' });
    expect(folderFingerprint(host.dataDir)).toBe(fingerprint);
    // The 17:00 call from New York (14:00 in Berlin) is inside the windows; the Offsite until 16:00 too. All pass.
    await host.call('settings.update', { lockMode: 'hard', workWindows: [[], [{ start: '10:00', end: '17:00' }], [{ start: '10:00', end: '17:00' }], [{ start: '10:00', end: '17:00' }], [{ start: '10:00', end: '17:00' }], [{ start: '10:00', end: '17:00' }], []] });
    await host.app.store.flush();
    const locked = folderFingerprint(host.dataDir);
    expect(await refusal(host, 'plan.importIcs', { text: CALENDAR, categoryId: 'work' })).toMatchObject({ code: 'locked', message: expect.stringMatching(/“Standup” on Mon 16 Mar plans 15 min of work outside your work windows/) });
    expect(folderFingerprint(host.dataDir)).toBe(locked);
    // The standup, in Berlin as Timelock is, comes in as one series; with the Offsite and the call, three boxes.
    expect((await host.call('plan.importIcs', { text: CALENDAR, categoryId: 'family' })).added).toBe(3);
  });
});

describe('plan import: an event that goes on past the days imported', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  const yoga = (...extra: string[]) =>
    [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
      'BEGIN:VEVENT', 'UID:yoga@example.com', 'DTSTAMP:20261101T000000Z', 'DTSTART;TZID=Europe/Berlin:20261123T180000', 'DTEND;TZID=Europe/Berlin:20261123T190000',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3', 'SUMMARY:Yoga', 'END:VEVENT',
      ...extra,
      'END:VCALENDAR', '',
    ].join('\r\n');
  const range = { categoryId: 'fitness', from: '2026-11-23', to: '2026-12-13' };

  it('is said to repeat past them only when it does: its last occurrence cancelled on its own, it does not', async () => {
    host = makeTestHost();
    const said = (warnings: string[]) => warnings.filter((w) => w.includes('repeats past'));
    expect(said((await host.call('plan.importIcs', { text: yoga(), ...range })).warnings)).toEqual([
      '“Yoga” repeats past 2026-12-13, in a way Timelock cannot keep as a weekly series: planned up to there, a box per occurrence. Import it again with later dates for the days after.',
    ]);
    host.cleanup();
    host = makeTestHost();
    // The third, on 21 December, cancelled as an occurrence of its own (STATUS:CANCELLED).
    const cancelled = ['BEGIN:VEVENT', 'UID:yoga@example.com', 'DTSTAMP:20261101T000000Z', 'RECURRENCE-ID;TZID=Europe/Berlin:20261221T180000', 'DTSTART;TZID=Europe/Berlin:20261221T180000', 'DTEND;TZID=Europe/Berlin:20261221T190000', 'STATUS:CANCELLED', 'SUMMARY:Yoga', 'END:VEVENT'];
    const result = await host.call('plan.importIcs', { text: yoga(...cancelled), ...range });
    expect([result.added, said(result.warnings)]).toEqual([2, []]);
  });
});
