/** Words so common that a single occurrence still makes them words. */
const commonWords = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'to',
  'and',
  'or',
  'on',
  'at',
  'by',
  'for',
  'as',
  'is',
  'be',
  'it',
  'its',
  'with',
  'that',
  'this',
  'all',
  'are',
  'has',
  'not',
  'no',
])

/** How often each lowercase word occurs in a set of texts. */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      const word = match[0].toLowerCase()
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * PDF text justification splits words: `resoluti ons`, `o f`, `internation al`. Join two
 * neighbouring pieces when the joined word occurs elsewhere in the same document and at
 * least one piece is not a word there (occurs once and is not a common short word).
 */
export function mendSplitWords(text: string, counts: ReadonlyMap<string, number>): string {
  const isWord = (piece: string): boolean => commonWords.has(piece) || (counts.get(piece) ?? 0) >= 2
  const tokens = text.split(' ')
  const out: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const left = tokens[index] as string
    const right = tokens[index + 1]
    const a = /^\p{L}+$/u.exec(left)?.[0].toLowerCase()
    // The right piece may carry the punctuation that follows the word: `internation al,`.
    const b = right === undefined ? undefined : /^(\p{Ll}+)[,;:.)”’]*$/u.exec(right)?.[1]
    if (a !== undefined && b !== undefined && !(isWord(a) && isWord(b)) && (counts.get(a + b) ?? 0) >= 1) {
      out.push(left + right)
      index++
    } else out.push(left)
  }
  return out.join(' ')
}
