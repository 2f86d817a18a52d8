// `npm run bench`: runs every registered benchmark, prints each figure against its target, and exits 1 if any
// figure misses its target. A new benchmark is one file (bench/<name>.bench.ts) added to the list below.
// `npm run bench -- WORD…` runs only the benchmarks whose name contains one of the words (to measure one thing).
import type { Benchmark, BenchFigure } from './benchmark';
import { timeboxesBench } from './timeboxes.bench';
import { weekSummaryBench } from './weekSummary.bench';
import { importBench } from './import.bench';
import { importStallBench } from './importStall.bench';
import { weekSwitchBench } from './weekSwitch.bench';
import { startupBench } from './startup.bench';
import { bundleBench } from './bundle.bench';
import { syncBench } from './sync.bench';
import { categorySwitchBench } from './categorySwitch.bench';
import { firstRenderBench } from './firstRender.bench';
import { viewOpenBench } from './viewOpen.bench';
import { keepOpenBench } from './keepOpen.bench';

const BENCHMARKS: readonly Benchmark[] = [weekSummaryBench, weekSwitchBench, timeboxesBench, importBench, importStallBench, startupBench, bundleBench, firstRenderBench, viewOpenBench, categorySwitchBench, syncBench, keepOpenBench];
const wanted = process.argv.slice(2);
const chosen = wanted.length ? BENCHMARKS.filter((b) => wanted.some((w) => b.name.includes(w))) : BENCHMARKS;
if (chosen.length === 0) throw new Error(`No benchmark is named after ${wanted.join(' or ')}.`);

function format(value: number, unit: BenchFigure['unit']): string {
  if (unit === 'requests' || unit === 'listeners' || unit === 'documents') return `${value} ${unit}`;
  return `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ${unit}`;
}

let failed = 0;
for (const bench of chosen) {
  console.log(`\n${bench.name}: ${bench.describe()}`);
  const rows = (await bench.run()).map((f) => {
    if (f.target === null) return { figure: f.name, measured: format(f.value, f.unit), target: 'none', result: 'shown' };
    const pass = f.value <= f.target;
    if (!pass) failed++;
    return { figure: f.name, measured: format(f.value, f.unit), target: `≤ ${format(f.target, f.unit)}`, result: pass ? 'PASS' : 'FAIL' };
  });
  const widths = (['figure', 'measured', 'target', 'result'] as const).map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(['figure', 'measured', 'target', 'result']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line([r.figure, r.measured, r.target, r.result]));
}
console.log(failed ? `\n${failed} figure(s) missed the target.` : '\nEvery figure met its target.');
process.exitCode = failed ? 1 : 0;
