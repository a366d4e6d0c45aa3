import type {Annex, Conclusions, Lang, Preface} from '../tree/types.js'
import type {Block} from './blocks.js'
import {lineNode, type Context} from './context.js'
import type {Line} from './lines.js'
import {closingLength, plenaryLine} from './closing-lines.js'
import {detectLeadingPhrase, fromCapitals, isWellFormed} from './leading-phrase.js'
import {hanNumeral} from './han-numerals.js'
import {monthNumber, monthPattern} from './patterns.js'
import {positionOf} from './source.js'

type LineContext = Pick<Context, 'lines' | 'source'>

/** Stage: the lines before the formula (masthead, symbol, title) → the preface. */
export function buildPreface(end: number, skip: ReadonlySet<number>, context: LineContext): Preface {
  const preface: Preface = {type: 'preface', children: []}
  for (let index = 0; index < end; index++) {
    if ((context.lines[index] as Line).text === '' || skip.has(index)) continue
    preface.children.push(lineNode(index, context))
  }
  return preface
}

/**
 * Stage: the closing lines (meeting, vote) → conclusions. What follows them (the next act of
 * a printed volume, a web page's links: closing-lines.ts) is not the resolution's: left out
 * of the tree, with a `text-after-closing` warning where it starts.
 */
export function buildConclusions(
  blocks: readonly Block[],
  context: LineContext & Pick<Context, 'warnings'>,
): Conclusions {
  const indices = blocks.flatMap((block) => block.lines)
  const kept = closingLength(indices.map((index) => (context.lines[index] as Line).text))
  if (kept < indices.length) {
    const first = context.lines[indices[kept] as number] as Line
    const last = context.lines[indices.at(-1) as number] as Line
    context.warnings.push({
      message: `The text after the closing lines (“${first.text.replace(/\s+/g, ' ').slice(0, 40)}”) is not part of the resolution and is left out`,
      ruleId: 'text-after-closing',
      position: positionOf(context.source, first.start, last.start + last.text.length),
    })
  }
  const children = indices.slice(0, kept).map((index) => lineNode(index, context))
  return {type: 'conclusions', text: children.map((child) => child.value).join(' '), children}
}

const closingDate = new RegExp(`(\\d{1,2}) (${monthPattern}) (\\d{4})`)

const zhClosingDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
/** The same in Chinese numerals, as the older texts close: `一九四八年十二月十一日`, `一九四六年一月廿六日`. */
const zhNumeralClosingDate =
  /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十廿卅]{1,3})\s*日/u

/** The ISO date in a closing line such as `45th plenary meeting 9 December 2019`, `2000年3月15日 第93次全体会议`. */
export function conclusionDate(text: string): string | undefined {
  const zh = zhClosingDate.exec(text)
  if (zh) return `${zh[1]}-${zh[2]!.padStart(2, '0')}-${zh[3]!.padStart(2, '0')}`
  const numerals = zhNumeralClosingDate.exec(text)
  if (numerals) {
    const [year, month, day] = numerals.slice(1, 4).map((value) => hanNumeral(value ?? ''))
    if (year && month && day && month <= 12 && day <= 31)
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
  const match = closingDate.exec(text)
  if (!match) return undefined
  const month = monthNumber(match[2]!)
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
}

const annexHeading = /^(?:Annex(?:es)?|ANNEX(?:ES)?)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?$|^附件[一二三四五六七八九十\d]*$/

/** The line that opens the first annex, or the end of the lines when there is none. */
export function findAnnex(lines: readonly Line[], from: number, lang: Lang = 'en'): number {
  let afterMeeting: number | undefined
  let previous = ''
  for (let index = from; index < lines.length; index++) {
    const text = (lines[index] as Line).text
    if (annexHeading.test(text.replace(/[#*_]/g, '').trim())) return index
    if (afterMeeting === undefined && /^(?:Annex|ANNEX)\s/.test(text) && plenaryLine.test(previous)) {
      if (annexWithTitle.test(text)) afterMeeting = index
    }
    if (text.trim() !== '') previous = text.trim()
  }
  if (afterMeeting !== undefined) return afterMeeting
  return lang === 'en' ? (adoptedTextBelow(lines, from) ?? lines.length) : lines.length
}

/**
 * The annex's heading and its title on one line, as a converter joins them (A/RES/80/9 in
 * railcar's Markdown: `48th plenary meeting 24 November 2025` / `Annex 2025 Political Declaration
 * on…`): taken as the annex only right after the resolution's meeting line, where no paragraph
 * of the resolution can stand.
 */
const annexWithTitle = /^(?:Annex|ANNEX)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?\s+[\p{Lu}\d]\S*(?:\s+\S+)*$/u

/**
 * A text the resolution adopts, set out after its operative paragraphs under its own title with
 * no "Annex" line and numbered afresh (the ILO's `1. Adopts the following conclusions;` / `2.
 * Invites…` / `Conclusions on promoting pathways to decent work for youth` / `1. In addressing…`):
 * the title's line, once an operative paragraph has adopted "the following" text, when the line
 * under it opens `1.` with no operative phrase.
 */
function adoptedTextBelow(lines: readonly Line[], from: number): number | undefined {
  // Nothing is set out below unless a paragraph adopts "the following" text: looked for first, cheaply.
  let following = false
  for (let index = from; index < lines.length && !following; index++)
    following = (lines[index] as Line).text.includes('following')
  if (!following) return undefined
  let announced = false
  let numbered = 0
  let title: number | undefined
  for (let index = from; index < lines.length; index++) {
    const text = (lines[index] as Line).text.trim()
    if (text === '') continue
    const number = /^(\d{1,3})\.\s+(\S.*)$/.exec(text)
    if (number) {
      const rest = number[2]!
      if (number[1] === '1' && numbered > 0 && announced && title !== undefined) {
        const verb = detectLeadingPhrase(rest, 'en', 'operative')
        if (!verb?.known || !isWellFormed(fromCapitals(verb.base), 'operative')) return title
      }
      numbered = Number(number[1])
      if (/^(?:Adopts|Approves|Endorses)\b[^.;:]{1,80}\bfollowing\b/.test(rest)) announced = true
    }
    title = !number && text.length <= adoptedTitleLength && /^\p{Lu}[^.;:,]*$/u.test(text) ? index : undefined
  }
  return undefined
}

/** The longest title of an adopted text set out after the resolution. */
const adoptedTitleLength = 120

/** Stage: the lines from the first "Annex" heading on → one annex per heading. */
export function buildAnnexes(from: number, skip: ReadonlySet<number>, context: LineContext): Annex[] {
  const annexes: Annex[] = []
  for (let index = from; index < context.lines.length; index++) {
    const line = context.lines[index] as Line
    if (line.text === '' || skip.has(index)) continue
    const heading = line.text.replace(/[#*_]/g, '').trim()
    const node = lineNode(index, context)
    // The annex's own heading, or the title of an adopted text set out with none (findAnnex).
    if (annexHeading.test(heading) || annexes.length === 0)
      annexes.push({type: 'annex', title: heading, children: [], position: node.position})
    else {
      const annex = annexes.at(-1)
      if (!annex) continue
      annex.children.push(node)
      if (annex.position) annex.position = {start: annex.position.start, end: node.position.end}
    }
  }
  return annexes
}

/** The text a one-sentence resolution adopts, set out without an "Annex" line, as an annex. */
export function inlineAnnex({blocks, title}: {blocks: readonly Block[]; title: string}, context: LineContext): Annex {
  const children = blocks.flatMap((block) => block.lines.map((index) => lineNode(index, context)))
  const first = children[0]?.position
  const last = children.at(-1)?.position
  const annex: Annex = {type: 'annex', title, children}
  if (first && last) annex.position = {start: first.start, end: last.end}
  return annex
}
