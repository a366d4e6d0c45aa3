import {defineConfig} from 'vitest/config'

// CI asks for a JSON report too (RESDIFF_VITEST_JSON=path), to print the plain summary line.
const json = process.env['RESDIFF_VITEST_JSON']

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: json ? ['default', ['json', {outputFile: json}]] : ['default'],
  },
})
