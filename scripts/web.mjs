// `npm run web -- --port N --data-dir DIR`: Timelock in the browser. Rebuilds the renderer when its sources changed,
// then runs the browser host (electron/web.ts) in this same process through tsx, serving out/renderer. Every
// argument is passed through. In-process, so Ctrl-C and a SIGTERM reach the host directly, with no relay.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { rendererOut } from './buildRenderer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = path.join(root, 'electron', 'web.ts');
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [fileURLToPath(new URL('./buildRenderer.mjs', import.meta.url)), '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const servesItsOwn = args.some((arg) => arg === '--static' || arg.startsWith('--static='));
// The host reads its options from process.argv, as it would if it were started with `tsx electron/web.ts …`.
process.argv = [process.argv[0], host, ...(servesItsOwn ? [] : ['--static', rendererOut]), ...args];
register();
await import(pathToFileURL(host).href);
