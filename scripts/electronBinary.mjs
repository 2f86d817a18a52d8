// Finds the Electron executable without `require('electron')`, which since Electron 45 downloads the binary on first
// use and, with no network, hangs or dies with a stack trace. A missing binary becomes one paragraph a person can act on.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The installed `electron` package folder as Node would resolve it from `root`, or where it should be. */
export function electronPackageDir(root) {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return path.join(root, 'node_modules', 'electron');
  }
}

export function missingElectronMessage(missing) {
  return (
    `Timelock can't open its desktop window: the Electron binary is missing (${missing}). ` +
    'Electron downloads it on first use and that download did not succeed: this machine has no network, or the ' +
    'packages were installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1. To fix it, run `npx install-electron` ' +
    'on a machine with network access (or delete node_modules and run `npm install` again with the network on). ' +
    'Meanwhile, `npm run web` runs Timelock in your browser.'
  );
}

/**
 * Where the Electron executable is, read from the package's path.txt the way electron/index.js does, but without
 * downloading anything. Returns `{ found: true, path }` or `{ found: false, message }`.
 */
export function findElectronBinary(electronDir, env = process.env) {
  const shown = (file) => path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) {
    return { found: false, message: missingElectronMessage(`the electron package is not installed at ${shown(electronDir)}`) };
  }
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return fs.existsSync(overridden)
      ? { found: true, path: overridden }
      : { found: false, message: missingElectronMessage(`${overridden}, named by ELECTRON_OVERRIDE_DIST_PATH, does not exist`) };
  }
  if (!executable) {
    return { found: false, message: missingElectronMessage(`${shown(pathFile)} does not exist, so it was never downloaded`) };
  }
  const binary = path.join(electronDir, 'dist', executable);
  return fs.existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, message: missingElectronMessage(`${shown(binary)} does not exist`) };
}

/**
 * findElectronBinary, and when the binary is missing, one try at Electron's own installer, stopped after `timeoutMs`
 * so that a machine with no network gets its answer instead of a hang. The installer's output is kept back: on
 * failure it is a stack trace, and the message says everything a person needs.
 */
export function ensureElectronBinary(electronDir, { env = process.env, timeoutMs = 60_000, log = () => {} } = {}) {
  const first = findElectronBinary(electronDir, env);
  const installer = path.join(electronDir, 'install.js');
  if (first.found || env.ELECTRON_SKIP_BINARY_DOWNLOAD || !fs.existsSync(installer)) return first;
  log(`The Electron binary is missing; trying to download it once (at most ${Math.round(timeoutMs / 1000)} s)…`);
  spawnSync(process.execPath, [installer], { cwd: electronDir, env, timeout: timeoutMs, stdio: 'ignore' });
  return findElectronBinary(electronDir, env);
}
