// Print the plain "N passed, N failed" line CI reads, from vitest's JSON report.
import {readFileSync} from 'node:fs'

const file = process.argv[2]
let passed = 0
let failed = 1
let skipped = 0
try {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = report.numFailedTests ?? 0
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // A suite that failed to load has no tests counted; count it as a failure.
  const brokenSuites = (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
  ).length
  failed += brokenSuites
} catch {
  console.log('0 passed, 1 failed')
  process.exit(0)
}
// Checks that are not vitest tests (the lint step of .ci/run) name themselves here when they fail.
failed += process.argv.slice(3).length
console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`)
