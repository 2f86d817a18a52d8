import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { timelock } from './support/runTimelock';



describe('timelock plan, as a process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-plan-e2e-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('plans a weekly box that keeps 07:00 across a DST change, lists it as JSON and exports it as iCalendar', async () => {
    expect((await timelock(dataDir, 'settings', 'set', 'timeZone', 'Europe/Berlin')).code).toBe(0);
    // Summer time starts in Berlin on Sunday 31 March 2030.
    const added = await timelock(dataDir, 'plan', 'add', 'Fitness', '--start', '2030-03-25T07:00', '--end', '2030-03-25T08:00', '--repeat', 'MO', '--until', '2030-04-08');
    expect(added.code, added.stderr).toBe(0);
    const id = added.stdout.trim();
    const weeks = await Promise.all(['2030-W13', '2030-W14'].map((week) => timelock(dataDir, 'plan', 'list', '--week', week, '--json')));
    expect(weeks.map((w) => JSON.parse(w.stdout).map((i: { id: string; start: string }) => [i.id, i.start]))).toEqual([
      [[`${id}@2030-03-25`, '2030-03-25T07:00:00+01:00']],
      [[`${id}@2030-04-01`, '2030-04-01T07:00:00+02:00']],
    ]);

    const exported = await timelock(dataDir, 'plan', 'export');
    expect(exported.code).toBe(0);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(exported.stdout)).getFirstSubcomponent('vevent')!);
    const steps = event.iterator();
    const starts: string[] = [];
    for (let next = steps.next(); next; next = steps.next()) starts.push(new Date(next.toUnixTime() * 1000).toISOString());
    expect(starts).toEqual(['2030-03-25T06:00:00.000Z', '2030-04-01T05:00:00.000Z', '2030-04-08T05:00:00.000Z']);
  });
});
