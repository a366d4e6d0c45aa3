// Issue 15, the exhaustive growth property (`npm run test:integration`, which CI runs): every
// hostile unit at every place, in English and Chinese, through parse, lint, diff and align
// (history is two diffs), with runs of n, 2n and 4n characters, measured as
// test/hostile-shapes.test.ts measures its sample (`superlinear`: best of interleaved runs, a
// budget scaled by a calibration parse); none may grow faster than linearly or pass its budget.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../../src/parse/index.js'
import {
  insertRun,
  places,
  runCommand,
  runOf,
  runUnits,
  slowdownOf,
  smallEn,
  smallZh,
  superlinear,
} from '../../bench/hostile-shapes.js'
import {benchLib as lib} from '../hostile-commands.js'
import {root} from '../helpers.js'

const small = {en: parseResolution(smallEn), zh: parseResolution(smallZh)}
const calibration = readFileSync(path.join(root, 'seeds/cop-8-3.en.md'), 'utf8')
const length = 2000

describe('every hostile shape grows linearly', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`every unit at every place (${lang}), through parse, lint, diff and align`, () => {
      const slow: string[] = []
      let slowdown = slowdownOf(lib, calibration)
      runUnits.forEach((unit, index) => {
        if (index % 5 === 4) slowdown = slowdownOf(lib, calibration)
        for (const place of places) {
          const text = (size: number): string =>
            insertRun(lang === 'en' ? smallEn : smallZh, runOf(unit, size), place, 1)
          for (const command of ['parse', 'lint', 'diff', 'align'] as const) {
            const found = superlinear(
              (input: string) => runCommand(lib, small, command, input),
              text(length),
              text(2 * length),
              text(4 * length),
              slowdown,
              text(8 * length),
            )
            if (found) slow.push(`${command}: ${JSON.stringify(unit)} at ${place} (${lang}): ${found}`)
          }
        }
      })
      expect(slow).toEqual([])
    }, 900_000)
  }
})
