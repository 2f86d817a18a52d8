import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WeeklyTimebox } from '../../../../shared/planModel';
import { folderFingerprint, makeTestHost, type TestHost } from '../../../support/testHost';
import { at, wall } from '../timeboxFixtures';

const KEPT_ONE = '1 repeating event was kept as a weekly series: one box, edited or moved as a whole.';
const KEPT_BEFORE = '1 repeating event is a weekly series an earlier import kept: skipped, as you left it in the plan: to plan more, change its dates in the Plan view, or remove it and import again.';

/** The lines that move the swim of `original` (yyyyMMdd) to `moved`, 07:00–08:00: an occurrence edited on its own. */
function movedSwim(original: string, moved: string): string[] {
  return ['END:VEVENT', 'BEGIN:VEVENT', 'UID:swim@example.com', 'DTSTAMP:20260301T000000Z', `RECURRENCE-ID;TZID=Europe/Berlin:${original}T070000`, `DTSTART;TZID=Europe/Berlin:${moved}T070000`, `DTEND;TZID=Europe/Berlin:${moved}T080000`, 'SUMMARY:Swim'];
}

/** A calendar of one weekly event written by another app: DTSTART/DTEND as given, the rule and any extra lines. */
function foreignCalendar(start: string, end: string, rule: string, extra: string[] = []): string {
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
    'BEGIN:VEVENT', 'UID:swim@example.com', 'DTSTAMP:20260301T000000Z', start, end, `RRULE:${rule}`, 'SUMMARY:Swim', ...extra, 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
}

/** The id an import gave a one-off box of an event occurrence (its UID and start), before series were kept too. */
function oneOffId(uid: string, start: number): string {
  return `ics-${createHash('sha256').update(`${uid}\n${start}`).digest('hex').slice(0, 32)}`;
}

describe('a weekly series in a calendar file comes in as one weekly box', () => {
  let host: TestHost;
  let other: TestHost | undefined;
  afterEach(() => {
    host?.cleanup();
    other?.cleanup();
    other = undefined;
  });

  it('the plan exported and imported into a fresh data folder gives back the one series, its cancelled day and its edited day, with no end; a second import adds nothing', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const run = await host.call('plan.add', { categoryId: 'fitness', start: at('2026-03-16', '07:00'), end: at('2026-03-16', '08:00'), title: 'Run', repeat: [1, 3, 5] });
    await host.call('plan.remove', { id: run.id, occurrenceDate: '2026-03-25' });
    await host.call('plan.update', { id: run.id, scope: 'occurrence', occurrenceDate: '2026-03-27', patch: { start: at('2026-03-27', '08:00'), title: 'Late run' } });
    const exported = host.app.store.getTimeboxes()[0] as WeeklyTimebox;
    const { content } = await host.call('plan.exportIcs', {});

    other = makeTestHost({ start: at('2026-03-16', '06:00') });
    const result = await other.call('plan.importIcs', { text: content, categoryId: 'work' });
    expect(result).toEqual({ added: 1, skipped: 0, warnings: [KEPT_ONE, '1 event names the category Fitness: it went there.'] });
    const boxes = other.app.store.getTimeboxes();
    expect(boxes).toHaveLength(1);
    const { id, ...imported } = boxes[0] as WeeklyTimebox;
    const { id: _id, ...original } = exported;
    expect(id).toMatch(/^ics-[0-9a-f]{32}$/);
    expect(imported).toEqual(original);
    expect(imported).toMatchObject({ weekdays: [1, 3, 5], startTime: '07:00', endTime: '08:00', until: null, cancelled: ['2026-03-25'], overrides: { '2026-03-27': expect.objectContaining({ title: 'Late run' }) } });
    // Open-ended as it was: a year on, past the eight weeks an import reads, the runs are still planned.
    const later = await other.call('plan.week', { week: '2027-03-15' });
    expect(later.occurrences.map((o) => wall(o.start))).toEqual(['2027-03-15 07:00', '2027-03-17 07:00', '2027-03-19 07:00']);

    await other.app.store.flush();
    const fingerprint = folderFingerprint(other.dataDir);
    expect(await other.call('plan.importIcs', { text: content, categoryId: 'work' })).toEqual({ added: 0, skipped: 1, warnings: [KEPT_BEFORE] });
    expect(folderFingerprint(other.dataDir)).toBe(fingerprint);
  });

  it('a series from another app at 07:00 Berlin time stays at 07:00 across the end of March, ends where its COUNT does, and starts on the range\'s first day', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DURATION:PT45M', 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8;WKST=MO');
    const result = await host.call('plan.importIcs', { text, categoryId: 'fitness' });
    expect(result).toEqual({ added: 1, skipped: 0, warnings: [KEPT_ONE] });
    // Eight: Mon 16, Thu 19 (before today), Mon 23, Thu 26, Mon 30 March, Thu 2, Mon 6, Thu 9 April.
    expect(host.app.store.getTimeboxes()).toMatchObject([{ kind: 'weekly', title: 'Swim', firstDate: '2026-03-23', startTime: '07:00', durationMinutes: 45, weekdays: [1, 4], until: '2026-04-09' }]);
    // 07:00 in Berlin is 06:00 UTC before the clocks go forward on 29 March and 05:00 UTC after.
    const before = await host.call('plan.week', { week: '2026-03-23' });
    expect(before.occurrences.map((o) => new Date(o.start).toISOString())).toEqual(['2026-03-23T06:00:00.000Z', '2026-03-26T06:00:00.000Z']);
    const after = await host.call('plan.week', { week: '2026-03-30' });
    expect(after.occurrences.map((o) => new Date(o.start).toISOString())).toEqual(['2026-03-30T05:00:00.000Z', '2026-04-02T05:00:00.000Z']);
  });

  it('an explicit --to ends the series there; a floating time (wall-clock, as Timelock keeps it) is a series too', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    const text = foreignCalendar('DTSTART:20260316T183000', 'DTEND:20260316T193000', 'FREQ=WEEKLY');
    expect((await host.call('plan.importIcs', { text, categoryId: 'fitness', to: '2026-05-01' })).added).toBe(1);
    expect(host.app.store.getTimeboxes()).toMatchObject([{ kind: 'weekly', firstDate: '2026-03-23', startTime: '18:30', endTime: '19:30', weekdays: [1], until: '2026-05-01' }]);
  });

  it('in one file, only the series Timelock can hold exactly is kept as one: one in another zone, every other week, or with RDATE comes in as a box per occurrence', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    const event = (uid: string, start: string, end: string, rule: string, extra: string[] = []) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260301T000000Z', start, end, `RRULE:${rule}`, `SUMMARY:${uid}`, ...extra, 'END:VEVENT'];
    const here = ['DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000'];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
      ...event('berlin', here[0]!, here[1]!, 'FREQ=WEEKLY;BYDAY=MO'),
      ...event('new-york', 'DTSTART;TZID=America/New_York:20260316T070000', 'DTEND;TZID=America/New_York:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO'),
      ...event('fortnightly', here[0]!, here[1]!, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
      ...event('with-rdate', here[0]!, here[1]!, 'FREQ=WEEKLY;BYDAY=MO', ['RDATE;TZID=Europe/Berlin:20260325T070000']),
      'END:VCALENDAR', '',
    ].join('\r\n');
    const result = await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-23', to: '2026-04-19' });
    // The Berlin series, then four Mondays of New York, every other Monday (two), four Mondays and the RDATE (five).
    const goesOn = '“new-york”, “fortnightly”, “with-rdate” repeat past 2026-04-19, in a way Timelock cannot keep as a weekly series: planned up to there, a box per occurrence. Import it again with later dates for the days after.';
    expect(result).toEqual({ added: 12, skipped: 0, warnings: [goesOn, KEPT_ONE] });
    const kinds = (title: string) => host.app.store.getTimeboxes().filter((b) => b.title === title).map((b) => b.kind);
    expect(['berlin', 'new-york', 'fortnightly', 'with-rdate'].map(kinds)).toEqual([['weekly'], Array(4).fill('once'), Array(2).fill('once'), Array(5).fill('once')]);
  });

  it('an occurrence moved into the range from a day past --to comes in on its own next to the series ended at --to; a second import adds nothing', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    // Mondays at 07:00; Monday 6 April's swim moved to Thursday 2 April, inside a range ending Friday 3 April.
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO', movedSwim('20260406', '20260402'));
    const range = { from: '2026-03-16', to: '2026-04-03' };
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toEqual({ added: 2, skipped: 0, warnings: [KEPT_ONE] });
    expect(host.app.store.getTimeboxes()).toMatchObject([{ kind: 'weekly', firstDate: '2026-03-16', until: '2026-04-03', overrides: {} }, { kind: 'once', title: 'Swim', start: at('2026-04-02', '07:00') }]);
    const week = async () => (await host.call('plan.week', { week: '2026-03-30' })).occurrences.map((o) => wall(o.start));
    expect(await week()).toEqual(['2026-03-30 07:00', '2026-04-02 07:00']);
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toMatchObject({ added: 0 });
    expect(host.app.store.getTimeboxes()).toHaveLength(2);
    expect(await week()).toEqual(['2026-03-30 07:00', '2026-04-02 07:00']);
  });

  it('a series an earlier import kept is that event in the plan: importing a later stretch adds nothing beside it, and says how to plan more', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO');
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-16', to: '2026-03-31' })).toEqual({ added: 1, skipped: 0, warnings: [KEPT_ONE] });
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-04-01', to: '2026-04-30' })).toEqual({ added: 0, skipped: 1, warnings: [KEPT_BEFORE] });
    const mondays = async (week: string) => (await host.call('plan.week', { week })).occurrences.map((o) => wall(o.start));
    expect(await mondays('2026-03-30')).toEqual(['2026-03-30 07:00']);
    expect(await mondays('2026-04-06')).toEqual([]);
    // Planning more is a change of that series, and the file then adds nothing to it either.
    const [series] = host.app.store.getTimeboxes();
    await host.call('plan.update', { id: series!.id, scope: 'series', patch: { until: '2026-04-30' } });
    expect(await mondays('2026-04-06')).toEqual(['2026-04-06 07:00']);
    expect((await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-16', to: '2026-04-30' })).added).toBe(0);
    expect(await mondays('2026-04-06')).toEqual(['2026-04-06 07:00']);
  });

  it.each([
    ['ended earlier', { scope: 'series', patch: { until: '2026-04-05' } }],
    ['split: from 6 April at 18:00', { scope: 'following', occurrenceDate: '2026-04-06', patch: { start: at('2026-04-06', '18:00') } }],
    ['moved from Mondays to Tuesdays', { scope: 'series', patch: { start: at('2026-03-17', '07:00') } }],
  ] as const)('a kept series the person changed (%s): the same import again plans no day twice and brings no day back', async (_, update) => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO');
    const range = { from: '2026-03-16', to: '2026-04-30' };
    await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range });
    const [series] = host.app.store.getTimeboxes();
    await host.call('plan.update', { id: series!.id, ...update });
    const weeks = ['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27'];
    const planned = async () => (await Promise.all(weeks.map((week) => host.call('plan.week', { week })))).flatMap((w) => w.occurrences.map((o) => wall(o.start)));
    const before = await planned();
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toEqual({ added: 0, skipped: 1, warnings: [KEPT_BEFORE] });
    expect(await planned()).toEqual(before);
  });

  it('a series kept by one import and read a box per day by the next (an occurrence moved in from before its first day) adds nothing beside it', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    // Mondays at 07:00; Monday 23 March's swim moved to Tuesday 24 March.
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO', movedSwim('20260323', '20260324'));
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-30', to: '2026-04-30' })).toEqual({ added: 1, skipped: 0, warnings: [KEPT_ONE] });
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-24', to: '2026-04-30' })).toEqual({ added: 0, skipped: 1, warnings: [KEPT_BEFORE] });
    const days = async (week: string) => (await host.call('plan.week', { week })).occurrences.map((o) => wall(o.start));
    expect(await days('2026-03-23')).toEqual([]);
    expect(await days('2026-03-30')).toEqual(['2026-03-30 07:00']);
    expect(await days('2026-04-06')).toEqual(['2026-04-06 07:00']);
  });

  it('two repeating events with one UID: the first is kept as the series, the second comes in a box per day, with a warning saying so; again, nothing is added', async () => {
    host = makeTestHost({ start: at('2026-03-16', '06:00') });
    const event = (start: string, end: string, day: string, title: string) => ['BEGIN:VEVENT', 'UID:club@example.com', 'DTSTAMP:20260301T000000Z', start, end, `RRULE:FREQ=WEEKLY;BYDAY=${day}`, `SUMMARY:${title}`, 'END:VEVENT'];
    const text = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN',
      ...event('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'MO', 'Swim'),
      ...event('DTSTART;TZID=Europe/Berlin:20260318T180000', 'DTEND;TZID=Europe/Berlin:20260318T190000', 'WE', 'Climb'),
      'END:VCALENDAR', '',
    ].join('\r\n');
    const range = { from: '2026-03-23', to: '2026-04-05' };
    const shared = 'The file has more than one repeating event with the UID club@example.com: the first was kept as a weekly series, the others came in as one box per occurrence.';
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toEqual({ added: 3, skipped: 0, warnings: [shared, KEPT_ONE] });
    const week = await host.call('plan.week', { week: '2026-03-23' });
    expect(week.occurrences.map((o) => `${wall(o.start)} ${o.title}`)).toEqual(['2026-03-23 07:00 Swim', '2026-03-25 18:00 Climb']);
    expect((await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).added).toBe(0);
    expect(host.app.store.getTimeboxes()).toHaveLength(3);
  });

  it('a COUNT whose last day is past the year 9999 the plan holds is no series: its Mondays in the range come in one by one, and the import answers even when the COUNT reaches past any date a computer calendar holds', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    // Mondays from 16 March 2026: the 416,053rd is 27 December 9999, the next one in the year 10000.
    const event = (uid: string, count: number) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260301T000000Z', 'DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', `RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=${count}`, `SUMMARY:${uid}`, 'END:VEVENT'];
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other app//EN', ...event('to-9999', 416_053), ...event('to-10000', 416_054), ...event('millions', 20_000_000), 'END:VCALENDAR', ''].join('\r\n');
    // The default range, today and the 55 days after it, holds eight Mondays.
    const result = await host.call('plan.importIcs', { text, categoryId: 'fitness' });
    const goesOn = '“to-10000”, “millions” repeat past 2026-05-14, in a way Timelock cannot keep as a weekly series: planned up to there, a box per occurrence. Import it again with later dates for the days after.';
    expect(result).toEqual({ added: 17, skipped: 0, warnings: [goesOn, KEPT_ONE] });
    const boxes = host.app.store.getTimeboxes();
    expect(boxes.filter((b) => b.kind === 'weekly')).toMatchObject([{ title: 'to-9999', firstDate: '2026-03-23', until: '9999-12-27' }]);
    const oneOffs = (title: string) => boxes.flatMap((b) => (b.kind === 'once' && b.title === title ? [wall(b.start)] : []));
    expect(oneOffs('to-10000')).toHaveLength(8);
    expect(oneOffs('millions')).toEqual(oneOffs('to-10000'));
    expect(oneOffs('millions').at(-1)).toBe('2026-05-11 07:00');
  });

  it('a series a plan already holds as one-offs from an import made before series were kept comes in as one-offs again: the known days skipped, the missing ones added, no day planned twice', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO');
    // What an earlier Timelock left of its import of the first two Mondays: one box each, ids from UID and start.
    for (const day of ['2026-03-23', '2026-03-30']) {
      const start = at(day, '07:00');
      await host.call('plan.restore', { box: { kind: 'once', id: oneOffId('swim@example.com', start), categoryId: 'fitness', title: 'Swim', start, end: start + 3_600_000 } });
    }
    const result = await host.call('plan.importIcs', { text, categoryId: 'fitness', from: '2026-03-23', to: '2026-04-19' });
    expect(result).toEqual({ added: 2, skipped: 2, warnings: ['2 events were imported before: skipped.'] });
    const boxes = host.app.store.getTimeboxes();
    expect(boxes.map((b) => (b.kind === 'once' ? `${wall(b.start)} ${b.title}` : `series from ${b.firstDate}`)).sort()).toEqual(['2026-03-23 07:00 Swim', '2026-03-30 07:00 Swim', '2026-04-06 07:00 Swim', '2026-04-13 07:00 Swim']);
    const week = await host.call('plan.week', { week: '2026-03-30' });
    expect(week.occurrences.map((o) => wall(o.start))).toEqual(['2026-03-30 07:00']);
  });

  it('an explicit --to that leaves a series no day of its own (only an occurrence moved in from later) brings that occurrence in as a one-off, once', async () => {
    host = makeTestHost({ start: at('2026-03-20', '12:00') });
    // Mondays at 07:00; Monday 30 March's swim moved to Thursday 26 March, inside a range of Tuesday 24 to Friday 27.
    const text = foreignCalendar('DTSTART;TZID=Europe/Berlin:20260316T070000', 'DTEND;TZID=Europe/Berlin:20260316T080000', 'FREQ=WEEKLY;BYDAY=MO', [
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:swim@example.com',
      'DTSTAMP:20260301T000000Z',
      'RECURRENCE-ID;TZID=Europe/Berlin:20260330T070000',
      'DTSTART;TZID=Europe/Berlin:20260326T180000',
      'DTEND;TZID=Europe/Berlin:20260326T190000',
      'SUMMARY:Swim (moved)',
    ]);
    const range = { from: '2026-03-24', to: '2026-03-27' };
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toEqual({ added: 1, skipped: 0, warnings: [] });
    expect(host.app.store.getTimeboxes()).toMatchObject([{ kind: 'once', categoryId: 'fitness', title: 'Swim (moved)', start: at('2026-03-26', '18:00'), end: at('2026-03-26', '19:00') }]);
    expect(await host.call('plan.importIcs', { text, categoryId: 'fitness', ...range })).toEqual({ added: 0, skipped: 1, warnings: ['1 event was imported before: skipped.'] });
    expect(host.app.store.getTimeboxes()).toHaveLength(1);
  });
});
