// Issue 15: shape fuzzing. Resolutions with long runs of one markup character (built by
// bench/hostile-shapes.js) go through parse, lint, diff, history and align; every command
// must finish within a fixed budget per kB, and doubling a run must not much more than double
// the time. `npm run bench -- hostile` runs the same with larger counts.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Chalk} from 'chalk'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignResolutions, renderAlignTerminal} from '../src/bilingual/index.js'
import {diffResolutions, renderDiffMarkdown, renderDiffTerminal, traceHistory} from '../src/diff/index.js'
import {formatStylish, lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {
  budget,
  commands,
  insertRun,
  places,
  runCommand,
  runOf,
  runUnits,
  seconds,
  shapedResolution,
} from '../bench/hostile-shapes.js'
import {fuzzContext, mutationCase, realTexts, runMutation} from '../bench/hostile-mutations.js'
import {root} from './helpers.js'

const lib = {
  parseResolution,
  lintResolution,
  diffResolutions,
  renderDiffTerminal,
  renderDiffMarkdown,
  traceHistory,
  alignResolutions,
  formatStylish,
  renderAlignTerminal,
  plain: new Chalk({level: 0}),
}
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

const realFiles = [
  'seeds/cop-6-2.en.txt',
  'seeds/cop-6-2.zh.txt',
  'seeds/cop-8-3.en.md',
  'fixtures/ga-78-17.en.txt',
  'fixtures/handmade/ga-80-12.zh.txt',
  'fixtures/field/sc-2250-2015.en.txt',
]
const bases = realFiles.map((name) => ({name, text: read(name)}))
const reference = {en: parseResolution(read('seeds/cop-6-2.en.txt')), zh: parseResolution(read('seeds/cop-6-2.zh.txt'))}

// Small texts, so the run and not the resolution around it is what takes the time.
const smallEn =
  'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to continue its work;\n\n2. Requests the Secretary-General to report to it.\n'
const smallZh = '大会，\n\n回顾其2015年9月25日第70/1号决议，\n\n1. 决定继续开展工作；\n\n2. 请秘书长向大会报告。\n'
const small = {en: parseResolution(smallEn), zh: parseResolution(smallZh)}

function withinBudget(text: string, shape: string): void {
  for (const command of commands) {
    const taken = seconds(() => runCommand(lib, reference, command, text))
    const allowed = budget(Buffer.byteLength(text))
    expect(
      taken,
      `${command} on ${shape}: ${taken.toFixed(2)} s for ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB, budget ${allowed.toFixed(2)} s`,
    ).toBeLessThan(allowed)
  }
}

describe('shaped resolutions', () => {
  it('every command finishes within the budget on real resolutions with runs put in', () => {
    fc.assert(
      fc.property(shapedResolution(bases, 4000), ({text, shape, base}) => {
        withinBudget(text, `${base} with ${shape}`)
      }),
      {numRuns: 8, seed: Number(process.env['RESDIFF_FUZZ_SEED'] ?? 15)},
    )
  })

  it('doubling a run at most about doubles the time of each command', () => {
    // Every unit, at one place (turning through the list), in English and for every other unit
    // in Chinese; history is two diffs, so it is left to the bench, which does every place.
    const length = 8_000
    const slow: string[] = []
    runUnits.forEach((unit, index) => {
      const place = places[index % places.length]!
      for (const [lang, base] of [
        ['en', smallEn],
        ['zh', smallZh],
      ] as const) {
        if (lang === 'zh' && index % 2 === 1) continue
        const single = insertRun(base, runOf(unit, length), place, 1)
        const double = insertRun(base, runOf(unit, 2 * length), place, 1)
        for (const command of ['parse', 'lint', 'diff', 'align'] as const) {
          const once = seconds(() => runCommand(lib, small, command, single), 2)
          const twice = seconds(() => runCommand(lib, small, command, double), 2)
          // Linear is 2×, quadratic 4×: 3× plus 50 ms for timer noise and garbage collection.
          const grows = (a: number, b: number): boolean => b > 3 * a + 0.05
          if (twice > budget(Buffer.byteLength(double))) {
            slow.push(
              `${command}: ${JSON.stringify(unit)} at ${place} (${lang}): ${twice.toFixed(3)} s for ${2 * length} characters`,
            )
          } else if (grows(once, twice)) {
            // Other processes on the machine can slow one measurement: confirm with a third size.
            const four = insertRun(base, runOf(unit, 4 * length), place, 1)
            const again = seconds(() => runCommand(lib, small, command, double), 3)
            const fourTimes = seconds(() => runCommand(lib, small, command, four), 3)
            if (grows(Math.min(once, again), again) && grows(again, fourTimes)) {
              slow.push(
                `${command}: ${JSON.stringify(unit)} at ${place} (${lang}): ${once.toFixed(3)} s → ${again.toFixed(3)} s → ${fourTimes.toFixed(3)} s`,
              )
            }
          }
        }
      }
    })
    expect(slow).toEqual([])
  })
})

describe('mutations of the real texts', () => {
  it('neither hang nor crash parse, lint, diff or align (the bench runs 100,000 of them)', () => {
    const texts = realTexts(root)
    const context = fuzzContext(lib, texts)
    const seed = Number(process.env['RESDIFF_FUZZ_SEED'] ?? 15)
    for (let index = 0; index < 24; index++) {
      const {base, text} = mutationCase(texts, seed, index)
      const taken = runMutation(context, base, text)
      for (const [command, time] of Object.entries(taken)) {
        expect(time, `${command} on case ${index} (${base.name}): ${time.toFixed(2)} s`).toBeLessThan(
          budget(Buffer.byteLength(text)),
        )
      }
    }
  })
})
