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
