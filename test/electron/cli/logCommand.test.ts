import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
afterEach(() => folder.cleanup());

describe('timelock log', () => {
  it('adds a manual entry from local times read in the app zone, or ISO times with an offset', async () => {
    folder = cliFolder();
    const local = await folder.run('log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T12:30', '--note', 'planning', '--json');
    expect(local.code).toBe(0);
    expect(local.stderr).toBe('Logged 3:30 of Work, 2026-03-25T09:00:00+01:00 to 2026-03-25T12:30:00+01:00.\n');
    expect(local.json()).toMatchObject({ categoryId: 'work', start: '2026-03-25T09:00:00+01:00', end: '2026-03-25T12:30:00+01:00', minutes: 210, note: 'planning', source: 'manual' });

    const iso = await folder.run('log', 'fitness', '--start=2026-03-25T17:00:00Z', '--end=2026-03-25T18:00:00Z');
    expect(iso).toMatchObject({ code: 0, stdout: '' });

    const host = makeTestHost({ dataDir: folder.dataDir });
    expect(host.app.store.getEntries().map((e) => [e.categoryId, e.start, e.end])).toEqual([
      ['work', Date.UTC(2026, 2, 25, 8, 0), Date.UTC(2026, 2, 25, 11, 30)],
      ['fitness', Date.UTC(2026, 2, 25, 17, 0), Date.UTC(2026, 2, 25, 18, 0)],
    ]);
  });

  it('an entry across the spring-forward night counts its real length', async () => {
    folder = cliFolder();
    const run = await folder.run('log', 'Family', '--start', '2026-03-29T01:30', '--end', '2026-03-29T03:30', '--json');
    expect(run.json()).toMatchObject({ start: '2026-03-29T01:30:00+01:00', end: '2026-03-29T03:30:00+02:00', minutes: 60 });
  });

  it('a soft lock refuses off-hours work without a reason and keeps the reason given with --reason', async () => {
    folder = cliFolder();
    await folder.run('settings', 'set', 'lockMode', 'soft');
    const refused = await folder.run('log', 'Work', '--start', '2026-03-25T19:00', '--end', '2026-03-25T20:00');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/outside your work windows/);
    const allowed = await folder.run('log', 'Work', '--start', '2026-03-25T19:00', '--end', '2026-03-25T20:00', '--reason', 'deploy', '--json');
    expect(allowed.code).toBe(0);
    expect(allowed.json()).toMatchObject({ overrideReason: 'deploy' });
  });
});
