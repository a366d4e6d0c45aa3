import type {Lang} from '../tree/types.js'
import {detectLeadingPhrase, isWellFormed} from './leading-phrase.js'
import type {Line} from './lines.js'
import {dateLine, gluedNumber, itemMarkerLine, operativeNumber} from './patterns.js'

export type UnitKind = 'text' | 'operative' | 'item' | 'conclusions'

/** A run of lines that form one paragraph, one sub-item, or a fragment of one. */
export interface Unit {
  kind: UnitKind
  lines: number[]
  /** A blank line or a page came before this unit (block layouts, page breaks). */
  afterGap: boolean
}

/** Closing lines: `48th (resumed) plenary meeting`, `45th meeting`, `第 45 次全体会议`, `[Adopted without a vote.]`. */
const plenaryLine = /^(?:\d+(?:st|nd|rd|th)\s+(?:\([a-z]+\)\s+)?(?:plenary\s+)?meeting|第?\s*\d+\s*次\s*(?:(?:（续）|\(续\))\s*)?全体会议|\[Adopted [^\]]*\]?)$/i

export interface UnitOptions {
  lang: Lang
}

/**
 * Group body lines into units. A blank line ends a unit; so does a line that opens a new
 * paragraph: an operative number, a sub-item marker, a preambular phrase after a line that
 * ended a paragraph, or the closing "plenary meeting" line. Hard-wrapped PDF text has no
 * blank lines between paragraphs, so the second kind of boundary does the work there.
 */
export function groupUnits(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  options: UnitOptions
): Unit[] {
  const units: Unit[] = []
  const fullWidth = typicalLineLength(lines, from, to, skip)
  let current: Unit | undefined
  let gap = true
  let seenOperative = false
  let lastNumber = 0
  let previousText = ''
  for (let index = from; index < to; index++) {
    if (skip.has(index)) {
      gap = true
      continue
    }
    const text = (lines[index] as Line).text
    if (text === '') {
      current = undefined
      gap = true
      continue
    }
    let kind = startKind(text, previousText, current === undefined, seenOperative, options, fullWidth)
    // The next number in sequence opens a paragraph whatever precedes it (a heading, say).
    const number = operativeNumber.exec(text)
    if (kind === undefined && number && Number(number[1]) === lastNumber + 1) kind = 'operative'
    if (kind === undefined && opensHeading(lines, index, to, skip, previousText, lastNumber)) kind = 'text'
    if (kind === 'operative') {
      // A four-digit number is an operative number only right after 999, 1000…; else it is a year.
      const number = Number(operativeNumber.exec(text)?.[1] ?? lastNumber + 1)
      if (number > 999 && number !== lastNumber + 1) kind = current ? undefined : 'text'
      else {
        seenOperative = true
        lastNumber = number
      }
    }
    if (!current || kind !== undefined) {
      current = {kind: kind ?? 'text', lines: [index], afterGap: gap}
      units.push(current)
    } else current.lines.push(index)
    gap = false
    previousText = text
  }
  return units
}

function startKind(
  text: string,
  previous: string,
  atGap: boolean,
  seenOperative: boolean,
  options: UnitOptions,
  fullWidth: number
): UnitKind | undefined {
  // A bare number on a line of its own is a footnote marker the extraction wrapped.
  const endedParagraph = atGap || /[,;:.，；：。]$/.test(stripTrailingMarkers(previous)) || /^\d{1,3}$/.test(previous)
  if (plenaryLine.test(text)) return 'conclusions'
  // Adopted without a meeting (silence procedure): the closing is the date alone.
  if (seenOperative && dateLine.test(text) && /\.$/.test(stripTrailingMarkers(previous))) return 'conclusions'
  if (operativeNumber.test(text) || (gluedNumber.test(text) && endedParagraph && opensWithPhrase(text.replace(gluedNumber, ''), options.lang))) {
    if (endedParagraph || operativeNumber.exec(previous)?.[0].trim() === previous) return 'operative'
  }
  if (itemMarkerLine.test(text) && endedParagraph) return 'item'
  if (atGap) return 'text'
  if (!seenOperative && /[,，;；]$/.test(stripTrailingMarkers(previous)) && opensPreambularParagraph(text, options.lang)) {
    // Chinese has no capitals to mark a new paragraph, and 强调, 欢迎… also occur inside
    // one: ask for the short last line a paragraph ends with as well.
    if (options.lang !== 'zh' || [...previous].length < fullWidth * 0.9 || distinctiveZh(text)) return 'text'
  }
  return undefined
}

/** A long phrase (深感关切) or one with a sequence word (又回顾) rarely opens a line inside a paragraph. */
function distinctiveZh(text: string): boolean {
  const phrase = detectLeadingPhrase(text, 'zh', 'preamble')
  return phrase !== undefined && ([...phrase.text].length >= 4 || phrase.modifier !== undefined)
}

/** The length of a full line of hard-wrapped text: the 90th percentile of line lengths. */
function typicalLineLength(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): number {
  const lengths: number[] = []
  for (let index = from; index < to && lengths.length < 5000; index++) {
    const text = (lines[index] as Line).text
    if (text !== '' && !skip.has(index)) lengths.push(text.length)
  }
  if (lengths.length === 0) return 0
  lengths.sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0
}

/**
 * A section heading in hard-wrapped text ("Human rights, governance and the rule of law"):
 * a short line without closing punctuation, after a line that ended a paragraph, right
 * before the next operative number (or a second heading line and then the number).
 */
function opensHeading(lines: readonly Line[], index: number, to: number, skip: ReadonlySet<number>, previous: string, lastNumber: number): boolean {
  const text = (lines[index] as Line).text
  if (!/[,;:.]$/.test(stripTrailingMarkers(previous)) || text.length > 100 || /[,;:.]$/.test(text) || !/^\p{Lu}/u.test(text)) return false
  let seen = 0
  for (let next = index + 1; next < to && seen < 2; next++) {
    if (skip.has(next) || (lines[next] as Line).text === '') continue
    const nextText = (lines[next] as Line).text
    const number = operativeNumber.exec(nextText)
    if (number) return Number(number[1]) === lastNumber + 1
    if (nextText.length > 100 || /[,;:.]$/.test(nextText)) return false
    seen++
  }
  return false
}

/** `6Also reaffirms` is a paragraph with its number glued on; `3D printing` is not. */
function opensWithPhrase(text: string, lang: Lang): boolean {
  return detectLeadingPhrase(text, lang, 'operative')?.known === true
}

/** A line that starts like a preambular paragraph: a known or well-formed opening phrase. */
function opensPreambularParagraph(text: string, lang: Lang): boolean {
  if (lang === 'zh') return detectLeadingPhrase(text, 'zh', 'preamble') !== undefined
  const first = /^(\p{Lu}\p{Ll}+)/u.exec(text)?.[1]
  if (!first) return false
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  if (phrase?.known) return true
  return isWellFormed(first, 'preamble') && /(?:ing|ed)$/.test(first)
}

/**
 * Drop footnote markers and emphasis closers that follow the real last character: `<sup>…</sup>`,
 * superscript digits, a space and one to three digits, `*`, `_` and white space, in any order.
 * A scan from the end: each of these ends in a character that says which one it is, so one step
 * back never has to be undone (a regular expression with these as overlapping alternatives took
 * exponential time on a run of `²` or `*_`).
 */
export function stripTrailingMarkers(text: string): string {
  let end = text.length
  for (;;) {
    const last = text.charAt(end - 1)
    if (last === '') break
    if (/[\s*_⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(last)) {
      end -= 1
    } else if (last === '>' && text.endsWith('</sup>', end)) {
      const open = text.lastIndexOf('<', end - '</sup>'.length - 1)
      if (open < 0 || !text.startsWith('<sup>', open)) break
      end = open
    } else if (/\d/.test(last)) {
      let start = end - 1
      while (start > 0 && end - start < 4 && /\d/.test(text.charAt(start - 1))) start -= 1
      if (end - start > 3 || !/\s/u.test(text.charAt(start - 1))) break
      end = start - 1
    } else {
      break
    }
  }
  return text.slice(0, end)
}
