import type {Lang} from '../tree/types.js'
import {
  detectLeadingPhrase,
  dropPinyin,
  fromCapitals,
  isWellFormed,
  narrativeDecision,
  plainOpening,
} from './leading-phrase.js'
import type {Line} from './lines.js'
import {damagedFormula} from './ocr.js'
import {connectiveLine, operativeNumber, unOrgans} from './patterns.js'

// A formula is a short line: a body's name in Chinese (`安全理事会`, `人权理事会`) is well under 20
// characters; in English, a formula that runs into a one-sentence resolution ("The General
// Assembly, … Adopts …") may fill a few lines, never a page.
const zhFormulaLength = 20
const enFormulaLength = 320

/** Lines [start, end) of the enacting formula. */
export interface FormulaLines {
  start: number
  end: number
  text: string
  /** "The General Assembly" with no comma, then an operative verb: the resolution is one sentence. */
  oneSentence?: boolean
  /** The body a formula the OCR damaged names (`Security Council` for `The .')ecurity Council,`). */
  body?: string
  /** A Chinese formula led in by the matter it acts on (`关于…，大会：`), perhaps with `因此` above. */
  ledIn?: true
}

// The ITU's conferences name their place and year after the body: `…Union (Busan, 2014),`; the
// ILO's Conference its session: `…Labour Organization, meeting in its 93rd Session, 2005,`.
// A treaty body names the article that set it up: `The Human Rights Committee, established under
// article 28 of the International Covenant on Civil and Political Rights,`.
const enFormula =
  /^The\s+\p{Lu}[^,;:.]{2,300}(?:\s\(\p{Lu}[^,;:.()]{1,40},\s\d{4}\))?(?:,\s(?:meeting|having met|assembled|sitting|established\s(?:under|by|pursuant\sto))\s[^;:.]{3,200})?,$/u
/** The session clause of an ILO formula, or a treaty body's article: not part of the body's name. */
const sessionClause =
  /,\s(?:meeting|having met|assembled|sitting|established\s(?:under|by|pursuant\sto))\s[^;:.]{3,200},$/u
// The Security Council's first texts may lead in with 因此 (`因此,安全理事会,`, "Therefore the Security Council").
const zhBody = /^(?:因此[，,]?)?[^，。；：\s]{0,80}(?:大会|全会|理事会|会议|委员会|执行局|组织|论坛)/u
/**
 * `大会，`, `安全理事会：` (the view folds ASCII punctuation to full width); the ITU's conferences
 * name their year and place after the body, as in English (`国际电联全权代表大会(2014年，釜山)，`).
 */
const zhFormula = new RegExp(`${zhBody.source}(?:[(（][^()（）]{1,20}[)）])?[，：]$`, 'u')
/**
 * A formula line: a body's name and its comma. A preambular paragraph that ends on a body's name
 * (`回顾其…第2997(XXVII)号决议决定成立联合国环境规划署理事会，`) opens with a known phrase; no
 * body's name does. The phrase is looked up only for a line the pattern matched.
 */
function isZhFormula(text: string): boolean {
  return (
    zhFormula.test(text) && !zhMeetingClause.test(text) && detectLeadingPhrase(text, 'zh', 'preamble')?.known !== true
  )
}
/**
 * The clause of the time and place a body met (`于1989年10月6日在蒙特利尔举行第二十七届会议，`,
 * "Having met at Montreal on 6 October 1989 in its 27th Session"): it ends on a session's 会议,
 * and is no body's name.
 */
const zhMeetingClause = /^[于於在][^，。；：]{0,60}第[\d〇零一二三四五六七八九十百]+[届屆次](?:会议|會議)[，：,:]$/u
/**
 * A formula led in by the matter it acts on (A/RES/9 (I) (1946): `关于宪章第十一章，大会：`, "With
 * regard to Chapter XI of the Charter, the General Assembly:"), ending with a colon: the body's
 * name right after the one comma.
 */
const zhLedFormula = new RegExp(`^关于[^，。；：\\s]{1,40}[，,]${zhBody.source.slice(1)}：$`, 'u')
/** A connective alone on its line above such a formula (`因此`, "Therefore"). */
const zhConnective = /^(?:因此|因而|为此|為此|爰此)[，,]?$/u
/** A body named alone on its line, with no comma: `安全理事会`, then a paragraph. */
const zhBareFormula = new RegExp(`${zhBody.source}$`, 'u')

/** Ministers named with no article (the WTO's Ministerial decisions), the members of the body themselves. */
const pluralAgent = /^(?:The\s+)?Ministers$/u
/** The plural verb that follows such a formula (`decide as follows:`, `agree that…`). */
const pluralVerb = /^(?:decide|agree|adopt|request|invite)\b/u

/** How far into a file the formula may sit: the masthead is never longer than this. */
const searchLimit = 400

/**
 * The enacting formula ("The General Assembly,", "大会，"), which ends the masthead and
 * opens the preamble. It may be set in italics and, in PDF text, wrapped over two lines.
 */
export function findFormula(lines: readonly Line[], lang: Lang): FormulaLines | undefined {
  const limit = Math.min(lines.length, searchLimit)
  for (let index = 0; index < limit; index++) {
    let first = bare((lines[index] as Line).text)
    if (first === '') continue
    if (lang === 'zh') {
      // A site that left a character's pinyin in brackets (`國(guó)際民用航空組織大會(huì)`): the name is read without it.
      first = dropPinyin(first)
      const led = zhLedFormula.exec(first)
      if (led) {
        const start = index > 0 && zhConnective.test(bare((lines[index - 1] as Line).text)) ? index - 1 : index
        return {start, end: index + 1, text: first, ledIn: true}
      }
      if (isZhFormula(first)) {
        const lead = /^因此[，,]?/u.exec(first)
        return lead
          ? {start: index, end: index + 1, text: first, body: first.slice(lead[0].length).replace(/[，：]$/u, '')}
          : {start: index, end: index + 1, text: first}
      }
      // A body's name never opens with a number (`54/254.联合国千年首脑会议` is a title), and a
      // title set on its own line under its number stands above the formula (`54/254.` /
      // `联合国千年首脑会议` / `大会，`, as pdftotext gives the heading).
      if (
        zhBareFormula.test(first) &&
        first.length <= zhFormulaLength &&
        !/^\d/.test(first) &&
        opensParagraphAfter(lines, index + 1, lang) &&
        !isZhFormula(dropPinyin(nextText(lines, index + 1)))
      )
        return {
          start: index,
          end: index + 1,
          text: first,
          ...(adoptsTextBelow(lines, index + 1) ? {oneSentence: true} : {}),
        }
      continue
    }
    // The Uruguay Round's Ministerial decisions name the ministers in the plural with no article,
    // the verb on the next line (`Ministers` / `decide as follows:` / the decision's one sentence):
    // the formula, and a resolution of one sentence.
    if (pluralAgent.test(first) && pluralVerb.test(nextText(lines, index + 1, 2)))
      return {start: index, end: index + 1, text: first, oneSentence: true}
    // A formula set in capitals (`THE GENERAL ASSEMBLY:`, `THE ASSEMBLY,`: the OAS, the IMO) reads as the same formula.
    if (/^THE\s+[\p{Lu}\s-]{3,80}[,:]?$/u.test(first)) first = `The${first.slice(3)}`
    // A formula the OCR damaged by a letter or two (`The .')ecurity Council,`) is still the formula.
    const damaged = /,$/.test(first) && !/^The\s+\p{Lu}/u.test(first) ? damagedFormula(first) : undefined
    if (damaged) return {start: index, end: index + 1, text: first, body: damaged}
    // A cable's organ with no article, a phrase under it.
    const organ = organWithoutArticle(first)
    if (organ !== undefined && nextPhrase(lines, index + 1) !== undefined)
      return {start: index, end: index + 1, text: first, body: organ}
    // A web copy may break the line after the article (`The` / `Security Council,`).
    if ((!/^The\s+\p{Lu}/u.test(first) && first !== 'The') || first.length > enFormulaLength) continue
    // A resolution that is one unnumbered sentence has no comma after the formula:
    // "The General Assembly" / "Endorses the political declaration …".
    // When the comma is lost ("The Security Council" / "Recalling …"), a preambular paragraph follows.
    // A telegram abbreviates the organ (`The GA`, `The SC`), with no comma.
    if (!/[,.;:)]$/.test(first) && (/^The\s+\p{Lu}[\p{L}’' -]{2,80}$/u.test(first) || /^The (?:GA|SC)$/u.test(first))) {
      // Numbered operative paragraphs right under it (`The Conference of the Parties` / `1.Takes note…`,
      // InforMEA's decisions): the formula, its comma lost; the resolution is not one sentence.
      if (numberedOperativeFollows(lines, index + 1)) return {start: index, end: index + 1, text: first}
      const next = nextPhrase(lines, index + 1)
      // `Resolves:` alone, its numbered or lettered paragraphs under it, is their lead-in, not one sentence.
      if (next === 'operative' && leadInFollows(lines, index + 1)) return {start: index, end: index + 1, text: first}
      if (next === 'operative') return {start: index, end: index + 1, text: first, oneSentence: true}
      if (next === 'preamble') return {start: index, end: index + 1, text: first}
    }
    // A full stop where the comma belongs (`The International Whaling Conference.`, a Final Act's
    // transcription), its lead-in under it (`Resolves:` / `That…`).
    if (/^The\s+\p{Lu}[\p{L}’' -]{2,80}\.$/u.test(first) && leadInFollows(lines, index + 1))
      return {start: index, end: index + 1, text: first, body: first.slice(4, -1).trim()}
    // A record of decisions: `The Governing Body:` before lettered or numbered paragraphs; the
    // OAS's `THE GENERAL ASSEMBLY:` before its preamble; the IWC's `THE COMMISSION:` before `AGREES…`.
    if (
      /^The\s+\p{Lu}[\p{L}’' -]{2,80}:$/u.test(first) &&
      (listFollows(lines, index + 1) || nextPhrase(lines, index + 1) !== undefined)
    )
      return {start: index, end: index + 1, text: first}
    let text = first
    for (let end = index + 1; end <= Math.min(index + 3, lines.length); end++) {
      if (enFormula.test(text)) {
        const session = sessionClause.exec(text)
        return session ? {start: index, end, text, body: text.slice(4, session.index)} : {start: index, end, text}
      }
      const next = bare((lines[end] as Line | undefined)?.text ?? '')
      if (next === '' || text.endsWith(',')) break
      text = `${text} ${next}`
    }
    // A stray comma or a letter the OCR put in the body's name (`The General, Assembly,`,
    // `The GeneraJ, Assembly` before a one-sentence resolution).
    const misread = first.length <= 40 && /[,;:.]./.test(first) ? damagedFormula(first) : undefined
    if (misread) {
      if (first.endsWith(',')) return {start: index, end: index + 1, text: first, body: misread}
      const next = nextPhrase(lines, index + 1)
      if (next !== undefined)
        return {
          start: index,
          end: index + 1,
          text: first,
          body: misread,
          ...(next === 'operative' ? {oneSentence: true} : {}),
        }
    }
  }
  return undefined
}

/**
 * The principal organ a cable names with no article: `Security Council,` (run in: flattened.ts
 * organRunIn), or in capitals, its comma perhaps lost and its word for the opening quotation mark
 * perhaps before it (`QUOTE SECURITY COUNCIL`).
 */
function organWithoutArticle(line: string): string | undefined {
  const capitals = line.replace(/^QUOTE\s+/u, '').replace(/,$/u, '')
  return unOrgans.find((name) => line === `${name},` || capitals === name.toUpperCase())
}

/** Without a formula, the body starts at the first operative number or opening phrase. */
export function findBodyStart(lines: readonly Line[], lang: Lang): number {
  let previousBlank = true
  for (let index = 0; index < lines.length; index++) {
    const text = bare((lines[index] as Line).text)
    if (text === '') {
      previousBlank = true
      continue
    }
    if (/^1[.．]/.test(text) && operativeNumber.test(text)) return clauseBeforeConnective(lines, index) ?? index
    // Bodies that end their preambular paragraphs with a semicolon (the WHO, CITES) open so too.
    if (previousBlank && detectLeadingPhrase(text, lang, 'preamble')?.known && /[,，;；]$/.test(text)) return index
    // A phrase in capitals before words in lower case (`NOTING that Article 2(2)…`, the IWC, CITES)
    // opens a paragraph however its line ends and whatever stands right above it.
    if (lang === 'en' && capitalsPhrase(text)) return index
    previousBlank = false
  }
  if (lang === 'zh') return pastSessionLines(lines)
  // Nothing else opens it: a record of decisions in narrative sentences (`The Governing Body
  // endorsed…`) opens at its first decision; the title and headings above it are its preface.
  const narrative = lines.findIndex((line) => narrativeDecision(bare(line.text)) !== undefined)
  return narrative < 0 ? 0 : narrative
}

/**
 * With no formula, the Security Council's first texts set their one preambular clause, then a
 * connective alone on its line, above the numbered paragraphs (S/RES/1 (1946): `By Article 47
 * of the Charter, …;` / `Therefore` / `1. The Security Council requests…`). The block above
 * such a line, ending with `;` or `,` and opening with a capital, opens the body.
 */
function clauseBeforeConnective(lines: readonly Line[], first: number): number | undefined {
  let at = first - 1
  while (at >= 0 && bare((lines[at] as Line).text) === '') at--
  if (at < 1 || !connectiveLine.test(bare((lines[at] as Line).text))) return undefined
  let end = at - 1
  while (end >= 0 && bare((lines[end] as Line).text) === '') end--
  if (end < 0 || end === at - 1) return undefined
  let start = end
  while (start > 0 && end - start < maxClauseLines - 1 && bare((lines[start - 1] as Line).text) !== '') start--
  const clause = lines
    .slice(start, end + 1)
    .map((line) => bare(line.text))
    .join(' ')
  if (!/^\p{Lu}\p{Ll}/u.test(clause) || !/[;,]$/.test(clause) || clause.length < 40) return undefined
  if (/\/|\b(?:session|agenda|Distr|Original|Resolution (?:adopted|of))\b/iu.test(clause)) return undefined
  return start
}
/** Lines such a clause may take at most. */
const maxClauseLines = 6

/**
 * Chinese with no formula: the lines a page sets above the text that date it and name the
 * session (`1971年10月25日联合国大会第26届会议 。`, a learner's site) are not its first paragraph.
 */
function pastSessionLines(lines: readonly Line[]): number {
  let index = 0
  for (; index < lines.length; index++) {
    const text = bare((lines[index] as Line).text)
    if (text === '') continue
    if (!sessionLine.test(text)) break
  }
  return index < lines.length ? index : 0
}
/** A date, then a body's session or meeting: `1971年10月25日联合国大会第26届会议。`. */
const sessionLine =
  /^[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十廿卅]{1,3}\s*日[^，。；,;]{0,30}第\s*[\d〇零一二三四五六七八九十百千]+\s*[届次]\s*(?:会议|全会)\s*[。.]?$/u

/**
 * A known preambular phrase in capitals, then a word not in capitals: `NOTING that…`, `HAVING
 * REVIEWED the…`, `RECALLING Article 15(j)…`.
 */
function capitalsPhrase(text: string): boolean {
  if (!/^\p{Lu}{2,}(?: \p{Lu}{2,}){0,4} (?!\p{Lu}{2,}\b)[\p{L}\d]/u.test(text)) return false
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  return phrase?.known === true && isWellFormed(fromCapitals(phrase.base), 'preamble')
}

/**
 * The formula of bodies that set it after the preamble, in capitals on a line of its own, the
 * operative paragraphs under it (CITES: `THE CONFERENCE OF THE PARTIES TO THE CONVENTION` /
 * `RESOLVES…`; the IWC: `NOW THEREFORE THE COMMISSION:` / `ENDORSES…`): the paragraphs above it,
 * from the first that opens with a known phrase, are the preamble. Tried where no formula was
 * found above the text, or the one found is such a line in capitals.
 */
export function formulaAfterPreamble(
  lines: readonly Line[],
  found: FormulaLines | undefined,
  bodyStart: () => number,
): FormulaLines | undefined {
  if (found && !lateFormula.test(bare((lines[found.start] as Line).text))) return afterWhereas(lines, found, bodyStart)
  const from = bodyStart()
  if (found && found.start < from) return undefined
  const first = bare((lines[from] as Line | undefined)?.text ?? '')
  if (!detectLeadingPhrase(first, 'en', 'preamble')?.known) return undefined
  const limit = Math.min(lines.length, from + searchLimit)
  for (let index = from + 1; index < limit; index++) {
    const text = bare((lines[index] as Line).text)
    const match = lateFormula.exec(text)
    if (!match || nextPhrase(lines, index + 1) !== 'operative') continue
    return {start: index, end: index + 1, text, body: match[1]!.trim()}
  }
  return undefined
}

/**
 * The same order with the formula in ordinary case (the ICAO Assembly: `Whereas…;` / `Whereas…;`
 * / `The Assembly:` / `1. Urges…`): the body starts above the formula, at a paragraph that opens
 * with a known preambular phrase, the paragraph right above the formula ends a clause (`;` `,`),
 * and an operative paragraph comes under it.
 */
function afterWhereas(lines: readonly Line[], found: FormulaLines, bodyStart: () => number): FormulaLines | undefined {
  const from = bodyStart()
  if (from >= found.start) return undefined
  const first = bare((lines[from] as Line).text)
  const opening = detectLeadingPhrase(first, 'en', 'preamble')
  if (opening?.known !== true || !isWellFormed(fromCapitals(opening.base), 'preamble')) return undefined
  let above = found.start - 1
  while (above > from && bare((lines[above] as Line).text) === '') above--
  if (!/[,;]$/.test(bare((lines[above] as Line).text))) return undefined
  const under = nextText(lines, found.end).replace(/^\d{1,3}\.\s+/, '')
  if (detectLeadingPhrase(under, 'en', 'operative')?.known !== true) return undefined
  return found
}

/**
 * A Chinese formula led in by the matter it acts on, set after the statements it draws on
 * (A/RES/9 (I) (1946), with no formula above: `联合国于其第一届大会集议，…至为关切.` … `因此` /
 * `关于宪章第十一章，大会：` / `一.促请注意…`). The lines right above it, each ending a sentence or
 * clause, up to a line that ends none (a heading, a site's navigation row) or a blank line, are
 * the preamble: the body starts at the first of them. A numbered paragraph comes under it.
 */
export function zhFormulaAfterPreamble(
  lines: readonly Line[],
  found: FormulaLines | undefined,
): {formula: FormulaLines; from: number} | undefined {
  if (!found?.ledIn) return undefined
  let from = found.start
  while (from > 0) {
    const text = bare((lines[from - 1] as Line).text)
    if (!/[\u3400-\u9fff]/u.test(text) || !/[.。．;；,，]$/u.test(text) || text.includes('|')) break
    from--
  }
  if (found.start - from < 2) return undefined
  const under = nextText(lines, found.end)
  if (!/^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[.．、]\s*[\u3400-\u9fff]/u.test(under)) return undefined
  return {formula: found, from}
}

/** A formula in capitals on its own line, led in or not by `NOW THEREFORE`. */
const lateFormula = /^(?:NOW,?\s+THEREFORE,?\s+)?THE\s+([\p{Lu}\s-]{3,80})[,:]?$/u

function bare(text: string): string {
  return (
    text
      // A quotation opened before the formula and not closed in the text (a telegram cut by the
      // excerpt: `“The Security Council` / `Expressing…`), or a draft's bracket around the whole
      // decision (`[The Conference of the Parties,`): the mark is no part of the formula.
      .replace(/^['‘"“[](?=The\s+\p{Lu}[\p{L}’' -]{1,80},?$)/u, '')
      .replace(/^[*_]+|(?<![*_])[*_]+(?=,?$)/g, '')
      .replace(/(?<![*_])[*_]+$/, '')
      .trim()
  )
}

/**
 * The next line with text among the `within` from `from`, bare, or '' when there is none. Blank
 * lines are not counted: a copy may double or triple them (a Word file saved as text).
 */
function nextText(lines: readonly Line[], from: number, within = 4): string {
  const at = withText(lines, from)
  return at !== undefined && at < from + within + blankRun ? bare((lines[at] as Line).text) : ''
}

/** The most blank lines a copy sets between two paragraphs that the lookahead steps over. */
const blankRun = 12

/** The first line from `from` with text, over at most `blankRun` blank lines. */
function withText(lines: readonly Line[], from: number): number | undefined {
  for (let index = from; index < Math.min(lines.length, from + blankRun + 1); index++)
    if (bare((lines[index] as Line).text) !== '') return index
  return undefined
}

/**
 * A Chinese resolution that is one sentence adopting a text set out below it, with no comma
 * after the formula: `大会` / `兹通过以下宣言:` ("Adopts the following Declaration:") / the
 * text's title, which names the same kind of text (`联合国二十五周年纪念宣言`), then its own
 * paragraphs. The lead-in opens with an operative phrase and ends `以下…:` or `下列…:`.
 */
function adoptsTextBelow(lines: readonly Line[], from: number): boolean {
  let at = from
  while (at < lines.length && bare((lines[at] as Line).text) === '') at++
  if (at >= lines.length) return false
  const leadIn = bare((lines[at] as Line).text)
  const kind = /(?:以下|下列)([\u3400-\u9fff]{1,6})[：:]$/u.exec(leadIn)
  if (!kind || !detectLeadingPhrase(leadIn, 'zh', 'operative')?.known) return false
  const title = nextText(lines, at + 1, 3)
  return title.length <= zhTitleLength && !/[，。；：,.;:]/u.test(title) && title.endsWith(kind[1]!)
}

/** The longest title of a text a resolution adopts. */
const zhTitleLength = 60

/** The next line with text opens a paragraph: an opening phrase, or an operative number. */
function opensParagraphAfter(lines: readonly Line[], from: number, lang: Lang): boolean {
  const text = nextText(lines, from)
  return (
    text !== '' &&
    (operativeNumber.test(text) || detectLeadingPhrase(text, lang, 'preamble') !== undefined || /[，,；;]$/.test(text))
  )
}

/** What the next line with text opens: a preambular paragraph (a participle or adjective), an operative one, or neither. */
function nextPhrase(lines: readonly Line[], from: number): 'preamble' | 'operative' | undefined {
  let at = withText(lines, from)
  if (at === undefined) return undefined
  let text = bare((lines[at] as Line).text)
  // The heading of the resolution's first part (`I`, `A`: the UNDP Governing Council's
  // decisions of the 1980s, `The Governing Council` / `I` / `Recalling…`): the phrase is under it.
  if (partHeading.test(text)) {
    at = withText(lines, at + 1)
    if (at === undefined) return undefined
    text = bare((lines[at] as Line).text)
  }
  // Its emphasis read off the line as written (`**Adopts** the…`; bare() drops only the opening marks).
  const opening = bare(plainOpening((lines[at] as Line).text.trim()))
  const preamble = detectLeadingPhrase(opening, 'en', 'preamble')
  if (preamble?.known && isWellFormed(fromCapitals(preamble.base), 'preamble')) return 'preamble'
  return detectLeadingPhrase(opening, 'en', 'operative')?.known === true ? 'operative' : undefined
}

/** The heading of a resolution's first part, alone on its line: `I`, `A`, `A.`. */
const partHeading = /^(?:I|A)\.?$/

/**
 * The next line with text is an operative verb and a colon alone (`Resolves:`, `Recommends:`),
 * and the one after it opens a paragraph: `1.`, `(a)`, `That…`.
 */
function leadInFollows(lines: readonly Line[], from: number): boolean {
  let at = from
  while (at < lines.length && bare((lines[at] as Line).text) === '') at++
  const leadIn = bare((lines[at] as Line | undefined)?.text ?? '')
  if (!/^\p{Lu}[\p{L} ]{2,40}:$/u.test(leadIn)) return false
  return /^(?:\(a\)|1\.|That)\s+\S/.test(nextText(lines, at + 1, 3))
}

/** The next line with text is operative paragraph 1 (`1. Decides…`, `1.Takes note…`). */
function numberedOperativeFollows(lines: readonly Line[], from: number): boolean {
  const text = nextText(lines, from, 3)
  return (
    /^1\.\s*\p{Lu}/u.test(text) && detectLeadingPhrase(text.replace(/^1\.\s*/, ''), 'en', 'operative')?.known === true
  )
}

/** The next line with text opens `(a)` or `1.`. */
function listFollows(lines: readonly Line[], from: number): boolean {
  return /^(?:\(a\)|1\.)\s+\S/.test(nextText(lines, from, 3))
}
