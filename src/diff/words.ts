import type {Lang} from '../tree/types.js'
import {diffTokens} from './edit-script.js'
import {chineseSegments} from './tokens.js'

/** One run of a word-level diff: kept text, or text only in the old (`removed`) or new (`added`) version. */
export interface WordChange {
  value: string
  added?: boolean
  removed?: boolean
}

export interface WordDiffOptions {
  /** Report whitespace, hyphenation and quote-style differences as changes. */
  strictFormat?: boolean
}

// The tokens of jsdiff's diffWordsWithSpace (jsdiff 9): runs of word characters (Latin letters
// with their accents, digits, `_`, the soft hyphen), runs of spaces, each line break, and each
// other character alone.
const englishToken =
  /\r?\n|[\w\u{AD}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{2C6}\u{2C8}-\u{2D7}\u{2DE}-\u{2FF}\u{1E00}-\u{1EFF}]+|[^\S\n\r]+|[^\w\u{AD}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{2C6}\u{2C8}-\u{2D7}\u{2DE}-\u{2FF}\u{1E00}-\u{1EFF}]/gu

/**
 * Tokens for a word diff: English as jsdiff's diffWordsWithSpace cuts it; Chinese, which has no
 * spaces between words, as `Intl.Segmenter` does (a character diff would cut words in half).
 */
export function wordTokens(text: string, lang: Lang): string[] {
  if (lang === 'zh') return Array.from(chineseSegments(text), (segment) => segment.segment)
  return text.match(englishToken) ?? []
}

// A diff's cost grows with length times edits; a paragraph needing more edits than this is
// rewritten, not reworded, and a word diff of it would take long and read as noise.
const maxEditLength = 1500

/**
 * Word-level diff of two versions of one paragraph. Unless `strictFormat`, a change whose old
 * and new text differ only in whitespace, hyphens or quote style — PDF debris such as `i n` →
 * `in`, `decision making` → `decision-making`, `record -keeping` — is kept as unchanged text
 * (showing the new wording).
 */
export function diffParagraphWords(
  oldText: string,
  newText: string,
  lang: Lang,
  options: WordDiffOptions = {},
): WordChange[] {
  const compared = options.strictFormat || lang === 'zh' ? oldText : rejoinedAsNew(oldText, newText)
  const changes = diffTokens(wordTokens(compared, lang), wordTokens(newText, lang), maxEditLength)
  // Past the limit the two texts have little in common word by word: show one as replaced by the other.
  const runs: WordChange[] = changes
    ? changes.map(toWordChange)
    : [
        {value: oldText, removed: true},
        {value: newText, added: true},
      ]
  return joinAcrossPunctuation(coalesce(options.strictFormat ? runs : absorbFormatting(runs)))
}

const plainWord = /[\p{L}\p{N}]+/gu
const hyphen = /[\u00ad\u2010-\u2015-]/
const hyphenGap = /^[\u00ad\u2010-\u2015-]\s*$/

/**
 * The compounds of a text and its words: a compound is a run of words (letters and digits) each
 * joined to the next by one hyphen and nothing after it but spaces (`non-governmental`,
 * `Secretary- General`). One pass over the words finds both: a pattern for the compounds
 * themselves, with three Unicode classes and a look-behind, costs a fresh process some
 * milliseconds to compile, more than the whole search.
 */
export function hyphenCompounds(text: string): {compounds: string[]; words: Set<string>} {
  const compounds: string[] = []
  const words = new Set<string>()
  let start = 0
  let end = 0
  let joined = 0
  for (const match of text.matchAll(plainWord)) {
    const word = match[0]
    const at = match.index
    words.add(word)
    if (joined > 0 && hyphenGap.test(text.slice(end, at))) joined++
    else {
      if (joined > 1) compounds.push(text.slice(start, end))
      start = at
      joined = 1
    }
    end = at + word.length
  }
  if (joined > 1) compounds.push(text.slice(start, end))
  return {compounds, words}
}

/**
 * PDF text loses the hyphen at a line end (`seventyfourth`, `SecretaryGeneral`). Where the new
 * text has the compound with its hyphen, the old text is compared in that spelling, so the word
 * diff lines up around it instead of replacing the word and its neighbours.
 */
function rejoinedAsNew(oldText: string, newText: string): string {
  // Most paragraphs have no hyphen at all; and only a word the old text holds can be respelled.
  if (!hyphen.test(newText)) return oldText
  const {compounds, words: newWords} = hyphenCompounds(newText)
  const spelled = new Map<string, string>()
  for (const found of compounds) spelled.set(formatKey(found), found)
  if (!Array.from(spelled.keys()).some((key) => oldText.includes(key))) return oldText
  return oldText.replace(plainWord, (word) => (newWords.has(word) ? word : (spelled.get(word) ?? word)))
}

// A change on both sides of one or two punctuation marks is one change: `[-73/69-]{+74/60+}`
// reads better than `[-73-]{+74+}/[-69-]{+60+}`.
const joiningPunctuation = /^[^\s\p{L}\p{N}]{1,2}$/u

/** One or two marks, neither a space nor a letter or digit. ASCII is read by a pattern without Unicode classes, which a fresh process compiles at once. */
function isJoiningPunctuation(text: string): boolean {
  if (text.length > 4) return false
  if (/^[\x00-\x7f]+$/.test(text)) return /^[^\s\da-z]{1,2}$/i.test(text)
  return joiningPunctuation.test(text)
}

function joinAcrossPunctuation(runs: WordChange[]): WordChange[] {
  const result: WordChange[] = []
  let index = 0
  while (index < runs.length) {
    const run = runs[index]!
    if (!run.added && !run.removed) {
      result.push(run)
      index++
      continue
    }
    // Gather a hunk: changes, and the punctuation between changes.
    let removed = ''
    let added = ''
    let end = index
    while (end < runs.length) {
      const next = runs[end]!
      if (next.removed) removed += next.value
      else if (next.added) added += next.value
      else {
        const after = runs[end + 1]
        if (!isJoiningPunctuation(next.value) || !after || (!after.added && !after.removed)) break
        removed += next.value
        added += next.value
      }
      end++
    }
    if (end - index <= 2) result.push(...runs.slice(index, end))
    else {
      if (removed) result.push({value: removed, removed: true})
      if (added) result.push({value: added, added: true})
    }
    index = end
  }
  return result
}

/** Text compared when deciding whether a change is only formatting. */
export function formatKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00ad\u2010-\u2015\u2212-]+/gu, '')
    .replace(/[\u2018\u2019\u201b\u2032`]/gu, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/gu, '"')
}

function toWordChange(change: {value: string; added: boolean; removed: boolean}): WordChange {
  if (change.added) return {value: change.value, added: true}
  if (change.removed) return {value: change.value, removed: true}
  return {value: change.value}
}

/**
 * Group changes into hunks (runs of insertions and deletions, bridging kept runs that are only
 * whitespace or hyphens) and turn each hunk whose two sides read the same once formatting is
 * ignored into kept text.
 */
function absorbFormatting(runs: WordChange[]): WordChange[] {
  const result: WordChange[] = []
  let index = 0
  while (index < runs.length) {
    const run = runs[index]!
    if (!run.added && !run.removed) {
      result.push(run)
      index++
      continue
    }
    let end = index
    let last = index
    while (end < runs.length) {
      const next = runs[end]!
      if (next.added || next.removed) last = end
      else if (formatKey(next.value) !== '') break
      end++
    }
    const hunk = runs.slice(index, last + 1)
    const oldSide = hunk
      .filter((change) => !change.added)
      .map((change) => change.value)
      .join('')
    const newSide = hunk
      .filter((change) => !change.removed)
      .map((change) => change.value)
      .join('')
    const previous = result[result.length - 1]
    const before = previous && !previous.added && !previous.removed ? previous.value : ''
    const after = runs[last + 1]?.value ?? ''
    if (formatKey(oldSide) === formatKey(newSide) || onlyNoteMarkers(oldSide, newSide, before, after))
      result.push({value: newSide})
    else if (hunk.length <= 2) result.push(...hunk)
    else result.push(...wholeHunk(oldSide, newSide))
    index = last + 1
  }
  return result
}

// In text extracted from PDF a footnote marker is a bare number after the word it annotates
// (`Outcome, 1`), and the parser cannot always tell it from the prose; one footnote more or
// less renumbers every marker after it.
const bareMarker = /^\d{1,2}$/u
// A number in a list of numbers (`paragraphs 8, 9 and 10`) is prose, not a marker; a year
// before the comma is not such a list (`held on 19 September 2016, 6`).
const numberBefore = /(?:^|[^\d/.])\d{1,3}\s*(?:(?:[,\u2013-]|\band|\bor|\bto)\s*)?$/u
const numberAfter = /^\s*(?:[,\u2013-]|and\b|or\b|to\b)\s*\d/u

/**
 * True when a hunk only adds, drops or renumbers footnote markers that reached the text as bare
 * numbers: a lone number of one or two digits added or dropped, or replaced by another right
 * after a comma, semicolon, colon, closing quote or bracket (where prose numbers do not stand:
 * `Goal 3`, `article 90`, `15 December` keep their changes).
 */
function onlyNoteMarkers(oldSide: string, newSide: string, before: string, after: string): boolean {
  const oldWord = oldSide.trim()
  const newWord = newSide.trim()
  if (numberBefore.test(before) || numberAfter.test(after)) return false
  if (oldWord === '' || newWord === '') return bareMarker.test(oldWord + newWord) && before.trim() !== ''
  return bareMarker.test(oldWord) && bareMarker.test(newWord) && /[,;:\u201d\u2019)\]]\s*$/u.test(before)
}

/**
 * A hunk that interleaves kept spaces with changed words reads badly (`[-i-]{+in+} [-n-]{+all+}`):
 * show it as one deletion and one insertion, keeping whitespace common to both ends.
 */
function wholeHunk(oldSide: string, newSide: string): WordChange[] {
  const lead = commonEdge(oldSide, newSide, (text) => text.match(/^\s*/u)?.[0] ?? '')
  const trail = commonEdge(oldSide.slice(lead.length), newSide.slice(lead.length), (text) =>
    text.slice(text.trimEnd().length),
  )
  return [
    {value: lead},
    {value: oldSide.slice(lead.length, oldSide.length - trail.length), removed: true},
    {value: newSide.slice(lead.length, newSide.length - trail.length), added: true},
    {value: trail},
  ]
}

function commonEdge(a: string, b: string, edge: (text: string) => string): string {
  const left = edge(a)
  return left === edge(b) ? left : ''
}

/** Join neighbouring runs of the same kind; drop empty ones. */
function coalesce(runs: WordChange[]): WordChange[] {
  const result: WordChange[] = []
  for (const run of runs) {
    if (run.value === '') continue
    const previous = result[result.length - 1]
    if (
      previous &&
      Boolean(previous.added) === Boolean(run.added) &&
      Boolean(previous.removed) === Boolean(run.removed)
    ) {
      previous.value += run.value
    } else {
      result.push({...run})
    }
  }
  return result
}
