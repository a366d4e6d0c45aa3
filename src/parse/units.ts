import type {Lang} from '../tree/types.js'
import {detectLeadingPhrase, fromCapitals, isOperativeVerb, isWellFormed} from './leading-phrase.js'
import type {Line} from './lines.js'
import {withoutMarkers, type MarkerSpan} from './markers.js'
import {stripTrailingMarkers} from './trailing-markers.js'
import {plenaryLine, voteLine, zhDateLine, zhDateMeetingLine} from './closing-lines.js'
import {mendedCapital} from './ocr.js'
import {
  dateLine,
  gluedNumber,
  bracketedHanNumber,
  hanOperativeNumber,
  itemMarkerLine,
  bareOperativeNumber,
  enumeratedOperativeNumber,
  ocrChineseOperativeNumber,
  ocrOperativeNumber,
  operativeNumber,
} from './patterns.js'

// Read where a paragraph ends by many stages; kept in its own file (trailing-markers.ts).
export {stripTrailingMarkers} from './trailing-markers.js'

export type UnitKind = 'text' | 'operative' | 'item' | 'conclusions'

/** A run of lines that form one paragraph, one sub-item, or a fragment of one. */
export interface Unit {
  kind: UnitKind
  lines: number[]
  /** A blank line or a page came before this unit (block layouts, page breaks). */
  afterGap: boolean
  /** Text with one paragraph to a line, and the line before ended one: never a continuation. */
  ownParagraph?: boolean
}

export interface UnitOptions {
  lang: Lang
  /** The PDF footnote markers found in lines of the body: a line ends where its text ends, not its marker (`Summit”,1`). */
  markers?: ReadonlyMap<number, MarkerSpan[]>
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
  options: UnitOptions,
): Unit[] {
  const units: Unit[] = []
  const fullWidth = typicalLineLength(lines, from, to, skip)
  const zhFull = options.lang === 'zh' ? typicalLineLength(lines, from, to, skip, zhWidth) : 0
  const perLine = options.lang === 'zh' && paragraphPerLine(lines, from, to, skip, fullWidth)
  const zhMode = options.lang === 'zh' && !perLine ? zhLineMode(lines, from, to, skip) : undefined
  let current: Unit | undefined
  let gap = true
  let seenOperative = false
  let lastNumber = 0
  /** Every operative number so far was `（一）`, `（二）`… (bracketedHanNumber). */
  let bracketed = false
  let previousText = ''
  const bare = options.lang === 'zh' ? bareNumberRun(lines, from, to, skip) : noLines
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
    let kind = startKind(text, previousText, current === undefined, seenOperative, options, fullWidth, perLine, zhFull)
    // Chinese wrapped to the full width of its page breaks a line short only where a paragraph ends:
    // a short line that ends a sentence or clause (`…惊愕,` / `调查团的结论…`, `…任何地点。` /
    // `联合国秘书长应…`) ends its paragraph, whatever opens the next line.
    let endedShort = false
    if (
      kind === undefined &&
      zhMode !== undefined &&
      current !== undefined &&
      zhParagraphEnd.test(stripTrailingMarkers(previousText)) &&
      shortZh(previousText, zhMode)
    ) {
      kind = 'text'
      endedShort = true
    }
    // The next number in sequence opens a paragraph whatever precedes it (a heading, say).
    const number = operativeNumber.exec(text)
    if (kind === undefined && number && Number(number[1]) === lastNumber + 1) kind = 'operative'
    // A web page's numbered list that a bulleted list of names interrupts (`4. Takes note of the
    // following observer:` / `• The International Centre… (ICCROM)`) numbers afresh: `1.` and an
    // operative verb, once the operative part has begun, open the next paragraph, though the
    // name before them ends with no stop.
    if (
      kind === undefined &&
      number?.[1] === '1' &&
      lastNumber > 0 &&
      restartsParagraphs(
        // The number alone on its line: the verb opens the next line with text (past a page foot).
        number[0].length === text.length ? nextLineText(lines, index + 1, to, skip) : text.slice(number[0].length),
        options.lang,
      )
    )
      kind = 'operative'
    if (kind === undefined && opensHeading(lines, index, to, skip, previousText, lastNumber)) kind = 'text'
    // Hard-wrapped with no blank lines, a preambular paragraph whose end was lost (its comma, or its
    // last words: `…Witnesses by ECOSOC in` / `Reaffirming the adoption…`, a draft in the CCPCJ's
    // form on studylib) stops before a line that opens with a known participle in title case: no
    // sentence goes on with a capitalized `Reaffirming` or `Recalling`, however full the line above.
    const lostEnd =
      kind === undefined &&
      current !== undefined &&
      !seenOperative &&
      options.lang === 'en' &&
      /\p{Ll}$/u.test(previousText) &&
      opensWithParticiple(text)
    if (lostEnd) kind = 'text'
    // A part's Roman numeral alone on its line between unnumbered operative paragraphs, no blank
    // line about it (`…; and` / `I` / `Calls for…`): its own unit, and the paragraph under it too.
    if (kind === undefined && options.lang === 'en') {
      if (partNumeral(text, previousText, nextLineText(lines, index + 1, to, skip))) kind = 'text'
      else if (current?.lines.length === 1 && partNumeral(previousText, '', text, true)) kind = 'text'
    }
    // `Il. Welcomes…` (the next number as an OCR read it, before an operative phrase) and
    // `二.茲將…` (the next number in Chinese numerals).
    if (
      (kind === undefined || kind === 'text') &&
      (gap || /[,;:.，；：。]$/.test(stripTrailingMarkers(previousText))) &&
      (writtenNumberInSequence(text, lastNumber, options.lang) ||
        (bare.has(index) && bareOperativeNumber(text)?.value === lastNumber + 1))
    )
      kind = 'operative'
    // `（一）认为…;` / `（二）兹将…`: paragraphs numbered only so, from `（一）` on, after a paragraph
    // that ended (not after a lead-in's colon: there they are its items).
    else if (
      (kind === undefined || kind === 'text' || kind === 'item') &&
      options.lang === 'zh' &&
      (lastNumber === 0 || bracketed) &&
      (text.charCodeAt(0) === 0xff08 || text.charCodeAt(0) === 0x28) &&
      ((lastNumber > 0 && gap) || /[,;.，；。]$/.test(stripTrailingMarkers(previousText))) &&
      bracketedHanNumber(text)?.value === lastNumber + 1
    ) {
      kind = 'operative'
      bracketed = true
    }
    if (kind === 'operative') {
      // A four-digit number is an operative number only right after 999, 1000…; else it is a year.
      const number = Number(operativeNumber.exec(text)?.[1] ?? lastNumber + 1)
      if (number > 999 && number !== lastNumber + 1) kind = current ? undefined : 'text'
      else {
        seenOperative = true
        lastNumber = number
      }
    }
    if (kind === 'operative' && current && displacedNumber(lines, index, to, skip, current, options.lang)) {
      // pdftotext put the number after its paragraph's first line: take that line back.
      const first = current.lines.pop() as number
      if (current.lines.length === 0) units.pop()
      current = {kind: 'operative', lines: [index, first], afterGap: gap}
      units.push(current)
      gap = false
      previousText = text
      continue
    }
    if (!current || kind !== undefined) {
      current = {kind: kind ?? 'text', lines: [index], afterGap: gap}
      if ((perLine && /[，；。：,;:]$/.test(stripTrailingMarkers(previousText))) || endedShort)
        current.ownParagraph = true
      if (lostEnd || (!seenOperative && kind === 'text' && lostComma(text, previousText, options.lang, fullWidth)))
        current.ownParagraph = true
      // A paragraph whose capital the OCR read as two lower-case glyphs (`rlaving noted`) is its own.
      if (
        !seenOperative &&
        kind === 'text' &&
        options.lang === 'en' &&
        /^\p{Ll}/u.test(text) &&
        /[,;]$/.test(stripTrailingMarkers(previousText)) &&
        opensPreambularParagraph(text, 'en')
      )
        current.ownParagraph = true
      units.push(current)
    } else current.lines.push(index)
    gap = false
    const spans = options.markers?.get(index)
    previousText = spans ? withoutMarkers(text, spans) : text
  }
  return units
}

/** A cable's spelled-out bracket before a paragraph still in question: `(BEGIN BRACKETS) `. */
export const spelledBracket = /^\(BEGIN BRACKETS?\)\s+/u

/**
 * `I`, `II`… alone on a line, the line above ending a paragraph (`;`, `:`, `.`, `; and`) and a
 * known operative verb opening the line below: a part's heading (S/RES/82 (1950) in a telegram).
 */
export function partNumeral(text: string, before: string, after: string, beforeChecked = false): boolean {
  if (!/^[IVX]{1,4}$/.test(text.trim())) return false
  if (!beforeChecked && !/(?:[;:.]|;\s+and)$/.test(stripTrailingMarkers(before).trim())) return false
  const verb = detectLeadingPhrase(after.trim(), 'en', 'operative')
  return verb?.known === true && isWellFormed(fromCapitals(verb.base), 'operative')
}

/** A heading in capitals: no small letter, a Roman or Arabic number before it at most. */
const capitalsHeading = /^(?:[IVXLC]{1,6}\.|\d{1,2}\.)?[ \t]*\p{Lu}[\p{Lu}\d \t,;:'’()[\]/&–-]*$/u
function startKind(
  text: string,
  previous: string,
  atGap: boolean,
  seenOperative: boolean,
  options: UnitOptions,
  fullWidth: number,
  perLine: boolean,
  /** Chinese: the width of a full line, a Chinese character two (0 for English). */
  zhFull: number,
): UnitKind | undefined {
  // A bare number on a line of its own is a footnote marker the extraction wrapped.
  const endedParagraph = atGap || /[,;:.，；：。]$/.test(stripTrailingMarkers(previous)) || /^\d{1,3}$/.test(previous)
  // Word and PDF set the closing lines in italics (`*42nd plenary meeting*`).
  const closing = text.replace(/^\*(?=\S)(.*\S)\*$/, '$1')
  if (plenaryLine.test(closing)) return 'conclusions'
  if (endedParagraph && voteLine.test(closing)) return 'conclusions'
  // Adopted without a meeting (silence procedure): the closing is the date alone.
  if (seenOperative && dateLine.test(text) && /\.$/.test(stripTrailingMarkers(previous))) return 'conclusions'
  if (zhDateLine.test(text) && /[。.]$/.test(stripTrailingMarkers(previous))) return 'conclusions'
  if (endedParagraph && zhDateMeetingLine.test(text)) return 'conclusions'
  // `(Resolution S/RES/612 (1988))` after the last paragraph (web copies).
  if (seenOperative && atGap && text.startsWith('(') && /^\((?:\p{L}+\s+)?[A-Z]{1,6}\/\S.*\)$/u.test(text))
    return 'conclusions'
  if (
    operativeNumber.test(text) ||
    (gluedNumber.test(text) && endedParagraph && opensWithPhrase(text.replace(gluedNumber, ''), options.lang))
  ) {
    if (endedParagraph || operativeNumber.exec(previous)?.[0].trim() === previous) return 'operative'
    // A section's heading set in capitals on the line above (`MITIGATION`, `III. DECISIONS TO GIVE
    // EFFECT…`, as a PDF's text of a draft runs it into the paragraphs with no blank line).
    if (capitalsHeading.test(previous) && /\p{Lu}{3}/u.test(previous)) return 'operative'
  }
  if (itemMarkerLine.test(text) && endedParagraph) return 'item'
  if (atGap) return 'text'
  // Chinese set one paragraph to a line (text copied from the web): a line that ends with
  // a paragraph's punctuation ends the paragraph.
  if (perLine && perLineEnd.test(stripTrailingMarkers(previous))) return 'text'
  if (
    !seenOperative &&
    (/[,，;；]$/.test(stripTrailingMarkers(previous)) ||
      fullStopClause(previous, options.lang) ||
      // The older Chinese texts' `,又` (`; and`) before the next paragraph (`…得為聯合國會員國,又` / `鑒於…`).
      (options.lang === 'zh' && /[，；,;]又$/.test(previous))) &&
    opensPreambularParagraph(text, options.lang)
  ) {
    // A preambular paragraph ends with its comma: a known phrase after one opens the next, however
    // full the line it ends (`…取得成效至关重要,` / `深信该特别会议…`). Other phrases (a clause led in by
    // a preposition, `以…`) occur inside paragraphs too: ask for the short last line a paragraph ends
    // with, or a phrase that rarely opens a clause inside one.
    if (
      options.lang !== 'zh' ||
      detectLeadingPhrase(text, 'zh', 'preamble')?.known === true ||
      [...previous].length < fullWidth * 0.9 ||
      zhWidth(previous) <= zhFull - 4 ||
      distinctiveZh(text)
    )
      return 'text'
  }
  // A paragraph that ends `; and` (the OAS, the first sessions; `and` may wrap alone) before a line that opens with a known phrase.
  if (
    !seenOperative &&
    options.lang === 'en' &&
    /(?:^|[,;]\s+)(?:and|or)$/.test(stripTrailingMarkers(previous)) &&
    opensPreambularParagraph(text, 'en')
  )
    return 'text'
  // The source lost the paragraph's closing comma (`…dated 1 December 1978/3` / `Noting the
  // concurrence…`): a short last line, then a line that opens with a known preambular phrase.
  if (!seenOperative && lostComma(text, previous, options.lang, fullWidth)) return 'text'
  if (!seenOperative && options.lang === 'en' && unnumberedStart(text, previous, fullWidth)) return 'text'
  // Chinese wrapped to its lines' full width: a resolution's paragraph is mostly one sentence, so
  // a line after one that ends with a full stop and that opens with a known operative phrase opens
  // the next (the early Council's unnumbered paragraphs: `…决议案四十六(一九四八)之实施。` /
  // `请该委员会…`). A short line alone does not tell it: a paragraph may hold several sentences.
  if (options.lang === 'zh' && previous.endsWith('。') && opensWithPhrase(text, 'zh')) return 'text'
  return undefined
}

/**
 * Where no operative paragraph is numbered (the early Security Council: S/RES/48 (1948)), a
 * new one shows in hard-wrapped text only by how its line opens and how the line before ends:
 * after a preambular paragraph's comma, a line that opens with a known operative phrase that
 * is no preambular one (`…in Palestine,` / `Establishes a Truce Commission…`); after a short
 * last line that ends a sentence or clause, any line in capitals (`…with respect thereto.` /
 * `The Commission, its members…`; `…manifestations ;` / `And to this end`), as a justified
 * column breaks early only at a paragraph's end.
 */
function unnumberedStart(text: string, previous: string, fullWidth: number): boolean {
  const code = text.charCodeAt(0)
  if (!(code >= 65 && code <= 90)) return false
  // A line that ends in a letter ends no sentence and carries no marker (most lines).
  const tail = previous.charCodeAt(previous.length - 1)
  if ((tail >= 97 && tail <= 122) || (tail >= 65 && tail <= 90)) return false
  const before = stripTrailingMarkers(previous)
  const last = before.charAt(before.length - 1)
  if (last === '.' || last === ';') return before.length < fullWidth * 0.6 && /\p{Ll}{2} ?[.;]$/u.test(before)
  // After a colon whose items the copy left out (`…or use of force:` / `Affirms further…`), as after a comma.
  if (last !== ',' && last !== ';' && last !== ':') return false
  // A verb in -s opens the line, or an adverb in -ly before one (`Establishes`, `Solemnly proclaims`),
  // in capitals too (the OAS's `RESOLVES:`).
  const shaped = text.replace(/^(\p{Lu})(\p{Lu}+)\b/u, (_, first: string, rest: string) => first + rest.toLowerCase())
  if (!/^\p{Lu}\p{Ll}*(?:[^s\s]s|sses|ly \p{Ll}+s)\b/u.test(shaped)) return false
  const phrase = detectLeadingPhrase(text, 'en', 'operative')
  return phrase?.known === true && isOperativeVerb(fromCapitals(phrase.base))
}

/**
 * A preambular paragraph the source closed with a full stop for its comma (A/RES/35/66 as a web
 * page gives it: `…the new international economic order.` / `Emphasizing the role…`): a word's
 * last letters and the stop, not an abbreviation's (`No.`, `para.`, `Corr.`), end it before a
 * line that opens with a known preambular phrase.
 */
function fullStopClause(previous: string, lang: Lang): boolean {
  if (lang !== 'en' || previous.charCodeAt(previous.length - 1) !== 46) return false
  return /(?:^|\s)\p{Ll}{3,}\.$/u.test(previous) && !/\s(?:para|paras|ibid|etc|cf|seq)\.$/.test(previous)
}

/** A short line without closing punctuation, then a known preambular phrase: the comma was lost. */
/** A line that opens with a known preambular participle in title case (`Reaffirming the adoption…`). */
function opensWithParticiple(text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+ing\s/u.test(text)) return false
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  return phrase?.known === true && isWellFormed(phrase.base, 'preamble')
}

function lostComma(text: string, previous: string, lang: Lang, fullWidth: number): boolean {
  if (
    lang !== 'en' ||
    previous === '' ||
    previous.length >= fullWidth * 0.6 ||
    /[-–—(,;:.]$/.test(previous) ||
    !/^\p{Lu}/u.test(text)
  )
    return false
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  return phrase?.known === true && isWellFormed(phrase.base, 'preamble')
}

/**
 * `Decides that … resolution 1472` / `1.` / `(2003) shall remain in force…`: a bare number
 * that comes right after the first line of its paragraph. That line opens with an operative
 * phrase and runs on (no closing punctuation), the line before it ended a paragraph, and the
 * text after the number carries on the sentence.
 */
function displacedNumber(
  lines: readonly Line[],
  index: number,
  to: number,
  skip: ReadonlySet<number>,
  current: Unit,
  lang: Lang,
): boolean {
  const text = (lines[index] as Line).text
  if (operativeNumber.exec(text)?.[0].trim() !== text) return false
  const first = current.lines.at(-1) as number
  if (first !== index - 1) return false
  const firstText = (lines[first] as Line).text
  if (/[,;:.，；：。]$/.test(stripTrailingMarkers(firstText))) return false
  const phrase = detectLeadingPhrase(firstText, lang, 'operative')
  if (!phrase?.known || (lang === 'en' && !isWellFormed(phrase.base, 'operative'))) return false
  const before = current.lines.length > 1 ? (lines[current.lines.at(-2) as number] as Line).text : ''
  if (current.lines.length > 1 && !/[,;:.，；：。]$/.test(stripTrailingMarkers(before))) return false
  for (let next = index + 1; next < to; next++) {
    if (skip.has(next) || (lines[next] as Line).text === '') continue
    const nextText = (lines[next] as Line).text
    // The sentence goes on below the number: in lower case, or with a name (`Fund for Human
    // Security, and invites…`, `President of the General Assembly…`) that opens no paragraph.
    return (
      /^[\p{Ll}(\d]/u.test(nextText) ||
      (/^\p{Lu}/u.test(nextText) && !detectLeadingPhrase(nextText, lang, 'operative')?.known)
    )
  }
  return false
}

/** A long phrase (深感关切) or one with a sequence word (又回顾) rarely opens a line inside a paragraph. */
function distinctiveZh(text: string): boolean {
  const phrase = detectLeadingPhrase(text, 'zh', 'preamble')
  // A verb with its completed-action 了 (审议了, 收到了) opens a clause of its own.
  return (
    phrase !== undefined &&
    ([...phrase.text].length >= 4 || phrase.modifier !== undefined || phrase.text.endsWith('了'))
  )
}

/**
 * The end of a paragraph set on one line: a comma, a semicolon, a stop, a colon; an old text's web
 * copy may end its sentences with an ASCII stop after a character (A/RES/9 (I) (1946), `…至为关切.`).
 */
const perLineEnd = /(?:[，；。：,;:]|(?<=[\u3400-\u9fff])\.)$/u
/** The same before a web page's table bars (`…通过。 |`). */
const perLineEndBeforeBars = /(?:[，；。：,;:]|(?<=[\u3400-\u9fff])\.)[\s|｜]*$/u

/**
 * Chinese text with one paragraph to a line: few lines reach the length of a full line, as
 * they all do in text wrapped to a page width, and most end with punctuation.
 */
function paragraphPerLine(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  fullWidth: number,
): boolean {
  let count = 0
  let full = 0
  let punctuated = 0
  for (let index = from; index < to; index++) {
    const text = (lines[index] as Line).text
    if (text === '' || skip.has(index)) continue
    count++
    if (text.length >= fullWidth * 0.9) full++
    // A web page's table bar after the last line (`…通过。 |`) is not the line's end.
    if (perLineEndBeforeBars.test(stripTrailingMarkers(text))) punctuated++
  }
  // Nearly every line ending with punctuation is one paragraph to a line, however long the
  // paragraphs (a short text of long paragraphs has most lines near the longest).
  return count > 0 && (punctuated / count >= 0.9 || (full / count < 0.5 && punctuated / count >= 0.6))
}

/** Width of Chinese text: a Chinese character or full-width form two, anything else one. */
function zhWidth(text: string): number {
  let width = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    width +=
      (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)
        ? 2
        : 1
  }
  return width
}

/**
 * The end of a Chinese paragraph or clause: a comma, a semicolon, a stop (an ASCII one after a
 * character in an old text's web copy, `…至为关切.`); the older texts' `,又` (`; and`) before the next.
 */
const zhParagraphEnd = /(?:[，；。,;]|(?<=[\u3400-\u9fff])\.|[，；,;]又)$/u

/** The length of Chinese lines wrapped to a page's width: the commonest, in characters and in width. */
interface ZhMeasure {
  chars: number
  width: number
}

/**
 * The mode of the lines' lengths, in characters and in width (a Chinese character two): a page's
 * text breaks its lines at the same width, whether it counts characters or measures them.
 */
function zhLineMode(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
): ZhMeasure | undefined {
  const chars = new Map<number, number>()
  const widths = new Map<number, number>()
  const measured: [number, number][] = []
  let spaced = 0
  for (let index = from; index < to && measured.length < 5000; index++) {
    const text = (lines[index] as Line).text
    if (text === '' || skip.has(index)) continue
    const length = text.length
    const width = zhWidth(text)
    chars.set(length, (chars.get(length) ?? 0) + 1)
    widths.set(width, (widths.get(width) ?? 0) + 1)
    measured.push([length, width])
    if (text.includes(' ') && spacedCharacters.test(text)) spaced++
  }
  // An OCR that set the characters apart by spaces (`安全 理事  会`) gives lines of any length.
  if (spaced * 3 > measured.length) return undefined
  const mode = {chars: modeOf(chars), width: modeOf(widths)}
  const full = measured.filter(([length, width]) => !shorter(length, width, mode)).length
  return full >= minFullLines ? mode : undefined
}

/** Two Chinese characters with a space between them. */
const spacedCharacters = /[\u3400-\u9fff] +[\u3400-\u9fff]/u
const minFullLines = 3
/** A line shorter than this share of the width ends its paragraph; an OCR or a justified page may set a full line some tenth short. */
const shortShare = 0.85

/** The commonest value; of two as common, the larger. */
function modeOf(counts: ReadonlyMap<number, number>): number {
  let best = 0
  let seen = 0
  for (const [value, count] of counts)
    if (count > seen || (count === seen && value > best)) [best, seen] = [value, count]
  return best
}

/**
 * A line short of the page's width in both measures: two characters short (a mark that may not
 * open a line takes one more, a bracket that may not end one one less), and by its width.
 */
function shortZh(text: string, mode: ZhMeasure): boolean {
  return shorter(text.length, zhWidth(text), mode)
}

function shorter(length: number, width: number, mode: ZhMeasure): boolean {
  return length < mode.chars * shortShare && width < mode.width * shortShare
}

/**
 * The length of a full line of hard-wrapped text: the 90th percentile of line lengths, each
 * measured in characters or (Chinese) by `measure`.
 */
function typicalLineLength(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  measure: (text: string) => number = (text) => text.length,
): number {
  const lengths: number[] = []
  for (let index = from; index < to && lengths.length < 5000; index++) {
    const text = (lines[index] as Line).text
    if (text !== '' && !skip.has(index)) lengths.push(measure(text))
  }
  if (lengths.length === 0) return 0
  lengths.sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0
}

/**
 * A section heading in hard-wrapped text ("Human rights, governance and the rule of law"):
 * short lines without closing punctuation, after a line that ended a paragraph, right before
 * the next operative number. A long heading wraps over up to four lines, and a line of it may
 * break after a comma ("Security," / "counter-terrorism and counter-narcotics"); its last
 * line never ends in punctuation.
 */
function opensHeading(
  lines: readonly Line[],
  index: number,
  to: number,
  skip: ReadonlySet<number>,
  previous: string,
  lastNumber: number,
): boolean {
  const text = (lines[index] as Line).text
  if (!/[,;:.]$/.test(stripTrailingMarkers(previous)) || text.length > 100 || !/^\p{Lu}/u.test(text)) return false
  // An initial's full stop ends no paragraph: `…Dr Francisco J. Dy Dr R.` / `W. Greville`.
  if (/(?:^|\s)\p{Lu}\.$/u.test(previous)) return false
  let last = text
  let length = text.length
  let headingLines = 1
  for (let next = index + 1; next < to; next++) {
    if (skip.has(next) || (lines[next] as Line).text === '') continue
    if (/[;:.]$/.test(last)) return false
    const nextText = (lines[next] as Line).text
    const number = operativeNumber.exec(nextText)
    if (number) return Number(number[1]) === lastNumber + 1 && !/,$/.test(last)
    length += nextText.length
    if (++headingLines > maxHeadingLines || nextText.length > 100 || length > maxHeadingLength) return false
    last = nextText
  }
  return false
}

/** Lines a section heading may wrap over, and its length at most. */
export const maxHeadingLines = 4
export const maxHeadingLength = 160

const noLines: ReadonlySet<number> = new Set()

/**
 * The lines that open with a number in figures and no stop before Chinese (`1 按 MARPOL…`, `2按…`:
 * the IMO's Chinese prints its operative numbers so, and a copy may glue them on), when three or
 * more of them count 1, 2, 3… in order down the text: a figure that a wrapped line opens with
 * (`2被接受后`) is no such run.
 */
function bareNumberRun(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
): ReadonlySet<number> {
  const found: number[] = []
  for (let index = from; index < to; index++) {
    if (skip.has(index)) continue
    const text = (lines[index] as Line).text
    // Tested first: a figure opens the line.
    const code = text.charCodeAt(0)
    if (code < 0x30 || code > 0x39) continue
    if (bareOperativeNumber(text)?.value === found.length + 1) found.push(index)
  }
  return found.length >= minBareRun ? new Set(found) : noLines
}
const minBareRun = 3

/**
 * A line that opens with the next operative number written otherwise than in figures: as an
 * OCR read it (`Il.`), before an operative phrase; or in Chinese numerals (`二.`).
 */
export function writtenNumberInSequence(text: string, lastNumber: number, lang: Lang): boolean {
  if (lang === 'zh') {
    if ((hanOperativeNumber(text) ?? enumeratedOperativeNumber(text))?.value === lastNumber + 1) return true
    const ocr = ocrChineseOperativeNumber(text)
    return ocr !== undefined && ocr.value === lastNumber + 1 && opensWithPhrase(text.slice(ocr.length), 'zh')
  }
  const number = ocrOperativeNumber(text)
  return number !== undefined && number.value === lastNumber + 1 && opensWithPhrase(text.slice(number.length), 'en')
}

/** `6Also reaffirms` is a paragraph with its number glued on; `3D printing` is not. */
/** The text of the next line that has any, page furniture skipped, or '' when none comes before `to`. */
function nextLineText(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): string {
  for (let index = from; index < to; index++) {
    const text = (lines[index] as Line).text
    if (text !== '' && !skip.has(index)) return text
  }
  return ''
}

/** A known operative verb, in its `-s` form: `Authorizes`, `Decides`. */
function restartsParagraphs(text: string, lang: Lang): boolean {
  const phrase = detectLeadingPhrase(text, lang, 'operative')
  return phrase?.known === true && (lang === 'zh' || isWellFormed(phrase.base, 'operative'))
}

function opensWithPhrase(text: string, lang: Lang): boolean {
  return detectLeadingPhrase(text, lang, 'operative')?.known === true
}

/** A line that starts like a preambular paragraph: a known or well-formed opening phrase. */
function opensPreambularParagraph(text: string, lang: Lang): boolean {
  if (lang === 'zh') return detectLeadingPhrase(text, 'zh', 'preamble') !== undefined
  // `*Noting* the…`: the phrase in italics as Markdown marks them (a Word paragraph's lines parted
  // by manual line breaks, each paragraph a line; hard-wrapped Markdown).
  const first = text.charCodeAt(0)
  if (first === 42 || first === 95) {
    const plain = text.replace(emphasisOpening, '$2')
    return plain !== text && opensPreambularParagraph(plain, 'en')
  }
  // A speck the OCR read as a mark before the capital (`'Having regard to…`).
  const speck = straySpeck.exec(text)
  if (speck) return opensPreambularParagraph(text.slice(speck[0].length), 'en')
  // A cable spells out the brackets round a paragraph still in question (`(BEGIN BRACKETS) DEEPLY CONCERNED…`).
  const bracket = spelledBracket.exec(text)
  if (bracket) return opensPreambularParagraph(text.slice(bracket[0].length), 'en')
  // A phrase set in capitals (the IMO's `RECALLING ALSO`, `BEING AWARE`): a known one opens a paragraph.
  if (/^\p{Lu}{2,}(?=[\s,]|$)/u.test(text)) return detectLeadingPhrase(text, 'en', 'preamble')?.known === true
  const word = /^(\p{Lu}\p{Ll}+)/u.exec(text)?.[1]
  if (!word) {
    // OCR read the capital as two glyphs (`rlaving noted`): mended, a known phrase or a participle phrase.
    const mended = mendedCapital(text)
    if (mended === undefined) return false
    if (detectLeadingPhrase(mended, 'en', 'preamble')?.known) return true
    // `Having noted`: a participle after the mended word, as a paragraph opens (not `leaving aside`).
    return /^\p{Lu}\p{Ll}+(?:ing|ed) \p{Ll}+(?:ed|en)\b/u.test(mended)
  }
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  if (phrase?.known) return true
  // A word in -ed or -ing outside the lexicon opens a paragraph as a participle (`Deploring…`,
  // `Gravely concerned…`), not as the first word of a name wrapped onto the line (`…to be held in
  // Los Angeles,` / `United States of America, from 14…`, A/RES/80/8): a participle's next word is
  // in lower case.
  // Nor as a title's words wrapped onto the line (`…the Development, Production,` / `Stockpiling
  // and Use of Chemical Weapons…`): a noun in capitals after `and` is a title's, not a participle's object.
  return isWellFormed(word, 'preamble') && /(?:ing|ed)$/.test(word) && !nameAfter.test(text) && !titleAfter(text)
}

/** `Stockpiling and Use…`: a capitalised word after `and` or `or`, itself no participle (not `Deploring and Condemning`). */
function titleAfter(text: string): boolean {
  const next = /^\p{Lu}\p{Ll}+\s+(?:and|or)\s+(\p{Lu}\p{Ll}+)/u.exec(text)?.[1]
  return next !== undefined && !/(?:ing|ed)$/.test(next)
}

/** A capitalised word after the first: the line opens with a name (`United States`, `United Kingdom`). */
const nameAfter = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u

/** A line's opening words in Markdown's italics or bold (`*Noting also*`, `__Recalling__`). */
const emphasisOpening = /^(\*{1,2}|_{1,2})(\p{Lu}[^*_\n]{0,80})\1(?=[\s,:;]|$)/u

/** A mark an OCR read from a speck before a line's capital (not a quotation's double quotes). */
export const straySpeck = /^['‘’·]\s?(?=\p{Lu})/u
