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
  } else {
    for (const match of text.matchAll(englishWord)) push(match[0], match.index)
  }
  return {words, starts, ends}
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
