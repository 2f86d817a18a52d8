// The JavaScript file behind a dev tool's command, to run it with this very Node (no shell, no .cmd shims on Windows).
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `binPath('tsc')` → …/node_modules/typescript/bin/tsc. The package is named when it differs from the command. */
export function binPath(command, pkg = { tsc: 'typescript' }[command] ?? command) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  return path.join(path.dirname(manifestPath), typeof bin === 'string' ? bin : bin[command]);
}
