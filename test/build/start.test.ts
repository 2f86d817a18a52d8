// `npm start` on a machine without the Electron binary must answer with one paragraph, never hang on a download.
// These run the detection against fake electron package folders, each with its own fake installer.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureElectronBinary, findElectronBinary } from '../../scripts/electronBinary.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };

/** A fake node_modules/electron; `installer` is the body of its install.js (CommonJS). */
function fakeElectron({ binary = false, pathTxt = binary, installer }: { binary?: boolean; pathTxt?: boolean; installer?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-fake-electron-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', type: 'commonjs' }));
  if (pathTxt) fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  if (binary) {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
  }
  if (installer) fs.writeFileSync(path.join(dir, 'install.js'), installer);
  return dir;
}

const INSTALLS = `
const fs = require('fs'), path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;
const FAILS = `console.error(new Error('getaddrinfo ENOTFOUND').stack); process.exit(1);`;
const HANGS = `setInterval(() => {}, 1000);`;

function expectTheParagraph(result: ReturnType<typeof findElectronBinary>) {
  expect(result.found).toBe(false);
  if (result.found) return;
  expect(result.message).toMatch(/Electron binary is missing/);
  expect(result.message).toContain('npx install-electron');
  expect(result.message).toContain('npm run web');
  expect(result.message).not.toMatch(/\n|\bat .+:\d+:\d+/); // one paragraph, no stack frames
}

describe('finding the Electron binary', () => {
  it('gives the path to dist/<path.txt> when the binary is there', () => {
    const dir = fakeElectron({ binary: true });
    expect(findElectronBinary(dir, env)).toEqual({ found: true, path: path.join(dir, 'dist', 'electron') });
  });

  it('explains what is missing and how to fix it when the binary was never downloaded', () => {
    const result = findElectronBinary(fakeElectron(), env);
    expectTheParagraph(result);
    expect(!result.found && result.message).toMatch(/path\.txt does not exist/);
  });

  it('explains the missing binary when path.txt is there but dist/ is not', () => {
    const result = findElectronBinary(fakeElectron({ pathTxt: true }), env);
    expectTheParagraph(result);
    expect(!result.found && result.message).toMatch(/dist.electron does not exist/);
  });

  it('explains a missing electron package too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-no-electron-'));
    made.push(dir);
    expectTheParagraph(findElectronBinary(path.join(dir, 'electron'), env));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron itself does', () => {
    const dir = fakeElectron({ binary: true });
    const override = path.join(dir, 'dist');
    expect(findElectronBinary(dir, { ...env, ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: path.join(override, 'electron'),
    });
    expectTheParagraph(findElectronBinary(dir, { ...env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'nowhere') }));
  });
});

describe('getting the Electron binary once before giving up', () => {
  it('uses the binary the installer downloads', () => {
    const dir = fakeElectron({ installer: INSTALLS });
    const lines: string[] = [];
    expect(ensureElectronBinary(dir, { env, log: (line) => lines.push(line) })).toEqual({
      found: true,
      path: path.join(dir, 'dist', 'electron'),
    });
    expect(lines.join('\n')).toMatch(/trying to download/);
  });

  it('answers with the paragraph, not the installer stack trace, when the download fails', () => {
    expectTheParagraph(ensureElectronBinary(fakeElectron({ installer: FAILS }), { env }));
  });

  it('stops a download that hangs (no network) at the time limit and answers with the paragraph', () => {
    const started = performance.now();
    expectTheParagraph(ensureElectronBinary(fakeElectron({ installer: HANGS }), { env, timeoutMs: 500 }));
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const dir = fakeElectron({ installer: INSTALLS });
    expectTheParagraph(ensureElectronBinary(dir, { env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }));
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});
