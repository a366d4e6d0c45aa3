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

/** Each word of some texts, in lower case, and where it first occurs: text index, start, end. */
export interface FirstPlaces {
  words: string[]
  places: number[]
}

/**
 * How often each lowercase word occurs in a set of texts. With `firsts`, each word is written
 * there once, with the place of its first occurrence.
 */
export function wordCounts(texts: Iterable<string>, firsts?: FirstPlaces): Map<string, number> {
  const counts = new Map<string, number>()
  let index = -1
  for (const written of texts) {
    index++
    // Lower-cased once (native) rather than word by word; where that changes the length
    // (`İ` becomes two units), word by word, so places stay the text's own.
    const lower = written.toLowerCase()
    const text = lower.length === written.length ? lower : written
    const fold = text !== lower
    // Runs of letters (`\p{L}+`), scanned by hand: ASCII letters by their codes, any other
    // character by the letter test (one character at a time, surrogate pairs whole).
    let start = -1
    let at = 0
    while (at <= text.length) {
      const code = at < text.length ? text.charCodeAt(at) : 0
      let width = 1
      let letter: boolean
      if (code < 128) letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      else {
        const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0
        width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
        letter = isLetter(text.slice(at, at + width))
      }
      if (letter) {
        if (start < 0) start = at
      } else if (start >= 0) {
        const word = fold ? text.slice(start, at).toLowerCase() : text.slice(start, at)
        const count = counts.get(word)
        if (count === undefined && firsts) {
          firsts.words.push(word)
          firsts.places.push(index, start, at)
        }
        counts.set(word, (count ?? 0) + 1)
        start = -1
      }
      at += width
    }
  }
  return counts
}

/** `token` is letters only (`/^\p{L}+$/u`). */
function lettersOnly(token: string): boolean {
  if (token === '') return false
  for (let at = 0; at < token.length; at++) {
    const code = token.charCodeAt(at)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) continue
    return code >= 128 && /^\p{L}+$/u.test(token)
  }
  return true
}

const trailingMarks = new Set([',', ';', ':', '.', ')', '\u201d', '\u2019'])

/** The lower-case letters that open `token` when only closing marks follow them (`/^(\p{Ll}+)[,;:.)”’]*$/u`). */
function lowercaseHead(token: string): string | undefined {
  let end = 0
  while (end < token.length) {
    const code = token.charCodeAt(end)
    if (code >= 97 && code <= 122) end++
    else break
  }
  if (end < token.length && token.charCodeAt(end) >= 128 && !trailingMarks.has(token.charAt(end)))
    return /^(\p{Ll}+)[,;:.)\u201d\u2019]*$/u.exec(token)?.[1]
  if (end === 0) return undefined
  for (let at = end; at < token.length; at++) if (!trailingMarks.has(token.charAt(at))) return undefined
  return token.slice(0, end)
}

/**
 * The indexes of the texts in which `mendSplitWords` may join two pieces; the others it
 * leaves as they are. A join needs a piece that is not a word, i.e. that occurs once (its
 * first occurrence is its only one), with a neighbour across one space that joined to it
 * makes a word of the document. `firsts` is what `wordCounts` pushed for these texts.
 */
export function textsToMend(
  texts: readonly string[],
  counts: ReadonlyMap<string, number>,
  firsts: FirstPlaces,
): Set<number> {
  const found = new Set<number>()
  const {words, places} = firsts
  for (let word = 0; word < words.length; word++) {
    const piece = words[word] as string
    if (counts.get(piece) !== 1 || commonWords.has(piece)) continue
    const index = places[3 * word] as number
    if (found.has(index)) continue
    const text = texts[index] as string
    const start = places[3 * word + 1] as number
    const end = places[3 * word + 2] as number
    // The piece as the left half: the letters after the space that follows it.
    if (text.charCodeAt(end) === 32) {
      const next = asciiLettersFrom(text, end + 1)
      if (next === undefined || (next !== '' && counts.has(piece + next))) found.add(index)
    }
    // The piece as the right half: the letters before the space that precedes it.
    if (text.charCodeAt(start - 1) === 32) {
      const previous = asciiLettersBefore(text, start - 1)
      if (previous === undefined || (previous !== '' && counts.has(previous + piece))) found.add(index)
    }
  }
  return found
}

/** The lower-cased ASCII letters from `from` on; undefined when another letter may follow them. */
function asciiLettersFrom(text: string, from: number): string | undefined {
  let end = from
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code >= 128) return undefined
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break
  }
  return text.slice(from, end).toLowerCase()
}

/** The lower-cased ASCII letters that end before `to`; undefined when another letter may precede them. */
function asciiLettersBefore(text: string, to: number): string | undefined {
  let start = to
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1)
    if (code >= 128) return undefined
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break
  }
  return text.slice(start, to).toLowerCase()
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
    const a = lettersOnly(left) ? left.toLowerCase() : undefined
    // The right piece may carry the punctuation that follows the word: `internation al,`.
    const b = right === undefined || a === undefined ? undefined : lowercaseHead(right)
    if (a !== undefined && b !== undefined && !(isWord(a) && isWord(b)) && (counts.get(a + b) ?? 0) >= 1) {
      out.push(left + right)
      index++
    } else out.push(left)
  }
  return out.join(' ')
}

/**
 * First parts that make a compound, not a word cut in two: `self-determination`, `non-governmental`,
 * `forty-seventh`. A line break after one of them keeps its hyphen.
 */
const compoundFirsts = new Set(
  (
    'self non co anti pre post multi inter intra sub semi mid cross follow long short well high low ' +
    'decision peace so twenty thirty forty fifty sixty seventy eighty ninety one two three four five ' +
    'six seven eight nine ten first second third full half all'
  ).split(' '),
)

/**
 * Word endings that stand for no word of their own (`ing`, `tion`, `ful`): a line-end hyphen
 * before one (`review-` / `ing`, `peace-` / `ful`) is a typesetter's, never a compound's.
 */
const suffixPieces = new Set(
  (
    'ing ings ion ions tion tions sion sions ation ations ment ments ness ity ities ty ties ful ous ' +
    'ive ives ively able ably ible ibly ance ances ence ences ancy ency ent ents ant ants ed ly al ally ' +
    'ial ical ual ular ism isms ist ists ize izes ized izing ise ised ising ure ures ary ory'
  ).split(' '),
)

/** A word ending that no word is alone (`tion`, `ing`): the second piece of a word a line-end hyphen broke. */
export function isSuffixPiece(piece: string): boolean {
  return suffixPieces.has(piece.toLowerCase())
}

/**
 * Typeset pages hyphenate words at the end of a line (`Inde-` / `pendence`, `dissemina-` /
 * `tion`). Join such a word when the document does not write it with its hyphen elsewhere,
 * and either writes it joined elsewhere, or the second piece is a word ending (`ing`), or, in a
 * document whose typesetter hyphenates, neither piece is a word of the document (nor the first
 * part of a compound). `hyphenated` counts the hyphenated forms in the paragraphs' own
 * texts (not again in their sub-items').
 */
export function lineHyphenMender(
  counts: ReadonlyMap<string, number>,
  breaks: ReadonlyMap<string, number>,
  hyphenated: ReadonlyMap<string, number>,
): (text: string) => string {
  // The pieces of the broken words are counted in `counts` too: they are not words for that.
  const inBreaks = new Map<string, number>()
  for (const [word, times] of breaks) {
    for (const piece of word.split('-')) inBreaks.set(piece, (inBreaks.get(piece) ?? 0) + times)
  }
  const isWord = (piece: string): boolean =>
    commonWords.has(piece) || (counts.get(piece) ?? 0) - (inBreaks.get(piece) ?? 0) >= 2
  const words = [...breaks.keys()]
  // Whether the typesetter hyphenates words at all: a broken word the document writes whole
  // elsewhere and nowhere else with its hyphen. Where none is, every line-end hyphen is the
  // word's own (`early-` / `detection` from a word processor that does not hyphenate).
  const hyphenates = words.some((word) => {
    const [left = '', right = ''] = word.split('-')
    if (suffixPieces.has(right)) return true
    return (counts.get(left + right) ?? 0) >= 1 && (hyphenated.get(word) ?? 0) <= (breaks.get(word) ?? 0)
  })
  return (text) => {
    const lower = text.toLowerCase()
    if (!words.some((word) => lower.includes(word))) return text
    // The second piece is looked at, not taken, so that each hyphen of `non-govern-mental` is tried.
    return text.replace(/(?<!\p{L})(\p{L}+)-(?=(\p{Ll}+)(?!\p{L}))/gu, (whole, left: string, right: string) => {
      const key = `${left}-${right}`.toLowerCase()
      const broken = breaks.get(key)
      if (broken === undefined || (hyphenated.get(key) ?? 0) > broken) return whole
      const a = left.toLowerCase()
      // `pre-` + `vent` closes up where the document writes `prevent` elsewhere; else a compound's
      // first part (`self-`, `non-`) keeps its hyphen.
      if ((counts.get(a + right) ?? 0) >= 1 || suffixPieces.has(right)) return left
      if (compoundFirsts.has(a)) return whole
      return hyphenates && !isWord(a) && !isWord(right) ? left : whole
    })
  }
}

/**
 * How often each of `words` (lowercase `word-word`) occurs in a set of texts as a whole word:
 * searched for one by one (a document has few line-end hyphens), not by scanning every word.
 */
export function hyphenatedCounts(texts: readonly string[], words: Iterable<string>): Map<string, number> {
  const lower = texts.map((text) => text.toLowerCase())
  const counts = new Map<string, number>()
  for (const word of words) {
    let count = 0
    for (const text of lower) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        if (!isLetter(text.charAt(at - 1)) && !isLetter(text.charAt(at + word.length))) count++
      }
    }
    counts.set(word, count)
  }
  return counts
}

function isLetter(character: string): boolean {
  return character !== '' && /\p{L}/u.test(character)
}
