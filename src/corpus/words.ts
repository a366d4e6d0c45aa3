import {chineseWords} from '../diff/tokens.js'
import type {Lang} from '../tree/types.js'

/**
 * The words of a paragraph with where each stands in the text, so a passage found by its
 * words can be cut out of the text exactly. Words are what `diff` compares: NFKC, lower
 * case, letters and digits (resolution numbers such as `5/4` kept whole, hyphens and
 * apostrophes splitting); Chinese is segmented with `Intl.Segmenter`.
 */
export interface WordSpans {
  words: string[]
  /** Character offset where each word starts in the text. */
  starts: number[]
  /** Character offset just past each word. */
  ends: number[]
}

// The same class of word as the diff's similarity: letters, marks and digits, with `5/4`, `1.5` whole.
const englishWord = /[\p{L}\p{M}\p{N}]+(?:[/.]\p{N}+)*/gu

export function wordSpans(text: string, lang: Lang): WordSpans {
  const words: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const push = (word: string, start: number): void => {
    words.push(word.normalize('NFKC').toLowerCase())
    starts.push(start)
    ends.push(start + word.length)
  }
  if (lang === 'zh') {
    for (const segment of chineseWords().segment(text)) {
      if (!segment.isWordLike) continue
      // Latin words inside Chinese text (symbols, names) are split as in English.
      for (const latin of segment.segment.matchAll(englishWord)) push(latin[0], segment.index + latin.index)
    }
  } else if (!nonAscii.test(text)) asciiWords(text, words, starts, ends)
  else {
    for (const match of text.matchAll(englishWord)) push(match[0], match.index)
  }
  return {words, starts, ends}
}

const nonAscii = /[^\x00-\x7f]/

/** `englishWord` over ASCII text, read by hand (a trace cuts thousands of texts into words): the same words. */
function asciiWords(text: string, words: string[], starts: number[], ends: number[]): void {
  const length = text.length
  let at = 0
  while (at < length) {
    if (!isAlphanumeric(text.charCodeAt(at))) {
      at++
      continue
    }
    const start = at
    while (at < length && isAlphanumeric(text.charCodeAt(at))) at++
    // `5/4`, `1.5`: a slash or point and digits continue the word, as often as they follow.
    for (;;) {
      const mark = text.charCodeAt(at)
      if ((mark !== 0x2f && mark !== 0x2e) || !isDigit(text.charCodeAt(at + 1))) break
      at += 2
      while (at < length && isDigit(text.charCodeAt(at))) at++
    }
    // ASCII is its own NFKC form.
    words.push(text.slice(start, at).toLowerCase())
    starts.push(start)
    ends.push(at)
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Words per seed: three keep a clause's wording specific without needing long exact runs. */
export const seedSize = 3

/** 32-bit FNV-1a over the seed's words: cheap, and the same on every machine and run. */
export function hashWords(words: readonly string[], from: number, count: number): number {
  let hash = 0x811c9dc5
  for (let word = from; word < from + count; word++) {
    const text = words[word]!
    if (word > from) hash = Math.imul(hash ^ 0x20, 0x01000193)
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  return hash >>> 0
}

/**
 * The seeds of a word sequence, one per position: the hash of the `seedSize` words starting
 * there. A sequence shorter than a seed is one seed of all its words, so a short passage
 * still has something to look up.
 */
export function seedsOf(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0)
  if (words.length <= seedSize) return Uint32Array.of(hashWords(words, 0, words.length))
  const seeds = new Uint32Array(words.length - seedSize + 1)
  for (let index = 0; index < seeds.length; index++) seeds[index] = hashWords(words, index, seedSize)
  return seeds
}

/** The distinct seeds of a text, ascending: what the index posts. */
export function distinctSeeds(text: string, lang: Lang): Uint32Array {
  return Uint32Array.from(new Set(seedsOf(wordSpans(text, lang).words))).sort()
}

/** The distinct seeds a text posts to: every word 3-gram, or the whole text when it is shorter. */
export function seedSetOf(words: readonly string[]): Set<number> {
  const seeds = new Set<number>()
  if (words.length <= seedSize) seeds.add(hashWords(words, 0, words.length))
  else for (let index = 0; index + seedSize <= words.length; index++) seeds.add(hashWords(words, index, seedSize))
  return seeds
}
