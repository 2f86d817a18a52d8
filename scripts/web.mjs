// `npm run web -- --port N --data-dir DIR`: Timelock in the browser. Rebuilds the renderer and the browser host's
// bundle (out/web/web.js, from electron/web.ts) when their sources changed, then runs the host in this same process,
// serving out/renderer. Every argument is passed through. In-process, so Ctrl-C and a SIGTERM reach the host
// directly, with no relay.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rendererOut } from './buildRenderer.mjs';
import { buildCli, cliIsStale, webBundle } from './buildCli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [fileURLToPath(new URL('./buildRenderer.mjs', import.meta.url)), '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
if (cliIsStale()) await buildCli();

const servesItsOwn = args.some((arg) => arg === '--static' || arg.startsWith('--static='));
// The host reads its options from process.argv, as it would if it were started with `node out/web/web.js …`.
process.argv = [process.argv[0], webBundle, ...(servesItsOwn ? [] : ['--static', rendererOut]), ...args];
await import(pathToFileURL(webBundle).href);
