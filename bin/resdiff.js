#!/usr/bin/env node
import {existsSync} from 'node:fs'
import module from 'node:module'

// Node 22.1 and later keep compiled code between runs; Node 20 has no such cache and skips this.
module.enableCompileCache?.()

// The bundled CLI (scripts/bundle.js, made by `npm run build`) starts several times faster than the
// six hundred modules it is made of; the unbundled dist/ is the same code.
const bundled = new URL('../dist/cli/bundle/program.js', import.meta.url)
const {main} = await import(existsSync(bundled) ? bundled.href : '../dist/cli/program.js')

// `resdiff … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

const code = await main(process.argv.slice(2))
process.exitCode = code
