// The CLI working on the data folder itself: it holds the folder's lock while it does, waits briefly for another
// Timelock that holds it, refuses in words after that, and says what opening the folder repaired.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost } from '../../support/testHost';
import { LOCK_FILE } from '../../../electron/storage/dataFolderLock';
import { NOTICE_PREFIX } from '../../../electron/cli';
import { cliFolder, runIn, type CliFolder } from './cliHarness';
import { holdDataFolder, releaseHeldLocks } from '../hosts/heldLock';

let folder: CliFolder;
afterEach(() => {
  releaseHeldLocks();
  folder.cleanup();
});

describe('the CLI and the data folder lock', () => {
  it('a folder another command holds is refused after the wait, exit 1, naming the holder, and nothing is written', async () => {
    folder = cliFolder();
    holdDataFolder(folder.dataDir, 'the command line');
    const before = fs.readdirSync(folder.dataDir).sort();
    const started = Date.now();
    const run = await runIn(['log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00'], {
      env: { TIMELOCK_DATA_DIR: folder.dataDir },
      lockWaitMs: 400,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(`Another Timelock (the command line, process ${process.pid}) is using the data folder ${folder.dataDir}; try again when it has finished.\n`);
    expect(fs.readdirSync(folder.dataDir).sort()).toEqual(before);
  });

  it('waits for the holder to finish and then does its work', async () => {
    folder = cliFolder();
    const held = holdDataFolder(folder.dataDir, 'the command line');
    setTimeout(() => held.release(), 300);
    const run = await folder.run('log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00');
    expect(run.code).toBe(0);
    expect(makeTestHost({ dataDir: folder.dataDir }).app.store.getEntries()).toHaveLength(1);
    // And it let go of the folder when it finished.
    expect(fs.existsSync(path.join(folder.dataDir, LOCK_FILE))).toBe(false);
  });

  it('a damaged month file is reported once on stderr, with where it was moved, while stdout stays the usual line', async () => {
    folder = cliFolder();
    await folder.run('log', 'Work', '--start', '2026-03-25T09:00', '--end', '2026-03-25T10:00');
    await folder.run('log', 'Work', '--start', '2026-03-26T09:00', '--end', '2026-03-26T10:00');
    const shard = path.join(folder.dataDir, 'entries-2026-03.json');
    const text = fs.readFileSync(shard, 'utf8');
    fs.writeFileSync(shard, text.slice(0, Math.floor(text.length / 2)));

    const run = await folder.run('status');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('idle · 0 / 35 h\n');
    const notices = run.stderr.split('\n').filter((line) => line.startsWith(NOTICE_PREFIX));
    expect(notices).toHaveLength(1);
    const moved = /moved aside to (\S+\.json)\./.exec(notices[0]!)?.[1];
    expect(moved).toBeDefined();
    expect(path.dirname(moved!)).toBe(folder.dataDir);
    expect(fs.readFileSync(moved!, 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)));
    expect(notices[0]).toMatch(/entries-2026-03\.backup\.json, was loaded instead/);

    const again = await folder.run('status');
    expect(again).toMatchObject({ code: 0, stderr: '' });
  });
});
