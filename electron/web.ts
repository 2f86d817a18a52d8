// The browser host (`npm run web -- --port N --data-dir DIR`): Timelock in any browser, served on 127.0.0.1.
// Start-up order, as in every host: the data folder's lock, then the socket check, then the files opened and repaired,
// so nothing is read or mended while another Timelock works on them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTimelock } from './app';
import { noFolderDialog } from './sync/noFolderDialog';
import { openDataStore } from './storage/openDataStore';
import { acquireDataFolderLock, isHostOwner } from './storage/dataFolderLock';
import { hostOption } from './hosts/hostOption';
import { startWebServer } from './hosts/webServer';
import type { FirstScreenMark } from '../renderer/firstScreen/firstScreenMark';
import { assertNoOtherHost, startSocketServer } from './hosts/socketServer';
import { DataDirUsageError, describeDataDir, keepDefaultFolderPrivate, resolveDataDir, type DataDirChoice } from './hosts/resolveDataDir';

const HOST_NAME = 'the browser host';
/** A CLI command working on the folder gets this long to finish; a running host is refused at once. */
export const HOST_LOCK_WAIT_MS = 15_000;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(
      'Usage: npm run web -- [--port N] [--data-dir DIR] [--static DIR] [--no-first-screen]\nServes Timelock on http://127.0.0.1:N/ (a free port if none is given).\n--no-first-screen: the page comes without Today drawn in by the host, and the window draws it once its code has run.',
    );
    return;
  }
  const portText = hostOption(argv, 'port')?.value;
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not '${portText}'.`);
    process.exitCode = 2;
    return;
  }
  let choice: DataDirChoice;
  try {
    choice = resolveDataDir(argv);
  } catch (error) {
    if (!(error instanceof DataDirUsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(hostOption(argv, 'static')?.value ?? path.join(here, '..', 'out', 'renderer'));
  const dataDir = choice.dir;
  console.log(`Data folder: ${describeDataDir(choice)}`);

  keepDefaultFolderPrivate(choice);
  const lock = await acquireDataFolderLock(dataDir, {
    host: HOST_NAME,
    waitMs: HOST_LOCK_WAIT_MS,
    shouldWait: (owner) => !isHostOwner(owner),
    onWait: ({ owner }) => console.log(`Waiting up to ${HOST_LOCK_WAIT_MS / 1000} s for ${owner ? `${owner.host} (process ${owner.pid})` : 'another Timelock'} to finish with the data folder…`),
  });
  await assertNoOtherHost(dataDir, lock);
  const store = openDataStore({ dataDir, backend: 'conf', systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  // Told before anything else happens, with the path of each file set aside.
  for (const notice of store.notices) console.warn(`[timelock] notice: ${notice}`);
  const app = createTimelock({ store, folderPicker: noFolderDialog('The browser host', "type the sync folder's full path.") });
  const socket = await startSocketServer({ app, dataDir, lock, hostName: HOST_NAME });
  // Today's first screen drawn into the page (renderer/firstScreen/renderFirstScreen.tsx). Its code loads as the host
  // starts, beside it, so the first page has it; a page asked for before it has loaded goes out without.
  let firstScreen: ((mark: FirstScreenMark) => Promise<string>) | undefined;
  if (!argv.includes('--no-first-screen')) {
    const drawing = import('../renderer/firstScreen/renderFirstScreen');
    drawing.catch((error: unknown) => console.error('[timelock] the first screen cannot be drawn; pages draw themselves:', error));
    firstScreen = (mark) => drawing.then(({ renderFirstScreen }) => renderFirstScreen((channel, payload) => app.router.call(channel, payload), mark));
  }
  const server = await startWebServer({ app, staticDir, port, ...(firstScreen ? { firstScreen } : {}) });
  app.start();
  console.log(`Timelock is running at ${server.openUrl}`);
  const shutdown = () => {
    void (async () => {
      app.dispose();
      await server.close();
      await socket.close();
      await store.flush();
      lock.release();
      process.exit(0);
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // The lock is released by its exit hook.
  console.error(`Timelock could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
