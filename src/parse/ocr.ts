import {preambularPhrasesEn} from './lexicon-en.js'

/**
 * OCR of printed pages damages letters (`The .')ecurity Council,`, `Reso]ution`); these
 * helpers recognise the few fixed lines a resolution is built on when a letter or two is
 * wrong, and nothing else.
 */

/** The bodies whose formulas are known, to know one the OCR damaged (`The .')ecurity Council,`). */
const formulaBodies = ['General Assembly', 'Security Council', 'Economic and Social Council', 'Trusteeship Council']
const formulaLetters = formulaBodies.map((body) => `the${body.toLowerCase().replace(/[^a-z]/g, '')}`)

/** Levenshtein distance of two short strings, or more than `most` once it exceeds it. */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > most) return most + 1
    previous = current
  }
  return previous[b.length]!
}

/**
 * A short line whose letters are an enacting formula's with up to two wrong (`The .')ecurity
 * Council,`): the body it names (`Security Council`), or undefined.
 */
export function damagedFormula(line: string): string | undefined {
  if (line.length > 40 || !/^T/.test(line)) return undefined
  const letters = line.toLowerCase().replace(/[^a-z]/g, '')
  const index = formulaLetters.findIndex((formula) => editDistance(letters, formula, 2) <= 2)
  return index < 0 ? undefined : formulaBodies[index]
}

/** First words of the preambular phrases, lower case without their capital: `aving` → `Having`. */
let openers: Map<string, string> | undefined

/**
 * A line whose first word is a preambular opening with its capital read by the OCR as two
 * lower-case glyphs (`rlaving noted…` for `Having noted…`): the text with the word mended,
 * or undefined. The mended text must still open with a known or well-formed phrase (see
 * the caller), so a real word that merely rhymes (`leaving aside`) is not mended.
 */
export function mendedCapital(text: string): string | undefined {
  const match = /^\p{Ll}{2}(\p{Ll}{3,})(?=[\s,])/u.exec(text)
  if (!match) return undefined
  openers ??= new Map(
    preambularPhrasesEn.map((phrase) => phrase.split(' ')[0]!).map((word) => [word.slice(1).toLowerCase(), word]),
  )
  const word = openers.get(match[1]!)
  return word === undefined ? undefined : `${word}${text.slice(match[0].length)}`
}
