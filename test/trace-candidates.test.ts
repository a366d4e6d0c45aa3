import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {CorpusIndex, indexFiles, seedsOf, wordSpans} from '../src/corpus/index.js'
import {candidates} from '../src/corpus/trace/candidates.js'
import {paragraphs} from '../src/tree/access.js'
import {documents, parseDocument, root, type DocumentName} from './helpers.js'

let index: CorpusIndex
const names = Object.keys(documents) as DocumentName[]

beforeAll(async () => {
  const built = await indexFiles(names.map((name) => path.join(root, documents[name])))
  expect(built.failures).toEqual([])
  index = built.index
})

/** Every posting counted: texts by shared seeds, most first, ties in id order, the first `limit`. */
function countEverything(seeds: Uint32Array, limit: number): {ranked: number[]; pruned: boolean} {
  const votes = new Map<number, number>()
  const lists = [...new Set(seeds)].map((seed) => index.postings(seed)).sort((a, b) => a.length - b.length)
  // Whether the ranking may stop counting new texts early: the `limit`-th count so far beats the seeds left.
  let pruned = false
  lists.forEach((ids, taken) => {
    const counts = [...votes.values()].sort((a, b) => b - a)
    if ((counts[limit - 1] ?? 0) > lists.length - taken) pruned = true
    for (const id of ids) votes.set(id, (votes.get(id) ?? 0) + 1)
  })
  const ranked = [...votes]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id)
  return {ranked, pruned}
}

describe('candidates', () => {
  it('ranks the same texts in the same order as counting every posting, though it stops counting the commonest seeds', () => {
    let queries = 0
    let prunedQueries = 0
    // Every paragraph of the seeds and fixtures, looked up in an index of all of them (itself included).
    for (const name of names) {
      const tree = parseDocument(name)
      for (const paragraph of paragraphs(tree)) {
        const query = wordSpans(paragraph.text, tree.lang)
        if (query.words.length < 3) continue
        const seeds = seedsOf(query.words)
        for (const limit of [1, 3, 24, 32, 480]) {
          const expected = countEverything(seeds, limit)
          expect(candidates(index, query, seeds, limit)).toEqual(expected.ranked)
          queries++
          if (expected.pruned) prunedQueries++
        }
      }
    }
    expect(queries).toBeGreaterThan(1000)
    // Most rankings take the shortcut, so the comparison above is a test of it.
    expect(prunedQueries).toBeGreaterThan(queries / 2)
  })
})
