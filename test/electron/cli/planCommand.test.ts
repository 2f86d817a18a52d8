import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderFingerprint } from '../../support/testHost';
import { cliFolder, type CliFolder } from './cliHarness';

// The harness clock: Wed 1 Apr 2026, 12:00 in Berlin; week 2026-W14 runs Mon 30 Mar to Sun 5 Apr (summer time).
interface ItemJson {
  id: string;
  seriesId?: string;
  occurrenceDate: string;
  category: string;
  area: string;
  start: string;
  end: string;
  title: string | null;
}

describe('timelock plan', () => {
  let folder: CliFolder;
  let deepId: string;
  let runId: string;
  beforeAll(async () => {
    folder = cliFolder();
    const deep = await folder.run('plan', 'add', 'Work', '--start', '2026-04-02T09:00', '--end', '2026-04-02T12:00', '--title', 'Deep work');
    expect(deep.code, deep.stderr).toBe(0);
    expect(deep.stderr).toBe('Planned “Deep work” (Work) on Thu 2 Apr, 09:00–12:00.\n');
    deepId = deep.stdout.trim();
    const run = await folder.run('plan', 'add', 'fitness', '--start', '2026-03-30T07:00', '--end', '2026-03-30T08:00', '--repeat', 'MO,WE,FR', '--until', '2026-04-30');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('Planned Fitness every Mon, Wed, Fri, 07:00–08:00, from 2026-03-30 until 2026-04-30.\n');
    runId = run.stdout.trim();
  });
  afterAll(() => folder.cleanup());

  it("plan add prints the new box's id; plan list --json gives the week's boxes with id, category, area, ISO times and title", async () => {
    expect(deepId).toMatch(/^[0-9a-f-]{36}$/);
    const list = await folder.run('plan', 'list', '--json');
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    const items = list.json<ItemJson[]>();
    expect(items.map((i) => [i.id, i.category, i.area, i.start, i.end, i.title])).toEqual([
      [`${runId}@2026-03-30`, 'Fitness', 'fitness', '2026-03-30T07:00:00+02:00', '2026-03-30T08:00:00+02:00', null],
      [`${runId}@2026-04-01`, 'Fitness', 'fitness', '2026-04-01T07:00:00+02:00', '2026-04-01T08:00:00+02:00', null],
      [deepId, 'Work', 'work', '2026-04-02T09:00:00+02:00', '2026-04-02T12:00:00+02:00', 'Deep work'],
      [`${runId}@2026-04-03`, 'Fitness', 'fitness', '2026-04-03T07:00:00+02:00', '2026-04-03T08:00:00+02:00', null],
    ]);
    expect(items[0]).toMatchObject({ seriesId: runId, occurrenceDate: '2026-03-30' });
    const later = (await folder.run('plan', 'list', '--week', '2026-W16', '--json')).json<ItemJson[]>();
    expect(later.map((i) => i.start)).toEqual(['2026-04-13T07:00:00+02:00', '2026-04-15T07:00:00+02:00', '2026-04-17T07:00:00+02:00']);
    const table = await folder.run('plan', 'list');
    expect(table.stdout).toContain('Plan 2026-W14 · Europe/Berlin');
    expect(table.stdout).toMatch(/Thu 2026-04-02 {2}09:00–12:00 {2}Work +Deep work {2}\[/);
  });

  it('plan check lists the findings, each with its kind and message', async () => {
    const run = await folder.run('plan', 'check', '--json');
    expect(run.code).toBe(0);
    const findings = run.json<Array<{ kind: string; message: string }>>();
    expect(findings.map((f) => f.kind)).toEqual(['area-short', 'balance']);
    expect(findings[0]!.message).toBe('No family time is planned, against a weekly target of 10 h.');
    expect((await folder.run('plan', 'check')).stdout).toBe('- No family time is planned, against a weekly target of 10 h.\n- This plan picks 2 of 3: family is 10 h short.\n');
  });

  it('summary --json gains planned: minutes and actualInBoxesMinutes by area, and adherence', async () => {
    expect((await folder.run('log', 'Work', '--start', '2026-04-02T09:00', '--end', '2026-04-02T10:30')).code).toBe(0);
    const week = (await folder.run('summary', '--json')).json<{ planned: unknown }>();
    expect(week.planned).toEqual({
      minutes: { work: 180, fitness: 180, family: 0 },
      actualInBoxesMinutes: { work: 90, fitness: 0, family: 0 },
      adherence: 0.25,
      unplannedWorkMinutes: 0,
      // Wednesday noon: the runs of Monday and this morning were due; the work box, and the time logged for it ahead, come tomorrow.
      soFar: { minutes: { work: 0, fitness: 120, family: 0 }, adherence: 0 },
    });
    expect((await folder.run('summary')).stdout).toContain('Plan 6:00 · 1:30 logged in its boxes · kept 0% of the 2:00 due so far');
    // A week gone by is judged whole; one to come is not judged yet.
    expect((await folder.run('summary', '--week', '2026-W13')).stdout).not.toContain('due so far');
    // The runs repeat into next week: 3 h planned there.
    expect((await folder.run('summary', '--week', '2026-W15')).stdout).toContain('\nPlan 3:00 · the week has not started yet');
  });

  it('plan export writes the plan as iCalendar, and plan import adds a calendar once', async () => {
    const out = path.join(folder.dataDir, 'plan.ics');
    const exported = await folder.run('plan', 'export', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260430T050000Z');

    const calendar = path.join(folder.dataDir, 'team.ics');
    fs.writeFileSync(calendar, [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN',
      'BEGIN:VEVENT', 'UID:dinner@example.com', 'DTSTAMP:20260301T000000Z', 'DTSTART:20260406T160000Z', 'DTEND:20260406T180000Z',
      'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Family dinner', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'));
    const first = await folder.run('plan', 'import', calendar, '--category', 'Family', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('Added 3 boxes in Family from team.ics.\n');
    expect(first.json()).toEqual({ added: 3, skipped: 0, warnings: [] });
    const second = await folder.run('plan', 'import', calendar, '--category', 'Family');
    expect(second.stderr).toBe('Added 0 boxes in Family from team.ics (3 skipped).\n  3 events were imported before: skipped.\n');
    const week = (await folder.run('plan', 'list', '--week', '2026-04-13', '--json')).json<ItemJson[]>();
    expect(week.filter((i) => i.area === 'family').map((i) => i.start)).toEqual(['2026-04-13T18:00:00+02:00']);
  });

  it('plan remove takes one occurrence by the id plan list shows, or a whole box', async () => {
    const one = await folder.run('plan', 'remove', `${runId}@2026-04-03`);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe(`Removed the occurrence of the box ${runId} on 2026-04-03; the series goes on.\n`);
    expect((await folder.run('plan', 'remove', runId, '--occurrence', '2026-04-01')).code).toBe(0);
    const box = await folder.run('plan', 'remove', deepId);
    expect(box.stderr).toBe('Removed “Deep work”.\n');
    const items = (await folder.run('plan', 'list', '--json')).json<ItemJson[]>();
    expect(items.map((i) => i.id)).toEqual([`${runId}@2026-03-30`]);
  });

  it('--help explains every action, for plan and for plan ACTION', async () => {
    for (const argv of [['plan', '--help'], ['plan', 'add', '--help'], ['help', 'plan']]) {
      const run = await folder.run(...argv);
      expect(run.code).toBe(0);
      for (const action of ['add', 'list', 'remove', 'check', 'export', 'import']) expect(run.stdout).toContain(`timelock plan ${action}`);
    }
  });
});

describe('timelock plan: locks and bad input', () => {
  let folder: CliFolder;
  let fingerprint: string;
  beforeAll(async () => {
    folder = cliFolder();
    expect((await folder.run('plan', 'add', 'Work', '--start', '2026-04-02T09:00', '--end', '2026-04-02T12:00')).code).toBe(0);
    expect((await folder.run('settings', 'set', 'lockMode', 'hard')).code).toBe(0);
    fingerprint = folderFingerprint(folder.dataDir);
  });
  afterAll(() => folder.cleanup());

  const CASES: Array<{ name: string; argv: string[]; code: 1 | 2; says: RegExp }> = [
    { name: 'no action', argv: ['plan'], code: 2, says: /Missing ACTION/ },
    { name: 'an unknown action', argv: ['plan', 'fly'], code: 2, says: /plan needs one of add, list, remove, check, export, import, not 'fly'/ },
    { name: 'add without --start and --end', argv: ['plan', 'add', 'Work'], code: 2, says: /Missing --start and --end/ },
    { name: 'add without a category', argv: ['plan', 'add'], code: 2, says: /Missing CATEGORY/ },
    { name: "another action's option", argv: ['plan', 'list', '--title', 'x'], code: 2, says: /plan list takes no --title/ },
    { name: 'an extra argument', argv: ['plan', 'list', 'now'], code: 2, says: /Unexpected argument 'now'/ },
    { name: 'import without --category', argv: ['plan', 'import', 'x.ics'], code: 2, says: /Missing --category/ },
    { name: 'a start that is not a time', argv: ['plan', 'add', 'Work', '--start', 'soon', '--end', '2026-04-02T10:00'], code: 2, says: /--start 'soon' is not a time/ },
    { name: 'an end before the start', argv: ['plan', 'add', 'Work', '--start', '2026-04-02T10:00', '--end', '2026-04-02T09:00'], code: 1, says: /^--end '2026-04-02T09:00' is not after --start '2026-04-02T10:00': a box ends after it starts\.\n$/ },
    { name: 'a --repeat naming no weekday', argv: ['plan', 'add', 'Work', '--start', '2026-04-02T10:00', '--end', '2026-04-02T11:00', '--repeat', 'MO,XY'], code: 2, says: /--repeat 'MO,XY' names no weekdays/ },
    { name: '--until without --repeat', argv: ['plan', 'add', 'Work', '--start', '2026-04-02T10:00', '--end', '2026-04-02T11:00', '--until', '2026-05-01'], code: 2, says: /give --repeat too/ },
    { name: 'an unknown category', argv: ['plan', 'add', 'Garden', '--start', '2026-04-02T10:00', '--end', '2026-04-02T11:00'], code: 1, says: /no category called 'Garden'/ },
    { name: 'work outside the windows under the hard lock', argv: ['plan', 'add', 'Work', '--start', '2026-04-04T10:00', '--end', '2026-04-04T12:00', '--reason', 'launch'], code: 1, says: /Work on Sat 4 Apr plans 2 h of work outside your work windows\. The hard lock/ },
    { name: 'a box that is not there', argv: ['plan', 'remove', 'nope'], code: 1, says: /no timebox nope/ },
    { name: 'an occurrence date that is not a date', argv: ['plan', 'remove', 'x', '--occurrence', 'friday'], code: 2, says: /'friday' is not a date/ },
    { name: 'a week that does not exist', argv: ['plan', 'list', '--week', '2026-W60'], code: 2, says: /names no week/ },
    { name: 'an export from a date that does not exist', argv: ['plan', 'export', '--from', '2026-02-30'], code: 2, says: /--from '2026-02-30' is not a date/ },
    { name: 'an import of a file that is not there', argv: ['plan', 'import', 'none.ics', '--category', 'Work'], code: 1, says: /could not read .*none\.ics: there is no such file/ },
  ];

  it.each(CASES)('$name: exit $code, nothing written', async ({ argv, code, says }) => {
    const run = await folder.run(...argv);
    expect(run.stderr).toMatch(says);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(folderFingerprint(folder.dataDir)).toBe(fingerprint);
  });

  it("plan add takes clock times alone as today in Timelock's time zone; with --repeat, today is the first day", async () => {
    const other = cliFolder();
    try {
      const once = await other.run('plan', 'add', 'Work', '--start', '14:00', '--end', '15:30', '--json');
      expect(once.code, once.stderr).toBe(0);
      expect(once.stderr).toBe('Planned Work on Wed 1 Apr, 14:00–15:30.\n');
      expect(once.json()).toMatchObject({ kind: 'once', start: '2026-04-01T14:00:00+02:00', end: '2026-04-01T15:30:00+02:00' });
      const weekly = await other.run('plan', 'add', 'Fitness', '--start', '7:00', '--end', '8:00', '--repeat', 'MO,FR');
      expect(weekly).toMatchObject({ code: 0, stderr: 'Planned Fitness every Mon, Fri, 07:00–08:00, from 2026-04-01.\n' });
    } finally {
      other.cleanup();
    }
  });

  it('the soft lock asks for --reason, and keeps the reason with the box', async () => {
    const other = cliFolder();
    try {
      await other.run('settings', 'set', 'lockMode', 'soft');
      const asked = await other.run('plan', 'add', 'Work', '--start', '2026-04-04T10:00', '--end', '2026-04-04T12:00');
      expect(asked.code).toBe(1);
      expect(asked.stderr).toMatch(/Type a reason to plan it anyway.*\nGive the reason with --reason "…"\./s);
      const given = await other.run('plan', 'add', 'Work', '--start', '2026-04-04T10:00', '--end', '2026-04-04T12:00', '--reason', 'launch', '--json');
      expect(given.code).toBe(0);
      expect(given.json()).toMatchObject({ kind: 'once', overrideReason: 'launch', start: '2026-04-04T10:00:00+02:00' });
    } finally {
      other.cleanup();
    }
  });
});
