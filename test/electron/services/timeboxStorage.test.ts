import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OneOffTimebox, Timebox, WeeklyTimebox } from '../../../shared/planModel';
import { openDataStore } from '../../../electron/storage/openDataStore';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { fixedClock, listFiles, readJson, STAMP, tempDataDir, writeRaw } from '../storage/storageFixtures';
import { at } from './timeboxFixtures';

const open = (dataDir: string) => openDataStore({ dataDir, systemTimeZone: 'Europe/Berlin', clock: fixedClock });

const deep: OneOffTimebox = { kind: 'once', id: 'b1', categoryId: 'work', title: 'Deep work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00'), overrideReason: 'launch' };
const run: WeeklyTimebox = {
  kind: 'weekly', id: 's1', categoryId: 'fitness', firstDate: '2026-11-23', startTime: '07:00', endTime: '08:00', weekdays: [1, 3, 5], until: '2026-12-31',
  overrides: { '2026-11-25': { startTime: '18:00', title: null } }, cancelled: ['2026-11-27'],
};

describe('timeboxes in storage', () => {
  it('are kept in timeboxes.json, written only once there is a plan, and read back after a restart', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    expect(store.getTimeboxes()).toEqual([]);
    expect(listFiles(dataDir)).not.toContain('timeboxes.json');
    store.setTimeboxes([deep, run]);
    expect(readJson(dataDir, 'timeboxes.json')).toEqual({ dataVersion: 2, timeboxes: [deep, run] });
    expect(open(dataDir).getTimeboxes()).toEqual([deep, run]);
    // Handed out as copies: changing what was returned changes nothing stored.
    const boxes = store.getTimeboxes();
    (boxes[0] as OneOffTimebox).start = 0;
    expect(store.getTimeboxes()[0]).toEqual(deep);
  });

  it('refuses to store a box that would not load back, and keeps the plan as it was', () => {
    const store = open(tempDataDir());
    store.setTimeboxes([deep]);
    expect(() => store.setTimeboxes([{ ...deep, end: deep.start - 1 } as Timebox])).toThrow(/refused to save timeboxes\.json/);
    expect(store.getTimeboxes()).toEqual([deep]);
  });

  it('a corrupt timeboxes.json is moved aside with its bytes intact and the backup is loaded; nothing else is touched', () => {
    const dataDir = tempDataDir();
    const store = open(dataDir);
    store.setTimeboxes([deep]);
    store.setTimeboxes([deep, run]);
    const garbage = '{"dataVersion":1,"timeboxes":[{"kind":"once"';
    writeRaw(dataDir, 'timeboxes.json', garbage);

    const again = open(dataDir);
    const moved = path.join(dataDir, `timeboxes.corrupt-${STAMP}.json`);
    expect(fs.readFileSync(moved, 'utf8')).toBe(garbage);
    expect(again.getTimeboxes()).toEqual([deep]);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]).toContain(moved);
    expect(again.notices[0]).toMatch(/your plan \(timeboxes\) may be missing/);
    expect(readJson(dataDir, 'timeboxes.json')).toEqual({ dataVersion: 2, timeboxes: [deep] });
    expect(open(dataDir).notices).toEqual([]);
  });

  it('a file that breaks the schema with no backup left starts the plan empty and says the moved file holds it', () => {
    const dataDir = tempDataDir();
    open(dataDir);
    writeRaw(dataDir, 'timeboxes.json', JSON.stringify({ dataVersion: 1, timeboxes: [{ ...deep, end: deep.start }] }));
    const store = open(dataDir);
    expect(store.getTimeboxes()).toEqual([]);
    expect(store.notices[0]).toMatch(/does not match the expected layout.*There was no backup\. The plan starts empty/);
    expect(fs.existsSync(path.join(dataDir, `timeboxes.corrupt-${STAMP}.json`))).toBe(true);
  });

  it('a timeboxes.json from a newer Timelock stops the open and changes nothing', () => {
    const dataDir = tempDataDir();
    open(dataDir);
    writeRaw(dataDir, 'timeboxes.json', JSON.stringify({ dataVersion: 99, timeboxes: [] }));
    const files = listFiles(dataDir);
    expect(() => open(dataDir)).toThrow(/timeboxes\.json \(data version 99\)/);
    expect(listFiles(dataDir)).toEqual(files);
  });
});

describe('timeboxes in backups and the JSON export', () => {
  let host: TestHost;
  afterEach(() => host?.cleanup());

  it('a backup holds the plan, and restoring it brings the plan back as it was', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1, 3, 5] });
    const plan = host.app.store.getTimeboxes();
    const backup = await host.call('backup.create', {});
    expect(JSON.parse(fs.readFileSync(backup.path, 'utf8')).timeboxes).toEqual(plan);

    await host.call('plan.remove', { id: 'id-1' });
    await host.call('plan.update', { id: 'id-2', scope: 'series', patch: { title: 'Changed' } });
    host.clock.advance(60_000);
    const restored = await host.call('backup.restore', { id: backup.id });
    expect(restored.warnings).toEqual([]);
    expect(host.app.store.getTimeboxes()).toEqual(plan);
    expect(host.events.at(-1)).toMatchObject({ name: 'data.changed', payload: { what: expect.arrayContaining(['timeboxes']) } });
  });

  it('a backup from before plans existed leaves the current plan alone and says so', async () => {
    host = makeTestHost();
    const backup = await host.call('backup.create', {});
    const data = JSON.parse(fs.readFileSync(backup.path, 'utf8'));
    delete data.timeboxes;
    fs.writeFileSync(backup.path, JSON.stringify(data));
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    host.clock.advance(60_000);
    const restored = await host.call('backup.restoreFile', { path: backup.path });
    expect(restored.warnings).toEqual(['The backup was made before Timelock had plans, so your current plan (timeboxes) was kept.']);
    expect(host.app.store.getTimeboxes()).toHaveLength(1);
  });

  it('the JSON export carries the plan; for some days, the boxes on those days', async () => {
    host = makeTestHost();
    await host.call('plan.add', { categoryId: 'work', start: at('2026-11-25', '09:00'), end: at('2026-11-25', '12:00') });
    await host.call('plan.add', { categoryId: 'work', start: at('2026-12-09', '09:00'), end: at('2026-12-09', '12:00') });
    await host.call('plan.add', { categoryId: 'fitness', start: at('2026-11-23', '07:00'), end: at('2026-11-23', '08:00'), repeat: [1], until: '2026-11-30' });
    const all = JSON.parse((await host.call('export.data', { format: 'json' })).content);
    expect(all.timeboxes).toEqual(host.app.store.getTimeboxes());
    const december = JSON.parse((await host.call('export.data', { format: 'json', from: '2026-12-01', to: '2026-12-31' })).content);
    expect(december.timeboxes.map((b: Timebox) => b.id)).toEqual(['id-2']);
    const bad = JSON.parse((await host.call('export.data', { format: 'json' })).content);
    bad.timeboxes[0].end = 0;
    const refused = await host.app.router.call('import.apply', { text: JSON.stringify(bad) });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Its timeboxes are not valid/) } });
  });
});
