// How long a host stops answering while a ten-year Toggl export (150,000 rows) is imported through the router: a
// heartbeat timer measures the longest gap, while the file is read and checked, and in the one batch write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTimelock } from '../electron/app';
import { openDataStore } from '../electron/storage/openDataStore';
import type { Benchmark, BenchFigure } from './benchmark';
import { TIME_ZONE, togglText } from './import.bench';

const ROWS = 150_000;
/** What a waiting request may notice (issue 11: heavy parsing never blocks the host for more than ~100 ms). */
const STALL_TARGET_MS = 100;

export const importStallBench: Benchmark = {
  name: 'import stall',
  describe: () => `${ROWS.toLocaleString('en')} generated Toggl rows through the router into an empty data folder, ${TIME_ZONE}; a 5 ms heartbeat`,
  async run(): Promise<BenchFigure[]> {
    const generated = togglText(ROWS, { year: 1994, month: 1, day: 3 }, 32 * 365);
    if (generated.rows !== ROWS) throw new Error(`import stall bench: generated ${generated.rows} rows, not ${ROWS}`);
    // The text as a host gets it, read from a file, a socket or IPC: one flat string. The generator builds it piece by
    // piece, and V8 would join the pieces at the first read inside the timed part, a stall no host ever has.
    const text = Buffer.from(generated.text, 'utf8').toString('utf8');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-bench-stall-'));
    const now = Date.UTC(2026, 10, 26, 12);
    const store = openDataStore({ dataDir, systemTimeZone: TIME_ZONE, clock: { now: () => now } });
    const app = createTimelock({ store, clock: { now: () => now } });
    let writing = false;
    const stop = app.bus.subscribe((name, payload) => {
      if (name === 'import.progress' && (payload as { stage: string }).stage === 'writing') writing = true;
    });
    const longest = { beforeWrite: 0, write: 0 };
    let last = performance.now();
    let beating = true;
    const gap = () => {
      const t = performance.now();
      const key = writing ? 'write' : 'beforeWrite';
      longest[key] = Math.max(longest[key], t - last);
      last = t;
    };
    const beat = () => {
      gap();
      if (beating) setTimeout(beat, 5);
    };
    setTimeout(beat, 5);
    try {
      const result = await app.router.call('import.apply', { text });
      // The call's continuation runs before the next heartbeat: the stall that ended with it counts too.
      gap();
      beating = false;
      if (!result.ok || (result.value as { imported: number }).imported !== ROWS) throw new Error(`import stall bench: ${JSON.stringify(result).slice(0, 300)}`);
    } finally {
      beating = false;
      stop();
      app.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return [
      { name: 'longest stall while reading and checking', value: longest.beforeWrite, target: STALL_TARGET_MS, unit: 'ms' },
      { name: 'longest stall while writing the batch', value: longest.write, target: STALL_TARGET_MS, unit: 'ms' },
    ];
  },
};
