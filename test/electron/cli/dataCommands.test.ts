import { defaultSettings } from '../../../shared/defaults';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSocketServer, type SocketServer } from '../../../electron/hosts/socketServer';
import type { TimelockApp } from '../../../electron/app';
import type { ImportPreview, ImportResult, BackupInfo, RestoreResult } from '../../../shared/transferModel';
import { fail, ok, type Result } from '../../../shared/result';
import { folderFingerprint } from '../../support/testHost';
import { runIn, type CliRun } from './cliHarness';
import { holdDataFolder, releaseHeldLocks } from '../hosts/heldLock';

// The import, export and backup commands against a host whose router answers those channels with fixed answers:
// what the CLI sends, prints and refuses, independent of the services behind the channels.
type Answer = (payload: unknown, emit: (event: string, payload: unknown) => void) => unknown;

const PREVIEW: ImportPreview = {
  format: 'toggl',
  rows: [],
  total: 3,
  toImport: 2,
  duplicates: 1,
  problems: [{ line: 4, message: 'the end is before the start' }],
  warnings: [{ line: 0, message: 'dates read as day/month' }],
  newCategories: [{ name: 'Gym', area: 'fitness' }],
  mapping: [
    { project: 'Client A', category: 'Work', categoryId: 'work', area: 'work', created: false, rows: 2 },
    { project: 'Gym', category: 'Gym', categoryId: null, area: 'fitness', created: true, rows: 1 },
  ],
  needsReason: [{ line: 3, message: "line 3: It's outside your work windows; the next one opens tomorrow at 09:00." }],
};
const RESULT: ImportResult = {
  imported: 2,
  skipped: 1,
  duplicates: 1,
  createdCategories: [{ id: 'c1', name: 'Gym', area: 'fitness', color: '#009E73', archived: false }],
  problems: [{ line: 4, message: 'the end is before the start' }],
  warnings: [],
};
const BACKUP: BackupInfo = { id: 'timelock-2026-04-01-manual', kind: 'manual', createdAt: Date.UTC(2026, 3, 1, 10), path: '/data/backups/timelock-2026-04-01-manual.json', sizeBytes: 2048 };
const RESTORED: RestoreResult = { restoredFrom: BACKUP.id, safetyBackup: { ...BACKUP, id: 'timelock-2026-04-01-before-restore', kind: 'before-restore' }, entries: 12, categories: 4, settings: 'Its settings replaced the ones here: the days off: 0, where there were 1.', kept: ['Kept 1 entry that Desktop saved since this backup: a restore here does not undo what another computer saved.'], warnings: [] };

let dataDir: string;
let work: string;
let server: SocketServer;
let calls: Array<{ channel: string; payload: unknown }>;
let answers: Record<string, Answer>;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-data-'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-work-'));
  calls = [];
  answers = {};
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const emit = (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload));
  const app = {
    router: {
      channelNames: [],
      async call(channel: string, payload: unknown): Promise<Result<unknown>> {
        calls.push({ channel, payload });
        const answer = answers[channel];
        if (!answer) return fail({ code: 'unknown-channel', message: `There is no channel called '${channel}'.` });
        try {
          return ok(await answer(payload, emit));
        } catch (error) {
          return fail({ code: 'bad-request', message: (error as Error).message });
        }
      },
    },
    bus: { emit, subscribe: (l: (event: string, payload: unknown) => void) => (listeners.add(l), () => listeners.delete(l)) },
  } as unknown as Pick<TimelockApp, 'router' | 'bus'>;
  server = await startSocketServer({ app, dataDir, lock: holdDataFolder(dataDir) });
});
afterEach(async () => {
  await server.close();
  releaseHeldLocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

const cli = (...argv: string[]): Promise<CliRun> => runIn(argv, { env: { TIMELOCK_DATA_DIR: dataDir }, cwd: work });

describe('timelock import', () => {
  beforeEach(() => fs.writeFileSync(path.join(work, 'toggl.csv'), 'Project,Start date\nClient A,2026-03-25\n'));

  it('--dry-run sends the file and every option to import.preview and prints the preview on stdout', async () => {
    answers['import.preview'] = () => PREVIEW;
    const run = await cli('import', 'toggl.csv', '--dry-run', '--format', 'toggl', '--map', 'Gym=fitness', '--map', 'Client A = Work', '--time-zone', 'America/New_York', '--skip-invalid', '--reason', 'catching up');
    expect(run.code).toBe(0);
    expect(calls).toEqual([
      {
        channel: 'import.preview',
        payload: {
          text: 'Project,Start date\nClient A,2026-03-25\n',
          fileName: 'toggl.csv',
          format: 'toggl',
          timeZone: 'America/New_York',
          map: { Gym: 'fitness', 'Client A': 'Work' },
          skipInvalid: true,
          reason: 'catching up',
        },
      },
    ]);
    expect(run.stdout).toBe(
      [
        'toggl.csv (toggl): 3 rows, 2 to import, 1 already there, 1 with problems',
        'Categories:',
        '  Client A → Work (work): 2 rows',
        '  Gym → Gym (fitness, new): 1 row',
        'Problems:',
        '  line 4: the end is before the start',
        'Warnings:',
        '  file: dates read as day/month',
        'Work outside your windows or past a cap, imported with your reason:',
        "  line 3: It's outside your work windows; the next one opens tomorrow at 09:00.",
        '',
      ].join('\n'),
    );
    const json = await cli('import', 'toggl.csv', '--dry-run', '--json');
    expect(json.json()).toEqual(PREVIEW);
    expect(calls[1]).toEqual({ channel: 'import.preview', payload: { text: 'Project,Start date\nClient A,2026-03-25\n', fileName: 'toggl.csv' } });
  });

  it('without --dry-run it calls import.apply and reports on stderr; --json puts the result on stdout', async () => {
    answers['import.apply'] = () => RESULT;
    const run = await cli('import', path.join(work, 'toggl.csv'));
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe('Imported 2 entries from toggl.csv (1 already there, 1 row with problems left out).\nNew categories: Gym.\nLeft out:\n  line 4: the end is before the start\n');
    expect(calls.map((c) => c.channel)).toEqual(['import.apply']);
    expect((await cli('import', 'toggl.csv', '--json')).json()).toEqual(RESULT);
  });

  it("a large file's progress is shown on stderr while the host works through it", async () => {
    fs.writeFileSync(path.join(work, 'big.csv'), `Project,Start date\n${'Client A,2026-03-25\n'.repeat(64 * 1024)}`);
    answers['import.apply'] = async (_payload, emit) => {
      for (const [stage, done] of [['reading', 0], ['checking', 32768], ['checking', 65536], ['writing', 65536], ['done', 65536]] as const) {
        emit('import.progress', { stage, done, total: 65536 });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return { ...RESULT, imported: 65536, skipped: 0, duplicates: 0, problems: [], createdCategories: [] };
    };
    const run = await cli('import', 'big.csv');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      [
        'Importing big.csv (1.3 MB)…',
        'Reading 0 of 65,536 rows…',
        'Checking 32,768 of 65,536 rows…',
        'Checking 65,536 of 65,536 rows…',
        'Writing…',
        'Imported 65,536 entries from big.csv.',
        '',
      ].join('\n'),
    );
  });

  it('a refusal from the import (a file with problems, a lock) is exit 1 with its message', async () => {
    answers['import.apply'] = () => {
      throw new Error('Line 4: the end is before the start. Nothing was imported; --skip-invalid imports the other rows.');
    };
    const run = await cli('import', 'toggl.csv');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/Nothing was imported/);
  });

  it('a missing file is exit 1 and a bad --map or --format exit 2, and none of them reaches Timelock', async () => {
    const missing = await cli('import', 'nope.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Timelock could not read ${path.join(work, 'nope.csv')}: there is no such file.\n`);
    const badMap = await cli('import', 'toggl.csv', '--map', 'Gym');
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/--map needs NAME=AREA/);
    const badFormat = await cli('import', 'toggl.csv', '--format', 'excel');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of toggl, clockify, harvest, generic, timelock-csv, timelock-json/);
    expect(calls).toEqual([]);
  });

  it('a running Timelock older than the command, without the import channels, says so (exit 1)', async () => {
    const run = await cli('import', 'toggl.csv');
    expect(run).toMatchObject({ code: 1, stderr: 'This version of Timelock has no import.apply (the running app is older than this command: update it).\n' });
  });
});

describe('timelock export', () => {
  beforeEach(() => {
    answers['export.data'] = (payload) => ({ fileName: 'timelock-2026-03.csv', mimeType: 'text/csv', content: `start,end\n${JSON.stringify(payload)}\n` });
  });

  it('prints the file exactly on stdout, with the dates sent as given', async () => {
    const run = await cli('export', '--format', 'csv', '--from', '2026-03-01', '--to', '2026-03-31');
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'start,end\n{"format":"csv","from":"2026-03-01","to":"2026-03-31"}\n' });
  });

  it('--out writes the file (into a folder: under its suggested name) and says where on stderr', async () => {
    const run = await cli('export', '--format', 'csv', '--out', 'march.csv');
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(/^Wrote .*march\.csv \(\d+ bytes\)\.\n$/);
    expect(fs.readFileSync(path.join(work, 'march.csv'), 'utf8')).toBe('start,end\n{"format":"csv"}\n');
    fs.mkdirSync(path.join(work, 'exports'));
    await cli('export', '--format', 'csv', '--out', 'exports');
    expect(fs.readdirSync(path.join(work, 'exports'))).toEqual(['timelock-2026-03.csv']);
  });

  it('no or an unknown --format, or a date that is not one, is a usage error (2); none reaches Timelock', async () => {
    expect(await cli('export')).toMatchObject({ code: 2, stdout: '' });
    expect((await cli('export', '--format', 'xlsx')).stderr).toMatch(/--format must be one of csv, json, ics/);
    const badDate = await cli('export', '--format', 'ics', '--from', '2026-02-30');
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringMatching(/^timelock export: --from '2026-02-30' is not a date\. Write it as yyyy-MM-dd, e\.g\. 2026-03-25\.\nUsage: /) });
    expect(calls).toEqual([]);
  });
});

describe('timelock backup and restore', () => {
  beforeEach(() => {
    answers['backup.create'] = () => BACKUP;
    answers['backup.list'] = () => [BACKUP, { ...BACKUP, id: 'timelock-2026-03-31', kind: 'daily', path: path.join(work, 'timelock-2026-03-31.json') }];
    answers['backup.restore'] = () => RESTORED;
  });

  it('backup makes one and says where; --list lists them one a line; --json for scripts', async () => {
    expect(await cli('backup')).toMatchObject({ code: 0, stdout: '', stderr: `Backup ${BACKUP.id} saved: ${BACKUP.path}\n` });
    expect((await cli('backup', '--json')).json()).toEqual(BACKUP);
    // When each was made, in the person's zone with its offset, as every instant the command line prints.
    answers['settings.get'] = () => defaultSettings('Europe/Berlin');
    const list = await cli('backup', '--list');
    expect(list.stdout).toBe(
      'timelock-2026-04-01-manual  manual         2026-04-01T12:00:00+02:00  2,048 bytes\ntimelock-2026-03-31  daily          2026-04-01T12:00:00+02:00  2,048 bytes\n',
    );
  });

  it('restore ID restores that backup and says how to undo it', async () => {
    const run = await cli('restore', BACKUP.id);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe(
      `Restored 12 entries and 4 categories from ${BACKUP.id}.\n${RESTORED.settings}\n${RESTORED.kept[0]}\nWhat was there before is kept as backup timelock-2026-04-01-before-restore.\n`,
    );
    expect(calls).toEqual([{ channel: 'backup.restore', payload: { id: BACKUP.id } }]);
  });

  it('restore FILE sends the absolute path to backup.restoreFile when the host has it', async () => {
    answers['backup.restoreFile'] = () => RESTORED;
    fs.writeFileSync(path.join(work, 'copy.json'), '{}');
    expect((await cli('restore', 'copy.json', '--json')).json()).toEqual(RESTORED);
    expect(calls).toEqual([{ channel: 'backup.restoreFile', payload: { path: path.join(work, 'copy.json') } }]);
  });

  it("without backup.restoreFile a file restores only if it is one of Timelock's own backups", async () => {
    fs.writeFileSync(path.join(work, 'timelock-2026-03-31.json'), '{}');
    fs.writeFileSync(path.join(work, 'elsewhere.json'), '{}');
    expect((await cli('restore', 'timelock-2026-03-31.json')).code).toBe(0);
    expect(calls.at(-1)).toEqual({ channel: 'backup.restore', payload: { id: 'timelock-2026-03-31' } });
    const foreign = await cli('restore', 'elsewhere.json');
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/is not one of Timelock's backups/);
    expect(calls.filter((c) => c.channel === 'backup.restore')).toHaveLength(1);
  });

  it('something that is neither a file nor a backup id is refused before anything is asked', async () => {
    const before = folderFingerprint(work);
    const run = await cli('restore', '../../etc/passwd-ish');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/neither a backup file nor a backup id/);
    expect(calls).toEqual([]);
    expect(folderFingerprint(work)).toBe(before);
  });
});
