// A fresh empty folder under the system's temp folder, for tests that need one beside a test host's data folder (a
// sync folder), including renderer tests, which may not import node modules themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchFolder {
  path: string;
  remove(): void;
}

export function makeScratchFolder(prefix: string): ScratchFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
