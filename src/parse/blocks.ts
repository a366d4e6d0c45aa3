import type {Lang} from '../tree/types.js'
import {detectLeadingPhrase, fromCapitals, isWellFormed} from './leading-phrase.js'
import type {Line} from './lines.js'
import {preambularPhrasesZh} from './lexicon-zh.js'
import {withoutMarkers, type MarkerSpan} from './markers.js'
import {itemMarkerLine, operativeNumber} from './patterns.js'
import {
  maxHeadingLength,
  maxHeadingLines,
  partNumeral,
  spelledBracket,
  straySpeck,
  stripTrailingMarkers,
  type Unit,
} from './units.js'

/** A paragraph's lines once page breaks are mended, or a section heading of the operative part. */
export interface Block {
  kind: Unit['kind'] | 'heading'
  lines: number[]
  /** A preambular paragraph printed with its number (`1. Having examined…`): the number is its place, not text. */
  numbered?: true
}

/**
 * Stage: units → blocks. A unit that does not open a paragraph continues the one before it: a
 * page break, a footnote block or a Markdown page separator cut it (even inside a word:
 * `《枪` … `支议定书》`).
 */
export function joinContinuations(
  units: readonly Unit[],
  lines: readonly Line[],
  lang: Lang,
  markers: ReadonlyMap<number, MarkerSpan[]>,
): Block[] {
  const blocks: Block[] = []
  units.forEach((unit, index) => {
    if (isHeading(units, index, lines, lang) || partNumeralLine(units, index, lines, lang, blocks.at(-1))) {
      blocks.push({kind: 'heading', lines: [...unit.lines]})
      return
    }
    const previous = blocks.at(-1)
    if (
      previous &&
      unit.kind === 'text' &&
      (!unit.ownParagraph || (lang === 'zh' && zhClause.test((lines[unit.lines[0] as number] as Line).text))) &&
      !leadLine(units, index, lines, lang) &&
      previous.kind !== 'conclusions' &&
      previous.kind !== 'heading'
    ) {
      const last = previous.lines.at(-1) as number
      const before = stripTrailingMarkers(withoutMarkers((lines[last] as Line).text, markers.get(last)))
      const next = (lines[unit.lines[0] as number] as Line).text
      // Some extractions set the number apart: `1.`, a blank line, then the text.
      const bareNumber =
        previous.lines.length === 1 &&
        (operativeNumber.exec(before)?.[0].trim() === before || itemMarkerLine.exec(before)?.[0].trim() === before)
      // An operative paragraph's lead-in (`…the following persons…:`) takes the lines under it (the names).
      const listed = previous.kind === 'operative' && namesUnder(before, unit, lines)
      // An option of the paragraph above, set under it (`20. **Option 1:** …` / `    **Option 2:** …`).
      const option = lang === 'en' && optionOfParagraph(next, previous, lines)
      if (bareNumber || listed || option || continues(before, next, lang, unit.afterGap)) {
        previous.lines.push(...unit.lines)
        return
      }
    }
    blocks.push({kind: unit.kind, lines: [...unit.lines]})
  })
  return blocks
}

/**
 * A part's Roman numeral on a line of its own between unnumbered operative paragraphs, the text
 * set with no blank lines (S/RES/82 (1950) as a telegram reports it: `Determines…; and` / `I` /
 * `Calls for…;` / … / `II` / `Requests…`): a heading, not words of the paragraph above or below.
 * Only where the paragraph above has ended (`;`, `:`, `.`, or `; and`) and a known operative verb
 * opens the line below.
 */
function partNumeralLine(
  units: readonly Unit[],
  index: number,
  lines: readonly Line[],
  lang: Lang,
  previous: Block | undefined,
): boolean {
  const unit = units[index] as Unit
  const after = units[index + 1]
  if (lang !== 'en' || unit.lines.length !== 1 || previous === undefined || previous.kind === 'heading') return false
  if (after === undefined) return false
  const text = (lines[unit.lines[0] as number] as Line).text
  return partNumeral(
    text,
    (lines[previous.lines.at(-1) as number] as Line).text,
    (lines[after.lines[0] as number] as Line).text,
  )
}

/**
 * The ITU's layout: a leading phrase in lower case alone on its line between blank lines
 * (`considering`, `resolves`, `instructs the Secretary-General`), its lettered or numbered
 * clauses below it (`a) that…;`, `1 that…;`). Such a line opens a paragraph; a wrapped line of
 * prose never stands alone between blank lines.
 */
function leadLine(units: readonly Unit[], index: number, lines: readonly Line[], lang: Lang): boolean {
  const unit = units[index] as Unit
  if (!unit.afterGap || unit.lines.length !== 1 || units[index + 1]?.afterGap === false) return false
  const text = (lines[unit.lines[0] as number] as Line).text
  // In Chinese (the ITU's PDF): `考虑到`, `做出决议`, `责成秘书长` alone between blank lines.
  if (lang === 'zh' ? !zhLeadLine.test(text) : !/^\p{Ll}[\p{L} -]*$/u.test(text) || text.length > maxLeadLine)
    return false
  const preamble = detectLeadingPhrase(text, lang, 'preamble')
  if (preamble?.known && preamble.text === text) return true
  return detectLeadingPhrase(text, lang, 'operative')?.known === true
}
const zhLeadLine = /^[\u3400-\u9fff]{2,12}$/u

/**
 * `1 国际电联秘书处应…`, `b) 自1994年…`: the ITU's numbered and lettered clauses in Chinese, a
 * number with no stop, a letter with a closing bracket only; in its PDF's text the number's tab
 * is a run of spaces and clauses go two levels deep (`1.1      除以上…`).
 */
const zhClause = /^(?:\d{1,2}(?:\.\d{1,2})? +(?=[\u3400-\u9fff])|[a-z][)）](?:\s|$|(?=[\u3400-\u9fff])))/u

/** A note call of one to three digits right after a closing title mark, quote or bracket. */
const noteAfterClose = /[》」』”）)]\d{1,3}$/u

/** The longest lead line (`instructs the Director of the Telecommunication Development Bureau`). */
const maxLeadLine = 80

/** The longest line of a list of names under an operative paragraph's colon. */
const maxListedLine = 40

/**
 * A list of names under a colon: short lines with no mark at their end (a declaration's title
 * after `Adopts the following political declaration…:`, A/RES/72/1, is longer).
 */
function namesUnder(before: string, unit: Unit, lines: readonly Line[]): boolean {
  return (
    /[:：]$/.test(before) &&
    unit.lines.every((line) => {
      const text = (lines[line] as Line).text
      return text.length <= maxListedLine && !/[.;:,。；：，]$/.test(text)
    })
  )
}

/**
 * A section heading of the operative part ("I", "A. General matters", "Refugees"): a short
 * unit without closing punctuation or an opening phrase, right before an operative
 * paragraph or before another such unit.
 */
function isHeading(units: readonly Unit[], index: number, lines: readonly Line[], lang: Lang): boolean {
  const unit = units[index] as Unit
  if (unit.kind !== 'text') return false
  // A resolution in parts under one formula (`大会,` / `A` / `审议了…`; `The General Assembly,` /
  // `A` / `Having considered…`, A/RES/52/214; the UNDP Governing Council's `The Governing Council` /
  // `I` / `Recalling…`): the part's letter or first Roman numeral alone before the first paragraph.
  if (index === 0 && unit.lines.length === 1 && /^[A-I]\.?$/.test((lines[unit.lines[0] as number] as Line).text))
    return true
  // After a colon, names are the paragraph's own lines (`1. NOMINATES… the following persons…:` /
  // `Dr Francisco J. Dy` / `Dr R. W. Greville`), not a heading.
  const before = units[index - 1]?.lines.at(-1)
  if (before !== undefined && namesUnder((lines[before] as Line).text, unit, lines)) return false
  const text = unit.lines
    .map((line) => (lines[line] as Line).text)
    .join(' ')
    .replace(/[*_#]/g, '')
    .trim()
  if (lang === 'en' && !/^(?:[IVXLC]+\.?|[A-Z]\.|\p{Lu})/u.test(text)) return false
  // A draft's option label on a line of its own (`**Option 2** (paras 6-9bis):`, `Option 2: No text;`,
  // the Paris draft decision of 6 November 2015): it heads the alternative paragraphs under it.
  // One that follows a paragraph holding option 1 (`16. **Option 1** : …` / `**Option 2:** No text.`) is
  // that paragraph's alternative instead.
  if (lang === 'en' && text.startsWith('Option') && optionLabel.test(text)) {
    const above = units[index - 1]
    return !above?.lines.some((line) => /\bOption\s+1\b/u.test((lines[line] as Line).text))
  }
  // An operative paragraph that a page break cut mid-sentence (`…decision: The International` /
  // page foot / `Centre for the Study…`) goes on below it, as does one that ends with the colon that
  // announces it (`…the following observer…:` / page foot / the name): no heading follows a word or a colon.
  const previous = units[index - 1]
  if (
    lang === 'en' &&
    previous?.kind === 'operative' &&
    before !== undefined &&
    /[\p{L},:]$/u.test((lines[before] as Line).text)
  )
    return false
  // A paragraph's end that a page break set apart (`Executive Board; and`): no heading ends so.
  if (lang === 'en' && /[;,]\s+(?:and|or)$/u.test(text)) return false
  // A Chinese heading is a short title: a clause with a comma inside is a paragraph.
  if (lang === 'zh' && (/[，,；;。]/.test(text) || [...text].length > 40)) return false
  // Chinese sets a preambular paragraph's verb at its end (`对…深表关切，`): a line that ends
  // with one is a paragraph that lost its comma, not a heading.
  if (lang === 'zh' && preambularPhrasesZh.some((phrase) => text.endsWith(phrase))) return false
  if (detectLeadingPhrase(text, lang, 'preamble')?.known) return false
  for (let next = index; next < units.length; next++) {
    const unit = units[next] as Unit
    if (next > index && unit.kind === 'operative') return true
    if (unit.kind !== 'text' || unit.lines.length > maxHeadingLines) return false
    const text = unit.lines.map((line) => (lines[line] as Line).text).join(' ')
    if (text.length > maxHeadingLength || /[,;:.，；：。]$/.test(stripTrailingMarkers(text))) return false
  }
  return false
}

/**
 * Does `next` carry on the paragraph that `before` ends? Yes when `before` stops mid-sentence
 * (unless, after a gap, `next` opens with a known preambular phrase);
 * after a comma, unless `next` opens a paragraph; after a semicolon or full stop, only when
 * `next` starts in lower case.
 */
function continues(text: string, next: string, lang: Lang, afterGap: boolean): boolean {
  let before = text
  // A cable's spelled-out bracket before a paragraph in question (`(BEGIN BRACKETS) DEEPLY CONCERNED…`).
  let bare = next.replace(/[*_]/g, '').replace(straySpeck, '').replace(spelledBracket, '')
  if (lang === 'zh') {
    // `…得為聯合國會員國,又` / `鑒於…`: the older texts end a paragraph with 又 (`; and`).
    if (/[，；,;][又并及]$/.test(before) && detectLeadingPhrase(bare, 'zh', 'preamble') !== undefined) return false
    // The ITU's numbered clauses under their phrase (`做出决议` / `1 国际电联秘书处应…；` / `2 …`), numbered
    // with no stop, go on with it, as in English.
    if (zhClause.test(bare) && /[\u3400-\u9fff；;，,]$/u.test(before)) return true
    if (!/[，；。：,;.:]$/.test(before)) {
      // A paragraph that ends on its note call with its comma lost (`…和《侵略定义》4` / `认识到…`,
      // A/RES/32/155 on a web page): the call sits after a closing title mark or bracket, and a
      // known preambular phrase opens the next line.
      const digit = before.charCodeAt(before.length - 1)
      if (digit >= 48 && digit <= 57 && noteAfterClose.test(before.slice(-5)))
        return detectLeadingPhrase(bare, 'zh', 'preamble')?.known !== true
      return true
    }
    return /[，,]$/.test(before) && detectLeadingPhrase(bare, 'zh', 'preamble') === undefined
  }
  if (/^\p{Ll}/u.test(bare)) return true
  // A phrase with its prefix set apart (`Re-emphasizing its support…`) reads as the phrase itself.
  if (bare.startsWith('Re-')) bare = bare.replace(/^Re-(\p{Ll})/u, (_, first: string) => first.toUpperCase())
  // The ITU's numbered clauses under their phrase (`resolves` / `1 that…;` / `2 that…`) go on with it.
  if (/^\d{1,2}\s+(?:that|to)\s/.test(bare)) return true
  // A note's number glued after the paragraph's punctuation (`2020–2021;1`), its note not in the text.
  if (/[,;]\d{1,3}$/.test(before) && /^\p{Lu}/u.test(bare)) before = before.slice(0, before.search(/(?<=[,;])\d{1,3}$/))
  if (/[;:.!?。]$/.test(before)) return false
  const comma = /,$/.test(before)
  // A paragraph that ends `; and` (`…relations; and` / `BEARING IN MIND…`) ends before a known phrase.
  if (/(?:^|[,;]\s+)(?:and|or)$/.test(before) && /^\p{Lu}/u.test(bare)) {
    const opening = detectLeadingPhrase(bare, 'en', 'preamble')
    if (opening?.known && isWellFormed(fromCapitals(opening.base), 'preamble')) return false
  }
  if (!comma && !afterGap) return true
  // A paragraph that ends with a bare `and` (`…the success of its work and`), a blank line, then
  // a known operative phrase (`Condemns in particular…`): the next of the unnumbered paragraphs.
  if (!comma && /\s(?:and|or)$/.test(before) && /^\p{Lu}/u.test(bare)) {
    const verb = detectLeadingPhrase(bare, 'en', 'operative')
    if (verb?.known && isWellFormed(fromCapitals(verb.base), 'operative')) return false
  }
  const phrase = detectLeadingPhrase(bare, 'en', 'preamble')
  // A paragraph cut by a page break or a column whose rest the page sets elsewhere (an OCR
  // that read two columns in turn): after the gap, a known preambular phrase in capitals
  // opens the next paragraph, however the last line of the cut one ended.
  if (!comma)
    return !(phrase?.known === true && isWellFormed(fromCapitals(phrase.base), 'preamble') && /^\p{Lu}/u.test(bare))
  const opens =
    phrase !== undefined &&
    (phrase.known || /(?:ing|ed)$/.test(phrase.base.split(' ')[0] ?? '') || isWellFormed(phrase.base, 'preamble'))
  return !opens
}

/**
 * A draft's option label alone (`Option 2 (paras 6-9bis):`, `Option 1 (paras 19—19quinquies):`), or
 * with the convention's `No text` (the option is to have none), once `*`, `_` and `#` are dropped.
 */
export const optionLabel =
  /^Option\s(?:\d{1,2}|[IVX]{1,4})(?: ?\((?:paras?\.?|paragraphs?)\s[^()]{1,40}\))?(?: ?:)?(?: ?No text[.;]?)?$/u

/** A line that opens with an option label (`**Option 2:** No such…`) under a paragraph that holds option 1. */
function optionOfParagraph(next: string, previous: Block, lines: readonly Line[]): boolean {
  const bare = next.trimStart().replace(/^[*_]+/u, '')
  if (!/^Option\s+\d{1,2}[*_]*\s*:/u.test(bare)) return false
  return previous.lines.some((line) => /\bOption\s+1\b/u.test((lines[line] as Line).text))
}
