// The workers that run beside a trace (the stale-file check, postings read ahead) share the core
// the trace leaves: each module they import is read and compiled in their own thread first. Until
// session 10 the check's worker loaded the parser (remark, unified, the readers: some 35 modules of
// ours and the packages behind them, 70-100 ms of a core at every trace) to call two small
// functions. These cases follow each worker's static imports (type-only imports load nothing).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

/** Every module of ours a source file loads, and the packages (not `node:`) it loads. */
function loaded(file: string): {modules: string[]; packages: string[]} {
  const modules = new Set<string>()
  const packages = new Set<string>()
  const visit = (source: string): void => {
    if (modules.has(source)) return
    modules.add(source)
    const text = readFileSync(source, 'utf8')
    for (const match of text.matchAll(/^(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu)) {
      const [, , typeOnly, specifier] = match
      if (typeOnly !== undefined || specifier === undefined) continue
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(source), specifier.replace(/\.js$/u, '.ts')))
      else if (!specifier.startsWith('node:')) packages.add(specifier)
    }
  }
  visit(path.join(root, file))
  return {modules: [...modules].map((module) => path.relative(path.join(root, 'src'), module)), packages: [...packages]}
}

describe('modules a worker beside a trace loads', () => {
  it('the stale-file check loads no parser, reader or tokenizer module, and no package but SQLite', () => {
    const {modules, packages} = loaded('src/corpus/store/fresh-worker.ts')
    expect(modules).toContain('corpus/store/fresh.ts')
    expect(modules.filter((module) => /^(?:parse|diff|tree)\//u.test(module))).toEqual([])
    // The file sniffing of the corpus walk, and nothing else of the readers.
    expect(modules.filter((module) => module.startsWith('read/'))).toEqual(['read/sniff.ts'])
    expect(modules).not.toContain('corpus/store/writer.ts')
    expect(modules).not.toContain('corpus/words.ts')
    expect(packages).toEqual(['better-sqlite3'])
  })

  it('the postings read ahead load the store alone', () => {
    const {modules, packages} = loaded('src/corpus/store/prefetch-worker.ts')
    expect(modules.every((module) => module.startsWith('corpus/store/') || module === 'write-errors.ts')).toBe(true)
    expect(packages).toEqual(['better-sqlite3'])
  })
})
