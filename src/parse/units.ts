import type {Lang} from '../tree/types.js'
import {detectLeadingPhrase, isWellFormed} from './leading-phrase.js'
import type {Line} from './lines.js'
import {gluedNumber, itemMarkerLine, operativeNumber} from './patterns.js'

export type UnitKind = 'text' | 'operative' | 'item' | 'conclusions'

/** A run of lines that form one paragraph, one sub-item, or a fragment of one. */
export interface Unit {
  kind: UnitKind
  lines: number[]
  /** A blank line or a page came before this unit (block layouts, page breaks). */
  afterGap: boolean
}

/** Closing lines: `48th (resumed) plenary meeting`, `45th meeting`, `第 45 次全体会议`, `[Adopted without a vote.]`. */
const plenaryLine = /^(?:\d+(?:st|nd|rd|th)\s+(?:\([a-z]+\)\s+)?(?:plenary\s+)?meeting|第?\s*\d+\s*次\s*(?:（续）|\(续\))?\s*全体会议|\[Adopted [^\]]*\]?)$/i

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
    const kind = startKind(text, previousText, current === undefined, seenOperative, options, fullWidth)
    if (kind === 'operative') seenOperative = true
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

/** Drop footnote markers and emphasis closers that follow the real last character. */
export function stripTrailingMarkers(text: string): string {
  // Only the end matters; looking at a bounded tail keeps this linear on huge lines.
  const tail = text.length > 80 ? text.slice(-80) : text
  const head = text.length > 80 ? text.slice(0, -80) : ''
  return head + tail
    .replace(/(?:<sup>[^<]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\s\d{1,3}|[*_]+|\s)+$/u, '')
}
