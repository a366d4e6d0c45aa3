import {describe, expect, it} from 'vitest'
import {formatNumber} from '../src/read/docx-numbering.js'
import {romanNumeral} from '../src/read/list-numbers.js'

describe('list numbers the readers draw', () => {
  it('writes Roman numerals from 1 to 3999 and any other number in digits', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994, 3999].map(romanNumeral)).toEqual([
      'i',
      'iv',
      'ix',
      'xiv',
      'xl',
      'xc',
      'cd',
      'mcmxciv',
      'mmmcmxcix',
    ])
    expect([0, -3, 4000, 2.5].map(romanNumeral)).toEqual(['0', '-3', '4000', '2.5'])
  })

  it("draws Word's formats, and a start a damaged or hostile file sets past any list in digits, at once", () => {
    expect(formatNumber(3, 'lowerLetter')).toBe('c')
    expect(formatNumber(27, 'lowerLetter')).toBe('aa')
    expect(formatNumber(4, 'upperRoman')).toBe('IV')
    // `w:start w:val="99999999999"`: a numeral of a hundred million m's, or a letter repeated
    // four billion times, would hang the reader or exhaust its memory.
    expect(formatNumber(99_999_999_999, 'lowerRoman')).toBe('99999999999')
    expect(formatNumber(99_999_999_999, 'lowerLetter')).toBe('99999999999')
  })
})
