// The browser host (`npm run web -- --port N --data-dir DIR`): Timelock in any browser, served on 127.0.0.1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTimelock } from './app';
import { openDataStore } from './storage/openDataStore';
import { startWebServer } from './hosts/webServer';
import { startSocketServer } from './hosts/socketServer';
import { argValue, resolveDataDir } from './hosts/defaultDataDir';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log('Usage: npm run web -- [--port N] [--data-dir DIR] [--static DIR]\nServes Timelock on http://127.0.0.1:N/ (a free port if none is given).');
    return;
  }
  const portText = argValue(argv, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not '${portText}'.`);
    process.exitCode = 2;
    return;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(argValue(argv, '--static') ?? path.join(here, '..', 'out', 'renderer'));
  const dataDir = resolveDataDir(argv);
  const store = openDataStore({ dataDir, backend: 'conf', systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const app = createTimelock({ store });
  const socket = await startSocketServer({ app, dataDir, hostName: 'the browser host' });
  const server = await startWebServer({ app, staticDir, port });
  app.start();
  for (const notice of store.notices) console.warn(`[timelock] ${notice}`);
  console.log(`Timelock is running at ${server.openUrl}`);
  console.log(`Data folder: ${dataDir}`);
  const shutdown = () => {
    void (async () => {
      app.dispose();
      await server.close();
      await socket.close();
      await store.flush();
      process.exit(0);
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Timelock could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
