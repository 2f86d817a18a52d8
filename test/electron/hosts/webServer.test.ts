import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/hosts/webServer';
import { makeTestHost, type TestHost } from '../../support/testHost';

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

  it('refuses API requests without the secret or with a wrong one, and runs nothing', async () => {
    const body = JSON.stringify({ categoryId: 'work' });
    const none = await request(server, { path: '/api/timer.start', method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const wrong = await request(server, { path: '/api/timer.start', method: 'POST', body, headers: { 'x-timelock-secret': 'guess' } });
    expect(none.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('refuses a request whose Host is not this server (DNS rebinding)', async () => {
    const res = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":"work"}', headers: { host: 'evil.example:80', 'x-timelock-secret': server.secret } });
    expect(res.status).toBe(421);
    expect(host.app.store.getTimer()).toBeNull();
  });

  it('runs the router for a request with the secret and answers its envelope', async () => {
    const res = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":"work"}', headers: { 'x-timelock-secret': server.secret } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { categoryId: 'work' } });
    const bad = await request(server, { path: '/api/timer.start', method: 'POST', body: '{"categoryId":', headers: { 'x-timelock-secret': server.secret } });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('serves the page with the secret injected and a CSP with no remote origin', async () => {
    const page = await request(server, { path: '/' });
    expect(page.body).toContain(`<meta name="timelock-secret" content="${server.secret}">`);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect((await request(server, { path: '/app.js' })).body).toBe('console.log(1)');
    expect((await request(server, { path: '/../../etc/passwd' })).body).not.toContain('root:');
  });

  it('pushes events over server-sent events to a client with the secret', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?secret=${server.secret}`, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
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
    const refused = await request(server, { path: '/api/events?secret=nope' });
    expect(refused.status).toBe(401);
  });
});
