// Issue 15: shape fuzzing. Resolutions with long runs of one markup character (built by
// bench/hostile-shapes.js) go through parse, lint, diff, history and align; every command
// must finish within a budget per kB (times how loaded the machine is, from a calibration
// parse), and doubling a run must not much more than double the time — a measurement shown,
// in the same run and at the same sizes, to find the quadratic pattern lint had before issue
// 15. `npm run bench -- hostile` runs the same with larger counts.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
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
  slowdownOf,
  smallEn,
  smallZh,
  superlinear,
} from '../bench/hostile-shapes.js'
import {fuzzContext, mutationCase, realTexts, runMutation} from '../bench/hostile-mutations.js'
import {benchLib as lib} from './hostile-commands.js'
import {root} from './helpers.js'

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

const small = {en: parseResolution(smallEn), zh: parseResolution(smallZh)}
// A real resolution parsed to measure how loaded the machine is (budgets scale with it).
const calibration = read('seeds/cop-8-3.en.md')
/** The run of the growth property: n, 2n and, to confirm, 4n characters. */
const growthLength = 2000
const growthCommands = ['parse', 'lint', 'diff', 'align'] as const

function withinBudget(text: string, shape: string, slowdown: number): void {
  for (const command of commands) {
    const taken = seconds(() => runCommand(lib, reference, command, text))
    const allowed = budget(Buffer.byteLength(text)) * slowdown
    expect(
      taken,
      `${command} on ${shape}: ${taken.toFixed(2)} s for ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB, budget ${allowed.toFixed(2)} s`,
    ).toBeLessThan(allowed)
  }
}

describe('shaped resolutions', () => {
  it('every command finishes within the budget on real resolutions with runs put in', () => {
    // The budget (1 s + 60 ms per kB) times how loaded the machine is now (at least 1).
    const slowdown = slowdownOf(lib, calibration)
    fc.assert(
      fc.property(shapedResolution(bases, 4000), ({text, shape, base}) => {
        withinBudget(text, `${base} with ${shape}`, slowdown)
      }),
      {numRuns: 6, seed: Number(process.env['RESDIFF_FUZZ_SEED'] ?? 15)},
    )
  })

  it('doubling a run at most about doubles the time of each command (a sample of the shapes)', () => {
    // Every unit, at one place (turning through the list), in English or (every third unit)
    // Chinese, through two of the four commands (turning through them), so the property stays a
    // few seconds in npm test; test/integration/hostile-shapes-growth.test.ts measures every unit
    // at every place in both languages through every command. History is two diffs. Measured as `superlinear` says (n, 2n, then
    // 4n, interleaved), so the load of the machine falls on all sizes alike.
    const slow: string[] = []
    let slowdown = slowdownOf(lib, calibration)
    runUnits.forEach((unit, index) => {
      if (index % 6 === 5) slowdown = slowdownOf(lib, calibration)
      const place = places[index % places.length]!
      const lang = index % 3 === 2 ? 'zh' : 'en'
      const text = (length: number): string =>
        insertRun(lang === 'en' ? smallEn : smallZh, runOf(unit, length), place, 1)
      for (const command of [growthCommands[index % 4]!, growthCommands[(index + 1) % 4]!]) {
        const found = superlinear(
          (input: string) => runCommand(lib, small, command, input),
          text(growthLength),
          text(2 * growthLength),
          text(4 * growthLength),
          slowdown,
          text(8 * growthLength),
        )
        if (found) slow.push(`${command}: ${JSON.stringify(unit)} at ${place} (${lang}): ${found}`)
      }
    })
    expect(slow).toEqual([])
  })

  it('the same measurement, at the same sizes, finds the quadratic pattern lint had before issue 15', () => {
    // operative-terminal-punctuation's old trailing pattern: each start in a run of `*` scans to
    // the end of the run and back (lint took 1.1 s on 16k `*`, 29 s on 128k). If this fails, the
    // property above could not fail on such a regression either.
    const quadratic = /[\s*_]+$/u
    const text = (length: number): string => `${'*'.repeat(length)}x`
    const found = superlinear(
      (input: string) => quadratic.test(input),
      text(growthLength),
      text(2 * growthLength),
      text(4 * growthLength),
      slowdownOf(lib, calibration),
      text(8 * growthLength),
    )
    expect(found).toMatch(/→/u)
  })
})

describe('mutations of the real texts', () => {
  it('neither hang nor crash parse, lint, diff or align (the bench runs 100,000 of them)', () => {
    const texts = realTexts(root)
    const context = fuzzContext(lib, texts)
    const seed = Number(process.env['RESDIFF_FUZZ_SEED'] ?? 15)
    const slowdown = slowdownOf(lib, calibration)
    for (let index = 0; index < 16; index++) {
      const {base, text} = mutationCase(texts, seed, index)
      const taken = runMutation(context, base, text)
      for (const [command, time] of Object.entries(taken)) {
        expect(time, `${command} on case ${index} (${base.name}): ${time.toFixed(2)} s`).toBeLessThan(
          budget(Buffer.byteLength(text)) * slowdown,
        )
      }
    }
  })
})
