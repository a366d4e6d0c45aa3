// The word diff's edit script (src/diff/edit-script.ts) must be the one jsdiff 9 gives for the
// same tokens, run for run: the reference is the library itself (a dev dependency), on random
// sequences over small alphabets (many equal tokens, many ties) and on every pair of paragraphs
// of real texts that a diff compares.
import {Diff, diffWordsWithSpace} from 'diff'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {diffTokens, editScript} from '../src/diff/edit-script.js'
import {wordTokens} from '../src/diff/words.js'
import {parseDocument, type DocumentName} from './helpers.js'

const characters = new Diff<string, string>()

/** jsdiff's runs, reduced to what resdiff reads of them. */
function reference(
  changes: Array<{value: string; added?: boolean; removed?: boolean}> | undefined,
): Array<{value: string; added: boolean; removed: boolean}> | undefined {
  return changes?.map((change) => ({
    value: change.value,
    added: Boolean(change.added),
    removed: Boolean(change.removed),
  }))
}

describe('the edit script', () => {
  it('is the one jsdiff gives for random texts over small alphabets, within and past the edit limit', () => {
    fc.assert(
      fc.property(
        fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 40}),
        fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 40}),
        fc.integer({min: 0, max: 90}),
        (oldText, newText, limit) => {
          expect(diffTokens(Array.from(oldText), Array.from(newText), limit)).toEqual(
            reference(characters.diff(oldText, newText, {maxEditLength: limit})),
          )
        },
      ),
      {numRuns: 3000},
    )
  })

  it('keeps two equal texts as one run and gives nothing for two empty ones', () => {
    expect(editScript([1, 2, 3], [1, 2, 3], 10)).toEqual([{count: 3, added: false, removed: false}])
    expect(editScript([], [], 10)).toEqual([])
    expect(editScript([1, 2], [3, 4], 3)).toBeUndefined()
  })

  it('is the one jsdiff gives between every paragraph of one real text and every paragraph of another', () => {
    const pairs: Array<[DocumentName, DocumentName]> = [
      ['cop62en', 'cop83'],
      ['cop83', 'cop10draft'],
      ['ga7817', 'ga7916'],
    ]
    let compared = 0
    for (const [older, newer] of pairs) {
      const texts = (name: DocumentName): string[] => {
        const tree = parseDocument(name)
        return [...preambularParagraphs(tree), ...operativeParagraphs(tree)].map((paragraph) => paragraph.text)
      }
      const olds = texts(older)
      const news = texts(newer)
      for (const [index, oldText] of olds.entries()) {
        // Each old paragraph against the new one at its place and two on either side.
        for (const newText of news.slice(Math.max(0, index - 2), index + 3)) {
          expect(diffTokens(wordTokens(oldText, 'en'), wordTokens(newText, 'en'), 1500)).toEqual(
            reference(diffWordsWithSpace(oldText, newText, {maxEditLength: 1500})),
          )
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(450)
  })
})
