import type {Lang, ParseWarning, Position} from '../tree/types.js'
import type {Line} from './lines.js'
import {markerStar} from './inline.js'
import type {MarkerSpan} from './markers.js'
import {cjkOrFullWidth} from './patterns.js'
import {runsText, sliceRuns, type Run} from './runs.js'
import {positionOf, type Source} from './source.js'
import {isLetterChar} from './letters.js'

/** What every stage after line splitting reads: the source, its lines, and the warnings it adds to. */
export interface Context {
  source: Source
  lines: Line[]
  lang: Lang
  /** PDF footnote markers found in body lines, by line index. */
  markers: Map<number, MarkerSpan[]>
  warnings: ParseWarning[]
  /** Words a line break split after a hyphen (`inde-pendence`, lower case), with how often, for mending. */
  hyphenBreaks?: Map<string, number>
}

/** The runs of a block's lines, joined as the text reads, with PDF markers as sentinels. */
export function joinRuns(lineIndexes: readonly number[], context: Context): Run[] {
  const runs: Run[] = []
  let previousEnd = ''
  let previousText = ''
  for (const index of lineIndexes) {
    const line = context.lines[index] as Line
    if (line.text === '') continue
    const first = line.text.charAt(0)
    if (runs.length > 0) {
      // `nuclear-` + `weapon-free` closes up; a suspended hyphen (`knowledge-` + `and`) does not.
      const hyphenBreak = previousEnd === '-' && !/^(?:and|or|to|and\/or)\b/.test(line.text)
      if (hyphenBreak) noteHyphenBreak(previousText, line.text, context)
      // In Chinese a number the line broke (`第 33` / `8(1973)号`: after a character, MuPDF and
      // pdftotext of a Latin font's digits) is one number.
      const brokenNumber =
        context.lang === 'zh' &&
        isDigit(first) &&
        isDigit(previousEnd) &&
        /\p{Script=Han}[ \t]?\d+$/u.test(previousText)
      const joinTight = hyphenBreak || brokenNumber || tight(previousEnd) || tight(first)
      if (!joinTight) runs.push({text: ' ', at: line.start, fixed: true})
    }
    let from = 0
    // The text as written: lines hold the recognition view (normalise.ts), of the same length.
    const written = writtenText(line, context)
    for (const span of context.markers.get(index) ?? []) {
      if (span.from > from) runs.push({text: written.slice(from, span.from), at: line.start + from})
      runs.push({text: '\uE000', at: line.start + span.from, fixed: true})
      // A marker's stars (older texts' `**` before a slash) are written as a stand-in, so that
      // Markdown's reading of the paragraph takes them for no emphasis (inline.ts).
      runs.push({text: span.marker.replace(/\*/g, markerStar), at: line.start + span.from})
      runs.push({text: '\uE001', at: line.start + span.to - 1, fixed: true})
      from = span.to
    }
    if (from < line.text.length) {
      // Words the recognition view blanked inside the line (a bilingual volume's French column
      // read across, bilingual.ts) are not the paragraph's text either.
      for (const [start, end] of blankedSpans(line.text, written, from)) {
        if (start > from) runs.push({text: written.slice(from, start), at: line.start + from})
        // The words on either side stay apart (`inviter` … `Government`).
        if (
          start > 0 &&
          !/\s/.test(written.charAt(start - 1)) &&
          end < written.length &&
          !/\s/.test(written.charAt(end))
        )
          runs.push({text: ' ', at: line.start + start, fixed: true})
        from = end
      }
      if (from < line.text.length) runs.push({text: written.slice(from), at: line.start + from})
    }
    previousEnd = line.text.charAt(line.text.length - 1)
    previousText = line.text
  }
  return runs
}

/** Remember `inde-` + `pendence` as `inde-pendence`: a word the line break may have hyphenated. */
function noteHyphenBreak(before: string, after: string, context: Context): void {
  let start = before.length - 1
  while (start > 0 && isLetterChar(before.charAt(start - 1))) start--
  const left = start < before.length - 1 ? before.slice(start, before.length - 1) : undefined
  const right = /^\p{Ll}+/u.exec(after)?.[0]
  if (left === undefined || right === undefined) return
  context.hyphenBreaks ??= new Map()
  const word = `${left}-${right}`.toLowerCase()
  context.hyphenBreaks.set(word, (context.hyphenBreaks.get(word) ?? 0) + 1)
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9'
}

/** Chinese and full-width text joins across a line break without a space. */
export function tight(char: string): boolean {
  return cjkOrFullWidth.test(char)
}

export function trimRuns(runs: readonly Run[]): Run[] {
  const text = runsText(runs)
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return sliceRuns(runs, start, end)
}

/** The source span of the runs that come from the text (not inserted spaces or sentinels). */
export function runsPosition(runs: readonly Run[], context: Context): Position {
  const real = runs.filter((run) => !run.fixed && run.text.length > 0)
  if (real.length === 0) return positionOf(context.source, runs[0]?.at ?? 0, runs[0]?.at ?? 0)
  // Lines may be joined out of file order (a number pdftotext put after its first line).
  let start = Infinity
  let end = 0
  for (const run of real) {
    start = Math.min(start, run.at)
    end = Math.max(end, run.at + run.text.length)
  }
  return positionOf(context.source, start, end)
}

/** From the first positioned node's start to the last one's end. */
export function spanOf(nodes: ReadonlyArray<{position?: Position}>): Position | undefined {
  const first = nodes.find((node) => node.position)?.position
  const last = [...nodes].reverse().find((node) => node.position)?.position
  if (!first || !last) return undefined
  return {start: first.start, end: last.end}
}

/** A source line as a preface, annex or conclusions line. */
export function lineNode(
  index: number,
  context: Pick<Context, 'lines' | 'source'>,
): {type: 'prefaceLine'; value: string; position: Position} {
  const line = context.lines[index] as Line
  return {
    type: 'prefaceLine',
    value: writtenText(line, context),
    position: positionOf(context.source, line.start, line.start + line.text.length),
  }
}

/**
 * A line's text as the file has it. `line.text` is the recognition view (traditional
 * characters read as simplified, `,` as `，`…), which has the same length and offsets.
 */
export function writtenText(line: Line, context: Pick<Context, 'source'>): string {
  return context.source.text.slice(line.start, line.start + line.text.length)
}

/** Stretches from `from` on where the view holds spaces and the text as written holds words: what the view blanked. */
function blankedSpans(view: string, written: string, from: number): Array<[number, number]> {
  if (view === written || !view.includes('   ')) return []
  const spans: Array<[number, number]> = []
  for (const match of view.slice(from).matchAll(/ {3,}/g)) {
    const start = from + match.index
    const end = start + match[0].length
    if (/\S/.test(written.slice(start, end))) spans.push([start, end])
  }
  return spans
}
