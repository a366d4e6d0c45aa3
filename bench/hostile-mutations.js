// The mutation fuzz of issue 15, shared by bench/hostile-mutations.bench.js (its workers) and
// test/hostile-shapes.test.ts: every real text of the repository, mutated three times (a run
// of one character, a deleted, doubled or moved span), through parse, lint, diff and align.
// Case `index` of seed `seed` is always the same text, so a hang or a crash found in a run of
// 100,000 is replayed alone with HOSTILE_ONLY=index.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {budget, expectedError, mutate} from './hostile-shapes.js'

/** The folders whose texts are mutated: the seeds and every text fixture. */
const folders = ['seeds', 'fixtures', 'fixtures/corpus', 'fixtures/field', 'fixtures/handmade']

/** The real texts (name and text), sorted by name so case numbers stay put. */
export function realTexts(root) {
  const names = folders.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((name) => /\.(?:txt|md)$/u.test(name) && name !== 'README.md')
      .map((name) => `${folder}/${name}`),
  )
  return names.sort().map((name) => ({name, text: readFileSync(path.join(root, name), 'utf8')}))
}

/** The other language of a text, when the repository has it (`x.en.txt` ↔ `x.zh.txt`, `x.zh-hant.txt`). */
export function counterpartOf(name, names) {
  const match = /^(.*)\.(en|zh|zh-hant)\.(?:txt|md)$/u.exec(name)
  if (!match) return undefined
  const [, stem, lang] = match
  const wanted = lang === 'en' ? [`${stem}.zh.txt`, `${stem}.zh-hant.txt`] : [`${stem}.en.txt`, `${stem}.en.md`]
  return wanted.find((other) => names.includes(other))
}

/** A small generator seeded by the run's seed and the case number: each case stands alone. */
function caseRandom(seed, index) {
  let state = (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0 || 1
  const next = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
  for (let warm = 0; warm < 8; warm++) next()
  return next
}

/** Case `index` of run `seed`: which real text, and the text after three mutations. */
export function mutationCase(texts, seed, index) {
  const base = texts[index % texts.length]
  const random = caseRandom(seed, index)
  let text = base.text
  for (let step = 0; step < 3; step++) text = mutate(text, random)
  return {base, text}
}

export const fuzzCommands = ['parse', 'lint', 'diff', 'align']

/**
 * Everything the commands need once: the library (dist/ or src/, with a colourless chalk), the
 * real texts, their trees, and for each text the tree to diff against (its unmutated self) and
 * to align against (its other language, or a real seed in the other language).
 */
export function fuzzContext(lib, texts) {
  const names = texts.map((text) => text.name)
  const trees = new Map()
  for (const {name, text} of texts) {
    try {
      trees.set(name, lib.parseResolution(text))
    } catch (error) {
      if (!expectedError(error)) throw error
    }
  }
  const fallback = {en: trees.get('seeds/cop-6-2.en.txt'), zh: trees.get('seeds/cop-6-2.zh.txt')}
  return {lib, texts, trees, names, fallback}
}

/**
 * Run case `text` (mutated from `base`) through every command; `time(command, fn)` runs and
 * times each one (parse alone, then each other command on the parsed tree, the parse
 * included in its time as in the CLI). Returns the seconds per command; throws on a crash,
 * with `command` set on the error.
 */
export function runMutation(context, base, text, time = defaultTime) {
  const {lib, trees, names, fallback} = context
  const taken = {}
  let tree
  taken.parse = time('parse', () => {
    try {
      tree = lib.parseResolution(text)
    } catch (error) {
      if (!expectedError(error)) throw error
    }
  })
  if (tree === undefined) return taken
  const other = counterpartOf(base.name, names)
  const otherTree = (other && trees.get(other)) ?? (tree.lang === 'en' ? fallback.zh : fallback.en)
  const original = trees.get(base.name) ?? (tree.lang === 'en' ? fallback.en : fallback.zh)
  taken.lint =
    taken.parse +
    time('lint', () => {
      const file = lib.lintResolution(tree, text, {path: base.name})
      lib.formatStylish([file], {color: false})
    })
  taken.diff =
    taken.parse +
    time('diff', () => {
      const result = lib.diffResolutions(original, tree)
      lib.renderDiffTerminal(result, lib.plain, {context: true})
      lib.renderDiffMarkdown(result)
    })
  taken.align =
    taken.parse +
    time('align', () => {
      try {
        const result =
          tree.lang === 'en' ? lib.alignResolutions(tree, otherTree) : lib.alignResolutions(otherTree, tree)
        lib.renderAlignTerminal(result, {width: 100, colors: lib.plain, findingsOnly: false})
      } catch (error) {
        if (!expectedError(error)) throw error
      }
    })
  return taken
}

function defaultTime(command, fn) {
  const start = process.hrtime.bigint()
  try {
    fn()
  } catch (error) {
    error.command ??= command
    throw error
  }
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** The time one command may take on a text of `bytes` (1 s + 60 ms per kB). */
export const commandBudget = budget
