import {detectLeadingPhrase} from './leading-phrase.js'
import type {Line} from './lines.js'
import {operativeNumber} from './patterns.js'

/**
 * The early Security Council set an introductory clause before its formula (S/RES/19 (1947):
 * `As a first step in the consideration of the dispute…,` / `The Security Council` /
 * `Resolves…`; `作为审议…之首一步骤,` / `安全理事会,`). The lines right above the formula, up
 * to a blank line or a line that ends without a comma (the heading), ending with a comma and
 * naming no masthead part (a symbol, a session, an agenda item), are that clause.
 */
export function clauseBeforeFormula(lines: readonly Line[], formulaStart: number): number[] | undefined {
  const last = lines[formulaStart - 1]
  if (last === undefined) return undefined
  // The first years' Chinese may end such a clause with a full stop (`由于…之规定。` / `大会建议：`,
  // A/RES/4 (I)): then it is one line that opens with a known preambular phrase.
  if (!/[,，]$/.test(last.text)) {
    if (!/[.。．;；]$/.test(last.text) || !/[\u3400-\u9fff]/.test(last.text)) return undefined
    // Wrapped to a page's width, the clause's first lines fill it and end mid-sentence.
    const width = wrapWidth(lines, formulaStart)
    let first = formulaStart - 1
    while (
      first > 0 &&
      formulaStart - first < maxClauseLines &&
      fullMidSentence((lines[first - 1] as Line).text, width)
    )
      first--
    const phrase = detectLeadingPhrase((lines[first] as Line).text, 'zh', 'preamble')
    const above = lines[first - 1]
    if (!phrase?.known || above === undefined || /[,，.。．;；]$/.test(above.text)) return undefined
    return Array.from({length: formulaStart - first}, (_, offset) => first + offset)
  }
  let first = formulaStart - 1
  let width: number | undefined
  while (first > 0 && formulaStart - first < maxClauseLines) {
    const above = (lines[first - 1] as Line).text
    if (above === '') break
    // Chinese wrapped to a page's width: a line that fills it and ends mid-sentence (`…之情势,并`)
    // carries the clause on.
    if (!/[,，]$/.test(above) && !fullMidSentence(above, (width ??= wrapWidth(lines, formulaStart)))) break
    first--
  }
  if (first === 0) return undefined
  const above = (lines[first - 1] as Line).text
  if (/[,，]$/.test(above)) return undefined
  const indexes = Array.from({length: formulaStart - first}, (_, offset) => first + offset)
  const text = indexes.map((index) => (lines[index] as Line).text).join(' ')
  if (/\/|\b(?:session|agenda|Distr|Original|Resolution adopted)\b|届会议|议程|議程/iu.test(text)) return undefined
  // A bilingual volume sets the French formula by the English one (`Le Conseil de securite,` /
  // `The Security Council,`): a formula in another language is no clause of the resolution.
  if (otherFormula.test(text)) return undefined
  return indexes
}

/** The formula in French or Spanish, as the OCR may read it: `Le Conseil de sen.1.rite,`, `L'Assemblee generale,`. */
const otherFormula = /^(?:Le|La|L['’]|El)\s*(?:Conseil|Assembl|Consejo|Asamblea)\S*(?:\s+\S+){0,3},$/u

/**
 * The width Chinese text above `to` is wrapped at: the commonest length of its lines of ten
 * characters or more, when three or more have it; else 0.
 */
function wrapWidth(lines: readonly Line[], to: number): number {
  const counts = new Map<number, number>()
  for (let index = 0; index < lines.length && index < to + 200; index++) {
    const length = (lines[index] as Line).text.length
    if (length >= 10) counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  let best = 0
  let seen = 0
  for (const [length, count] of counts) if (count > seen) [best, seen] = [length, count]
  return seen >= 3 ? best : 0
}

/** A line of Chinese that fills the width (a mark or bracket either way) and ends on a character. */
function fullMidSentence(text: string, width: number): boolean {
  return width > 0 && Math.abs(text.length - width) <= 1 && /[\u3400-\u9fff]$/u.test(text)
}

/** Lines such a clause may take at most. */
const maxClauseLines = 4

/** Lines of a page foot (notes, a page number, the other column's notes) a clause may stand above. */
const maxFootLines = 8

/**
 * The clause set before a formula that opens a page, at the foot of the page before (S/RES/19
 * (1947) in the printed volume: `As a preliminary step…,` / the page's notes and number /
 * `\fThe Security Council`): above the page break, past blank and skipped lines and a few
 * lines of the page foot that open no paragraph, a block that ends with a comma and stands
 * apart from the line above it, read as clauseBeforeFormula reads one.
 */
export function clauseAcrossPageFoot(
  lines: readonly Line[],
  formulaStart: number,
  skip: ReadonlySet<number>,
): number[] | undefined {
  if (!(lines[formulaStart] as Line).pageBreak) return undefined
  let last = formulaStart - 1
  let foot = 0
  for (; last > 0; last--) {
    const text = (lines[last] as Line).text
    if (text === '' || skip.has(last)) continue
    if (/[,，]$/.test(text)) break
    if (++foot > maxFootLines || operativeNumber.test(text) || detectLeadingPhrase(text, 'en', 'preamble')?.known)
      return undefined
  }
  if (last <= 0 || foot === 0) return undefined
  let first = last
  while (first > 0 && last - first + 1 < maxClauseLines) {
    const above = lines[first - 1] as Line
    if (above.text === '' || skip.has(first - 1)) break
    first--
  }
  let above = first - 1
  while (above >= 0 && ((lines[above] as Line).text === '' || skip.has(above))) above--
  if (above < 0 || /[,，]$/.test((lines[above] as Line).text)) return undefined
  const indexes = Array.from({length: last - first + 1}, (_, offset) => first + offset)
  const text = indexes.map((index) => (lines[index] as Line).text).join(' ')
  if (!/^\p{Lu}/u.test(text) || /\/|\b(?:session|agenda|Distr|Original|Resolution adopted)\b/iu.test(text))
    return undefined
  return indexes
}
