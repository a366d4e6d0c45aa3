import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {mendSplitWords, textsToMend, wordCounts, type FirstPlaces} from '../src/parse/split-words.js'

describe('mending words split by PDF justification', () => {
  const counts = wordCounts([
    'the resolutions of the Council',
    'in particular and notably the threats',
    'in to the tent',
  ])
  it('joins pieces whose joined form the document uses elsewhere', () => {
    expect(mendSplitWords('recalling resoluti ons 263 and o f the Council', counts)).toBe(
      'recalling resolutions 263 and of the Council',
    )
    expect(mendSplitWords('the th reats, no tably a nd', counts)).toBe('the threats, notably and')
  })
  it('leaves two real words alone, and pieces whose join is unknown', () => {
    expect(mendSplitWords('in to the tent', counts)).toBe('in to the tent')
    expect(mendSplitWords('the Resoluti Ons', counts)).toBe('the Resoluti Ons')
    expect(mendSplitWords('xy zw', counts)).toBe('xy zw')
  })
})

describe('the hand scans of split-words read as the patterns they replace', () => {
  // wordCounts counted `/\p{L}+/gu` and mendSplitWords read its pieces with `/^\p{L}+$/u` and
  // `/^(\p{Ll}+)[,;:.)”’]*$/u`; the scans take ASCII by code and the rest by those tests.
  const patternCounts = (texts: string[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const text of texts)
      for (const [word] of text.matchAll(/\p{L}+/gu))
        counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1)
    return counts
  }
  const common = new Set(
    'a an the of in to and or on at by for as is be it its with that this all are has not no'.split(' '),
  )
  const patternMend = (text: string, counts: ReadonlyMap<string, number>): string => {
    const isWord = (piece: string): boolean => common.has(piece) || (counts.get(piece) ?? 0) >= 2
    const tokens = text.split(' ')
    const out: string[] = []
    for (let index = 0; index < tokens.length; index++) {
      const left = tokens[index]!
      const right = tokens[index + 1]
      const a = /^\p{L}+$/u.exec(left)?.[0].toLowerCase()
      const b = right === undefined ? undefined : /^(\p{Ll}+)[,;:.)”’]*$/u.exec(right)?.[1]
      if (a !== undefined && b !== undefined && !(isWord(a) && isWord(b)) && (counts.get(a + b) ?? 0) >= 1) {
        out.push(left + right)
        index++
      } else out.push(left)
    }
    return out.join(' ')
  }
  const sorted = (counts: Map<string, number>): Array<[string, number]> =>
    [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

  it('on texts of letters, accents, astral letters, lone surrogates, digits and marks', () => {
    const unit = fc.constantFrom(
      'a',
      'b',
      'ab',
      'A',
      'é',
      'É',
      'ß',
      'ǅ',
      '𝐀',
      '\ud835',
      '\udc00',
      '1',
      ' ',
      ',',
      '.',
      '”',
      '’',
      ')',
      '-',
      '中',
    )
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 24}), (units) => {
        const text = units.join('')
        expect(sorted(wordCounts([text]))).toEqual(sorted(patternCounts([text])))
        const counts = patternCounts([text, 'ab abba ba ab'])
        expect(mendSplitWords(text, counts)).toBe(patternMend(text, counts))
      }),
      {numRuns: 5000},
    )
  })

  it('textsToMend passes over only texts that mendSplitWords leaves as they are', () => {
    const unit = fc.constantFrom(
      'ab',
      'a',
      'b',
      'ba',
      'abba',
      'Ab',
      'é',
      'éa',
      'ab,',
      'ba.',
      ' ',
      ' ',
      '1',
      '中',
      '𝐀',
      '-',
    )
    const paragraph = fc.array(unit, {maxLength: 16}).map((units) => units.join(''))
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 5}), (texts) => {
        const firsts: FirstPlaces = {words: [], places: []}
        const counts = wordCounts(texts, firsts)
        expect(sorted(counts)).toEqual(sorted(wordCounts(texts)))
        const chosen = textsToMend(texts, counts, firsts)
        texts.forEach((text, index) => {
          if (!chosen.has(index)) expect(mendSplitWords(text, counts)).toBe(text)
        })
      }),
      {numRuns: 5000},
    )
  })
})
