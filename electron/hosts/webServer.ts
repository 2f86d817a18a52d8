// The browser host's transport: the built renderer and the router over HTTP on 127.0.0.1 only, for the person who
// started it. 127.0.0.1 is open to every account on the computer, so nothing is served to whoever asks: the host
// prints a URL with a token (as Jupyter does), which that person's browser trades for an HttpOnly, SameSite=Strict
// cookie; the page, the API and the event stream need the cookie. A request from another origin (another site, or
// a page on another port of 127.0.0.1, which counts as the same site for cookies) is refused by its Origin and
// Sec-Fetch-Site headers, and a Host header must name this server (no DNS rebinding).
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TimelockApp } from '../app';
import { MAX_CALLS_TOGETHER } from '../../shared/earlyAnswers';
import type { Result } from '../../shared/result';
import { FIRST_SCREEN_CHECK_SOURCE } from './firstScreenCheck';
import { pageWithFirstScreen, type DrawFirstScreen } from './firstScreenPage';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The first screen's one inline script, by its hash (firstScreenCheck.ts).
  `script-src 'self' ${FIRST_SCREEN_CHECK_SOURCE}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Imports are sent as text and capped at 64 MiB by the import service; the body may carry that much and its JSON.
const MAX_BODY = 70 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface WebServer {
  /** `http://127.0.0.1:PORT/`: where Timelock answers; it opens nothing without the cookie. */
  url: string;
  /** The URL that lets a browser in (`url` with `?token=…`): printed in the terminal, never served. */
  openUrl: string;
  port: number;
  close(): Promise<void>;
}

export interface WebServerOptions {
  app: TimelockApp;
  staticDir: string;
  port?: number;
  /** The token of `openUrl`; a random one when absent. */
  token?: string;
  /** Draws Today's first screen into the page (firstScreenPage.ts); the page goes out as built without it. */
  firstScreen?: DrawFirstScreen;
  /** The clock the first screen is drawn at; Date.now when absent. */
  now?: () => number;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  // The token lets a browser in; the session is what the cookie carries. Two values, so the token (in the
  // terminal's scrollback, the browser's history) is never what the API checks.
  const token = options.token ?? randomBytes(32).toString('base64url');
  const session = randomBytes(32).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  let port = 0;
  // Cookies are not kept apart by port: the port in the name keeps two Timelock hosts from overwriting each other's.
  const cookieName = () => `timelock-${port}`;

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    send(res, status, { ok: false, error: { code: 'unauthorized', message } } satisfies Result<never>);

  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  /** Only a request from this origin, or one the person typed or clicked outside any page ('none'). */
  const fromThisOrigin = (req: http.IncomingMessage) => {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return false;
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  };
  const signedIn = (req: http.IncomingMessage) => sameSecret(cookieValue(req.headers.cookie, cookieName()), session);

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host)) return refuse(res, 421, 'This Timelock server answers only to 127.0.0.1 and localhost.');
      if (!fromThisOrigin(req)) return refuse(res, 403, 'Timelock answers only its own page; a request from another site or port is refused.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === '/' && url.searchParams.has('token') && (req.method === 'GET' || req.method === 'HEAD')) {
        if (!sameSecret(url.searchParams.get('token'), token)) return sendHelp(res, 403, 'That link is not (or no longer) the one this Timelock printed.');
        // 303 to the page without the token, so it stays out of the address bar; the fragment (#/week) carries over.
        res.writeHead(303, {
          location: '/',
          'set-cookie': `${cookieName()}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        res.end();
        return;
      }
      const allowed = signedIn(req);
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!allowed) return refuse(res, 401, 'This browser is not let in to Timelock: open the link printed where Timelock was started.');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST for Timelock API calls.');
        if (!allowed) return refuse(res, 401, 'This browser is not let in to Timelock: open the link printed where Timelock was started.');
        const body = await readBody(req);
        if (body === null) return send(res, 413, { ok: false, error: { code: 'bad-request', message: 'The request is too large.' } });
        if (url.pathname === '/api') {
          // Several calls in one request, run in order, each answered as its own request would be: the window's
          // start-up calls (renderer/early/earlyAsk.ts), sent before its code has loaded.
          const calls = readCalls(body);
          if (typeof calls === 'string') return send(res, 400, { ok: false, error: { code: 'bad-request', message: calls } });
          const answers: Array<Result<unknown>> = [];
          for (const { channel, payload } of calls) answers.push(await options.app.router.call(channel, payload));
          return send(res, 200, { answers });
        }
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        let payload: unknown;
        try {
          payload = body.length === 0 ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, { ok: false, error: { code: 'bad-request', message: 'The request body is not valid JSON.' } });
        }
        return send(res, 200, await options.app.router.call(channel, payload));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET serves pages.');
      if (!allowed) return sendHelp(res, 401, 'This browser has not been let in yet.');
      const { firstScreen } = options;
      // Only for the page itself (not its scripts and styles), read when it is asked for.
      const draw =
        req.method === 'GET' && firstScreen
          ? async (page: string) => {
              const now = (options.now ?? Date.now)();
              const settings = await options.app.router.call('settings.get', {});
              const theme = settings.ok ? (settings.value as { theme: string }).theme : null;
              return pageWithFirstScreen(page, firstScreen, { acceptLanguage: req.headers['accept-language'], now, theme });
            }
          : undefined;
      await serveStatic(options.staticDir, url.pathname, res, draw);
    })().catch((error: unknown) => {
      console.error('[timelock] web request failed:', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'The Timelock server failed on this request.' } });
    });
  });

  const unsubscribe = options.app.bus.subscribe((name, payload) => {
    const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of clients) client.write(frame);
  });
  // SSE through proxies and sleeping laptops: a comment every 25 s keeps the stream from being cut as idle.
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 25_000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    openUrl: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const client of clients) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The calls of a request to /api: `{ "calls": [{ "channel": "…", "payload": … }, …] }`, at most MAX_CALLS_TOGETHER; or
 * why not, in words. Nothing runs unless every call is well formed. */
function readCalls(body: string): Array<{ channel: string; payload: unknown }> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'The request body is not valid JSON.';
  }
  const calls = typeof parsed === 'object' && parsed !== null ? (parsed as { calls?: unknown }).calls : undefined;
  if (!Array.isArray(calls) || calls.length === 0) return 'Send { "calls": [{ "channel": "…", "payload": {…} }, …] } with at least one call.';
  if (calls.length > MAX_CALLS_TOGETHER) return `At most ${MAX_CALLS_TOGETHER} calls go in one request.`;
  const read: Array<{ channel: string; payload: unknown }> = [];
  for (const [index, call] of calls.entries()) {
    const channel = typeof call === 'object' && call !== null ? (call as { channel?: unknown }).channel : undefined;
    if (typeof channel !== 'string' || channel === '') return `Call ${index + 1} names no channel.`;
    read.push({ channel, payload: (call as { payload?: unknown }).payload ?? {} });
  }
  return read;
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Constant-time, so the time a wrong guess takes says nothing about how close it was. */
function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  // No Cross-Origin-Opener-Policy: a page of another site that opens or navigates to ours is refused (its request says
  // Sec-Fetch-Site: cross-site, fromThisOrigin above), so no window of another site ever holds one of Timelock's;
  // and same-origin's switch of browsing context group made the first load start a renderer process of its own,
  // ~150 ms before the page could ask for its first script (measured in Chromium from a new tab).
};

/** What a browser without the cookie sees: how to get in, and nothing of the app or its data. */
function sendHelp(res: http.ServerResponse, status: number, why: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...PAGE_HEADERS });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Timelock</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; line-height: 1.5">
<h1>Open Timelock from its link</h1>
<p>${why}</p>
<p>Timelock shows your data only to the browser of the person who started it. Open the link printed in the terminal
where you started it (<code>npm run web</code>): it reads <code>Timelock is running at http://127.0.0.1:…/?token=…</code>.
If that terminal is gone, start Timelock again for a new link.</p>
</body></html>
`);
}

/** A file of the built renderer, or the page (index.html) for any other path; `draw` puts the first screen in the page. */
async function serveStatic(root: string, pathname: string, res: http.ServerResponse, draw?: (page: string) => Promise<ReturnType<typeof pageWithFirstScreen>>): Promise<void> {
  const headers = PAGE_HEADERS;
  const rootDir = path.resolve(root);
  const wanted = path.resolve(rootDir, `.${decodeURIComponent(pathname)}`);
  // Anything outside the renderer folder, or a folder, falls back to the app page (client-side views).
  const inside = wanted.startsWith(rootDir + path.sep) && fs.existsSync(wanted) && fs.statSync(wanted).isFile();
  const file = inside ? wanted : path.join(rootDir, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(`The Timelock page is not built yet (${rootDir} has no index.html). Run \`npm run web\`, which builds it first.`);
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const isPage = path.basename(file) === 'index.html';
  const page = isPage && draw ? await draw(fs.readFileSync(file, 'utf8')) : null;
  res.writeHead(200, { 'content-type': type, 'cache-control': isPage ? 'no-store' : 'max-age=3600', ...headers });
  if (!page) return void res.end(fs.readFileSync(file));
  res.write(page.before);
  res.end((await page.root) + page.after);
}
