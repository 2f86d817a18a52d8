// `npm run test:e2e`: the end-to-end tests alone, against a renderer built from the current sources.
// Arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binPath } from './bins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const built = run([fileURLToPath(new URL('./buildRenderer.mjs', import.meta.url)), '--if-stale']);
if (built !== 0) process.exit(built);
process.exit(run([binPath('vitest'), 'run', '--project', 'e2e', ...process.argv.slice(2)]));
