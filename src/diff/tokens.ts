import type {Lang} from '../tree/types.js'

// Letters and digits, keeping resolution numbers (`5/4`, `1540`) and decimals whole; hyphens and
// apostrophes split, so `decision-making`, `decision making` and `record -keeping` give the same words.
const englishWord = /[\p{L}\p{M}\p{N}]+(?:[/.]\p{N}+)*/gu

let chineseSegmenter: Intl.Segmenter | undefined

/** One shared word segmenter for Chinese: building it is costly, using it is not. */
export function chineseWords(): Intl.Segmenter {
  chineseSegmenter ??= new Intl.Segmenter('zh', {granularity: 'word'})
  return chineseSegmenter
}

/**
 * The words of a paragraph as similarity sees them: NFKC-normalised, lower-cased, without
 * punctuation or whitespace. Chinese is segmented with `Intl.Segmenter` (one paragraph at a
 * time: it grows worse than linearly on long strings).
 */
export function contentWords(text: string, lang: Lang): string[] {
  const normalised = text.normalize('NFKC').toLowerCase()
  if (lang === 'zh') {
    const words: string[] = []
    for (const segment of chineseWords().segment(normalised)) {
      if (!segment.isWordLike) continue
      // Latin words inside Chinese text (symbols, names) are split as in English.
      const latin = segment.segment.match(englishWord)
      if (latin) words.push(...latin)
    }
    return words
  }
  return normalised.match(englishWord) ?? []
}

/**
 * Word n-grams ("shingles") of a word sequence, joined with a space. A sequence shorter than
 * `n` gives itself as its only shingle, so short paragraphs still have something to match.
 */
export function shingles(words: readonly string[], n: number): string[] {
  if (words.length === 0) return []
  if (words.length <= n) return [words.join(' ')]
  const found: string[] = []
  for (let index = 0; index + n <= words.length; index++) found.push(words.slice(index, index + n).join(' '))
  return found
}
