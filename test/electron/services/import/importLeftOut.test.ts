// A Timelock data file holds more than entries: what an import leaves of it (settings, cap history, days off,
// check-ins, plan) is said on the preview the window shows and on the result, with how to take it, when it is not
// already here. The test hosts' clocks stand on Tue 24 Nov 2026 (2026-W48).
import { describe, expect, it } from 'vitest';
import { testHostsCleanedAfterEach, type TestHost, type TestHostOptions } from '../../../support/testHost';

const host = testHostsCleanedAfterEach();

/** A data folder with an hour of work in 2026-W44, a cap step from 2026-W46, two days off and a check-in. */
async function lived(options?: TestHostOptions): Promise<TestHost> {
  const source = host(options);
  await source.call('entries.add', { categoryId: 'work', start: Date.UTC(2026, 9, 27, 9), end: Date.UTC(2026, 9, 27, 10) });
  await source.call('boundaries.set', { values: { weeklyCapMinutes: 30 * 60 }, from: '2026-W46' });
  await source.call('daysOff.add', { from: '2026-11-05', to: '2026-11-06', kind: 'vacation' });
  source.app.store.setCheckIns([{ week: '2026-W47', at: Date.UTC(2026, 10, 20, 9), energy: 3, mood: 4, note: '' }]);
  return source;
}

const fileWarnings = (issues: readonly { line: number; message: string }[]) => issues.filter((w) => w.line === 0).map((w) => w.message);

describe('importing a Timelock data file', () => {
  it('says what of the file it leaves, on the preview and the result, and that a restore takes everything', async () => {
    const source = await lived({ timeZone: 'America/New_York' });
    const file = await source.call('export.data', { format: 'json' });
    const target = host();
    const words =
      "The file also holds what the data here does not: its settings, 1 step of the cap history, 2 days off and 1 check-in. An import takes only entries and their categories; to take everything, restore the file instead (timelock restore FILE on the command line): it replaces all the data here with the file's, and keeps what is here now as a backup first.";
    expect(fileWarnings((await target.call('import.preview', { text: file.content })).warnings)).toEqual([words]);
    const result = await target.call('import.apply', { text: file.content });
    expect(result.imported).toBe(1);
    expect(fileWarnings(result.warnings)).toEqual([words]);
    // Only told: the settings, steps and days off here are as they were.
    expect(target.app.store.getSettings().daysOff).toEqual([]);
  });

  it('of an export of some days (its check-ins of those days only), says it cannot be restored', async () => {
    const source = await lived();
    const file = await source.call('export.data', { format: 'json', from: '2026-10-26', to: '2026-11-01' });
    const preview = await host().call('import.preview', { text: file.content });
    expect(fileWarnings(preview.warnings)).toEqual([
      'The file also holds what the data here does not: 1 step of the cap history and 2 days off. An import takes only entries and their categories, and an export of some days cannot be restored: set them here by hand if they should hold.',
    ]);
  });

  it('says nothing when the file holds nothing more than is here already', async () => {
    const source = await lived();
    const file = await source.call('export.data', { format: 'json' });
    const preview = await source.call('import.preview', { text: file.content });
    expect(preview.duplicates).toBe(1);
    expect(fileWarnings(preview.warnings)).toEqual([]);
  });
});
