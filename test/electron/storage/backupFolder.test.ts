// The backups folder's writes: a failed one is told naming the backup, never the temp file it is written through.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackupFolder } from '../../../electron/storage/backupFolder';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the backups folder', () => {
  it('a write that fails names the backup and says why, not the temp file, and leaves no temp file behind', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-backups-'));
    dirs.push(dir);
    // A folder where the backup's file would go: the rename into place fails.
    const target = path.join(dir, 'timelock-2026-03-25.json');
    fs.mkdirSync(target);
    const folder = openBackupFolder(dir);
    let message = '';
    try {
      folder.write('timelock-2026-03-25', '{}');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Timelock could not write the backup ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EISDIR`));
    expect(message).not.toMatch(/\.tmp/);
    expect(fs.readdirSync(dir)).toEqual(['timelock-2026-03-25.json']);
  });
});
