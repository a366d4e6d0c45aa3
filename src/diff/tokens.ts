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

/** Longest piece of text given to `Intl.Segmenter` at once. */
const segmentPiece = 256

/**
 * Chinese words and the text between them, as `Intl.Segmenter` finds them, but fed in pieces
 * of at most 256 characters, cut after a character that is not a letter or digit where the
 * piece has one in its second half: the segmenter takes time quadratic in the length of its
 * string (a 40,000-character run took 3 s; issue 15). A paragraph shorter than that is
 * segmented exactly as before.
 */
export function* chineseSegments(text: string): Generator<{segment: string; isWordLike: boolean}> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + segmentPiece)
    if (end < text.length) {
      let cut = end
      while (cut > start + segmentPiece / 2 && /[\p{L}\p{N}\p{M}]/u.test(text.charAt(cut - 1))) cut--
      if (cut > start + segmentPiece / 2) end = cut
      // Never cut between the two halves of a surrogate pair.
      const last = text.charCodeAt(end - 1)
      if (last >= 0xd800 && last <= 0xdbff) end++
    }
    for (const segment of chineseWords().segment(text.slice(start, end)))
      yield {segment: segment.segment, isWordLike: segment.isWordLike ?? false}
    start = end
  }
}

/**
 * The words of a paragraph as similarity sees them: NFKC-normalised, lower-cased, without
 * punctuation or whitespace. Chinese is segmented with `Intl.Segmenter`, in pieces (see
 * {@link chineseSegments}).
 */
export function contentWords(text: string, lang: Lang): string[] {
  const normalised = text.normalize('NFKC').toLowerCase()
  if (lang === 'zh') {
    const words: string[] = []
    for (const segment of chineseSegments(normalised)) {
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
