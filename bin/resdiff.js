#!/usr/bin/env node
// CommonJS (bin/package.json): a CommonJS entry starts without Node's ES module loader, which a
// diff of two resolutions otherwise pays for (some 10 ms of a 250 ms run, docs/benchmarks.md).
const {existsSync} = require('node:fs')
const {enableCompileCache} = require('node:module')
const {join} = require('node:path')

// Node 22.1 and later keep compiled code between runs; Node 20 has no such cache and skips this.
enableCompileCache?.()

// The bundled CLI (scripts/bundle.js, made by `npm run build`) starts several times faster than the
// six hundred modules it is made of; the unbundled dist/ is the same code.
const bundled = join(__dirname, '../dist/cli/bundle/resdiff.cjs')
const loaded = existsSync(bundled)
  ? Promise.resolve(require('./load-bundle.js').loadBundle(bundled).exports)
  : import('../dist/cli/program.js')

// `resdiff … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

loaded
  .then(({main}) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
    // Once the output is out, end: nothing is left to do, and letting the event loop drain only
    // waits for V8 to finish garbage collection no one needs (some 10 ms of a diff's 220). A
    // write of nothing calls back after the writes before it (pipes are asynchronous on macOS).
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
  })
