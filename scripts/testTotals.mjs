// How `npm test` turns each runner's outcome into counts, and the closing line CI reads: `N passed, N failed`.
import fs from 'node:fs';

/**
 * Counts from a vitest JSON report (`--reporter=json --outputFile.json=…`). A test file that failed before running
 * any test (an import error, a syntax error) counts as one failed test, and so does a run that exited non-zero with
 * no failure in the report (a crash, an unhandled error, a missing report): nothing that failed is counted as zero.
 */
export function countVitestReport(reportPath, exitCode) {
  const report = readJson(reportPath);
  if (!report) return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  const emptyFailedFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  let failed = (report.numFailedTests ?? 0) + emptyFailedFiles;
  if (failed === 0 && exitCode !== 0) failed = 1;
  return { passed, failed, skipped };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function addCounts(results) {
  return results.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

export function totalsLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
