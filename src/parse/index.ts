import type {
  Annex,
  AuthorialNote,
  Conclusions,
  Formula,
  Lang,
  List,
  MainBody,
  OperativeParagraph,
  ParseWarning,
  Point,
  Preamble,
  PreambularParagraph,
  Preface,
  Resolution
} from '../tree/types.js'
import {NoStructureError} from './errors.js'
import {findBodyStart, findFormula} from './formula.js'
import {extractFootnotes, type RawNote} from './footnotes.js'
import {readFrontMatter} from './front-matter.js'
import {findFurniture} from './furniture.js'
import {parseInline} from './inline.js'
import {detectLanguage} from './language.js'
import {detectLeadingPhrase, isWellFormed, type Section} from './leading-phrase.js'
import {splitLines, type Line} from './lines.js'
import {findPdfMarkers, type MarkerSpan} from './markers.js'
import {cjkOrFullWidth, gluedNumber, itemMarkerLine, operativeNumber, symbolLine} from './patterns.js'
import {findItems, type ItemSpan} from './items.js'
import {dropStart, runsText, sliceRuns, type Run} from './runs.js'
import {makeSource, positionOf, type Source} from './source.js'
import {mendSplitWords, wordCounts} from './split-words.js'
import {plainText} from './text.js'
import {groupUnits, stripTrailingMarkers, type Unit} from './units.js'

export {NoStructureError} from './errors.js'

export interface ParseOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang
}

interface Block {
  /** A unit's kind, or `heading` for a section heading of the operative part. */
  kind: Unit['kind'] | 'heading'
  lines: number[]
}

interface Context {
  source: Source
  lines: Line[]
  lang: Lang
  markers: Map<number, MarkerSpan[]>
  warnings: ParseWarning[]
}

/**
 * Parse the text of a resolution (English or Chinese; plain text, Markdown converted from
 * PDF, or raw PDF text) into a resolution tree. Never throws on odd input, except
 * NoStructureError when the text holds no preambular or operative paragraph at all.
 */
export function parseResolution(text: string, options: ParseOptions = {}): Resolution {
  const source = makeSource(text)
  const lines = splitLines(source)
  const lang = options.lang ?? detectLanguage(text)
  const formulaLines = findFormula(lines, lang)
  const bodyFrom = formulaLines ? formulaLines.end : findBodyStart(lines, lang)
  const prefaceEnd = formulaLines ? formulaLines.start : bodyFrom

  const symbol = lines
    .slice(0, prefaceEnd)
    .map((line) => line.text.replace(/\s+/g, ' '))
    .find((line) => symbolLine.test(line) && /\d/.test(line))
  const masthead = lines
    .slice(0, prefaceEnd)
    .map((line) => line.text.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim())
    .join(' ')
  const furniture = findFurniture(lines, bodyFrom, symbol, masthead)
  const annexFrom = findAnnex(lines, bodyFrom)
  const footnotes = extractFootnotes(lines, 0, furniture)
  const skip = new Set([...furniture, ...footnotes.used])

  const warnings: ParseWarning[] = []
  const context: Context = {source, lines, lang, markers: new Map(), warnings}
  const inTextMarkers = markersInText(lines.slice(0, annexFrom), skip)
  const pdfNotes = footnotes.notes.filter((note) => !inTextMarkers.has(note.marker))
  context.markers = findPdfMarkers(lines, pdfNotes, (index) => index >= bodyFrom && index < annexFrom && !skip.has(index))
  // The page where an annex begins may carry the resolution's own notes; the annex's
  // notes (no marker in the resolution) stay with the annex.
  const marked = new Set([...inTextMarkers, ...[...context.markers.values()].flat().map((span) => span.marker)])
  footnotes.notes = footnotes.notes.filter((note) => note.line < annexFrom || marked.has(note.marker))

  const units = groupUnits(lines, bodyFrom, annexFrom, skip, {lang})
  const blocks = joinContinuations(units, lines, lang, context.markers)
  const sections = classify(blocks, context)
  const adopted = oneSentence(formulaLines, sections)
  if (sections.preamble.length === 0 && sections.operative.length === 0) {
    throw new NoStructureError('no preambular or operative paragraphs were found: this does not read as a resolution')
  }

  const front = readFrontMatter(
    lines.slice(0, prefaceEnd).map((line, index) => (skip.has(index) ? '' : line.text))
  )
  const meta: Resolution['meta'] = {...front.meta}
  const preamble: Preamble = {type: 'preamble', children: []}
  if (formulaLines) {
    const formula = buildFormula(formulaLines.start, formulaLines.end, context)
    preamble.children.push(formula)
    const body = formula.text
      .replace(/^The\s+/, '')
      .replace(/[,，]$/, '')
      .trim()
    if (body) meta.body = body
  }
  sections.preamble.forEach((block, index) => {
    preamble.children.push(buildPreambular(block, index + 1, context))
  })
  const operative = buildOperative(sections.operative, sections.headings, context)
  // Prose is not a resolution: without a formula we need a numbered operative paragraph
  // or a paragraph that opens with a known phrase.
  const recognisable =
    formulaLines !== undefined ||
    operative.some((paragraph) => paragraph.num !== undefined || paragraph.leadingPhrase?.known) ||
    preamble.children.some((child) => child.type === 'preambularParagraph' && child.leadingPhrase?.known)
  if (!recognisable) {
    throw new NoStructureError('no enacting formula, opening phrase or numbered paragraph was found: this does not read as a resolution')
  }

  const children: Resolution['children'] = []
  const preface = buildPreface(lines, prefaceEnd, skip, source)
  if (preface.children.length > 0) children.push(preface)
  if (preamble.children.length > 0) {
    const position = spanOf(preamble.children)
    if (position) preamble.position = position
    children.push(preamble)
  }
  if (operative.length > 0) {
    const mainBody: MainBody = {type: 'mainBody', children: operative}
    const position = spanOf(operative)
    if (position) mainBody.position = position
    children.push(mainBody)
  }
  if (sections.conclusions.length > 0) {
    const conclusions = buildConclusions(sections.conclusions, context)
    children.push(conclusions)
    if (!meta.adoptionDate && meta.stage === 'adopted') {
      const date = conclusionDate(conclusions.text)
      if (date) meta.adoptionDate = date
    }
  }
  const notes = buildNotes(footnotes.notes, context)
  const layout = detectLayout(lines, bodyFrom, skip)
  if (layout === 'wrapped' && lang === 'en') mendTexts([...preamble.children, ...operative, ...notes])
  if (notes.length > 0) children.push({type: 'footnotes', children: notes})
  if (adopted.blocks.length > 0) children.push(inlineAnnex(adopted, context))
  children.push(...buildAnnexes(lines, annexFrom, skip, source))
  if (!meta.date && meta.adoptionDate) meta.date = meta.adoptionDate

  return {
    type: 'resolution',
    lang,
    meta,
    children,
    data: {layout, warnings},
    position: positionOf(source, 0, text.length)
  }
}

/** Mend words split by PDF justification in every `text`, against the document's own words. */
function mendTexts(nodes: ReadonlyArray<{text: string; children?: unknown}>): void {
  const all: Array<{text: string}> = []
  const collect = (node: {text: string; children?: unknown}): void => {
    all.push(node)
    if (Array.isArray(node.children)) {
      for (const child of node.children as Array<{type?: string; children?: unknown}>) {
        if (child.type === 'list') for (const point of child.children as Array<{text: string; children?: unknown}>) collect(point)
      }
    }
  }
  for (const node of nodes) collect(node)
  const counts = wordCounts(all.map((node) => node.text))
  for (const node of all) node.text = mendSplitWords(node.text, counts)
}

/** Footnote markers that the text itself carries as superscripts or `<sup>`. */
function markersInText(lines: readonly Line[], skip: ReadonlySet<number>): Set<string> {
  const found = new Set<string>()
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹'
  const marker = /<sup>\s*([^<\s]{1,6})\s*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\S)(\*{1,3})(?=\s|$)/gu
  lines.forEach((line, index) => {
    if (skip.has(index) || !/[<*⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line.text)) return
    for (const match of line.text.matchAll(marker)) {
      if (match[1]) found.add(match[1])
      else if (match[2]) found.add(match[2])
      else found.add([...match[0]].map((char) => String(digits.indexOf(char))).join(''))
    }
  })
  return found
}

/**
 * A unit that does not open a paragraph continues the one before it: a page break, a
 * footnote block or a Markdown page separator cut it (even inside a word: `《枪` … `支议定书》`).
 */
function joinContinuations(units: readonly Unit[], lines: readonly Line[], lang: Lang, markers: ReadonlyMap<number, MarkerSpan[]>): Block[] {
  const blocks: Block[] = []
  units.forEach((unit, index) => {
    if (isHeading(units, index, lines, lang)) {
      blocks.push({kind: 'heading', lines: [...unit.lines]})
      return
    }
    const previous = blocks.at(-1)
    if (previous && unit.kind === 'text' && previous.kind !== 'conclusions' && previous.kind !== 'heading') {
      const last = previous.lines.at(-1) as number
      const before = stripTrailingMarkers(withoutMarkers((lines[last] as Line).text, markers.get(last)))
      const next = (lines[unit.lines[0] as number] as Line).text
      // Some extractions set the number apart: `1.`, a blank line, then the text.
      const bareNumber = previous.lines.length === 1 && (operativeNumber.exec(before)?.[0].trim() === before || itemMarkerLine.exec(before)?.[0].trim() === before)
      if (bareNumber || continues(before, next, lang)) {
        previous.lines.push(...unit.lines)
        return
      }
    }
    blocks.push({kind: unit.kind, lines: [...unit.lines]})
  })
  return blocks
}

/** A line's text with the PDF footnote markers found in it cut out. */
function withoutMarkers(text: string, spans: readonly MarkerSpan[] | undefined): string {
  if (!spans) return text
  let result = ''
  let from = 0
  for (const span of spans) {
    result += text.slice(from, span.from)
    from = span.to
  }
  return (result + text.slice(from)).trimEnd()
}

/**
 * A section heading of the operative part ("I", "A. General matters", "Refugees"): a short
 * unit without closing punctuation or an opening phrase, right before an operative
 * paragraph or before another such unit.
 */
function isHeading(units: readonly Unit[], index: number, lines: readonly Line[], lang: Lang): boolean {
  const unit = units[index] as Unit
  if (unit.kind !== 'text') return false
  const text = unit.lines.map((line) => (lines[line] as Line).text).join(' ').replace(/[*_#]/g, '').trim()
  if (lang === 'en' && !/^(?:[IVXLC]+\.?|[A-Z]\.|\p{Lu})/u.test(text)) return false
  if (detectLeadingPhrase(text, lang, 'preamble')?.known) return false
  for (let next = index; next < units.length; next++) {
    const unit = units[next] as Unit
    if (next > index && unit.kind === 'operative') return true
    if (unit.kind !== 'text' || unit.lines.length > 2) return false
    const text = unit.lines.map((line) => (lines[line] as Line).text).join(' ')
    if (text.length > 120 || /[,;:.，；：。]$/.test(stripTrailingMarkers(text))) return false
  }
  return false
}

/**
 * Does `next` carry on the paragraph that `before` ends? Yes when `before` stops mid-sentence;
 * after a comma, unless `next` opens a paragraph; after a semicolon or full stop, only when
 * `next` starts in lower case.
 */
function continues(before: string, next: string, lang: Lang): boolean {
  const bare = next.replace(/[*_]/g, '')
  if (lang === 'zh') {
    if (!/[，；。：,;.:]$/.test(before)) return true
    return /[，,]$/.test(before) && detectLeadingPhrase(bare, 'zh', 'preamble') === undefined
  }
  if (/^\p{Ll}/u.test(bare)) return true
  if (/[;:.!?。]$/.test(before)) return false
  if (!/,$/.test(before)) return true
  const phrase = detectLeadingPhrase(bare, 'en', 'preamble')
  const opens = phrase !== undefined && (phrase.known || /(?:ing|ed)$/.test(phrase.base.split(' ')[0] ?? '') || isWellFormed(phrase.base, 'preamble'))
  return !opens
}

interface Sections {
  preamble: Block[]
  operative: Block[]
  conclusions: Block[]
  /** Section headings ("I", "General matters") by the index of the operative block they introduce. */
  headings: Map<number, string>
}

function classify(blocks: readonly Block[], context: Context): Sections {
  const sections: Sections = {preamble: [], operative: [], conclusions: [], headings: new Map()}
  let heading: string[] = []
  const warned = new Set<Block>()
  for (const block of blocks) {
    if (sections.conclusions.length > 0 || block.kind === 'conclusions') {
      sections.conclusions.push(block)
      continue
    }
    if (block.kind === 'operative') {
      if (heading.length > 0) sections.headings.set(sections.operative.length, heading.join(' '))
      heading = []
      sections.operative.push(block)
      continue
    }
    if (block.kind === 'heading') {
      heading.push(runsText(joinRuns(block.lines, context)).trim())
      continue
    }
    const last = sections.operative.at(-1) ?? sections.preamble.at(-1)
    if (block.kind === 'item' && last) {
      last.lines.push(...block.lines)
      continue
    }
    if (sections.operative.length > 0 && last) {
      const line = context.lines[block.lines[0] as number] as Line
      // One warning per paragraph: a table set inside one would otherwise give one per row.
      if (!warned.has(last)) context.warnings.push({
        message: 'Unexpected text after an operative paragraph that does not open a paragraph of its own',
        ruleId: 'text-outside-parts',
        position: positionOf(context.source, line.start, line.start + line.text.length)
      })
      warned.add(last)
      last.lines.push(...block.lines)
      continue
    }
    sections.preamble.push(block)
  }
  // A resolution with a single operative paragraph leaves it unnumbered: the last
  // paragraph, ending with a full stop and opening with an operative verb, is it.
  if (sections.operative.length === 0 && sections.preamble.length > 0) {
    const last = sections.preamble.at(-1) as Block
    const text = runsText(joinRuns(last.lines, context)).trim()
    const phrase = detectLeadingPhrase(text.replace(/^[*_]+/, ''), context.lang, 'operative')
    const operativeShape = context.lang === 'zh' ? phrase !== undefined : phrase !== undefined && isWellFormed(phrase.base, 'operative')
    if (/[.。]$/.test(stripTrailingMarkers(text)) && operativeShape) {
      sections.preamble.pop()
      sections.operative.push({kind: 'operative', lines: last.lines})
    }
  }
  return sections
}

/** The runs of a block's lines, joined as the text reads, with PDF markers as sentinels. */
function joinRuns(lineIndexes: readonly number[], context: Context): Run[] {
  const runs: Run[] = []
  let previousEnd = ''
  for (const index of lineIndexes) {
    const line = context.lines[index] as Line
    if (line.text === '') continue
    const first = line.text.charAt(0)
    if (runs.length > 0) {
      // `nuclear-` + `weapon-free` closes up; a suspended hyphen (`knowledge-` + `and`) does not.
      const hyphenBreak = previousEnd === '-' && !/^(?:and|or|to|and\/or)\b/.test(line.text)
      const joinTight = hyphenBreak || cjkOrFullWidth.test(previousEnd) || cjkOrFullWidth.test(first)
      if (!joinTight) runs.push({text: ' ', at: line.start, fixed: true})
    }
    let from = 0
    for (const span of context.markers.get(index) ?? []) {
      if (span.from > from) runs.push({text: line.text.slice(from, span.from), at: line.start + from})
      runs.push({text: '\uE000', at: line.start + span.from, fixed: true})
      runs.push({text: span.marker, at: line.start + span.from})
      runs.push({text: '\uE001', at: line.start + span.to - 1, fixed: true})
      from = span.to
    }
    if (from < line.text.length) runs.push({text: line.text.slice(from), at: line.start + from})
    previousEnd = line.text.charAt(line.text.length - 1)
  }
  return runs
}

function buildFormula(start: number, end: number, context: Context): Formula {
  const lines: number[] = []
  for (let index = start; index < end; index++) lines.push(index)
  const runs = joinRuns(lines, context)
  const children = parseInline(runs, context.source, context.lang)
  return {type: 'formula', text: plainText(children), children, position: runsPosition(runs, context)}
}

function buildPreambular(block: Block, index: number, context: Context): PreambularParagraph {
  const runs = trimRuns(joinRuns(block.lines, context))
  const eId = `preamble_${index}`
  const {children} = contentWithItems(runs, eId, context)
  const paragraph: PreambularParagraph = {type: 'preambularParagraph', eId, text: plainText(children), children: children as PreambularParagraph['children']}
  const phrase = leadingPhraseOf(paragraph.children, paragraph.text, 'preamble', context)
  if (phrase) paragraph.leadingPhrase = phrase
  else warnPhrase(paragraph.eId, runs, context)
  paragraph.position = runsPosition(runs, context)
  return paragraph
}

function buildOperative(blocks: readonly Block[], headings: ReadonlyMap<number, string>, context: Context): OperativeParagraph[] {
  const drafts = blocks.map((block) => {
    const all = trimRuns(joinRuns(block.lines, context))
    let runs = all
    const text = runsText(runs)
    let num: number | undefined
    const numbered = operativeNumber.exec(text)
    const gluedMatch = numbered ? null : gluedNumber.exec(text)
    const glued = gluedMatch && detectLeadingPhrase(text.slice(gluedMatch[0].length), context.lang, 'operative')?.known ? gluedMatch : null
    let suffix = ''
    if (numbered) {
      num = Number(numbered[1])
      suffix = numbered[2] ?? ''
      runs = dropStart(runs, numbered[0].length)
    } else if (glued) {
      num = Number(glued[1])
      context.warnings.push({
        message: `Unexpected number glued to the opening phrase (\`${text.slice(0, 24)}…\`), expected \`${glued[1]}. \``,
        ruleId: 'operative-number-glued',
        position: runsPosition(runs.slice(0, 1), context)
      })
      runs = dropStart(runs, glued[0].length)
    }
    return {runs, num, suffix, all}
  })
  const counts = new Map<number, number>()
  for (const draft of drafts) if (draft.num !== undefined) counts.set(draft.num, (counts.get(draft.num) ?? 0) + 1)
  const seen = new Map<number, number>()
  return drafts.map((draft, position) => {
    let eId: string
    if (draft.num === undefined) eId = `para_${position + 1}`
    else if (draft.suffix) eId = `para_${draft.num}${draft.suffix}`
    else {
      const occurrence = (seen.get(draft.num) ?? 0) + 1
      seen.set(draft.num, occurrence)
      eId = occurrence === 1 ? `para_${draft.num}` : `para_${draft.num}_${occurrence}`
    }
    const {children} = contentWithItems(draft.runs, eId, context)
    const paragraph: OperativeParagraph = {type: 'paragraph', eId, text: plainText(children), children}
    if (draft.num !== undefined) paragraph.num = draft.num
    const heading = headings.get(position)
    if (heading) paragraph.heading = heading
    const phrase = leadingPhraseOf(children, paragraph.text, 'operative', context)
    if (phrase) paragraph.leadingPhrase = phrase
    else warnPhrase(eId, draft.runs, context)
    paragraph.position = runsPosition(draft.all, context)
    return paragraph
  })
}

/** Inline content, then a list of the sub-items when the text has (a), (b)… or (i), (ii)…. */
function contentWithItems(runs: readonly Run[], eId: string, context: Context): {children: Array<OperativeParagraph['children'][number]>} {
  const text = runsText(runs)
  const items = findItems(text, 'any')
  if (items.length === 0) return {children: parseInline(runs, context.source, context.lang)}
  const children: Array<OperativeParagraph['children'][number]> = parseInline(
    trimRuns(sliceRuns(runs, 0, items[0]!.start)),
    context.source,
    context.lang
  )
  children.push(buildList(runs, items, eId, context, true))
  return {children}
}

function buildList(runs: readonly Run[], items: readonly ItemSpan[], parentId: string, context: Context, nest: boolean): List {
  const points: Point[] = items.map((item) => {
    const eId = `${parentId}__point_${item.marker}`
    const body = trimRuns(sliceRuns(runs, item.contentStart, item.end))
    const inner = nest ? findItems(runsText(body), 'roman') : []
    const children: Point['children'] =
      inner.length > 0
        ? [
            ...parseInline(trimRuns(sliceRuns(body, 0, inner[0]!.start)), context.source, context.lang),
            buildList(body, inner, eId, context, false)
          ]
        : parseInline(body, context.source, context.lang)
    return {
      type: 'point',
      eId,
      num: `(${item.marker})`,
      text: plainText(children),
      children,
      position: runsPosition(sliceRuns(runs, item.start, item.end), context)
    }
  })
  return {type: 'list', children: points, position: runsPosition(sliceRuns(runs, items[0]!.start, items.at(-1)!.end), context)}
}

function leadingPhraseOf(
  children: ReadonlyArray<OperativeParagraph['children'][number]>,
  text: string,
  section: Section,
  context: Context
): ReturnType<typeof detectLeadingPhrase> {
  const first = children.find((child) => !(child.type === 'text' && child.value.trim() === ''))
  const emphasized = first?.type === 'emphasis' ? plainText(first.children) : undefined
  return detectLeadingPhrase(text, context.lang, section, emphasized)
}

function warnPhrase(eId: string, runs: readonly Run[], context: Context): void {
  const text = runsText(runs).trim()
  context.warnings.push({
    message: `Unexpected opening of ${eId} (\`${text.slice(0, 30)}\`), expected a known opening phrase`,
    ruleId: 'unknown-leading-phrase',
    position: runsPosition(runs.slice(0, 1), context)
  })
}

function buildPreface(lines: readonly Line[], end: number, skip: ReadonlySet<number>, source: Source): Preface {
  const preface: Preface = {type: 'preface', children: []}
  for (let index = 0; index < end; index++) {
    const line = lines[index] as Line
    if (line.text === '' || skip.has(index)) continue
    preface.children.push({type: 'prefaceLine', value: line.text, position: positionOf(source, line.start, line.start + line.text.length)})
  }
  return preface
}

/**
 * "The General Assembly" with no comma opens a resolution that is one sentence ("Adopts the
 * following political declaration:"): its first block is the only operative paragraph, and
 * what follows it is the text it adopts, set out without an "Annex" line. Returns those blocks.
 */
function oneSentence(formulaLines: {text: string} | undefined, sections: Sections): {blocks: Block[]; title: string} {
  if (!formulaLines || /[,，]$/.test(formulaLines.text)) return {blocks: [], title: ''}
  const [sentence, ...rest] = [...sections.preamble, ...sections.operative]
  if (!sentence) return {blocks: [], title: ''}
  // The adopted text's own title stands before its first paragraph, where a heading would.
  const title = sections.headings.get(sections.preamble.length > 0 ? 0 : 1) ?? ''
  sections.preamble = []
  sections.operative = [{kind: 'text', lines: sentence.lines}]
  sections.headings = new Map()
  return {blocks: rest, title}
}

function inlineAnnex({blocks, title}: {blocks: readonly Block[]; title: string}, context: Context): Annex {
  const children = blocks.flatMap((block) =>
    block.lines.map((index) => {
      const line = context.lines[index] as Line
      return {type: 'prefaceLine' as const, value: line.text, position: positionOf(context.source, line.start, line.start + line.text.length)}
    })
  )
  const first = children[0]?.position
  const last = children.at(-1)?.position
  const annex: Annex = {type: 'annex', title, children}
  if (first && last) annex.position = {start: first.start, end: last.end}
  return annex
}

const annexHeading = /^(?:Annex(?:es)?|ANNEX(?:ES)?)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?$|^附件[一二三四五六七八九十\d]*$/

/** The line that opens the first annex, or the end of the lines when there is none. */
function findAnnex(lines: readonly Line[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    if (annexHeading.test((lines[index] as Line).text.replace(/[#*_]/g, '').trim())) return index
  }
  return lines.length
}

function buildAnnexes(lines: readonly Line[], from: number, skip: ReadonlySet<number>, source: Source): Annex[] {
  const annexes: Annex[] = []
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.text === '' || skip.has(index)) continue
    const heading = line.text.replace(/[#*_]/g, '').trim()
    const position = positionOf(source, line.start, line.start + line.text.length)
    if (annexHeading.test(heading)) annexes.push({type: 'annex', title: heading, children: [], position})
    else {
      const annex = annexes.at(-1)
      if (!annex) continue
      annex.children.push({type: 'prefaceLine', value: line.text, position})
      if (annex.position) annex.position = {start: annex.position.start, end: position.end}
    }
  }
  return annexes
}

function buildConclusions(blocks: readonly Block[], context: Context): Conclusions {
  const children = blocks.flatMap((block) =>
    block.lines.map((index) => {
      const line = context.lines[index] as Line
      return {type: 'prefaceLine' as const, value: line.text, position: positionOf(context.source, line.start, line.start + line.text.length)}
    })
  )
  return {type: 'conclusions', text: children.map((child) => child.value).join(' '), children}
}

function buildNotes(raw: readonly RawNote[], context: Context): AuthorialNote[] {
  const used = new Map<string, number>()
  return raw.map((note) => {
    const runs: Run[] = []
    for (const piece of note.pieces) {
      if (runs.length > 0) {
        const previous = runs.at(-1)!.text
        const tight = cjkOrFullWidth.test(previous.charAt(previous.length - 1)) || cjkOrFullWidth.test(piece.text.charAt(0))
        if (!tight) runs.push({text: ' ', at: piece.start, fixed: true})
      }
      runs.push({text: piece.text, at: piece.start})
    }
    const children = runs.length > 0 ? parseInline(runs, context.source, context.lang) : []
    const base = `fn_${markerId(note.marker)}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    const line = context.lines[note.line] as Line
    const start = Math.min(line.start, runs[0]?.at ?? line.start)
    const lastRun = runs.at(-1)
    const end = lastRun ? lastRun.at + lastRun.text.length : line.start + line.text.length
    return {
      type: 'authorialNote',
      marker: note.marker,
      eId: count === 1 ? base : `${base}_${count}`,
      text: plainText(children),
      children,
      position: positionOf(context.source, start, Math.max(start, end))
    }
  })
}

function markerId(marker: string): string {
  if (/^\d+$/.test(marker)) return marker
  const names: Record<string, string> = {'*': 'star', '**': 'star2', '***': 'star3', '†': 'dagger', '‡': 'ddagger'}
  return names[marker] ?? [...marker].map((char) => char.codePointAt(0)?.toString(16)).join('')
}

function conclusionDate(text: string): string | undefined {
  const match = /(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(text)
  if (!match) return undefined
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(match[2]!) + 1
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
}

function trimRuns(runs: readonly Run[]): Run[] {
  const text = runsText(runs)
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return sliceRuns(runs, start, end)
}

function runsPosition(runs: readonly Run[], context: Context): ReturnType<typeof positionOf> {
  const real = runs.filter((run) => !run.fixed && run.text.length > 0)
  const first = real[0]
  const last = real.at(-1)
  if (!first || !last) return positionOf(context.source, runs[0]?.at ?? 0, runs[0]?.at ?? 0)
  return positionOf(context.source, first.at, last.at + last.text.length)
}

function spanOf(nodes: ReadonlyArray<{position?: ReturnType<typeof positionOf>}>): ReturnType<typeof positionOf> | undefined {
  const first = nodes.find((node) => node.position)?.position
  const last = [...nodes].reverse().find((node) => node.position)?.position
  if (!first || !last) return undefined
  return {start: first.start, end: last.end}
}

/** Hard-wrapped PDF text has many body lines followed directly by another. */
function detectLayout(lines: readonly Line[], from: number, skip: ReadonlySet<number>): 'blocks' | 'wrapped' {
  let text = 0
  let followed = 0
  for (let index = from; index < lines.length; index++) {
    if (skip.has(index) || (lines[index] as Line).text === '') continue
    text++
    const next = lines[index + 1]
    if (next && next.text !== '' && !skip.has(index + 1)) followed++
  }
  return text > 0 && followed / text > 0.4 ? 'wrapped' : 'blocks'
}
