// What `npm test` reports is what CI judges: a failure must never be counted as zero, and the closing line must
// be the plain `N passed, N failed` form.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCounts, countVitestReport, totalsLine } from '../../scripts/testTotals.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelock-test-totals-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function report(content: object): string {
  const target = path.join(dir, `report-${n++}.json`);
  fs.writeFileSync(target, JSON.stringify(content));
  return target;
}

const file = (status: string, tests: string[]) => ({ status, assertionResults: tests.map((s) => ({ status: s })) });

describe('counting a vitest JSON report', () => {
  it('counts passed, failed, and skipped plus todo tests', () => {
    const reportFile = report({
      numPassedTests: 5,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [file('passed', ['passed', 'passed', 'passed']), file('failed', ['passed', 'passed', 'failed'])],
    });
    expect(countVitestReport(reportFile, 1)).toEqual({ passed: 5, failed: 1, skipped: 3 });
  });

  it('counts a test file that failed before any test ran (an import error) as a failure', () => {
    const reportFile = report({ numPassedTests: 2, numFailedTests: 0, testResults: [file('passed', ['passed', 'passed']), file('failed', [])] });
    expect(countVitestReport(reportFile, 1)).toEqual({ passed: 2, failed: 1, skipped: 0 });
  });

  it('counts a run that exited non-zero with nothing failed in its report (an unhandled error) as a failure', () => {
    const reportFile = report({ numPassedTests: 3, numFailedTests: 0, testResults: [file('passed', ['passed'])] });
    expect(countVitestReport(reportFile, 1)).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it('counts a crash that wrote no report as one failure, and a clean run with no tests as nothing', () => {
    expect(countVitestReport(path.join(dir, 'missing.json'), 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(countVitestReport(path.join(dir, 'missing.json'), 0)).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});

describe('the closing line', () => {
  it('adds every runner up into the plain form CI reads, with skipped only when there are some', () => {
    const totals = addCounts([
      { passed: 1, failed: 0, skipped: 0 },
      { passed: 40, failed: 2, skipped: 0 },
    ]);
    expect(totalsLine(totals)).toBe('41 passed, 2 failed');
    expect(totalsLine({ ...totals, skipped: 3 })).toBe('41 passed, 2 failed, 3 skipped');
  });
});
