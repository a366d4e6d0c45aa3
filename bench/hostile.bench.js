// `npm run bench -- hostile` (issue 15): every hostile shape through every command, and a
// mutation fuzz over the real texts. Reports, per command, the slowest shape and how its time
// grows when the run doubles (2× is linear, 4× quadratic), then the mutation count and the
// slowest mutation. Sizes: HOSTILE_RUN characters per run (default 20000), HOSTILE_MUTATIONS
// mutated texts (default 2000), HOSTILE_SEED.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Chalk} from 'chalk'
import * as lib from '../dist/index.js'
import {
  budget,
  commands,
  insertRun,
  mutate,
  places,
  runCommand,
  runOf,
  runUnits,
  seconds,
  seeded,
} from './hostile-shapes.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (file) => readFileSync(path.join(root, file), 'utf8')
const library = {...lib, plain: new Chalk({level: 0})}
const length = Number(process.env.HOSTILE_RUN ?? 20_000)
const mutations = Number(process.env.HOSTILE_MUTATIONS ?? 2_000)
const seed = Number(process.env.HOSTILE_SEED ?? 15)

const smallEn =
  'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to continue its work;\n\n2. Requests the Secretary-General to report to it.\n'
const smallZh = '大会，\n\n回顾其2015年9月25日第70/1号决议，\n\n1. 决定继续开展工作；\n\n2. 请秘书长向大会报告。\n'
const small = {en: lib.parseResolution(smallEn), zh: lib.parseResolution(smallZh)}

const slowest = new Map()
const started = Date.now()
let shapes = 0
for (const unit of runUnits) {
  for (const place of places) {
    for (const [lang, base] of [
      ['en', smallEn],
      ['zh', smallZh],
    ]) {
      const single = insertRun(base, runOf(unit, length), place, 1)
      const double = insertRun(base, runOf(unit, 2 * length), place, 1)
      shapes++
      for (const command of commands) {
        const once = seconds(() => runCommand(library, small, command, single), 2)
        const twice = seconds(() => runCommand(library, small, command, double), 2)
        const best = slowest.get(command)
        if (!best || twice > best.twice)
          slowest.set(command, {shape: `${JSON.stringify(unit)} at ${place} (${lang})`, once, twice})
      }
    }
  }
}
console.log(
  `${shapes} shapes (${runUnits.length} units × ${places.length} places × en, zh), runs of ${length} and ${2 * length} characters, ${((Date.now() - started) / 1000).toFixed(0)} s`,
)
for (const command of commands) {
  const {shape, once, twice} = slowest.get(command)
  console.log(
    `  ${command.padEnd(8)} slowest: ${shape}: ${(once * 1000).toFixed(0)} ms → ${(twice * 1000).toFixed(0)} ms (×${(twice / Math.max(once, 1e-6)).toFixed(1)})`,
  )
}

const files = [
  'seeds/cop-6-2.en.txt',
  'seeds/cop-6-2.zh.txt',
  'seeds/cop-8-3.en.md',
  'seeds/cop-10-draft-mexico.en.txt',
  'fixtures/ga-74-60.en.txt',
  'fixtures/ga-75-241.en.txt',
  'fixtures/ga-78-17.en.txt',
  'fixtures/ga-79-16.en.txt',
  'fixtures/handmade/ga-80-12.zh.txt',
]
const bases = files.map((name) => ({name, text: read(name)}))
const reference = {
  en: lib.parseResolution(read('seeds/cop-6-2.en.txt')),
  zh: lib.parseResolution(read('seeds/cop-6-2.zh.txt')),
}
const random = seeded(seed)
let worst = {ratio: 0}
let failures = 0
const fuzzStart = Date.now()
for (let round = 0; round < mutations; round++) {
  const base = bases[round % bases.length]
  let text = base.text
  for (let step = 0; step < 3; step++) text = mutate(text, random)
  for (const command of commands) {
    let taken
    try {
      taken = seconds(() => runCommand(library, reference, command, text))
    } catch (error) {
      failures++
      console.log(
        `  crash: ${command} on mutation ${round} of ${base.name} (seed ${seed}): ${error?.stack?.split('\n').slice(0, 3).join(' | ')}`,
      )
      continue
    }
    const ratio = taken / budget(Buffer.byteLength(text))
    if (ratio > worst.ratio) worst = {ratio, taken, command, round, name: base.name}
    if (ratio > 1) {
      failures++
      console.log(`  over budget: ${command} on mutation ${round} of ${base.name}: ${taken.toFixed(2)} s`)
    }
  }
}
console.log(
  `${mutations} mutations × ${commands.length} commands (seed ${seed}) in ${((Date.now() - fuzzStart) / 1000).toFixed(0)} s: ${failures} hangs or crashes; ` +
    `slowest ${worst.command} on mutation ${worst.round} of ${worst.name}, ${(worst.taken * 1000).toFixed(0)} ms (${(worst.ratio * 100).toFixed(0)} % of its budget)`,
)
process.exitCode = failures ? 1 : 0
