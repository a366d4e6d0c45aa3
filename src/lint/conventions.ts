import {preambularParagraphs} from '../tree/access.js'
import {closingMark} from './paragraphs.js'
import type {Lang, OperativeParagraph, Resolution} from '../tree/types.js'

/**
 * Whose drafting conventions a text follows. The United Nations' (General Assembly, Security
 * Council, ECOSOC, Human Rights Council, conferences of parties…) end every preambular
 * paragraph with a comma and write symbols `A/75/10`. The World Health Organization's
 * governing bodies (the World Health Assembly and WHO's Executive Board) end preambular
 * paragraphs with a semicolon (`Having considered the report by the Director-General;1`),
 * print operative verbs in capitals (`URGES`, `REQUESTS`) and write their own symbols without a
 * slash after the series (`A75/10`, `EB150/5`, `WHA72.2`, `EB150.R1`).
 */
export type Conventions = 'un' | 'who' | 'semicolons' | 'stops'

/** `The Seventy-fifth World Health Assembly,`, `The Health Assembly,`, `第七十五届世界卫生大会，`. */
const healthAssembly = /\bHealth Assembly\b|卫生大会|衛生大會/u

/** WHO's masthead or its own symbols: `WORLD HEALTH ORGANIZATION`, `EB150/5`, `WHA75.1`. */
const whoMasthead = /\bWORLD HEALTH ORGANIZATION\b|世界卫生组织|世界衛生組織/u
const whoSymbol = /^(?:A\d{1,3}\/|EB\d{1,3}[./]|WHA\d{1,3}\.)/u
const whoResolutionLine = /^(?:EB\d{1,3}\.R\d{1,3}|WHA\d{1,3}\.\d{1,3})(?:\s|$)/u
/** WHO's regional committees' symbols: `AFR/RC28/R1`, `WPR/RC70.R1`, `WP/RC16/…`, `EM/RC55/R.2`, `SEA/RC60/R1`, `EUR/RC68/R1`. */
const whoRegionalSymbol = /\b(?:AFR|WPR?|EM|SEA|EUR)\/RC\d{1,3}\b/u

/**
 * The body the formula names, and for an Executive Board or a Regional Committee the masthead,
 * decide. A text whose every preambular paragraph (three or more; the last may close with a
 * comma) ends with a semicolon follows a body that drafts so — UNESCO's, FAO's, the WHO's own
 * committees under any name: that is its convention, not a slip in each paragraph.
 */
export function conventionsOf(tree: Resolution): Conventions {
  const body = tree.meta.body ?? ''
  if (healthAssembly.test(body)) return 'who'
  const preface = tree.children.find((child) => child.type === 'preface')
  if (/^(?:Executive Board|执行委员会|執行委員會)$/u.test(body)) {
    if (tree.meta.symbol !== undefined && whoSymbol.test(tree.meta.symbol)) return 'who'
    // Its masthead, or a resolution's symbol over it (`EB126.R1 Appointment of…`).
    if (preface?.children.some((line) => whoMasthead.test(line.value) || whoResolutionLine.test(line.value)))
      return 'who'
  }
  // A WHO regional committee: its masthead or symbol (`AFR/RC28/R1: The Regional Committee,`).
  if (/^(?:Regional Committee|区域委员会|區域委員會)$/u.test(body)) {
    if (tree.meta.symbol !== undefined && whoRegionalSymbol.test(tree.meta.symbol)) return 'who'
    if (preface?.children.some((line) => whoMasthead.test(line.value) || whoRegionalSymbol.test(line.value)))
      return 'who'
  }
  return preambleHouse(tree)
}

/**
 * The United Nations' principal organs and the Human Rights Council, as their formulas name
 * them. The UN sets its formula in title case (`The General Assembly,`); another organization's
 * assembly in capitals (`THE GENERAL ASSEMBLY:`, the OAS's) drafts by its own house.
 */
const unOrgan =
  /^(?:General Assembly|Security Council|Economic and Social Council|Trusteeship Council|Human Rights Council|大会|大會|安全理事会|安全理事會|经济及社会理事会|經濟及社會理事會|托管理事会|託管理事會|人权理事会|人權理事會)$/u

/**
 * Whether a text is one of the UN's principal organs'. A text that names no body (a draft, an
 * excerpt) is held to the UN's rules unless it writes its opening phrases in capitals
 * (`RECALLING…`, `NOTING…`: the IWC's and CITES's house), which the UN never does.
 */
export function draftedByUnOrgan(tree: Resolution): boolean {
  const body = tree.meta.body
  if (body !== undefined) return unOrgan.test(body)
  const preamble = preambularParagraphs(tree)
  const capitals = preamble.filter((paragraph) => /^\p{Lu}{2,}\b/u.test(paragraph.text.trimStart())).length
  return preamble.length < 2 || capitals * 2 <= preamble.length
}

/**
 * A UN organ's text follows the semicolon convention only if every preambular paragraph but the
 * last ends so (a UNESCO convention adopted as `The General Assembly,`). Another body's text
 * drafts by the mark its paragraphs end with, semicolons (IWC 2001-1, the OAS) or full stops
 * (IWC 2007-5: `FURTHER NOTING that… the vaquita.`), two at least (the last paragraph counts when
 * there are only two), with at most one comma among them: the others are that text's slips, or a
 * copy's.
 */
function preambleHouse(tree: Resolution): Conventions {
  const preamble = preambularParagraphs(tree)
  if (preamble.length < 2) return 'un'
  const ends = preamble.map((paragraph) => closingMark(paragraph.text, tree.data.layout))
  const unOrgan = draftedByUnOrgan(tree)
  if (unOrgan && preamble.length < 3) return 'un'
  // Another body's two-paragraph preamble (the League's `…thereto;` / `…dispute;`) counts both:
  // its house ends the last as it ends the others.
  const last = preamble.length === 2 && !unOrgan ? undefined : ends.pop()
  const count = (marks: string): number => ends.filter((end) => marks.includes(end)).length
  if (unOrgan)
    return count(';；') === ends.length && last !== undefined && ';；,，'.includes(last) ? 'semicolons' : 'un'
  const [commas, semicolons, stops] = [count(',，'), count(';；'), count('.。')]
  // One comma among them is a slip (IWC 2001-1's `…law, and`); more is a text that mixes, held to the UN's.
  if (commas > 1) return 'un'
  if (semicolons >= 2 && semicolons >= stops) return 'semicolons'
  if (stops >= 2) return 'stops'
  return 'un'
}

/**
 * What another body's operative part does throughout is its house style, not a slip in each
 * paragraph: the IWC and the FAO of the 1960s set their operative paragraphs unnumbered
 * (`ENDORSES AND AFFIRMS…`, `Requests…`); the IWC and the OAS end each with a full stop
 * (`1. That Resolution VI… ceases to have effect…`). A UN organ's text is held to the UN's rules
 * whatever it does, and so is a text with one operative paragraph.
 */
export function unnumberedThroughout(tree: Resolution, operative: readonly OperativeParagraph[]): boolean {
  return !draftedByUnOrgan(tree) && operative.length >= 2 && operative.every((paragraph) => paragraph.num === undefined)
}

/**
 * Every operative paragraph before the last of another body's text ends with a full stop (see
 * `unnumberedThroughout`); `ends` are those paragraphs' final marks.
 */
export function fullStopsThroughout(tree: Resolution, ends: readonly string[]): boolean {
  return !draftedByUnOrgan(tree) && ends.length >= 1 && ends.every((end) => end === '.' || end === '。')
}

/** The mark a preambular paragraph ends with under these conventions. */
export function preambleEnd(conventions: Conventions, lang: Lang): string {
  if (conventions === 'stops') return lang === 'zh' ? '。' : '.'
  if (conventions !== 'un') return lang === 'zh' ? '；' : ';'
  return lang === 'zh' ? '，' : ','
}

/** The names of the conventions, for messages: `the World Health Assembly's`. */
export const conventionsName: Record<Conventions, string> = {
  un: 'the United Nations’',
  who: 'the World Health Organization’s',
  semicolons: 'the text’s own (semicolons throughout its preamble)',
  stops: 'the text’s own (full stops throughout its preamble)',
}

/**
 * WHO's own document symbols: `A75/10` (Health Assembly), `EB150/5` (Executive Board), with
 * `Add.1`, `Corr.1`, `Rev.1` as the UN writes them, and resolution numbers `WHA72.2`, `EB150.R1`.
 */
export function isWhoSymbol(text: string): boolean {
  return /^(?:A|EB)\d{1,3}\/(?:[A-Z]{1,4}\/)?\d{1,3}(?: ?(?:Add|Corr|Rev)\.\d{1,2})*$|^WHA\d{1,3}\.\d{1,3}$|^EB\d{1,3}\.R\d{1,3}$/u.test(
    text,
  )
}
