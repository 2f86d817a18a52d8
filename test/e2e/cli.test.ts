import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningHost } from './webHost';
import { runCommand as run, timelock } from './support/runTimelock';

describe('the timelock command against a running browser host', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-cli-e2e-'));
  const hosts: RunningHost[] = [];
  afterAll(async () => {
    for (const h of hosts) await h.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('start, status and stop go through the host: its HTTP API sees each change at once', async () => {
    const host = await startWebHost(dataDir);
    hosts.push(host);

    const started = await timelock(dataDir, 'start', 'Work', '--note', 'from the terminal');
    // Outside the default work windows (a run at night or on a weekend) the off-hours nudge's words follow.
    expect(started.stderr).toMatch(/^Started Work at \d\d:\d\d\.\n(The work timer is running outside your work windows\..*\n)?$/);
    expect(started).toMatchObject({ code: 0, stdout: '' });
    // The host holds its data in memory: had the CLI written the files instead, the host would not know.
    const snapshot = await host.call('app.snapshot', {});
    expect(snapshot.value).toMatchObject({ timer: { categoryId: 'work', note: 'from the terminal' } });

    const status = await timelock(dataDir, 'status', '--json');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ running: true, timer: { category: 'Work', note: 'from the terminal' }, capMinutes: 2100 });

    const stopped = await timelock(dataDir, 'stop');
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(/^Stopped Work after (under a minute|\d+:\d\d)\.\n$/);
    expect((await host.call('app.snapshot', {})).value).toMatchObject({ timer: null });
    const entries = await host.call('entries.list', { from: 0, to: Date.now() + 60_000 });
    expect(entries.value).toMatchObject([{ categoryId: 'work', note: 'from the terminal', source: 'timer' }]);
  });

  it('npm run --silent cli prints only the data on stdout, so --json parses', async () => {
    const ran = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'cli', '--', '--data-dir', dataDir, 'summary', '--json']);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ capMinutes: 2100, days: expect.any(Array) });
  });

  it('a second host on the same data folder refuses to start and says which one runs', async () => {
    await expect(startWebHost(dataDir)).rejects.toThrow(/Another Timelock \(the browser host, process \d+\) is already using the data folder/);
  });

  it('once the host quits, its socket is gone and the CLI opens the folder itself', async () => {
    await hosts[0]!.stop();
    expect(fs.existsSync(path.join(dataDir, 'timelock.sock'))).toBe(false);
    const status = await timelock(dataDir, 'status');
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toMatch(/^idle · 0 \/ 35 h\n$/);
  });
});
