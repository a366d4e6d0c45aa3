// Commands that read one resolution per file keep its tree in the parse cache (src/cli/parse-cache.ts):
// the second run reads the tree back and says the same (diff exits 1: the texts differ); a damaged entry is a miss; RESDIFF_NO_CACHE
// writes nothing; the bundle's fingerprints are the ones its dist/ code gives.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {documents, root} from './helpers.js'
import {runCli} from './helpers/cli.js'

function entries(dir: string): string[] {
  const trees = path.join(dir, 'trees')
  if (!existsSync(trees)) return []
  return readdirSync(trees).flatMap((sub) =>
    readdirSync(path.join(trees, sub)).map((name) => path.join(trees, sub, name)),
  )
}

describe('the parse cache for single files', () => {
  const diff = ['diff', path.join(root, documents.cop62en), path.join(root, documents.cop83)]

  it('keeps both trees of a diff; the second run reads them back and prints the same', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-parse-cache-'))
    const first = await runCli(diff, {env: {RESDIFF_CACHE_DIR: dir, NO_COLOR: '1'}})
    expect(first.status).toBe(1)
    expect(entries(dir)).toHaveLength(2)
    const second = await runCli(diff, {env: {RESDIFF_CACHE_DIR: dir, NO_COLOR: '1'}})
    expect(second.stdout).toBe(first.stdout)
    // 6/2 → 8/3, read from the seeds: 16 reworded, 34 added, 8 dropped, 1 split.
    expect(second.stdout).toContain('16 reworded, 34 added, 8 dropped, 0 merged, 1 split')
  })

  // A folder that cannot be made: one under a plain file (ENOTDIR), everywhere; and, where there
  // is a /proc, one there, which refuses new folders with ENOENT though it exists (Node's
  // recursive mkdir spun there forever).
  it('a cache folder that cannot be made costs only the cache, never a hang', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-parse-cache-'))
    writeFileSync(path.join(dir, 'file'), 'not a folder\n')
    const unmakeable = [path.join(dir, 'file', 'cache')]
    if (existsSync('/proc/self')) unmakeable.push('/proc/resdiff-cache')
    for (const cacheDir of unmakeable) {
      const result = spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), ...diff], {
        encoding: 'utf8',
        timeout: 30_000,
        env: {...process.env, RESDIFF_CACHE_DIR: cacheDir, NO_COLOR: '1'},
      })
      expect(result.signal, cacheDir).toBeNull()
      expect(result.status, cacheDir).toBe(1)
      expect(result.stdout).toContain('16 reworded, 34 added, 8 dropped, 0 merged, 1 split')
    }
  })

  it('takes a damaged entry for a miss and writes it again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-parse-cache-'))
    const first = await runCli(diff, {env: {RESDIFF_CACHE_DIR: dir, NO_COLOR: '1'}})
    for (const file of entries(dir)) {
      const whole = readFileSync(file, 'utf8')
      // Keeps its key line and its closing brace, loses the middle: not JSON.
      writeFileSync(file, `${whole.slice(0, whole.indexOf('\n') + 40)}}`)
    }
    const again = await runCli(diff, {env: {RESDIFF_CACHE_DIR: dir, NO_COLOR: '1'}})
    expect(again.stdout).toBe(first.stdout)
    expect(again.stderr).toBe('')
    for (const file of entries(dir))
      expect(() => JSON.parse(readFileSync(file, 'utf8').replace(/^.*\n/, ''))).not.toThrow()
  })

  it('writes nothing under RESDIFF_NO_CACHE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-parse-cache-'))
    const run = await runCli(diff, {env: {RESDIFF_CACHE_DIR: dir, RESDIFF_NO_CACHE: '1', NO_COLOR: '1'}})
    expect(run.status).toBe(1)
    expect(entries(dir)).toEqual([])
  })

  it('the bundle carries the fingerprints of the dist/ code it was built from', async () => {
    const bundle = readFileSync(path.join(root, 'dist/cli/bundle/resdiff.cjs'), 'utf8')
    const fingerprint = (await import(pathToFileURL(path.join(root, 'dist/corpus/fingerprint.js')).href)) as {
      computedFingerprints: () => {parser: string; digest: string}
    }
    const {parser, digest} = fingerprint.computedFingerprints()
    expect(bundle).toContain(`parser:"${parser}"`)
    expect(bundle).toContain(`digest:"${digest}"`)
  })
})
