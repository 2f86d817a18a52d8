// `npm start`: build the app with electron-vite and open it in Electron. Checks for the Electron binary first, so an
// offline install gets a clear answer (and the way to the browser host) instead of a hang or a stack trace.
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, ensureElectronBinary } from './electronBinary.mjs';
import { binPath } from './bins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const electron = ensureElectronBinary(electronPackageDir(root), { log: (line) => console.log(line) });
if (!electron.found) {
  console.error(`\n${electron.message}\n`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [binPath('electron-vite'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Arguments after `npm start --` go to Electron (e.g. `--no-sandbox` when running as root).
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (app.exitCode === null && app.signalCode === null) app.kill(signal);
  });
}
app.on('error', (error) => {
  console.error(`Could not start Electron at ${path.relative(root, electron.path)}: ${error.message}`);
  process.exit(1);
});
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
