import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {detectLanguage} from '../src/parse/language.js'

describe('the language of a text', () => {
  it('reads an English text and a Chinese one with an English note as their languages', () => {
    expect(detectLanguage('The General Assembly,\n\nRecalling its resolution 77/38,')).toBe('en')
    expect(detectLanguage('大会，\n\n回顾其第77/38号决议，1\n\n1 See A/78/205 (Part I).')).toBe('zh')
  })

  it('answers as counting every Chinese character and Latin letter does', () => {
    // The rule: Chinese when its characters are more than half as many as the Latin letters.
    const byCount = (text: string): string => {
      const chinese = [...text].filter((char) => /[\u3400-\u9fff]/.test(char)).length
      const latin = [...text].filter((char) => /[a-z]/i.test(char)).length
      return chinese * 2 > latin ? 'zh' : 'en'
    }
    const unit = fc.constantFrom('a', 'Z', 'ab ', '决', '定', '，', ' ', '1', '.', 'é', '\n')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 60}), (units) => {
        const text = units.join('')
        expect(detectLanguage(text)).toBe(byCount(text))
      }),
      {numRuns: 3000},
    )
  })
})
