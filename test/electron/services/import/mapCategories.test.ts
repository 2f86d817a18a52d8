import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../../support/testHost';

// A Toggl detailed export as Toggl writes it (the shape of ../shared/fixtures/real-exports/toggl_*.csv), one row a line:
// [project, description, date, start time, end time, duration].
function togglExport(rows: ReadonlyArray<readonly [string, string, string, string, string, string]>): string {
  const header = '\uFEFFUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)';
  const lines = rows.map(([project, description, date, start, end, duration]) =>
    ['Peter Tester', 'peter.test@email.test', '', project, '', `"${description}"`, 'No', date, start, date, end, duration, '', ''].join(','),
  );
  return [header, ...lines].join('\r\n');
}

const NFC = 'Caf\u00e9 \u00c9crit';
const NFD = 'Cafe\u0301 E\u0301crit';

let host: TestHost;
afterEach(() => host?.cleanup());

const minutesBy = (h: TestHost) => {
  const totals = new Map<string, number>();
  for (const e of h.app.store.getEntries()) totals.set(e.categoryId, (totals.get(e.categoryId) ?? 0) + (e.end - e.start) / 60_000);
  return Object.fromEntries(totals);
};

describe('import: projects to categories by name', () => {
  it('a project named with its accents decomposed goes to the category of that name stored composed: no second category, its hours there', async () => {
    host = makeTestHost();
    const cafe = await host.call('categories.add', { name: NFC, area: 'family' });
    await host.call('entries.add', { categoryId: cafe.id, start: Date.UTC(2026, 10, 16, 17), end: Date.UTC(2026, 10, 16, 18) });
    const before = host.app.store.getCategories();
    const text = togglExport([
      [NFD, 'Chapter one', '2026-11-17', '18:00:00', '19:30:00', '01:30:00'],
      [NFD, 'Chapter two', '2026-11-18', '18:00:00', '19:00:00', '01:00:00'],
    ]);

    const preview = await host.call('import.preview', { text });
    expect(preview.mapping).toEqual([{ project: NFD, category: NFC, categoryId: cafe.id, area: 'family', created: false, rows: 2 }]);
    const result = await host.call('import.apply', { text });
    expect(result).toMatchObject({ imported: 2, createdCategories: [] });
    expect(host.app.store.getCategories()).toEqual(before);
    expect(minutesBy(host)).toEqual({ [cafe.id]: 60 + 90 + 60 });
  });

  it('one project spelt both ways in a file makes one category, saved composed', async () => {
    host = makeTestHost();
    const text = togglExport([
      [NFD, 'Decomposed', '2026-11-17', '10:00:00', '11:00:00', '01:00:00'],
      [NFC, 'Composed', '2026-11-18', '10:00:00', '11:00:00', '01:00:00'],
    ]);
    const result = await host.call('import.apply', { text });
    expect(result.createdCategories.map((c) => c.name)).toEqual([NFC]);
    const created = result.createdCategories[0]!;
    expect(host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family', NFC]);
    expect(minutesBy(host)).toEqual({ [created.id]: 120 });
  });

  it('a map names a project and a category in either form', async () => {
    host = makeTestHost();
    const writing = await host.call('categories.add', { name: '\u00c9criture', area: 'family' });
    const text = togglExport([
      [NFC, 'To writing', '2026-11-17', '18:00:00', '19:00:00', '01:00:00'],
      ['R\u00eaverie', 'To fitness', '2026-11-18', '18:00:00', '19:00:00', '01:00:00'],
    ]);
    const map = { [NFD]: 'E\u0301criture', 'Re\u0302verie': 'area:fitness' };
    const result = await host.call('import.apply', { text, map });
    expect(result).toMatchObject({ imported: 2, warnings: [] });
    expect(result.createdCategories.map((c) => [c.name, c.area])).toEqual([['R\u00eaverie', 'fitness']]);
    expect(minutesBy(host)).toEqual({ [writing.id]: 60, [result.createdCategories[0]!.id]: 60 });
  });
});
