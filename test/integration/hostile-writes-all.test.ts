// Issue 15, every kill moment (`npm run test:integration`, which CI runs): the cases of
// test/hostile-writes-cases.ts at all the moments of the earlier test — a report killed at
// 20, 50, 80 and 95 % of its run and three times in its write, an index build and an --add at
// 30, 60 and 90 % and in the write, of a corpus of 16 resolutions. npm test runs them at fewer.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, it} from 'vitest'
import {cacheTemporaryCleaned, indexKilled, reportKilled, useFolder} from '../hostile-writes-cases.js'

let folder = ''
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-writes-all-'))
  useFolder(folder)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('a command killed at every moment leaves no part of a file behind', () => {
  it('-o: killed at four shares of its run and three times in its write', async () => {
    await reportKilled({shares: [0.2, 0.5, 0.8, 0.95], inTheWrite: 3, tries: 12})
  }, 300_000)

  it('an index build and an --add: killed in the write and at three shares of the run', async () => {
    await indexKilled({shares: [0.3, 0.6, 0.9], inTheWrite: 1, tries: 1}, 16)
  }, 300_000)

  it('a cache entry killed in its write', async () => {
    await cacheTemporaryCleaned(24)
  }, 300_000)
})
