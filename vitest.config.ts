import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

// CI asks for a JSON report too (RESDIFF_VITEST_JSON=path), to print the plain summary line.
const json = process.env['RESDIFF_VITEST_JSON']
// `npm run test:integration` (and .ci/run) sets it: the checks that install things (the
// docs/ci.md recipe packs resdiff and installs it with npm) run there, not in `npm test`.
const integration = process.env['RESDIFF_INTEGRATION'] === '1'

export default defineConfig({
  test: {
    include: integration ? ['test/integration/**/*.test.ts'] : ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: integration ? [] : ['test/integration/**', '**/node_modules/**'],
    // Many tests wait on a child process (the real CLI, the browser), so one worker per core
    // (vitest's default leaves one core free) keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Worker threads start faster than forked processes: 143 s instead of 173 s for the suite here.
    pool: 'threads',
    // Test files share their worker's modules instead of importing resdiff afresh per file (the
    // imports were about a third of the suite's CPU time). A test file must therefore leave no
    // state behind: runCli restores what it sets, no test assigns process.env or mocks a module.
    isolate: false,
    testTimeout: 60_000,
    reporters: json ? ['default', ['json', {outputFile: json}]] : ['default'],
  },
})
