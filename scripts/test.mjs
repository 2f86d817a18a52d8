// `npm test`: every check in order, each one run even when an earlier one failed, so one run reports everything.
// typecheck, lint, the command line's build and the renderer build count as one test each; vitest's tests are counted from its JSON report.
// Closes with the plain line `N passed, N failed[, N skipped]`; exits non-zero on any failure or if no test ran.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binPath } from './bins.mjs';
import { addCounts, countVitestReport, totalsLine } from './testTotals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, 'test-results');

function run(command, args) {
  console.log(`\n$ ${[path.basename(command), ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const heading = (title) => console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 100 - title.length))}`);
const one = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

/** Runs every command (none skipped after a failure) and counts the whole check as one test. */
async function check(title, commands) {
  heading(title);
  let ok = true;
  for (const [command, ...args] of commands) ok = (await run(command, args)) === 0 && ok;
  return { title, ...one(ok) };
}

async function vitest(title, projects, reportName) {
  heading(title);
  const report = path.join(reports, reportName);
  fs.rmSync(report, { force: true });
  const projectArgs = projects.flatMap((project) => ['--project', project]);
  // --passWithNoTests: a project with no test files yet (e2e, early on) is zero tests, not a crash.
  const args = ['run', ...projectArgs, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const code = await run(binPath('vitest'), args);
  return { title, ...countVitestReport(report, code), vitest: true };
}

async function buildRendererCheck() {
  const title = 'build the renderer';
  if (!fs.existsSync(path.join(root, 'renderer', 'index.html'))) {
    heading(title);
    console.log('renderer/index.html does not exist yet: nothing to build (counted as skipped).');
    return { title, passed: 0, failed: 0, skipped: 1 };
  }
  return check(title, [[fileURLToPath(new URL('./buildRenderer.mjs', import.meta.url))]]);
}

fs.mkdirSync(reports, { recursive: true });
const results = [];
results.push(
  await check('typecheck', [
    [binPath('tsc'), '-p', 'tsconfig.json', '--noEmit'],
    [binPath('tsc'), '-p', 'tsconfig.web.json', '--noEmit'],
  ]),
);
results.push(await check('lint', [[binPath('eslint'), '.']]));
// Built before any test spawns `timelock`: a stale bundle is rebuilt by bin/timelock.js with a line on stderr, which
// several commands started at once would each print (and each build).
results.push(await check('build the command line', [[fileURLToPath(new URL('./buildCli.mjs', import.meta.url))]]));
results.push(await vitest('unit and component tests (vitest: node, renderer)', ['node', 'renderer'], 'vitest-unit.json'));
results.push(await buildRendererCheck());
results.push(await vitest('end-to-end tests (vitest: e2e)', ['e2e'], 'vitest-e2e.json'));

heading('summary');
for (const r of results) console.log(`  ${r.title.padEnd(52)} ${totalsLine(r)}`);
const totals = addCounts(results);
const testsRan = results.filter((r) => r.vitest).reduce((n, r) => n + r.passed + r.failed, 0);
if (testsRan === 0) console.log('\nNo vitest test ran at all: that is a failure too.');
console.log(`\n${totalsLine(totals)}`);
process.exit(totals.failed > 0 || testsRan === 0 ? 1 : 0);
