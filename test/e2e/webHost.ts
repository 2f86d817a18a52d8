// Starts the real browser host (`electron/web.ts`) as a child process, as a person would with `npm run web`.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningHost {
  /** The URL the host printed, with its token: what a person opens, and what every browser test opens. */
  url: string;
  /** `http://127.0.0.1:PORT/`: the address alone, which lets nobody in. */
  base: string;
  child: ChildProcess;
  output: () => string;
  /** The cookie the printed URL sets (`name=value`), for calls made from Node. */
  cookie(): Promise<string>;
  call(channel: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  stop(): Promise<void>;
}

/** `args` go to the host after its own (`--no-first-screen`). */
export async function startWebHost(dataDir: string, extraEnv: Record<string, string> = {}, args: readonly string[] = []): Promise<RunningHost> {
  // One process (node --import tsx), so a kill -9 in a test kills the host itself and not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'web.ts'), '--port', '0', '--data-dir', dataDir, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${out}`)), 30_000);
    const check = () => {
      const m = /Timelock is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}`));
    });
  });
  let cookie: string | null = null;
  const base = `${new URL(url).origin}/`;
  const host: RunningHost = {
    url,
    base,
    child,
    output: () => out,
    async cookie() {
      if (cookie) return cookie;
      const res = await fetch(url, { redirect: 'manual' });
      cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? null;
      if (res.status !== 303 || !cookie) throw new Error(`the printed URL set no cookie (${res.status})`);
      return cookie;
    },
    async call(channel, payload) {
      const res = await fetch(`${base}api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await host.cookie() },
        body: JSON.stringify(payload),
      });
      return (await res.json()) as Awaited<ReturnType<RunningHost['call']>>;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  return host;
}
