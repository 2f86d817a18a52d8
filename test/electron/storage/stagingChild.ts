// A separate process killed while it stages a large change, for the leftover tests: `node --import tsx
// stagingChild.ts DIR COUNT` opens the data folder, starts an import of COUNT entries written in steps, and once a temp
// file is on disk prints `staging` and stops at its next pause for good, so the test can kill it right there.
import fs from 'node:fs';
import { openDataStore } from '../../../electron/storage/openDataStore';

const [dataDir, count] = process.argv.slice(2);
const store = openDataStore({ dataDir: dataDir!, systemTimeZone: 'UTC' });
const start = Date.UTC(2024, 0, 1);
const rows = Array.from({ length: Number(count) }, (_, i) => ({
  id: `imported-${i}`,
  categoryId: 'work',
  start: start + i * 7_200_000,
  end: start + i * 7_200_000 + 1_800_000,
  note: '',
  tags: [],
  source: 'manual' as const,
}));
let told = false;
const pause = () =>
  new Promise<void>((resolve) => {
    if (!told && fs.readdirSync(dataDir!).some((name) => name.endsWith('.tmp'))) {
      told = true;
      process.stdout.write('staging\n');
      return; // never resolves: the process waits here until it is killed
    }
    setImmediate(resolve);
  });
void store.replaceAllInSteps({ addEntries: rows }, { pause, unchanged: () => true });
