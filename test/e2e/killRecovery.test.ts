import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningHost } from './webHost';

describe('browser host, killed with a timer running', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-kill-'));
  const hosts: RunningHost[] = [];
  afterAll(async () => {
    for (const h of hosts) await h.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a running timer survives kill -9 of the host: after restart it still runs from its original start', async () => {
    const first = await startWebHost(dataDir);
    hosts.push(first);
    const started = await first.call('timer.start', { categoryId: 'work', note: 'before the crash' });
    expect(started.ok).toBe(true);
    const exited = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const second = await startWebHost(dataDir);
    hosts.push(second);
    const snapshot = await second.call('app.snapshot', {});
    expect(snapshot.ok).toBe(true);
    expect((snapshot.value as { timer: unknown }).timer).toEqual(started.value);
    const stopped = await second.call('timer.stop', {});
    expect(stopped.value).toMatchObject({ id: (started.value as { id: string }).id, note: 'before the crash' });
  });

  it('refuses API calls without the cookie', async () => {
    // One host per data folder: the earlier one must quit before another may serve it.
    for (const h of hosts) await h.stop();
    const host = await startWebHost(dataDir);
    hosts.push(host);
    const res = await fetch(`${host.base}api/timer.start`, { method: 'POST', body: '{"categoryId":"work"}' });
    expect(res.status).toBe(401);
    const snapshot = await host.call('app.snapshot', {});
    expect((snapshot.value as { timer: unknown }).timer).toBeNull();
  });
});
