import {footnotes, paragraphs, noteRefs} from '../tree/access.js'
import {forEachPositioned} from '../tree/positions.js'
import type {Resolution} from '../tree/types.js'
import {parseResolution, type ParseOptions} from './index.js'
import {damagedFormula, editDistance} from './ocr.js'
import {isoDate} from './patterns.js'
import {closingCites, noteLinesOf, ownClosing, spanWithPageFoot} from './volume-notes.js'

/**
 * Printed annual volumes (and their OCR) set several resolutions on one page, each under a
 * heading with its number: `Resolution 368 (1975)`, `2159 (XXI). Representation of China…`,
 * `46/86. Elimination of racism…`, `87 (1950). Resolution of 29 September 1950`. Such a file
 * is read as one tree per resolution, never as one resolution.
 */
export interface ResolutionHeading {
  /** The number as printed, spaces from OCR removed: `368 (1975)`, `2159 (XXI)`, `46/86`. */
  label: string
  /** Index of the heading's line. */
  line: number
}

/** One resolution of a volume: its label, its lines [fromLine, toLine) and its tree. */
export interface VolumeResolution {
  label: string
  fromLine: number
  toLine: number
  tree: Resolution
}

/** `--pick` names no resolution of the file. */
export class PickError extends Error {
  override name = 'PickError'
}

/**
 * `Resolution 368 (1975)`, and in the General Assembly's emergency special sessions
 * `Resolution 997 (ES-I)`; the word may come through the OCR with a letter or two wrong
 * (`Reso]ution`).
 */
const securityCouncilHeading = /^(\S{8,12})\s+(\d[\d ]{0,5}?)\s*\(\s*(\d[\d ]{3,5}?|(?:E?S-)?[IVXL]{1,7})\s*\)$/
/** `2159 (XXI). Title`, `3202 (S-VI). Title` (a special session), `1000 (ES-I). Title`. */
const sessionHeading = /^(\d[\d ]{0,5}?)\s*\(\s*((?:E?S-)?[IVXL]{1,7}|\d{4})\s*\)\s*\.\s+\S/
const slashHeading = /^(\d{1,2})\/(\d{1,3})\.(?:\s+\S|$)/
/**
 * The symbols the WHO's governing bodies print over each resolution of a session's record:
 * `EB126.R1`, `WPR/RC26.R14` (`WPR/RC26.Rl5` as an OCR reads the 1), `AFR/RC28/R1:`,
 * `EM/RC50/R.3`, `WHA72.1`.
 */
const symbolHeading = /^((?:[A-Z]{2,4}\/)?[A-Z]{2,4}\d{1,3}(?:\.R|\/R\.?)|WHA\d{1,2}\.)([\dlI]{1,3})(?=$|[\s:])/
const formulaLine =
  /^The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Trusteeship\s+Council)\b/
/** Another body's formula, with its comma: `The Regional Committee,`, `执行委员会,`, in traditional characters `安全理事會,`. */
const bodyFormulaLine =
  /^(?:The\s+(?:[A-Z][\w’'-]*\s+){0,5}(?:Assembly|Council|Committee|Conference|Board|Commission)\s*[,:]|[\u4e00-\u9fff]{0,12}(?:大[会會]|理事[会會]|委[员員][会會])\s*[,，:：]$)/u
/**
 * The same in capitals, alone on its line (`THE INTERNATIONAL WHALING CONFERENCE`), or with a
 * full stop where a comma belongs (`The International Whaling Conference.`, a Final Act's transcription).
 */
const otherFormulaLine =
  /^(?:THE\s+(?:[A-Z]+\s+){0,5}(?:ASSEMBLY|COUNCIL|COMMITTEE|CONFERENCE|BOARD|COMMISSION)\s*[,:.]?|The\s+(?:[A-Z][\w’'-]*\s+){0,5}(?:Assembly|Council|Committee|Conference|Board|Commission)\.)$/
/** A line that is an enacting formula, as printed or with up to two letters the OCR got wrong. */
function isFormulaLine(raw: string): boolean {
  const line = raw.replace(/\f/g, '').trim()
  return (
    formulaLine.test(line) ||
    bodyFormulaLine.test(line) ||
    otherFormulaLine.test(line) ||
    damagedFormula(line) !== undefined
  )
}

/** The headings of the resolutions a file holds, in order; repeated headings (a bilingual volume) count once. */
export function findResolutionHeadings(text: string): ResolutionHeading[] {
  const lines = text.split(/\r\n|\r|\n/)
  const headings: ResolutionHeading[] = []
  const seen = new Set<string>()
  lines.forEach((raw, line) => {
    const text = raw.replace(/\f/g, '').trim()
    if (text.length > 200 || !/^[\dA-Z]/.test(text)) return
    let match = securityCouncilHeading.exec(text)
    let label: string | undefined
    if (match && isResolutionWord(match[1]!)) label = `${digits(match[2]!)} (${digits(match[3]!)})`
    else if ((match = sessionHeading.exec(text))) label = `${digits(match[1]!)} (${match[2]})`
    else if ((match = slashHeading.exec(text))) label = `${match[1]}/${match[2]}`
    else if ((match = symbolHeading.exec(text))) label = `${match[1]}${match[2]!.replace(/[lI]/g, '1')}`
    // A Final Act numbers its resolutions alone on a line above each formula: `I`, `II`, … `IV`.
    else if (/^[IVX]{1,5}$/.test(text) && isFormulaLine(nextLine(lines, line))) label = text
    if (!label || seen.has(label)) return
    seen.add(label)
    headings.push({label, line})
  })
  return headings
}

/** The next line with text after `line`, or ''. */
function nextLine(lines: readonly string[], line: number): string {
  for (let at = line + 1; at < Math.min(lines.length, line + 4); at++) if (lines[at]!.trim() !== '') return lines[at]!
  return ''
}

/** `Resolution`, `RESOLUTION`, or the word with up to two letters the OCR got wrong (`Reso]ution`), not the plural. */
function isResolutionWord(word: string): boolean {
  const lower = word.toLowerCase()
  return !lower.endsWith('ns') && editDistance(lower, 'resolution', 2) <= 2
}

function digits(value: string): string {
  return value.replace(/\s+/g, '')
}

/**
 * The resolutions of a file that holds several, or undefined when it holds one: two or more
 * numbered headings, and an enacting formula after at least two of them.
 */
export function splitVolume(text: string, options: ParseOptions = {}): VolumeResolution[] | undefined {
  return readVolume(text, options)?.resolutions
}

/**
 * As splitVolume, and the labels of the resolutions whose part of the page gives no
 * paragraphs to read (a bilingual page whose columns the OCR interleaved), so callers can
 * say so rather than drop them silently.
 */
export function readVolume(
  text: string,
  options: ParseOptions = {},
): {resolutions: VolumeResolution[]; unread: string[]} | undefined {
  const spans = volumeSpans(text)
  if (!spans) return undefined
  const starts = lineStarts(text)
  const noteLines = noteLinesOf(text)
  const resolutions: VolumeResolution[] = []
  const unread: string[] = []
  for (const span of spans) {
    const tree = parseSpan(text, starts, span.fromLine, span.toLine, options, noteLines)
    if (tree) resolutions.push({...span, tree: numbered(tree, span, text, starts)})
    else unread.push(span.label)
  }
  return {resolutions, unread}
}

/** The labels of the resolutions a volume holds, or undefined when the file holds one (no parsing). */
export function volumeLabels(text: string): string[] | undefined {
  return volumeSpans(text)?.map((span) => span.label)
}

/**
 * Where each resolution of a volume lies: from its numbered heading to the next. A formula
 * before the first heading opens a resolution whose heading is on an earlier page (`before
 * 46/86`); without any heading, each formula opens one. Undefined when the file holds one.
 */
function volumeSpans(text: string): Array<{label: string; fromLine: number; toLine: number}> | undefined {
  const lines = text.split(/\r\n|\r|\n/)
  const formulas: number[] = []
  lines.forEach((line, index) => {
    if (isFormulaLine(line)) formulas.push(index)
  })
  if (formulas.length < 2) return undefined
  const headings = findResolutionHeadings(text)
  const spans = headings.map((heading, index) => ({
    label: heading.label,
    fromLine: heading.line,
    toLine: headings[index + 1]?.line ?? lines.length,
  }))
  const first = headings[0]
  if (!first)
    return formulas.map((line, index) => ({
      label: `resolution ${index + 1} of the file`,
      fromLine: line,
      toLine: formulas[index + 1] ?? lines.length,
    }))
  if ((formulas[0] as number) < first.line)
    spans.unshift({label: `before ${first.label}`, fromLine: 0, toLine: first.line})
  // Formulas and spans are both in line order: one pass counts the spans that hold a formula.
  let next = 0
  const withFormula = spans.filter((span) => {
    while (next < formulas.length && (formulas[next] as number) < span.fromLine) next++
    return next < formulas.length && (formulas[next] as number) < span.toLine
  })
  return withFormula.length < 2 ? undefined : spans
}

/**
 * The resolution numbered `label` (`368 (1975)`, `S/RES/368 (1975)`, `2159 (XXI)`, `46/86`,
 * or the number alone) in a file that holds several; a file that holds one is parsed whole.
 */
export function pickResolution(text: string, label: string, options: ParseOptions = {}): Resolution {
  return pickFromFile(text, label, options).tree
}

/**
 * pickResolution, and the label of the resolution picked when the file is a volume (as the
 * index stores it: `420 (1977)`). A file that holds one resolution is parsed whole, and
 * refused when it names itself otherwise (its heading, number or symbol) than `label`.
 */
export function pickFromFile(
  text: string,
  label: string,
  options: ParseOptions = {},
): {tree: Resolution; resolution?: string} {
  const spans = volumeSpans(text)
  const wanted = labelKey(label)
  const matches = (candidate: string): boolean =>
    labelKey(candidate) === wanted || labelKey(candidate).split('(')[0] === wanted
  if (!spans) {
    const tail = afterEarlierText(text, matches)
    if (tail) {
      const starts = lineStarts(text)
      const tree = parseSpan(text, starts, tail.fromLine, tail.toLine, options, noteLinesOf(text))
      if (tree) return {tree: numbered(tree, tail, text, starts), resolution: tail.label}
    }
    const tree = parseResolution(text, options)
    const names = [
      ...findResolutionHeadings(text).map((heading) => heading.label),
      ...(tree.meta.number === undefined ? [] : [tree.meta.number]),
      ...(tree.meta.symbol === undefined ? [] : [tree.meta.symbol]),
    ]
    if (names.length > 0 && !names.some(matches))
      throw new PickError(`no resolution ${label} in this file; it holds ${tree.meta.number ?? names[0]}`)
    return {tree}
  }
  const span = spans.find((candidate) => matches(candidate.label))
  if (!span)
    throw new PickError(
      `no resolution ${label} in this file; it holds ${spans.map((candidate) => candidate.label).join(', ')}`,
    )
  const starts = lineStarts(text)
  const tree = parseSpan(text, starts, span.fromLine, span.toLine, options, noteLinesOf(text))
  if (!tree) throw new PickError(`resolution ${label} in this file has no paragraphs that can be read`)
  return {tree: numbered(tree, span, text, starts), resolution: span.label}
}

/**
 * A page of a volume with no formula in it may open inside an earlier resolution and hold the
 * next one whole (Wikisource's page of the Security Council's 1946 volume: `Resolves:` 1.–2.,
 * `Adopted unanimously at the 42nd meeting.`, then `1 (1946). Resolution of 25 January 1946`):
 * the wanted heading, with an adoption line above it, starts the resolution; the next heading
 * ends it.
 */
function afterEarlierText(
  text: string,
  matches: (label: string) => boolean,
): {label: string; fromLine: number; toLine: number} | undefined {
  if (!text.includes('Adopted')) return undefined
  const headings = findResolutionHeadings(text)
  const at = headings.findIndex((heading) => matches(heading.label))
  const heading = headings[at]
  if (!heading || heading.line === 0) return undefined
  const lines = text.split(/\r\n|\r|\n/)
  if (!lines.slice(0, heading.line).some((line) => adoptionLine.test(line.trim()))) return undefined
  return {label: heading.label, fromLine: heading.line, toLine: headings[at + 1]?.line ?? lines.length}
}
/** The line that closes a resolution: `Adopted unanimously at the 42nd meeting.` */
const adoptionLine = /^Adopted\s.{0,120}\smeeting\b/

/**
 * The heading names the resolution even where the OCR broke the number the front matter
 * reads (`Resolution 368 (197 5)`): a tree without a number takes its heading's, and the
 * date printed under it. Labels not read from a heading (`before 46/86`, `resolution 2 of
 * the file`) name nothing.
 */
function numbered(
  tree: Resolution,
  span: {label: string; fromLine: number},
  text: string,
  starts: readonly number[],
): Resolution {
  // A WHO body's symbol over the resolution (`EB126.R1`) is its symbol.
  if (symbolHeading.test(span.label)) tree.meta.symbol ??= span.label
  if (!/^\d/.test(span.label)) return tree
  tree.meta.number ??= span.label
  // `of 17 April 1975` under the heading is the adoption date; the OCR of a page in columns
  // may read it a few lines later, after the first paragraph beside it (408 (1977)).
  if (tree.meta.adoptionDate === undefined) {
    const end = Math.min(starts.length - 1, span.fromLine + dateLookahead + 1)
    for (let line = span.fromLine + 1; line < end; line++) {
      const next = text
        .slice(starts[line], starts[line + 1])
        .replace(/[\f\r\n]/g, '')
        .trim()
      const date = next.startsWith('of ') ? /^of (\d{1,2}) (\p{L}+) (\d{4})$/u.exec(next) : null
      const iso = date ? isoDate(date[1]!, date[2]!, date[3]!) : undefined
      if (iso) {
        tree.meta.adoptionDate = iso
        break
      }
    }
  }
  return tree
}

/** How many lines under a resolution's heading its date line (`of 26 May 1977`) is looked for. */
const dateLookahead = 6

function labelKey(label: string): string {
  return label
    .replace(/^[A-Z]\/RES\//i, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** Where each line of the text begins (breaks as `split(/\r\n|\r|\n/)` sees them), and the text's end. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 13 && text.charCodeAt(index + 1) === 10) index++
    if (char === 10 || char === 13) starts.push(index + 1)
  }
  starts.push(text.length)
  return starts
}

/**
 * Parse lines [from, to) alone (with the notes at the foot of the page where they end:
 * volume-notes.ts), then move every position by the lines and characters before them, so lines, columns and offsets are those of the file (each resolution costs its own
 * length, however long the volume). Notes printed on the page for other items (their markers
 * are not in this resolution) are left out.
 */
function parseSpan(
  text: string,
  starts: readonly number[],
  fromLine: number,
  toLine: number,
  options: ParseOptions,
  noteLines: ReadonlyMap<number, string>,
): Resolution | undefined {
  const lineCount = starts.length - 1
  const from = starts[Math.min(fromLine, lineCount)]!
  let tree: Resolution
  try {
    tree = parseResolution(spanWithPageFoot(text, starts, fromLine, toLine, noteLines), {...options, fromVolume: true})
  } catch {
    return undefined
  }
  shiftPositions(tree, fromLine, from)
  const cited = new Set(paragraphs(tree).flatMap((paragraph) => noteRefs(paragraph.children)))
  const closing = tree.children.find((child) => child.type === 'conclusions')
  if (closing?.type === 'conclusions')
    for (const note of footnotes(tree))
      if (closingCites(ownClosing(closing.children.map((line) => line.value)), note.marker)) cited.add(note.marker)
  if (footnotes(tree).some((note) => !cited.has(note.marker))) {
    const children: Resolution['children'] = []
    for (const child of tree.children) {
      if (child.type !== 'footnotes') children.push(child)
      else {
        const kept = child.children.filter((note) => cited.has(note.marker))
        if (kept.length > 0) children.push({...child, children: kept})
      }
    }
    tree.children = children
  }
  return tree
}

/** Move every `position` in the tree down by `lines` lines and `offset` characters. */
function shiftPositions(tree: Resolution, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  // A point shared by two positions moves once.
  const moved = new Set<object>()
  forEachPositioned(tree, ({position}) => {
    for (const point of [position.start, position.end]) {
      if (!point || moved.has(point)) continue
      moved.add(point)
      if (typeof point.line === 'number') point.line += lines
      if (typeof point.offset === 'number') point.offset += offset
    }
  })
}
