import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/hosts/webServer';
import { makeTestHost, type TestHost } from '../../support/testHost';
import { renderFirstScreen } from '../../../renderer/firstScreen/renderFirstScreen';
import type { FirstScreenMark } from '../../../renderer/firstScreen/firstScreenMark';

function request(server: WebServer, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser host web server', () => {
  let host: TestHost;
  let server: WebServer;
  let staticDir: string;

  beforeEach(async () => {
    host = makeTestHost();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>T</title></head><body></body></html>');
    fs.writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
    server = await startWebServer({ app: host.app, staticDir });
  });
  afterEach(async () => {
    await server.close();
    host.cleanup();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 only and prints that URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.openUrl.startsWith(`${server.url}?token=`)).toBe(true);
  });

  it('is not reachable on another local address', async () => {
    const other = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    const target = other?.address ?? '127.0.0.2';
    const reached = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: target, port: server.port, path: '/', timeout: 1000 }, () => resolve(true));
      req.on('error', () => resolve(false));
      req.on('timeout', () => { req.destroy(); resolve(false); });
    });
    expect(reached).toBe(false);
  });

  /** Opens the printed link as a browser would and returns the cookie it was given. */
  async function signIn(): Promise<string> {
    const res = await request(server, { path: new URL(server.openUrl).pathname + new URL(server.openUrl).search, headers: { 'sec-fetch-site': 'none' } });
    expect(res.status).toBe(303);
    return String(res.headers['set-cookie']?.[0]).split(';')[0]!;
  }

  it('the printed link sets an HttpOnly, SameSite=Strict cookie for the whole site and redirects (303) to / without the token', async () => {
    expect(server.openUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{43}$`));
    const res = await request(server, { path: `/?token=${new URL(server.openUrl).searchParams.get('token')}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const [cookie] = res.headers['set-cookie'] ?? [];
    expect(cookie).toMatch(new RegExp(`^timelock-${server.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    // The cookie is not the token: the token (in the terminal, the history) is never what the API checks.
    expect(cookie).not.toContain(new URL(server.openUrl).searchParams.get('token'));
    const page = await request(server, { path: '/', headers: { cookie: cookie!.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toBe(fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8'));
  });

  it('without the cookie, / and every file get a page that says how to open Timelock, with no token or session in it', async () => {
    const cookie = await signIn();
    for (const file of ['/', '/app.js', '/#/week']) {
      const res = await request(server, { path: file });
      expect(res.status, file).toBe(401);
      expect(res.body).toMatch(/Open the link printed in the terminal/);
      expect(res.body).not.toContain(new URL(server.openUrl).searchParams.get('token'));
      expect(res.body).not.toContain(cookie.split('=')[1]);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).not.toContain('console.log(1)');
    }
  });

  it('a wrong token gets the help page and no cookie, and lets nothing in', async () => {
    for (const guess of ['guess', '', new URL(server.openUrl).searchParams.get('token')!.slice(1)]) {
      const res = await request(server, { path: `/?token=${guess}` });
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).toMatch(/not \(or no longer\) the one this Timelock printed/);
    }
  });

  it('refuses API requests without the cookie or with a wrong one, and runs nothing', async () => {
    const body = JSON.stringify({ categoryId: 'work' });
    const none = await request(server, { path: '/api/timer.start', method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const wrong = await request(server, { path: '/api/timer.start', method: 'POST', body, headers: { cookie: `timelock-${server.port}=guess` } });
    const otherPort = await request(server, { path: '/api/timer.start', method: 'POST', body, headers: { cookie: (await signIn()).replace(`timelock-${server.port}=`, 'timelock-1=') } });
    for (const res of [none, wrong, otherPort]) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('refuses a request from another origin (another port of 127.0.0.1, another site) even with the cookie: 403, nothing run', async () => {
    const cookie = await signIn();
    const cases: Array<Record<string, string>> = [
      { origin: 'http://127.0.0.1:1' },
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) {
      const api = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":"work"}', headers: { cookie, ...headers } });
      expect(api.status, JSON.stringify(headers)).toBe(403);
      const events = await request(server, { path: '/api/events', headers: { cookie, ...headers } });
      expect(events.status).toBe(403);
      const login = await request(server, { path: new URL(server.openUrl).pathname + new URL(server.openUrl).search, headers });
      expect(login.status).toBe(403);
      expect(login.headers['set-cookie']).toBeUndefined();
    }
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('runs several calls sent together to /api in order, each answered as its own request would be', async () => {
    const cookie = await signIn();
    const calls = [
      { channel: 'timer.start', payload: { categoryId: 'work' } },
      { channel: 'no.such.channel', payload: {} },
      { channel: 'timer.start', payload: { categoryId: 'no-such-category' } },
    ];
    const res = await request(server, { path: '/api', method: 'POST', body: JSON.stringify({ calls }), headers: { cookie, 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    const { answers } = JSON.parse(res.body) as { answers: Array<{ ok: boolean; error?: { code: string } }> };
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({ ok: true });
    expect(answers[1]).toMatchObject({ ok: false });
    expect(answers[2]).toMatchObject({ ok: false });
    expect(host.app.store.getTimer()).toMatchObject({ categoryId: 'work' });
  });

  it('refuses a malformed /api request in words and runs none of its calls', async () => {
    const cookie = await signIn();
    const start = { channel: 'timer.start', payload: { categoryId: 'work' } };
    const bodies: Array<[string, RegExp]> = [
      ['{"calls":', /not valid JSON/],
      ['{}', /at least one call/],
      ['{"calls":[]}', /at least one call/],
      ['{"calls":"timer.start"}', /at least one call/],
      [JSON.stringify({ calls: Array.from({ length: 17 }, () => start) }), /At most 16 calls/],
      [JSON.stringify({ calls: [start, { payload: {} }] }), /Call 2 names no channel/],
      [JSON.stringify({ calls: [start, { channel: 7 }] }), /Call 2 names no channel/],
    ];
    for (const [body, why] of bodies) {
      const res = await request(server, { path: '/api', method: 'POST', body, headers: { cookie, 'content-type': 'application/json' } });
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(why) } });
    }
    expect(host.app.store.getTimer()).toBeNull();
    const get = await request(server, { path: '/api', headers: { cookie } });
    expect(get.status).toBe(405);
    const none = await request(server, { path: '/api', method: 'POST', body: JSON.stringify({ calls: [start] }) });
    expect(none.status).toBe(401);
    const elsewhere = await request(server, { path: '/api', method: 'POST', body: JSON.stringify({ calls: [start] }), headers: { cookie, origin: 'https://evil.example' } });
    expect(elsewhere.status).toBe(403);
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('refuses a request whose Host is not this server (DNS rebinding)', async () => {
    const res = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":"work"}', headers: { host: 'evil.example:80', cookie: await signIn() } });
    expect(res.status).toBe(421);
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('runs the router for a request with the cookie from this origin and answers its envelope', async () => {
    const cookie = await signIn();
    const res = await request(server, {
      path: '/api/timer.start',
      method: 'POST',
      body: '{"categoryId":"work"}',
      headers: { cookie, origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { categoryId: 'work' } });
    const bad = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":', headers: { cookie } });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('serves the page as built, with no secret in it, and a CSP with no remote origin', async () => {
    const cookie = await signIn();
    const page = await request(server, { path: '/', headers: { cookie } });
    expect(page.body).not.toMatch(/secret|token/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    // Another site's window never gets the page (refused above), so no opener policy: its group switch costs a process.
    expect(page.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(server, { path: '/app.js', headers: { cookie } })).body).toBe('console.log(1)');
    expect((await request(server, { path: '/../../etc/passwd', headers: { cookie } })).body).not.toContain('root:');
  });

  it('pushes events over server-sent events to a client with the cookie', async () => {
    const cookie = await signIn();
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, cookie } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('timer.changed')) {
            req.destroy();
            resolve(text);
          }
        });
        void host.call('timer.start', { categoryId: 'fitness' });
      });
      req.on('error', reject);
    });
    expect(received).toMatch(/data: .*"timer\.changed".*"fitness"/);
    const refused = await request(server, { path: '/api/events', headers: { cookie: `timelock-${server.port}=nope` } });
    expect(refused.status).toBe(401);
  });
});

describe("browser host web server: Today's first screen drawn into the page", () => {
  let host: TestHost;
  let server: WebServer;
  let staticDir: string;
  const PAGE = '<!doctype html><html><head><title>T</title></head><body><div id="root"></div></body></html>';

  beforeEach(async () => {
    host = makeTestHost();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), PAGE);
    const firstScreen = (mark: FirstScreenMark) => renderFirstScreen((channel, payload) => host.app.router.call(channel, payload), mark);
    server = await startWebServer({ app: host.app, staticDir, firstScreen, now: () => host.clock.now() });
  });
  afterEach(async () => {
    await server.close();
    host.cleanup();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  async function signIn(): Promise<string> {
    const res = await request(server, { path: new URL(server.openUrl).pathname + new URL(server.openUrl).search, headers: { 'sec-fetch-site': 'none' } });
    return String(res.headers['set-cookie']?.[0]).split(';')[0]!;
  }

  it("the signed-in page has Today drawn from the person's data, in the browser's language, at the host's clock", async () => {
    await host.call('timer.start', { categoryId: 'work' });
    host.clock.advance(90 * 60_000);
    await host.call('timer.stop', {});
    const page = await request(server, { path: '/', headers: { cookie: await signIn(), 'accept-language': 'en-GB,en;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<div id="root" data-first-screen="${host.clock.now()}" data-first-screen-locale="en-GB">`);
    expect(page.body).toMatch(/<h2 id="today-heading"[^>]*>Today<\/h2>/);
    expect(page.body).toMatch(/<p class="today-status">1\.5 of 35 h this week/);
  });

  it("the page carries the person's theme on <html>, so the drawn screen shows in it before the window's code runs", async () => {
    await host.call('settings.update', { theme: 'dark' });
    const page = await request(server, { path: '/', headers: { cookie: await signIn(), 'accept-language': 'en-US' } });
    expect(page.body).toMatch(/^<!doctype html><html data-theme="dark"><head>/);
  });

  it('a view path gets the same page; HEAD and a page without the cookie get nothing drawn', async () => {
    const cookie = await signIn();
    expect((await request(server, { path: '/week', headers: { cookie, 'accept-language': 'en-US' } })).body).toContain('today-heading');
    const head = await request(server, { path: '/', method: 'HEAD', headers: { cookie, 'accept-language': 'en-US' } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const outsider = await request(server, { path: '/', headers: { 'accept-language': 'en-US' } });
    expect(outsider.status).toBe(401);
    expect(outsider.body).not.toContain('today');
    expect(outsider.body).not.toContain('data-first-screen');
  });

  it('without Accept-Language the page goes out as built', async () => {
    const page = await request(server, { path: '/', headers: { cookie: await signIn() } });
    expect(page.body).toBe(PAGE);
  });
});
