// `npm run bench -- hostile` (issue 15): every hostile shape through every command. Reports, per
// command, the slowest shape and how its time grows when the run doubles (2× is linear, 4×
// quadratic). HOSTILE_RUN characters per run (default 20000). The mutation fuzz is
// bench/hostile-mutations.bench.js, which `npm run bench -- hostile` runs next.
import {Chalk} from 'chalk'
import * as lib from '../dist/index.js'
import {commands, insertRun, places, runCommand, runOf, runUnits, seconds, smallEn, smallZh} from './hostile-shapes.js'

const library = {...lib, plain: new Chalk({level: 0})}
const length = Number(process.env.HOSTILE_RUN ?? 20_000)

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
