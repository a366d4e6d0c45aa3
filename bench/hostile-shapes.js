// Hostile shapes (issue 15): resolutions with long runs of one markup character, built from
// real texts. Shared by test/hostile-shapes.test.ts (which passes the library from src/) and
// bench/hostile.bench.js (which passes dist/). Random noise and mutated seeds rarely make a
// long run of `*`; these arbitraries make nothing else.
import fc from 'fast-check'

/** What a run is made of: markup, markers, numbering, brackets, spaces, full-width punctuation. */
export const runUnits = [
  '*',
  '_',
  '*_',
  '**',
  '<sup>',
  '<sup>1</sup>',
  '¹²³',
  '²',
  '(a) ',
  '(',
  '[',
  '【',
  '1/',
  '7',
  '12 ',
  '.',
  ',',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '，',
  '；',
  '：',
  '（',
  '。',
  '\u2028',
  '\u001b[',
  '-',
  '/',
]

/** Short resolutions, so the run and not the text around it is what takes the time. */
export const smallEn =
  'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to continue its work;\n\n2. Requests the Secretary-General to report to it.\n'
export const smallZh =
  '大会，\n\n回顾其2015年9月25日第70/1号决议，\n\n1. 决定继续开展工作；\n\n2. 请秘书长向大会报告。\n'

/** Where a run goes: in a line, or as a paragraph of its own. */
export const places = [
  'line-start',
  'line-middle',
  'line-end',
  'paragraph-start',
  'paragraph-end',
  'own-paragraph',
  'own-line',
]

/** Insert `run` into `text` at `place`, near its `at`-th line (modulo the number of lines). */
export function insertRun(text, run, place, at) {
  const lines = text.split('\n')
  const candidates = lines.map((line, index) => index).filter((index) => lines[index].trim() !== '')
  const index = candidates[at % candidates.length] ?? 0
  const line = lines[index] ?? ''
  const middle = Math.floor(line.length / 2)
  switch (place) {
    case 'line-start':
      lines[index] = run + line
      break
    case 'line-middle':
      lines[index] = line.slice(0, middle) + run + line.slice(middle)
      break
    case 'line-end':
      lines[index] = line + run
      break
    case 'paragraph-start':
      lines[index] = run + ' ' + line
      break
    case 'paragraph-end':
      lines[index] = line + ' ' + run + '.'
      break
    case 'own-paragraph':
      lines.splice(index, 0, '', run, '')
      break
    default:
      lines.splice(index, 0, run)
  }
  return lines.join('\n')
}

/** A run of `unit` about `length` characters long. */
export function runOf(unit, length) {
  return unit.repeat(Math.max(1, Math.round(length / unit.length)))
}

/** fast-check: a real resolution with one to three runs of shaped characters put in. */
export function shapedResolution(bases, maxLength) {
  const insertion = fc.record({
    unit: fc.constantFrom(...runUnits),
    length: fc.integer({min: 1, max: maxLength}),
    place: fc.constantFrom(...places),
    at: fc.nat(),
  })
  return fc
    .record({base: fc.constantFrom(...bases), insertions: fc.array(insertion, {minLength: 1, maxLength: 3})})
    .map(({base, insertions}) => ({
      text: insertions.reduce(
        (text, {unit, length, place, at}) => insertRun(text, runOf(unit, length), place, at),
        base.text,
      ),
      shape: insertions
        .map(({unit, length, place}) => `${JSON.stringify(unit)}×${Math.round(length / unit.length)} at ${place}`)
        .join(' + '),
      base: base.name,
    }))
}

/** Mutations of a real text: a run of one character, a deleted, doubled or moved span. */
export function mutate(text, random) {
  const pick = (n) => Math.floor(random() * n)
  const at = pick(text.length + 1)
  switch (pick(5)) {
    case 0: {
      const unit = runUnits[pick(runUnits.length)]
      return text.slice(0, at) + runOf(unit, 1 + pick(400)) + text.slice(at)
    }
    case 1:
      return text.slice(0, at) + text.slice(at + pick(200))
    case 2: {
      const span = text.slice(at, at + pick(300))
      return text.slice(0, at) + span + span + text.slice(at)
    }
    case 3: {
      const character = String.fromCharCode(pick(0x3100))
      return text.slice(0, at) + character.repeat(1 + pick(60)) + text.slice(at)
    }
    default: {
      const other = pick(text.length + 1)
      const span = text.slice(at, at + pick(200))
      const without = text.slice(0, at) + text.slice(at + span.length)
      return without.slice(0, other) + span + without.slice(other)
    }
  }
}

/** A small seeded generator, so a failing mutation can be replayed from its seed. */
export function seeded(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

export const commands = ['parse', 'parse-zh', 'lint', 'diff', 'history', 'align']

/** Errors that are answers (one sentence, exit 2 in the CLI), not crashes. */
export function expectedError(error) {
  return ['NoStructureError', 'LanguagePairError'].includes(error?.name)
}

/**
 * Run `command` on `text` with `lib` (parseResolution, lintResolution, diffResolutions,
 * renderDiffTerminal, renderDiffMarkdown, traceHistory, alignResolutions, plain chalk) and
 * `reference` (parsed English and Chinese texts of a real resolution).
 */
export function runCommand(lib, reference, command, text) {
  let tree
  try {
    tree = lib.parseResolution(text, command === 'parse-zh' ? {lang: 'zh'} : {})
  } catch (error) {
    if (expectedError(error)) return
    throw error
  }
  switch (command) {
    case 'lint':
      lib.lintResolution(tree, text)
      return
    case 'diff': {
      const result = lib.diffResolutions(reference.en, tree)
      lib.renderDiffTerminal(result, lib.plain, {context: true})
      lib.renderDiffMarkdown(result)
      return
    }
    case 'history':
      lib.traceHistory([reference.en, tree, reference.en])
      return
    case 'align':
      try {
        if (tree.lang === 'en') lib.alignResolutions(tree, reference.zh)
        else lib.alignResolutions(reference.en, tree)
      } catch (error) {
        if (!expectedError(error)) throw error
      }
      return
    default:
      return
  }
}

/** Seconds `fn` takes, best of `repeat` runs. */
export function seconds(fn, repeat = 1) {
  let best = Infinity
  for (let round = 0; round < repeat; round++) {
    const start = process.hrtime.bigint()
    fn()
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
  }
  return best
}

/**
 * The time budget for a command on `bytes` of input: generous for a loaded two-core machine
 * (the real resolutions take 2–20 ms per kB), far below what a quadratic pattern needs on a
 * 40 kB line (lint took 1.1 s on 16k `*` and 29 s on 128k).
 */
export function budget(bytes) {
  return 1 + (60 / 1000) * (bytes / 1024)
}

/** Median of the values. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * Seconds each of `fns` takes, measured round-robin (`rounds` times each, one after the other,
 * so a burst of load from other processes falls on all of them alike), the best of the rounds:
 * what other processes and collections add to a run (the time it waits for a core, a pause)
 * only ever adds, so the best is the run's own cost.
 */
export function interleaved(fns, rounds) {
  const times = fns.map(() => [])
  for (let round = 0; round < rounds; round++) fns.forEach((fn, at) => times[at].push(seconds(fn)))
  return times.map((list) => Math.min(...list))
}

/**
 * How much slower this machine is now than an unloaded one, never below 1: the median of three
 * parses of a real 23 kB resolution (seeds/cop-8-3.en.md) against the 10 ms it takes on an idle
 * core of the project machine. Budgets are multiplied by it, so a loaded machine (the test suite
 * on both cores, other processes) does not fail a command that is merely slowed down with it.
 */
export function slowdownOf(lib, calibrationText) {
  lib.parseResolution(calibrationText)
  const taken = median([0, 1, 2].map(() => seconds(() => lib.parseResolution(calibrationText))))
  return Math.max(1, taken / 0.01)
}

/**
 * Linear is 2× for a run twice as long, quadratic 4×: more than `factor` times plus `floor`
 * seconds (timer noise and a collection on runs of a few milliseconds) is growth. The floor
 * does not scale with the load: a loaded machine slows both runs alike.
 */
export function grows(a, b, factor, floor = 0.005) {
  return b > factor * a + floor
}

/**
 * Does `run` grow faster than linearly? `single`, `double`, `four` (and `eight`) are the same
 * text with a run of n, 2n, 4n (and 8n) characters. A first look at n and 4n (interleaved, best of two): more than
 * 7× (linear is 4×, quadratic 16×), or over the budget times `slowdown`, is looked at again with
 * 2n too, interleaved, best of five. It counts as growth when n → 4n is more than 8× and
 * 2n → 4n more than 2.5× (linear 2×, quadratic 4×), each plus 10 ms: the widest span, so the
 * noise of a loaded machine weighs least; given `eight`, when 4n → 8n is more than 2.5× too, in two looks. Returns a description of the growth or the overrun,
 * or undefined.
 */
export function superlinear(run, single, double, four, slowdown, eight) {
  const [once, fourTimes] = interleaved([() => run(single), () => run(four)], 2)
  const overBudget = (time, text) => time > budget(Buffer.byteLength(text)) * slowdown
  if (!grows(once, fourTimes, 7) && !overBudget(fourTimes, four)) return undefined
  const [a, b, c] = interleaved([() => run(single), () => run(double), () => run(four)], 5)
  const ms = (time) => `${(time * 1000).toFixed(0)} ms`
  if (overBudget(c, four)) return `${ms(c)} for ${four.length} characters (budget ×${slowdown.toFixed(1)})`
  if (!grows(a, c, 8, 0.01) || !grows(b, c, 2.5, 0.01)) return undefined
  if (eight === undefined) return `${ms(a)} → ${ms(b)} → ${ms(c)}`
  // Growth goes on at twice the size again (quadratic 4×): on a loaded machine a pause (a full
  // collection waiting on starved marking threads) can land on every run of one size, and does
  // not grow with the text.
  // Looked at twice, best of five each time: real growth shows every time, while on a machine
  // loaded several times over its cores (a 5 ms run preempted for 20 ms) a slow run of one size
  // seldom comes back in a second look.
  const confirmed = () => {
    const [again, d] = interleaved([() => run(four), () => run(eight)], 5)
    return grows(again, d, 2.5, 0.01) ? `${ms(a)} → ${ms(b)} → ${ms(again)} → ${ms(d)}` : undefined
  }
  return confirmed() && confirmed()
}
