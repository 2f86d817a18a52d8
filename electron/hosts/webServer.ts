// The browser host's transport: the built renderer and the router over HTTP on 127.0.0.1 only.
// Every API request must carry the per-run secret, which only the page this server serves can read (the
// same-origin policy keeps other sites out), and a Host header naming this server (no DNS rebinding).
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TimelockApp } from '../app';
import type { Result } from '../../shared/result';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
  url: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  app: TimelockApp;
  staticDir: string;
  port?: number;
  secret?: string;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    send(res, status, { ok: false, error: { code: 'unauthorized', message } } satisfies Result<never>);

  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const secretMatches = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(secret);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host)) return refuse(res, 421, 'This Timelock server answers only to 127.0.0.1 and localhost.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === '/api/events' && req.method === 'GET') {
        // EventSource cannot send headers: the secret rides in the query for this one stream.
        if (!secretMatches(url.searchParams.get('secret'))) return refuse(res, 401, 'Missing or wrong Timelock secret.');
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST for Timelock API calls.');
        if (!secretMatches(req.headers['x-timelock-secret'] as string | undefined)) return refuse(res, 401, 'Missing or wrong Timelock secret.');
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        const body = await readBody(req);
        if (body === null) return send(res, 413, { ok: false, error: { code: 'bad-request', message: 'The request is too large.' } });
        let payload: unknown;
        try {
          payload = body.length === 0 ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, { ok: false, error: { code: 'bad-request', message: 'The request body is not valid JSON.' } });
        }
        return send(res, 200, await options.app.router.call(channel, payload));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET serves pages.');
      serveStatic(options.staticDir, url.pathname, secret, res);
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
    port,
    secret,
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

function serveStatic(root: string, pathname: string, secret: string, res: http.ServerResponse): void {
  const headers = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
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
  let body: Buffer | string = fs.readFileSync(file);
  if (path.basename(file) === 'index.html') {
    // The secret goes into the page, readable only by scripts of this origin.
    body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="timelock-secret" content="${secret}">`);
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': path.basename(file) === 'index.html' ? 'no-store' : 'max-age=3600', ...headers });
  res.end(body);
}
