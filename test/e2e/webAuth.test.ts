import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './browser';
import { startWebHost, type RunningHost } from './webHost';

// The browser host lets in only the browser that opened the URL it printed, and only its own page.
describe('the browser host for its own user only, in Chromium', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-auth-'));
  let host: RunningHost;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let evil: http.Server;
  let evilUrl: string;

  beforeAll(async () => {
    host = await startWebHost(dataDir);
    browser = await launchBrowser();
    // Another page on another port of 127.0.0.1 (another user's, or any local server): the same site for cookies.
    evil = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body><script>
        fetch(${JSON.stringify(`${host.base}api/timer.start`)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{"categoryId":"work"}' })
          .then(() => { document.title = 'sent'; }, () => { document.title = 'failed'; });
      </script></body></html>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await new Promise((resolve) => evil?.close(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the printed URL opens the app: the token leaves the address bar and an HttpOnly cookie lets the views load', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${host.url}#/week`);
    await page.getByRole('heading', { level: 2, name: /^Week \d{4}-W\d{2}/ }).waitFor();
    expect(page.url()).toBe(`${host.base}#/week`);
    const cookies = await context.cookies(host.base);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // Reloaded without the token, it still opens: the cookie is what lets it in.
    await page.goto(`${host.base}#/today`);
    await page.getByRole('button', { name: 'Work', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('another browser that opens the address without the token sees how to open Timelock, and nothing of it', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(host.base);
    expect(response?.status()).toBe(401);
    await page.getByRole('heading', { name: 'Open Timelock from its link' }).waitFor();
    const html = await page.content();
    expect(html).not.toContain(new URL(host.url).searchParams.get('token'));
    expect(await context.cookies(host.base)).toEqual([]);
    await context.close();
  });

  it('a page on another port of 127.0.0.1, in the browser that holds the cookie, is refused (403) and starts nothing', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Work', exact: true }).waitFor();

    const refused = page.waitForResponse((r) => r.url() === `${host.base}api/timer.start`);
    await page.goto(evilUrl);
    expect((await refused).status()).toBe(403);
    await expect.poll(() => page.title()).toBe('sent');
    const snapshot = await host.call('app.snapshot', {});
    expect((snapshot.value as { timer: unknown }).timer).toBeNull();
    await context.close();
  });
});
