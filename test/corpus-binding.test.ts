// better-sqlite3 is a native module. When its build is missing (npm 12 blocks dependency
// install scripts unless allowed) or was made for another Node, opening an index must say so
// in one sentence. The real library is asked to load a binding that is not there.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {IndexError, sqlite} from '../src/corpus/store/format.js'

describe('an index when the SQLite module has no native build', () => {
  it('is refused with one sentence saying how to reinstall', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-binding-'))
    const missing = path.join(folder, 'better_sqlite3.node')
    expect(() => sqlite(':memory:', {nativeBinding: missing})).toThrow(IndexError)
    expect(() => sqlite(':memory:', {nativeBinding: missing})).toThrow(/--allow-scripts=better-sqlite3/)
  })

  it('is refused the same way when the binding is not a loadable library (built for another system)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-binding-'))
    const broken = path.join(folder, 'better_sqlite3.node')
    writeFileSync(broken, 'not a shared library')
    expect(() => sqlite(':memory:', {nativeBinding: broken})).toThrow(/no working native build/)
  })

  it('opens normally with the build npm made', () => {
    const db = sqlite(':memory:')
    expect(db.prepare('SELECT 1 + 1 AS two').get()).toEqual({two: 2})
    db.close()
  })
})
