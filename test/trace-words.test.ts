import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {wordSpans} from '../src/corpus/index.js'
import {root} from './helpers.js'

// The definition of a word (docs/trace.md): letters, marks and digits, with `5/4` and `1.5` whole, NFKC, lower case.
const englishWord = /[\p{L}\p{M}\p{N}]+(?:[/.]\p{N}+)*/gu

function byDefinition(text: string): {words: string[]; starts: number[]; ends: number[]} {
  const spans = {words: [] as string[], starts: [] as number[], ends: [] as number[]}
  for (const match of text.matchAll(englishWord)) {
    spans.words.push(match[0].normalize('NFKC').toLowerCase())
    spans.starts.push(match.index)
    spans.ends.push(match.index + match[0].length)
  }
  return spans
}

describe('wordSpans', () => {
  it('cuts ASCII text (read by hand, for speed) into the same words as the definition, on every line of the seeds and fixtures', () => {
    const files = ['seeds', 'fixtures', 'fixtures/corpus'].flatMap((folder) =>
      readdirSync(path.join(root, folder))
        .filter((name) => /\.en\.(?:txt|md)$/.test(name))
        .map((name) => path.join(root, folder, name)),
    )
    let ascii = 0
    for (const file of files)
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        expect(wordSpans(line, 'en')).toEqual(byDefinition(line))
        if (!/[^\x00-\x7f]/.test(line)) ascii++
      }
    expect(ascii).toBeGreaterThan(1000)
    for (const edge of ['A/RES/74/60, 5/4. 1.5/ 2./ x/5.6/7.y 9..8 1/2/3.4a', 'Res. 2326 (2016)', '', '   ', '...'])
      expect(wordSpans(edge, 'en')).toEqual(byDefinition(edge))
  })
})
