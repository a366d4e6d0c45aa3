// Print the plain "N passed, N failed" line CI reads, from vitest's JSON reports.
// Usage: node scripts/summary.js REPORT.json [REPORT.json…] [FAILED-CHECK…]
// Arguments ending in .json are vitest reports (a missing or unreadable one counts as one
// failure); the others name checks that are not vitest tests (lint, typecheck) and failed.
import {readFileSync} from 'node:fs'

const args = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0
for (const file of args.filter((arg) => arg.endsWith('.json'))) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    // A suite that failed to load has no tests counted; count it as a failure.
    failed += (report.testResults ?? []).filter(
      (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
    ).length
  } catch {
    failed += 1
  }
}
failed += args.filter((arg) => !arg.endsWith('.json')).length
console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`)
