import type {Line} from './lines.js'
import type {RawNote} from './footnotes.js'
import {fromSuperscript, monthPattern} from './patterns.js'
import {isAscii, isLetterChar} from './letters.js'

/** A footnote marker found inside a line of text: [from, to) in the line's text. */
export interface MarkerSpan {
  from: number
  to: number
  marker: string
}

/** Words after which a number is a reference, not a footnote marker. */
const referenceWords = new Set([
  'resolution',
  'resolutions',
  'decision',
  'decisions',
  'paragraph',
  'paragraphs',
  'para',
  'paras',
  'article',
  'articles',
  'no',
  'nos',
  'vol',
  'vols',
  'volume',
  'item',
  'items',
  'goal',
  'goals',
  'target',
  'targets',
  'chapter',
  'chapters',
  'chap',
  'annex',
  'section',
  'sect',
  'rule',
  'rules',
  'page',
  'pages',
  'and',
  'or',
  'to',
  'from',
  'of',
  'than',
  'between',
  'principle',
  'principles',
  'indicator',
  'indicators',
  'part',
  'table',
  'figure',
  'protocol',
  'convention',
  'committee',
  'council',
  'appendix',
  'sessions',
  'meeting',
  'meetings',
  'phase',
  'step',
  'level',
  'category',
  'categories',
  'class',
  'option',
  'subparagraph',
  'subparagraphs',
  'approximately',
  'over',
  'some',
  'about',
  'least',
  'nearly',
  'almost',
  'by',
  'in',
  'on',
  'at',
  'for',
  'with',
  'the',
  'a',
  'an',
  'all',
  'first',
])

const afterNumber = new RegExp(
  `^\\s*(?:${monthPattern}|to\\s+\\d|per\\s?cent|%|years?\\b|times\\b|days?\\b|weeks?\\b|months?\\b|million|billion|thousand|States\\b|countries\\b|members\\b|[-–—/]\\s?\\d)`,
)

/**
 * PDF text loses superscripts: footnote 3 reads `outcome document, 3 of the proposal` or
 * even `19904` (1990 + marker 4). Knowing which footnotes a page carries, find each
 * marker as the first standalone occurrence of its number, in order, in the text above.
 */
export function findPdfMarkers(
  lines: readonly Line[],
  notes: readonly RawNote[],
  isBody: (line: number) => boolean,
): Map<number, MarkerSpan[]> {
  const spans = new Map<number, MarkerSpan[]>()
  let after = {line: -1, at: -1}
  let regionKey = ''
  const placed: (Found | undefined)[] = []
  for (const note of notes) {
    placed.push(undefined)
    if (!/^\d{1,3}\/?$/.test(note.marker) && !/^\*{1,3}\/$/.test(note.marker)) continue
    const key = `${note.region.from}:${note.region.to}`
    if (key !== regionKey) {
      regionKey = key
      after = {line: note.region.from - 1, at: -1}
    }
    const found =
      search(lines, note, after, isBody, spans, 'spaced') ??
      search(lines, note, after, isBody, spans, 'year') ??
      search(lines, note, after, isBody, spans, 'word') ??
      search(lines, note, after, isBody, spans, 'next')
    if (!found) continue
    placed[placed.length - 1] = found
    addSpan(spans, found, note.marker.replace(/\/$/, ''))
    after = {line: found.line, at: found.to}
  }
  placeAfterNumbers(lines, notes, placed, isBody, spans)
  citeAgain(lines, notes, isBody, spans)
  return spans
}

function addSpan(spans: Map<number, MarkerSpan[]>, found: Found, marker: string): void {
  const list = spans.get(found.line) ?? []
  list.push({from: found.from, to: found.to, marker})
  list.sort((a, b) => a.from - b.from)
  spans.set(found.line, list)
}

/**
 * A call glued after a number and a comma reads as a list (`its amended article 1,2 the Protocol`,
 * where `2` was raised): the search above refuses it everywhere. A note whose call was not found,
 * between two notes whose calls were, takes such a number if it is the only one between them.
 */
function placeAfterNumbers(
  lines: readonly Line[],
  notes: readonly RawNote[],
  placed: readonly (Found | undefined)[],
  isBody: (line: number) => boolean,
  spans: Map<number, MarkerSpan[]>,
): void {
  for (let index = 1; index + 1 < notes.length; index++) {
    const before = placed[index - 1]
    const next = placed[index + 1]
    const note = notes[index] as RawNote
    if (placed[index] || !before || !next || !/^\d{1,3}$/.test(note.marker)) continue
    const pattern = new RegExp(`(?<=\\d,)${note.marker}(?=\\s|$)`, 'g')
    let only: Found | undefined
    let count = 0
    for (let line = before.line; line <= next.line; line++) {
      if (!isBody(line)) continue
      const text = (lines[line] as Line).text
      if (!text.includes(`,${note.marker}`)) continue
      for (const match of text.matchAll(pattern)) {
        const from = match.index ?? 0
        if ((line === before.line && from < before.to) || (line === next.line && from >= next.from)) continue
        only = {line, from, to: from + note.marker.length}
        count++
      }
    }
    if (count === 1 && only) addSpan(spans, only, note.marker)
  }
}

/**
 * A paragraph may cite an earlier footnote again (`…(the third Review Conference); 3`,
 * `All Its Aspects, 1 to prevent`): the page foot does not repeat it, so look for known
 * footnote numbers standing after closing punctuation.
 */
function citeAgain(
  lines: readonly Line[],
  notes: readonly RawNote[],
  isBody: (line: number) => boolean,
  spans: Map<number, MarkerSpan[]>,
): void {
  const known = new Set(notes.map((note) => note.marker).filter((marker) => /^\d{1,3}$/.test(marker)))
  const slashed = [...new Set(notes.map((note) => note.marker).filter((marker) => marker.endsWith('/')))].map(
    (marker) => ({marker, pattern: slashedPattern(marker)}),
  )
  if (known.size === 0 && slashed.length === 0) return
  lines.forEach((line, index) => {
    if (!isBody(index)) return
    const previous = index > 0 ? (lines[index - 1] as Line).text : ''
    const found = spans.get(index) ?? []
    for (const {marker, pattern} of slashed) {
      if (!line.text.includes(marker)) continue
      for (const match of line.text.matchAll(pattern)) {
        const from = (match.index ?? 0) + (match[1] ?? '').length
        const to = from + marker.length
        if (!found.some((span) => span.from < to && span.to > from)) found.push({from, to, marker: marker.slice(0, -1)})
      }
    }
    if (known.size === 0) {
      if (found.length > 0)
        spans.set(
          index,
          found.sort((a, b) => a.from - b.from),
        )
      return
    }
    const alone = /^(\d{1,3})$/.exec(line.text)
    if (alone) {
      if (known.has(alone[1] as string) && /[;,.)”’]$/.test(previous) && found.length === 0) {
        spans.set(index, [{from: 0, to: line.text.length, marker: alone[1] as string}])
      }
      return
    }
    // Spaced, or glued to a comma, semicolon, colon or closing mark (`Crime,4 and`, as pdftotext
    // -raw gives a raised number; never to a full stop: `WHA72.2`, `A.2`).
    for (const match of line.text.matchAll(/(?:(?<=[;,:.)”’])\s+|(?<=[;,:)”’]))(\d{1,3})(?=$|[\s,;.:)])/g)) {
      const marker = match[1] as string
      const to = (match.index ?? 0) + match[0].length
      const from = to - marker.length
      if (!known.has(marker) || found.some((span) => span.from < to && span.to > from)) continue
      if (!plausibleMarker(line.text, from, to, previous)) continue
      found.push({from, to, marker})
    }
    if (found.length > 0)
      spans.set(
        index,
        found.sort((a, b) => a.from - b.from),
      )
  })
}

interface Found {
  line: number
  from: number
  to: number
}

function search(
  lines: readonly Line[],
  note: RawNote,
  after: {line: number; at: number},
  isBody: (line: number) => boolean,
  taken: ReadonlyMap<number, MarkerSpan[]>,
  /** Spaced or after punctuation; glued to a year (`19904`); glued to a word (`thereto2`). */
  mode: 'spaced' | 'year' | 'word' | 'next',
): Found | undefined {
  const number = note.marker
  const glued = mode !== 'spaced'
  // `1/`, `*\/` (older layouts): the slash makes the marker plain wherever it stands.
  if (number.endsWith('/')) return glued ? undefined : searchSlashed(lines, note, after, isBody, taken)
  // Spaced (`Aspects, 1`) or glued to punctuation (`Assembly,1`, PyMuPDF).
  // In Chinese a marker may stand between two characters (`報告書21及`).
  const standalone = new RegExp(
    `(^|\\s|(?<=[,;:)”’》）」』，；：。\\u3400-\\u9fff]))(${number})(?=$|[\\s,;.:)，；。：\\u3400-\\u9fff])`,
    'gu',
  )
  const gluedYear = new RegExp(`(?:19|20)\\d\\d(${number})(?=$|[\\s,;.:)])`, 'g')
  // pdftotext, -raw above all, glues a raised number to the word it follows and breaks the line
  // after it (`…the Protocols thereto2` / `constitute a…`, `…All Its Aspects3 and…`): the note
  // expected next, right after a word that ends in a small letter, as the last resort.
  const gluedWord = new RegExp(`(?<=\\p{L}\\p{Ll})(${number})(?=$|[\\s,;:)])`, 'gu')
  // A converter that lost the space after a raised number glues it to the next word instead
  // (`…Nuclear Weapons 6and the advisory opinion…`, `…nuclear weapons, 7in which…`, railcar's
  // text of A/RES/80/51): the note expected next, after a word or a comma and its space, before
  // a small function word, as the very last resort.
  const gluedNext = new RegExp(
    `(?<=[\\p{L},;:)”’] )(${number})(?=(?:and|in|of|the|to|which|on|for|as|at|by|with|that|or)\\b)`,
    'gu',
  )
  let previousText = ''
  for (let index = Math.max(note.region.from, after.line); index < note.region.to; index++) {
    if (!isBody(index)) continue
    const text = (lines[index] as Line).text
    // Only a line with the number in it is matched (cheaper than the patterns' lookbehinds).
    if (text === '') continue
    if (!text.includes(number)) {
      previousText = text
      continue
    }
    const pattern = mode === 'next' ? gluedNext : mode === 'word' ? gluedWord : glued ? gluedYear : standalone
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const from =
        mode === 'next'
          ? (match.index ?? 0)
          : glued
            ? (match.index ?? 0) + match[0].length - number.length
            : (match.index ?? 0) + (match[1] ?? '').length
      const to = from + number.length
      if (index === after.line && from < after.at) continue
      if (taken.get(index)?.some((span) => span.from === from)) continue
      if (!glued && !plausibleMarker(text, from, to, previousText)) continue
      return {line: index, from, to}
    }
    previousText = text
  }
  return undefined
}

function searchSlashed(
  lines: readonly Line[],
  note: RawNote,
  after: {line: number; at: number},
  isBody: (line: number) => boolean,
  taken: ReadonlyMap<number, MarkerSpan[]>,
): Found | undefined {
  const pattern = slashedPattern(note.marker)
  for (let index = Math.max(note.region.from, after.line); index < note.region.to; index++) {
    if (!isBody(index)) continue
    const text = (lines[index] as Line).text
    for (const match of text.matchAll(pattern)) {
      const from = (match.index ?? 0) + (match[1] ?? '').length
      const to = from + note.marker.length
      if (index === after.line && from < after.at) continue
      if (taken.get(index)?.some((span) => span.from === from)) continue
      return {line: index, from, to}
    }
  }
  return undefined
}

/**
 * `, 1/ adopted`, `1993, 3/`, `Assembly*\/`: after white space, a word or closing punctuation,
 * before a space or the end; in Chinese between two characters (`秘书长的报告1/并就…`).
 */
function slashedPattern(marker: string): RegExp {
  const escaped = marker.replace(/\*/g, '\\*')
  return new RegExp(`(^|\\s|(?<=[\\p{L},;:)”’"]))(${escaped})(?=$|[\\s,;.:)，；。：\\u3400-\\u9fff])`, 'gu')
}

function plausibleMarker(text: string, from: number, to: number, previousLine: string): boolean {
  const before = from > 0 ? text.slice(0, from).trimEnd() : previousLine.trimEnd()
  if (before === '') return false
  const last = before.charAt(before.length - 1)
  // After a word or closing punctuation, or right after a year (`26 March 2015 13 and`).
  const afterWord = isLetterChar(last) || /[,;:.)”’"\]》）」』。，；：]/.test(last)
  if (!afterWord && !/(?:^|\s)(?:19|20)\d\d$/.test(before)) return false
  // Chinese: 第 35 段, 2010 年 — a number that a measure word or date part follows or 第 precedes.
  if (/第$/.test(before) || /^\s*[年月日号段条款届次卷期项个%]/.test(text.slice(to))) return false
  const token = (/(?<!\S)(\S+)$/.exec(before)?.[1] ?? '').toLowerCase()
  // `articles 6, 7` is a list; `of 16 July 2020, 8` is a marker after a year.
  if (/^\(?\d{1,3}[,.;:)]*$/.test(token)) return false
  const ascii = isAscii(token)
  const bare = ascii ? token.replace(/[^a-z]/gi, '') : token.replace(/\P{L}/gu, '')
  const wordLike = ascii
    ? /^[a-z]/i.test(token) && /[a-z]$/i.test(token)
    : /^\p{L}/u.test(token) && /\p{L}$/u.test(token)
  if (wordLike && referenceWords.has(bare) && !namedInstrument(before)) return false
  // A number between a small-letter word and `of` cites a part of a text (`in accordance with
  // action 9 of the Final Document`, `recommendation 4 of its report`): no call stands there.
  if (/(?:^|\s)[a-z]+$/.test(before) && /^\s+of\s/.test(text.slice(to))) return false
  if (afterNumber.test(text.slice(to))) return false
  // Markers follow punctuation; a number followed by a full stop is an operative number or a sentence end.
  if (text.charAt(to) === '.') return false
  return true
}

/**
 * `the Convention 1 and`, `the Protocol 3 to`: a body's or an instrument's name, capitalised
 * right after `the`, is no word that numbers a reference (`Convention 169`, `protocol 2`), and a
 * number after it is the call of a note.
 */
const namedWords = new Set(['convention', 'protocol', 'committee', 'council'])
function namedInstrument(before: string): boolean {
  const name = /(?:^|\s)the\s+([A-Z][a-z]+)$/.exec(before)?.[1]
  return name !== undefined && namedWords.has(name.toLowerCase())
}

/** Footnote markers that the text itself carries as superscripts, `<sup>` or trailing asterisks. */
export function markersInText(lines: readonly Line[], skip: ReadonlySet<number>): Set<string> {
  const found = new Set<string>()
  const marker = /<sup>\s*([^<\s]{1,6})\s*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\S)(\*{1,3})(?=\s|$)/gu
  lines.forEach((line, index) => {
    if (skip.has(index) || !/[<*⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line.text)) return
    for (const match of line.text.matchAll(marker)) {
      if (match[1]) found.add(match[1])
      else if (match[2]) found.add(match[2])
      else found.add(fromSuperscript(match[0]))
    }
  })
  return found
}

/**
 * A converter that marks some calls (`[^1]`, `[^12]`) and leaves the others bare (`Commission,5`)
 * may also mark a number that is no call (`the Young Professionals Network of P[^5] academics`,
 * railcar's A/RES/80/48, where note 5 was called long before by the bare `Commission,5`). Where
 * the text marks some calls but not all, a marked number used first after a higher one is
 * searched for as a bare call too, in order: found, the bare number is its first call.
 */
export function lateMarkers(inText: ReadonlySet<string>, notes: readonly RawNote[]): Set<string> {
  const late = new Set<string>()
  if (inText.size === 0 || notes.every((note) => inText.has(note.marker))) return late
  let highest = 0
  for (const marker of inText) {
    if (!/^\d{1,3}$/.test(marker)) continue
    const value = Number(marker)
    if (value < highest) late.add(marker)
    else highest = value
  }
  return late
}

/** A line's text with the PDF footnote markers found in it cut out. */
export function withoutMarkers(text: string, spans: readonly MarkerSpan[] | undefined): string {
  if (!spans) return text
  let result = ''
  let from = 0
  for (const span of spans) {
    result += text.slice(from, span.from)
    from = span.to
  }
  return (result + text.slice(from)).trimEnd()
}
