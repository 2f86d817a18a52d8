// A process that dies while staging a file leaves its temp file beside the target. The next open removes it (only
// files named the way Timelock stages them), and what was saved before is all there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStagedLeftovers } from '../../../electron/storage/atomicFile';
import { openBackupFolder } from '../../../electron/storage/backupFolder';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { entry, fixedClock, listFiles, tempDataDir } from './storageFixtures';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./stagingChild.ts', import.meta.url));
const open = (dataDir: string) => openDataStore({ dataDir, systemTimeZone: 'UTC', clock: fixedClock });
const temps = (dataDir: string) => listFiles(dataDir).filter((name) => name.endsWith('.tmp'));

/** Starts the child's import and kills it (SIGKILL: no exit hook runs) once it has a temp file on disk. */
async function killWhileStaging(dataDir: string, count: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(count)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('staging')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before it staged anything`)));
  });
  child.kill('SIGKILL');
  await exited;
}

describe('temp files left by a process that died while staging', () => {
  it('are removed by the next open, and the data saved before the crash is all there', async () => {
    const dataDir = tempDataDir();
    const before = open(dataDir);
    before.applyEntries({ put: [entry('kept', Date.UTC(2026, 10, 3, 9)), entry('also-kept', Date.UTC(2026, 10, 4, 9))] });
    const saved = before.getEntries();
    await killWhileStaging(dataDir, 20_000);
    expect(temps(dataDir).length).toBeGreaterThan(0);

    const after = open(dataDir);
    expect(temps(dataDir)).toEqual([]);
    // The import never landed (its journal was not in place): the old data, whole.
    expect(after.getEntries()).toEqual(saved);
    after.applyEntries({ put: [entry('next', Date.UTC(2026, 10, 5, 9))] });
    expect(open(dataDir).getEntries().map((e) => e.id)).toEqual(['kept', 'also-kept', 'next']);
  }, 30_000);

  it('leaves every other file alone: the lock’s own temp file, a person’s files, and names that only look alike', () => {
    const dataDir = tempDataDir();
    const hex = 'a'.repeat(32);
    const ours = [`settings.json.${hex}.tmp`, `entries-2026-11.json.${'0123456789abcdef'.repeat(2)}.tmp`];
    const others = [
      `timelock.lock.4242.${'b'.repeat(16)}.tmp`,
      'notes.tmp',
      `settings.json.${'A'.repeat(32)}.tmp`,
      `settings.json.${hex}.tmp.keep`,
      `settings.txt.${hex}.tmp`,
      `settings.json.${hex.slice(1)}.tmp`,
    ];
    for (const name of [...ours, ...others]) fs.writeFileSync(path.join(dataDir, name), 'x');
    fs.mkdirSync(path.join(dataDir, `checkins.json.${'c'.repeat(32)}.tmp`));
    expect(removeStagedLeftovers(dataDir).sort()).toEqual([...ours].sort());
    expect(listFiles(dataDir).sort()).toEqual([...others, `checkins.json.${'c'.repeat(32)}.tmp`].sort());
  });

  it('are removed from the backups folder when it is opened, and the backups are kept', () => {
    const dir = path.join(tempDataDir(), 'backups');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'timelock-2026-11-26.json'), '{}');
    fs.writeFileSync(path.join(dir, `timelock-2026-11-27.json.${'d'.repeat(32)}.tmp`), '{"half');
    openBackupFolder(dir);
    expect(listFiles(dir)).toEqual(['timelock-2026-11-26.json']);
  });
});
