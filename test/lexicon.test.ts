import {describe, expect, it} from 'vitest'
import {renderings} from '../src/bilingual/phrase-map.js'
import {operativePhrasesEn, preambularPhrasesEn, sequenceWordsEn} from '../src/parse/lexicon-en.js'
import {operativePhrasesZh, preambularPhrasesZh} from '../src/parse/lexicon-zh.js'

// The parser's lexicon is the one list of opening phrases; lint derives its parts from it and
// the bilingual map only pairs its entries. These checks keep the three from drifting apart.
describe('the opening-phrase lexicon', () => {
  const english = new Set([...preambularPhrasesEn, ...operativePhrasesEn].map((phrase) => phrase.toLowerCase()))
  const chinese = new Set([...preambularPhrasesZh, ...operativePhrasesZh])

  it('lists each English phrase once per part, without sequence words', () => {
    for (const list of [preambularPhrasesEn, operativePhrasesEn]) {
      expect(list.filter((phrase, index) => list.indexOf(phrase) !== index)).toEqual([])
      expect(
        list.filter((phrase) =>
          phrase
            .toLowerCase()
            .split(' ')
            .some((word) => sequenceWordsEn.has(word)),
        ),
      ).toEqual([])
    }
  })

  it('pairs only phrases the lexicon lists, in both languages', () => {
    const keys = Object.keys(renderings)
    // A key may be longer than the phrase that heads it (`looks forward to`, `decides to remain seized of the matter`).
    const headed = (key: string): boolean =>
      [...english].some((phrase) => key === phrase || key.startsWith(`${phrase} `) || `${key} of` === phrase)
    expect(keys.filter((key) => !headed(key))).toEqual([])
    expect(
      Object.values(renderings)
        .flat()
        .filter((rendering) => !chinese.has(rendering)),
    ).toEqual([])
  })
})

describe('leading phrases asked for again', () => {
  it('give the same answer each time, and an answer a caller changes does not change the next one', async () => {
    const {detectLeadingPhrase} = await import('../src/parse/leading-phrase.js')
    const text = 'Also requests the Secretary-General to report to the Assembly at its next session;'
    const first = detectLeadingPhrase(text, 'en', 'operative')!
    expect(first).toMatchObject({text: 'Also requests', base: 'Requests', modifier: 'Also', known: true})
    first.text = 'changed'
    const again = detectLeadingPhrase(text, 'en', 'operative')!
    expect(again.text).toBe('Also requests')
    expect(detectLeadingPhrase(text, 'en', 'operative', 'Also requests')).toMatchObject({emphasized: true})
    expect(detectLeadingPhrase(text, 'en', 'operative')).toMatchObject({emphasized: false})
  })
})

// Read from the documents: `Having taken particular note of paragraph one…` (the 1947 cable,
// fixtures/field/sc-draft-1947-dfat.en.md), `Reiterating its serious concern about the security
// situation…` (A/RES/77/10), `Expressing serious concern that such activities…` (WHA28, 1975).
describe('an adjective that weighs the phrase’s noun, inside a known phrase', () => {
  const phraseOf = async (file: string, start: string): Promise<unknown> => {
    const {readFileSync} = await import('node:fs')
    const {parseResolution} = await import('../src/parse/index.js')
    const {preambularParagraphs} = await import('../src/tree/access.js')
    const tree = parseResolution(readFileSync(file, 'utf8'))
    return preambularParagraphs(tree).find((paragraph) => paragraph.text.startsWith(start))?.leadingPhrase
  }
  it('is read as part of the phrase, whose base is the phrase without it', async () => {
    expect(await phraseOf('fixtures/field/sc-draft-1947-dfat.en.md', 'Having taken particular note')).toMatchObject({
      text: 'Having taken particular note',
      base: 'Having taken note',
      known: true,
    })
    expect(await phraseOf('fixtures/field/ga-77-10.en.txt', 'Reiterating its serious concern')).toMatchObject({
      text: 'Reiterating its serious concern',
      base: 'Reiterating its concern',
      known: true,
    })
    expect(await phraseOf('fixtures/field/wha-28-1975.excerpt.en.txt', 'Expressing serious concern')).toMatchObject({
      text: 'Expressing serious concern',
      base: 'Expressing concern',
      known: true,
    })
  })
})
