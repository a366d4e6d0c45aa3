import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

// bin/resdiff.js runs the bundle scripts/bundle.js makes (npm run build, which npm test runs
// first), with the code cache the build trained. If the cache stopped fitting the bundle, V8
// would quietly ignore it and every run would compile from scratch: only the start-up bench
// would show it. If a bundled module stopped finding what lies next to it in dist/, only the
// command that reaches it would fail.

const bundle = path.join(root, 'dist/cli/bundle/resdiff.cjs')

function node(code: string): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8'})
  expect(run.stderr).toBe('')
  return run.stdout.trim()
}

describe('the bundled CLI', () => {
  it('is built with a code cache that V8 accepts, and runs without it too', () => {
    expect(existsSync(bundle)).toBe(true)
    expect(existsSync(`${bundle}.cache`)).toBe(true)
    const load = (options: string): string =>
      node(
        `import {loadBundle} from './bin/load-bundle.js'
         const {exports, script} = loadBundle(${JSON.stringify(bundle)}, ${options})
         console.log(typeof exports.main, script.cachedDataRejected)`,
      )
    expect(load('{}')).toBe('function false')
    // Without the cache there is nothing to reject.
    expect(load('{cache: false}')).toBe('function undefined')
  })

  it('finds package.json and the worker scripts where dist/ has them', () => {
    const version = spawnSync(process.execPath, ['bin/resdiff.js', '--version'], {cwd: root, encoding: 'utf8'})
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version,
    )
    const code = readFileSync(bundle, 'utf8')
    for (const [, place] of code.matchAll(/__resdiffUrl\("([^"]+)"\)/g))
      expect(existsSync(path.join(path.dirname(bundle), place!)), place).toBe(true)
    // The parse pool's worker script, found from workers.js's own place.
    expect(code).toContain('__resdiffUrl("../../corpus/workers.js")')
    expect(existsSync(path.join(root, 'dist/corpus/parse-worker.js'))).toBe(true)
  })
})
