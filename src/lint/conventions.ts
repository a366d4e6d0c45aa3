import {preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'

/**
 * Whose drafting conventions a text follows. The United Nations' (General Assembly, Security
 * Council, ECOSOC, Human Rights Council, conferences of parties…) end every preambular
 * paragraph with a comma and write symbols `A/75/10`. The World Health Organization's
 * governing bodies (the World Health Assembly and WHO's Executive Board) end preambular
 * paragraphs with a semicolon (`Having considered the report by the Director-General;1`),
 * print operative verbs in capitals (`URGES`, `REQUESTS`) and write their own symbols without a
 * slash after the series (`A75/10`, `EB150/5`, `WHA72.2`, `EB150.R1`).
 */
export type Conventions = 'un' | 'who' | 'semicolons'

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
  return semicolonsThroughout(tree) ? 'semicolons' : 'un'
}

function semicolonsThroughout(tree: Resolution): boolean {
  const preamble = preambularParagraphs(tree)
  if (preamble.length < 3) return false
  const ends = preamble.map((paragraph) =>
    paragraph.text
      .trimEnd()
      .replace(/\d{1,3}$/u, '')
      .slice(-1),
  )
  const last = ends.pop()
  return ends.every((end) => end === ';' || end === '；') && last !== undefined && ';；,，'.includes(last)
}

/** The mark a preambular paragraph ends with under these conventions. */
export function preambleEnd(conventions: Conventions, lang: Lang): string {
  if (conventions !== 'un') return lang === 'zh' ? '；' : ';'
  return lang === 'zh' ? '，' : ','
}

/** The names of the conventions, for messages: `the World Health Assembly's`. */
export const conventionsName: Record<Conventions, string> = {
  un: 'the United Nations’',
  who: 'the World Health Organization’s',
  semicolons: 'the text’s own (semicolons throughout its preamble)',
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
