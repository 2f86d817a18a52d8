import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/model';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { at, refused } from './importFixtures';

/** A small week of data: a summer and a winter entry, a zero-length one, and texts an export must escape. */
async function seed(host: TestHost): Promise<Entry[]> {
  const climbing = await host.call('categories.add', { name: 'Climbing, indoor', area: 'fitness' });
  const entries: Entry[] = [
    { id: 'e-summer', categoryId: 'work', start: at('2026-07-01T09:00:00+02:00'), end: at('2026-07-01T10:30:00+02:00'), note: 'Plan; review, "ship"', tags: ['q3', 'a, b'], source: 'timer' },
    { id: 'e-zero', categoryId: 'work', start: at('2026-11-20T08:00:00+01:00'), end: at('2026-11-20T08:00:00+01:00'), note: '', tags: [], source: 'manual' },
    {
      id: 'e-winter',
      categoryId: climbing.id,
      start: at('2026-11-20T18:00:00+01:00'),
      end: at('2026-11-20T19:15:00.500+01:00'),
      note: `=cmd|' /C calc'!A0\nsecond line with ünïcödé and 🧗 ${'long '.repeat(20)}`,
      tags: [],
      source: 'manual',
      overrideReason: 'Late, but agreed',
    },
  ];
  host.app.store.applyEntries({ put: entries });
  host.app.store.appendNudge({ id: 'n-1', kind: 'cap-warning', at: at('2026-11-20T16:00:00+01:00'), text: 'Nearly at your cap' });
  host.app.store.setCheckIns([{ week: '2026-W47', at: at('2026-11-20T17:00:00+01:00'), energy: 3, mood: 4, note: 'ok' }]);
  return entries;
}

describe('export', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it("CSV has Timelock's columns, ISO-8601 times with the offset of the app's zone on that date, and cells a spreadsheet cannot run", async () => {
    host = makeTestHost();
    await seed(host);
    const file = await host.call('export.data', { format: 'csv' });
    expect(file).toMatchObject({ fileName: 'timelock-2026-11-24.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(file.content.startsWith('\uFEFFid,start,end,category,area,note,tags,source,override reason\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(file.content.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.id, r.start, r.end, r.category, r.area])).toEqual([
      ['e-summer', '2026-07-01T09:00:00+02:00', '2026-07-01T10:30:00+02:00', 'Work', 'work'],
      ['e-zero', '2026-11-20T08:00:00+01:00', '2026-11-20T08:00:00+01:00', 'Work', 'work'],
      ['e-winter', '2026-11-20T18:00:00+01:00', '2026-11-20T19:15:00.500+01:00', 'Climbing, indoor', 'fitness'],
    ]);
    expect(rows[0]).toMatchObject({ note: 'Plan; review, "ship"', tags: '["q3","a, b"]', source: 'timer', 'override reason': '' });
    expect(rows[2]!.note.startsWith("'=cmd|")).toBe(true);
    expect(rows[2]!['override reason']).toBe('Late, but agreed');
  });

  it('JSON holds the whole data: settings, categories, entries, the nudge log, check-ins and the data version', async () => {
    host = makeTestHost();
    const entries = await seed(host);
    const file = await host.call('export.data', { format: 'json' });
    expect(file.mimeType).toBe('application/json');
    const data = JSON.parse(file.content);
    expect(data).toMatchObject({ format: 'timelock-data', dataVersion: 2, createdAt: host.clock.now(), range: null });
    expect(data.settings).toEqual(host.app.store.getSettings());
    expect(data.categories).toEqual(host.app.store.getCategories());
    expect(data.entries).toEqual(entries);
    expect(data.nudges.log).toEqual(host.app.store.getNudgeLog());
    expect(data.checkIns).toEqual(host.app.store.getCheckIns());
  });

  it('iCalendar parses with ical.js: one event per entry, the entry id as UID, UTC times, the category and note as summary, folded at 75 octets', async () => {
    host = makeTestHost();
    const entries = await seed(host);
    const file = await host.call('export.data', { format: 'ics' });
    expect(file).toMatchObject({ fileName: 'timelock-2026-11-24.ics', mimeType: 'text/calendar;charset=utf-8' });
    for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(file.content).toMatch(/\r\n /); // the long note was folded

    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(entries.map((e) => e.id));
    for (const [i, event] of events.entries()) {
      const entry = entries[i]!;
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(entry.start / 1000) * 1000);
      expect(event.endDate.toJSDate().getTime()).toBe(Math.floor(entry.end / 1000) * 1000);
    }
    expect(events.map((e) => e.summary)).toEqual([
      'Work: Plan; review, "ship"',
      'Work',
      `Climbing, indoor: =cmd|' /C calc'!A0\nsecond line with ünïcödé and 🧗 ${'long '.repeat(20)}`,
    ]);
    // A zero-length entry has no DTEND (RFC 5545 wants DTEND after DTSTART): it ends when it starts.
    expect(events[1]!.component.hasProperty('dtend')).toBe(false);
    expect(events[2]!.component.getFirstPropertyValue('categories')).toBe('Climbing, indoor');
  });

  it('a date range (local dates, both included) limits every format to the entries of those days, and names the file for it', async () => {
    host = makeTestHost();
    await seed(host);
    const csv = await host.call('export.data', { format: 'csv', from: '2026-11-20', to: '2026-11-20' });
    expect(csv.fileName).toBe('timelock-2026-11-20.csv');
    expect(csv.content.match(/^e-\w+/gm)).toEqual(['e-zero', 'e-winter']);
    const json = await host.call('export.data', { format: 'json', from: '2026-06-01', to: '2026-07-01' });
    expect(json.fileName).toBe('timelock-2026-06-01-to-2026-07-01.json');
    const data = JSON.parse(json.content);
    expect(data.range).toEqual({ from: '2026-06-01', to: '2026-07-01' });
    expect(data.entries.map((e: Entry) => e.id)).toEqual(['e-summer']);
    expect(data.nudges.log).toEqual([]);
    const ics = await host.call('export.data', { format: 'ics', from: '2026-11-01' });
    expect(ics.fileName).toBe('timelock-from-2026-11-01.ics');
    expect(ics.content.match(/^UID:.*$/gm)).toEqual(['UID:e-zero', 'UID:e-winter']);
    expect((await host.call('export.data', { format: 'csv', to: '2026-07-31' })).fileName).toBe('timelock-to-2026-07-31.csv');
  });

  it('an entry running past midnight is in the export of the day it started only, in every format', async () => {
    host = makeTestHost();
    await seed(host);
    const late = { id: 'e-late', categoryId: 'work', start: at('2026-11-20T23:00:00+01:00'), end: at('2026-11-21T01:00:00+01:00'), note: '', tags: [], source: 'manual' as const };
    host.app.store.applyEntries({ put: [late] });
    for (const format of ['csv', 'json', 'ics'] as const) {
      const first = (await host.call('export.data', { format, from: '2026-11-20', to: '2026-11-20' })).content;
      const second = (await host.call('export.data', { format, from: '2026-11-21', to: '2026-11-21' })).content;
      expect([format, first.includes('e-late'), second.includes('e-late')]).toEqual([format, true, false]);
    }
    // Whole, not cut at midnight.
    const json = JSON.parse((await host.call('export.data', { format: 'json', from: '2026-11-20', to: '2026-11-20' })).content);
    expect(json.entries.find((e: Entry) => e.id === 'e-late')).toEqual(late);
  });

  it('refuses a range that ends before it starts or a date that does not exist', async () => {
    host = makeTestHost();
    expect((await refused(host, 'export.data', { format: 'csv', from: '2026-11-20', to: '2026-11-01' })).code).toBe('bad-request');
    expect((await refused(host, 'export.data', { format: 'ics', from: '2026-02-29' })).code).toBe('bad-request');
  });
});
