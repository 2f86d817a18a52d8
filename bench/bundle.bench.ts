// What the window downloads, gzipped, from the renderer build in out/renderer (`npm run build:renderer` first): the
// JavaScript Today needs before it shows, and the whole app with every view and chart.
import { readRendererBuild } from '../scripts/bundleSizes.mjs';
import type { Benchmark, BenchFigure } from './benchmark';

export const bundleBench: Benchmark = {
  name: 'bundle',
  describe: () => 'out/renderer JavaScript, gzipped: the first view (Today) with the entry and its imports, and the whole app',
  run(): BenchFigure[] {
    const build = readRendererBuild();
    const first = build.firstView('today');
    const total = build.total();
    return [
      { name: `first view (Today): ${first.files.length} files, ${Math.round(first.raw / 1024)} kB raw`, value: first.gzip / 1024, target: 150, unit: 'kB' },
      { name: `whole app: ${total.files.length} files, ${Math.round(total.raw / 1024)} kB raw`, value: total.gzip / 1024, target: 250, unit: 'kB' },
    ];
  },
};
