import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffResolutions, type DiffResult} from '../src/diff/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {load, resolution} from './helpers/resolutions.js'

// Real paragraphs to build random resolutions from: the seeds' texts, so the words are real.
const pool = (() => {
  const trees = [load('seeds/cop-6-2.en.txt'), load('seeds/cop-8-3.en.md'), load('seeds/cop-10-draft-mexico.en.txt')]
  const preamble = [...new Set(trees.flatMap((tree) => preambularParagraphs(tree).map((p) => p.text)))]
  const operative = [...new Set(trees.flatMap((tree) => operativeParagraphs(tree).map((p) => p.text)))]
  return {preamble, operative}
})()

const subset = (texts: readonly string[]) =>
  fc
    .uniqueArray(fc.integer({min: 0, max: texts.length - 1}), {minLength: 1, maxLength: 12})
    .map((indices) => indices.map((index) => texts[index]!))

const randomResolution = fc
  .tuple(subset(pool.preamble), subset(pool.operative))
  .map(([preamble, operative]) => resolution(preamble, operative))

// A later version: some paragraphs dropped, some reworded (words removed), some added, some moved.
const edited = (tree: Resolution) =>
  fc
    .record({
      drop: fc.array(fc.boolean(), {minLength: 24, maxLength: 24}),
      reword: fc.array(fc.boolean(), {minLength: 24, maxLength: 24}),
      added: subset(pool.operative),
      rotate: fc.nat(11),
    })
    .map(({drop, reword, added, rotate}) => {
      const change = (texts: string[], offset: number) =>
        texts
          .filter((_, index) => !drop[(index + offset) % 24])
          .map((text, index) =>
            reword[(index + offset) % 24]
              ? text
                  .split(' ')
                  .filter((_, word) => word % 7 !== 3)
                  .join(' ')
              : text,
          )
      const preamble = change(
        preambularParagraphs(tree).map((p) => p.text),
        0,
      )
      const operative = change(
        operativeParagraphs(tree).map((p) => p.text),
        12,
      )
      const turned = [
        ...operative.slice(rotate % Math.max(1, operative.length)),
        ...operative.slice(0, rotate % Math.max(1, operative.length)),
      ]
      // Added paragraphs are new text: a copy of a kept one would make either copy an equally good partner.
      const fresh = added.filter((text) => !operativeParagraphs(tree).some((p) => p.text === text)).slice(0, 2)
      return resolution(preamble, [...turned, ...fresh])
    })

const mirrored = (result: DiffResult) => ({
  ...result.summary,
  added: result.summary.dropped,
  dropped: result.summary.added,
  merged: result.summary.split,
  split: result.summary.merged,
})

describe('diff properties', () => {
  it('diff(a, a) has only unchanged paragraphs, in place', () => {
    fc.assert(
      fc.property(randomResolution, (tree) => {
        const result = diffResolutions(tree, tree)
        return result.changes.every(
          (change) =>
            change.kind === 'unchanged' && !change.moved && !change.renumbered && change.old[0] === change.new[0],
        )
      }),
      {numRuns: 60},
    )
  })

  it('every paragraph of both versions appears exactly once', () => {
    fc.assert(
      fc.property(
        randomResolution.chain((tree) => fc.tuple(fc.constant(tree), edited(tree))),
        ([a, b]) => {
          const result = diffResolutions(a, b)
          const olds = result.changes.flatMap((change) => change.old).sort()
          const news = result.changes.flatMap((change) => change.new).sort()
          const eIds = (tree: Resolution) =>
            [...preambularParagraphs(tree), ...operativeParagraphs(tree)].map((p) => p.eId).sort()
          expect(olds).toEqual(eIds(a))
          expect(news).toEqual(eIds(b))
        },
      ),
      {numRuns: 60},
    )
  })

  it('swapping OLD and NEW swaps added with dropped and merged with split', () => {
    fc.assert(
      fc.property(
        randomResolution.chain((tree) => fc.tuple(fc.constant(tree), edited(tree))),
        ([a, b]) => {
          expect(diffResolutions(b, a).summary).toEqual(mirrored(diffResolutions(a, b)))
        },
      ),
      {numRuns: 60},
    )
  })

  it('swapping holds on the real successive versions', () => {
    const pairs = [
      ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
      ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
      ['fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
    ] as const
    for (const [oldFile, newFile] of pairs) {
      const a = load(oldFile)
      const b = load(newFile)
      expect(diffResolutions(b, a).summary).toEqual(mirrored(diffResolutions(a, b)))
    }
  })
})
