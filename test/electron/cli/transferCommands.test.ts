import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderFingerprint } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

// import, export, backup and restore against the real services, the CLI opening the data folder itself.
const CSV = [
  'description,project,tags,start,end',
  'planning,Client Work,,2026-03-23T09:00:00+01:00,2026-03-23T11:00:00+01:00',
  'run,Gym,,2026-03-24T07:00:00+01:00,2026-03-24T08:00:00+01:00',
  'review,Client Work,"a, b",2026-03-25T13:00:00+01:00,2026-03-25T14:30:00+01:00',
  '',
].join('\n');

interface WeekMinutes {
  minutes: { work: number; fitness: number; family: number };
}

let folder: CliFolder;
let other: CliFolder | null = null;
const file = (name: string) => path.join(folder.dataDir, '..', `${path.basename(folder.dataDir)}-${name}`);
beforeEach(() => {
  folder = cliFolder();
  fs.writeFileSync(file('generic.csv'), CSV);
});
afterEach(() => {
  for (const name of ['generic.csv', 'bad.csv', 'all.json']) fs.rmSync(file(name), { force: true });
  folder.cleanup();
  other?.cleanup();
  other = null;
});

const week13 = async (f: CliFolder) => (await f.run('summary', '--week', '2026-W13', '--json')).json<WeekMinutes>().minutes;

describe('timelock import', () => {
  it('--dry-run shows what would happen and writes nothing; the import then adds the rows once', async () => {
    await folder.run('status');
    const before = folderFingerprint(folder.dataDir);
    const preview = await folder.run('import', file('generic.csv'), '--dry-run', '--map', 'Client Work=Work', '--map', 'Gym=fitness');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/^\S+generic\.csv \(generic\): 3 rows, 3 to import, 0 already there, 0 with problems\n/);
    // An area's name wins over a category of the same name: the project gets a category of its own in that area.
    expect(preview.stdout).toContain('  Client Work → Client Work (work, new): 2 rows');
    expect(preview.stdout).toMatch(/ {2}Gym → Gym \(fitness, new\): 1 row\n/);
    expect(folderFingerprint(folder.dataDir)).toBe(before);

    const applied = await folder.run('import', file('generic.csv'), '--map', 'Client Work=Work', '--map', 'Gym=fitness');
    expect(applied).toMatchObject({ code: 0, stdout: '' });
    expect(applied.stderr).toMatch(/^Imported 3 entries from \S+generic\.csv\.\nNew categories: Client Work, Gym\.\n$/);
    expect(await week13(folder)).toEqual({ work: 210, fitness: 60, family: 0 });

    const again = await folder.run('import', file('generic.csv'), '--map', 'Client Work=Work', '--map', 'Gym=fitness', '--json');
    expect(again.json()).toMatchObject({ imported: 0, duplicates: 3 });
    expect(await week13(folder)).toEqual({ work: 210, fitness: 60, family: 0 });
  });

  it("a large file's progress goes to stderr as the import works through it", async () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => {
      const start = Date.UTC(2025, 0, 1) + i * 3_600_000;
      return `row ${i},Client Work,,${new Date(start).toISOString()},${new Date(start + 1_800_000).toISOString()}`;
    });
    fs.writeFileSync(file('generic.csv'), ['description,project,tags,start,end', ...rows, ''].join('\n'));
    const run = await folder.run('import', file('generic.csv'), '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Checking \S+generic\.csv \(1\.\d MB\)…$/);
    expect(lines).toContain('Reading 15,000 of 15,000 rows…');
    expect(lines.length).toBeLessThan(30);
    expect(run.stdout).toMatch(/15,000 rows, 15,000 to import/);
  });

  it('a file with a bad row is refused whole (exit 1, nothing written); --skip-invalid imports the rest', async () => {
    fs.writeFileSync(file('bad.csv'), CSV.replace('2026-03-24T08:00:00+01:00', 'soon'));
    await folder.run('status');
    const before = folderFingerprint(folder.dataDir);
    const refused = await folder.run('import', file('bad.csv'), '--map', 'Client Work=work', '--map', 'Gym=fitness');
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/line 3/i);
    expect(folderFingerprint(folder.dataDir)).toBe(before);

    const skipped = await folder.run('import', file('bad.csv'), '--map', 'Client Work=work', '--map', 'Gym=fitness', '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/Imported 2 entries .*\(1 row with problems left out\)/);
  });
});

describe('timelock export', () => {
  it('JSON on stdout is a whole Timelock file that another data folder imports to the same figures', async () => {
    await folder.run('import', file('generic.csv'), '--map', 'Client Work=work', '--map', 'Gym=fitness');
    const exported = await folder.run('export', '--format', 'json', '--out', file('all.json'));
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    const onStdout = await folder.run('export', '--format', 'json');
    expect(onStdout.stdout).toBe(fs.readFileSync(file('all.json'), 'utf8'));
    JSON.parse(onStdout.stdout);

    other = cliFolder();
    const imported = await other.run('import', file('all.json'));
    expect(imported.code, imported.stderr).toBe(0);
    expect(await week13(other)).toEqual(await week13(folder));
  });

  it('CSV and iCalendar for a range of local dates', async () => {
    await folder.run('import', file('generic.csv'), '--map', 'Client Work=work', '--map', 'Gym=fitness');
    const csv = await folder.run('export', '--format', 'csv', '--from', '2026-03-24', '--to', '2026-03-24');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('run');
    expect(csv.stdout).not.toContain('planning');
    const ics = await folder.run('export', '--format', 'ics');
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect((await folder.run('export', '--format', 'csv', '--from', '2026-03-25', '--to', '2026-03-24')).code).toBe(2);
  });
});

describe('the JSON export back in a fresh folder', () => {
  it('import adds its entries only, restore brings back the cap history and days off too, as export --help says', async () => {
    await folder.run('log', 'Work', '--start', '2026-03-23T09:00', '--end', '2026-03-23T10:00');
    expect((await folder.run('settings', 'set', 'weeklyCapHours', '30', '--from', '2026-W13')).code).toBe(0);
    expect((await folder.run('dayoff', 'add', '2026-03-24')).code).toBe(0);
    expect((await folder.run('export', '--format', 'json', '--out', file('all.json'))).code).toBe(0);
    const cap = async (f: CliFolder) => (await f.run('summary', '--week', '2026-W13', '--json')).json<{ capMinutes: number }>().capMinutes;
    const lived = await cap(folder);
    expect(lived).toBe(1440);

    other = cliFolder();
    const imported = await other.run('import', file('all.json'));
    expect(imported.code).toBe(0);
    // What the file holds and the import leaves, said with how to take it, rather than dropped without a word.
    expect(imported.stderr).toBe(
      [
        `Imported 1 entry from ${path.basename(file('all.json'))}.`,
        'Warnings:',
        '  file: The file also holds what the data here does not: 1 step of the cap history and 1 day off. An import takes only entries and their categories; to take everything, restore the file instead (timelock restore FILE on the command line): it replaces all the data here with the file\'s, and keeps what is here now as a backup first.',
        '',
      ].join('\n'),
    );
    expect(await week13(other)).toEqual(await week13(folder));
    expect(await cap(other)).toBe(2100);
    expect((await other.run('restore', file('all.json'))).code).toBe(0);
    expect(await cap(other)).toBe(lived);

    const help = (await folder.run('export', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('`timelock import` adds its entries (and their categories) to your data');
    expect(help).toContain('`timelock restore FILE` brings all of it back, settings, cap history and days off included');
  });
});

describe('timelock backup and restore', () => {
  it('a backup restores by id and by file, and the state before each restore is kept', async () => {
    await folder.run('log', 'Work', '--start', '2026-03-23T09:00', '--end', '2026-03-23T10:00');
    const made = await folder.run('backup', '--json');
    expect(made.code, made.stderr).toBe(0);
    const backup = made.json<{ id: string; path: string }>();
    expect(fs.existsSync(backup.path)).toBe(true);

    await folder.run('log', 'Work', '--start', '2026-03-24T09:00', '--end', '2026-03-24T12:00');
    expect((await week13(folder)).work).toBe(240);
    const restored = await folder.run('restore', backup.id);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/^Restored 1 entry and 3 categories from /);
    expect((await week13(folder)).work).toBe(60);

    const list = (await folder.run('backup', '--list', '--json')).json<Array<{ id: string; kind: string; path: string }>>();
    const safety = list.find((b) => b.kind === 'before-restore')!;
    expect(safety).toBeDefined();
    const byFile = await folder.run('restore', safety.path);
    expect(byFile.code, byFile.stderr).toBe(0);
    expect((await week13(folder)).work).toBe(240);
  });

  it('a restore refused for a ranged export or an unknown id says what to do in words, not by channel name', async () => {
    await folder.run('log', 'Work', '--start', '2026-03-23T09:00', '--end', '2026-03-23T10:00');
    expect((await folder.run('export', '--format', 'json', '--from', '2026-03-23', '--out', file('all.json'))).code).toBe(0);
    const ranged = await folder.run('restore', file('all.json'));
    expect(ranged.code).toBe(1);
    expect(ranged.stderr).toMatch(/is an export of 2026-03-23 to the end only, not a backup of everything\. Import it instead to add its entries\./);
    const unknown = await folder.run('restore', 'timelock-2026-01-01');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^There is no backup timelock-2026-01-01\./);
    for (const said of [ranged.stderr, unknown.stderr]) expect(said).not.toMatch(/import\.apply|backup\.list/);
  });

  it('restore while a timer runs is refused (exit 1) and changes nothing', async () => {
    const backup = (await folder.run('backup', '--json')).json<{ id: string }>();
    await folder.run('start', 'Work');
    const before = folderFingerprint(folder.dataDir);
    const refused = await folder.run('restore', backup.id);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/timer/i);
    expect(folderFingerprint(folder.dataDir)).toBe(before);
  });
});
