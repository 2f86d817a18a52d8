// The command line against hostile files: a file too large is refused from its size before it is read, and text
// from a file or a title with terminal escape codes is printed without them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliFolder, type CliFolder } from './cliHarness';

let folder: CliFolder;
beforeEach(() => {
  folder = cliFolder();
});
afterEach(() => folder.cleanup());

/** A sparse file of `mb` MB: its size says 200 MB, its disk holds nothing, and reading it would take a while. */
function sparseFile(name: string, mb: number): string {
  const file = path.join(folder.dataDir, name);
  fs.writeFileSync(file, 'start,end,project\n');
  fs.truncateSync(file, mb * 1024 * 1024);
  return file;
}

/** Any control character but tab and line feed: what a terminal would act on. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly those
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const HOSTILE_TITLE = '\u001b]0;pwned\u0007Standup \u001b[31mred\u001b[0m';

describe('imports from the command line stay within the budget', () => {
  it('a 200 MB entry file is refused from its size, saying by how much, and nothing is written', async () => {
    const run = await folder.run('import', sparseFile('big.csv', 200));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('big.csv is 200.0 MB, 136.0 MB over the 64.0 MB Timelock imports from one file; nothing was read. Export a shorter period at a time.\n');
    const status = await folder.run('export', '--format', 'json');
    expect(JSON.parse(status.stdout).entries).toEqual([]);
  });

  it('a 200 MB calendar is refused against the calendar limit', async () => {
    const run = await folder.run('plan', 'import', sparseFile('big.ics', 200), '--category', 'Work');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^big\.ics is 200\.0 MB, 184\.0 MB over the 16\.0 MB Timelock imports from one file; nothing was read\./);
  });

  it('a calendar title with escape codes is imported and listed without them', async () => {
    const calendar = path.join(folder.dataDir, 'hostile.ics');
    fs.writeFileSync(calendar, [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN',
      'BEGIN:VEVENT', 'UID:hostile@example.com', 'DTSTAMP:20260301T000000Z', 'DTSTART:20260402T070000Z', 'DTEND:20260402T080000Z',
      `SUMMARY:${HOSTILE_TITLE}`, 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'));
    const imported = await folder.run('plan', 'import', calendar, '--category', 'Work');
    expect(imported.code, imported.stderr).toBe(0);
    const list = await folder.run('plan', 'list');
    expect(list.stdout).toContain('Work         Standup red  [ics-');
    expect(list.stdout).not.toMatch(CONTROL);
  });

  it('plan list and plan add print a title typed with escape codes without them', async () => {
    const added = await folder.run('plan', 'add', 'Work', '--start', '2026-04-02T09:00', '--end', '2026-04-02T10:00', '--title', HOSTILE_TITLE);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('“Standup red” (Work)');
    const list = await folder.run('plan', 'list');
    expect(list.stdout).toContain('Standup red');
    expect(`${added.stderr}${list.stdout}`).not.toMatch(CONTROL);
  });
});
