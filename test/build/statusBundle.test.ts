// What `timelock status` loads: a status bar runs it every few seconds, so its bundle (out/cli/status.cjs, built from
// electron/cli/statusFast.ts) holds the code that answers and nothing it does not run. zod (the contract's schemas)
// tripled it once, pulled in by a schema check in the table of synced kinds, and status went from 1.8 × to 2.2 ×
// `node -e 0`; this reads the bundle's inputs as esbuild resolves them, without writing anything.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the status bundle', () => {
  it('carries no zod and no schema module: the answers are checked by hand', async () => {
    const result = await build({ entryPoints: ['electron/cli/statusFast.ts'], absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, logLevel: 'error' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs).not.toContain('shared/model.ts');
    expect(inputs).not.toContain('shared/contract.ts');
  });
});
