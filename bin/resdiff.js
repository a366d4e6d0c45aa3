#!/usr/bin/env node
import {existsSync} from 'node:fs'
import module from 'node:module'
import {fileURLToPath} from 'node:url'

// Node 22.1 and later keep compiled code between runs; Node 20 has no such cache and skips this.
module.enableCompileCache?.()

// The bundled CLI (scripts/bundle.js, made by `npm run build`) starts several times faster than the
// six hundred modules it is made of; the unbundled dist/ is the same code.
const bundled = fileURLToPath(new URL('../dist/cli/bundle/resdiff.cjs', import.meta.url))
const {main} = existsSync(bundled)
  ? (await import('./load-bundle.js')).loadBundle(bundled).exports
  : await import('../dist/cli/program.js')

// `resdiff … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const code = await main(process.argv.slice(2))
process.exitCode = code
