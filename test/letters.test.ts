import {describe, expect, it} from 'vitest'
import {isAscii, isLetterChar, isLetterOrDigitChar} from '../src/parse/letters.js'

// The ASCII paths stand in for Unicode patterns to spare a fresh process their compilation: they
// must answer as the patterns do for every character.
describe('one-character tests', () => {
  it('answer as \\p{L} and [\\p{L}\\p{N}] do for every character of the Basic Multilingual Plane and beyond', () => {
    const disagreements: string[] = []
    const characters = Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code))
    characters.push('𠀋', '𝐀', '😀', '')
    for (const char of characters) {
      if (isLetterChar(char) !== /\p{L}/u.test(char)) disagreements.push(`letter ${JSON.stringify(char)}`)
      if (isLetterOrDigitChar(char) !== /[\p{L}\p{N}]/u.test(char))
        disagreements.push(`letter or digit ${JSON.stringify(char)}`)
    }
    expect(disagreements).toEqual([])
    expect(isLetterChar('é')).toBe(true)
    expect(isLetterOrDigitChar('٣')).toBe(true)
    expect(isLetterChar('7')).toBe(false)
  })

  it('tells ASCII text from text with any other character', () => {
    expect(isAscii('Decides, 2/')).toBe(true)
    expect(isAscii('')).toBe(true)
    expect(isAscii('Secretary‑General')).toBe(false)
    expect(isAscii('决定')).toBe(false)
  })
})
