import type {Position, Resolution} from '../tree/types.js'
import {cjkOrFullWidth, isPageNumber, jobNumber, symbolLine} from './patterns.js'
import {lineStartsOf, makeSource, pointAt, type Source} from './source.js'
import {detectLeadingPhrase} from './leading-phrase.js'

/**
 * Rewriting a text before it is parsed, and mapping the tree's positions back to the text as
 * written: how the parser reads Markdown converters' own ways of writing what it knows in
 * another form (footnote marks, note-markup.ts; nested lists, list-markup.ts).
 */

/** Write `written` in place of the text from `from` to `to`. */
export interface Rewrite {
  from: number
  to: number
  written: string
}

interface Edit {
  /** Where the rewritten piece stands in the file as written. */
  from: number
  to: number
  /** Where it stands in the rewritten text. */
  newFrom: number
  newTo: number
}

export interface Rewritten {
  text: string
  edits: Edit[]
}

/** The text with the rewrites made (in text order; one that overlaps an earlier one is dropped). */
export function applyRewrites(text: string, rewrites: readonly Rewrite[]): Rewritten {
  const edits: Edit[] = []
  let result = ''
  let from = 0
  for (const rewrite of [...rewrites].sort((a, b) => a.from - b.from)) {
    if (rewrite.from < from) continue
    result += text.slice(from, rewrite.from)
    edits.push({
      from: rewrite.from,
      to: rewrite.to,
      newFrom: result.length,
      newTo: result.length + rewrite.written.length,
    })
    result += rewrite.written
    from = rewrite.to
  }
  return {text: result + text.slice(from), edits}
}

/** Map an offset in the rewritten text back to the file as written. */
function originalOffset(offset: number, edits: readonly Edit[]): number {
  let low = 0
  let high = edits.length - 1
  let before: Edit | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const edit = edits[middle]!
    if (edit.newFrom <= offset) {
      before = edit
      low = middle + 1
    } else high = middle - 1
  }
  if (!before) return offset
  if (offset >= before.newTo) return offset - before.newTo + before.to
  // Inside a rewritten mark: its start, or as far into the mark as the file's text goes.
  return Math.min(before.from + (offset - before.newFrom), before.to)
}

interface Point {
  line: number
  column: number
  offset: number
}

function isPoint(value: object): value is Point {
  return (
    typeof (value as Point).offset === 'number' &&
    typeof (value as Point).line === 'number' &&
    typeof (value as Point).column === 'number'
  )
}

/** Point every position in the tree (its nodes, warnings and data) into the file as written. */
export function mapPositionsBack(tree: Resolution, original: string, edits: readonly Edit[]): void {
  const source: Source = makeSource(original)
  movePoints(tree, (point) => pointAt(source, originalOffset(point.offset, edits)))
  // A masthead or annex line is the line as the file has it, not the `<sup>1</sup>` the note
  // rewrite made of a call in it (`Your UNY644. [1]`, a cable's reference to an earlier one).
  const lines = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) lines(item)
    else if (typeof value === 'object' && value !== null) {
      const node = value as {type?: unknown; value?: unknown; position?: Position; children?: unknown}
      if (
        node.type === 'prefaceLine' &&
        node.position &&
        typeof node.value === 'string' &&
        node.value.includes('<sup>')
      ) {
        const written = original.slice(node.position.start.offset, node.position.end.offset)
        if (!written.includes('<sup>') && !written.includes('\n')) node.value = written
      }
      lines(node.children)
    }
  }
  lines(tree.children)
}

/**
 * A file saved with CR LF line ends (Windows) or CR alone (an old Mac) is read as one with LF
 * ends: the rewrites and rules above look for `\n`. Its tree's points keep their lines and
 * columns, which the ends do not change; `withLineEnds` sets their offsets into the file as written.
 */
export function lfLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * A no-break space after a line's opening number or letter (`1.&nbsp;Decides`, `(a)&nbsp;`, as a
 * web page or a word processor sets it) is the space a list's marker takes: a space, before the
 * rewrites above read the lists (a character for a character: positions do not move).
 */
export function markerSpaces(text: string): string {
  return text.replace(/^([ \t]*(?:\d{1,3}[.)]|\(?[a-z]{1,4}\)))\u00a0/gmu, '$1 ')
}

/**
 * A text whose every line is indented (an e-mail's quotation, a copy from a viewer with a margin,
 * a Markdown file set in one code block): the indentation all its lines share is no part of its
 * layout, and it is taken off, each line's own indentation beyond it kept. Returns no rewrites
 * when some line with text opens at its first column.
 */
export function sharedIndent(text: string): Rewrite[] {
  // Tested first: the first line with text is indented.
  const first = /\S/.exec(text)
  if (!first || first.index === 0 || (text.charAt(first.index - 1) !== ' ' && text.charAt(first.index - 1) !== '\t'))
    return []
  let shared = Infinity
  let at = 0
  while (at <= text.length && shared > 0) {
    const end = text.indexOf('\n', at)
    const stop = end < 0 ? text.length : end
    let indent = 0
    while (at + indent < stop && text.charCodeAt(at + indent) === 32) indent++
    if (at + indent < stop && !/\s/.test(text.charAt(at + indent))) shared = Math.min(shared, indent)
    if (end < 0) break
    at = end + 1
  }
  if (shared === 0 || shared === Infinity) return []
  const rewrites: Rewrite[] = []
  at = 0
  while (at <= text.length) {
    const end = text.indexOf('\n', at)
    const stop = end < 0 ? text.length : end
    let indent = 0
    while (indent < shared && at + indent < stop && text.charCodeAt(at + indent) === 32) indent++
    if (indent > 0) rewrites.push({from: at, to: at + indent, written: ''})
    if (end < 0) break
    at = end + 1
  }
  return rewrites
}

/**
 * A line's indentation in ideographic spaces (U+3000, as Chinese sets a paragraph's first line:
 * `\u3000\u3000回顾…`) as ASCII spaces, one for one: the rules that read indentation know those.
 */
export function ideographicIndent(text: string): string {
  return text.replace(/^[ \t]*\u3000[ \t\u3000]*/gm, (indent) => ' '.repeat(indent.length))
}

export function withLineEnds(tree: Resolution, original: string): void {
  const starts = lineStartsOf(original)
  movePoints(tree, (point) => ({...point, offset: (starts[point.line - 1] ?? 0) + point.column - 1}))
}

/** Every point of the tree (its nodes, warnings and data) as `move` makes it; a point two nodes share is moved once. */
function movePoints(tree: Resolution, move: (point: Point) => Point): void {
  const moved = new Map<Point, Point>()
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) visit(item)
      return
    }
    const record = value as Record<string, unknown>
    for (const key in record) {
      const child = record[key]
      if (typeof child !== 'object' || child === null) continue
      if (!isPoint(child)) visit(child)
      else {
        let point = moved.get(child)
        if (point === undefined) {
          point = move(child)
          moved.set(child, point)
          moved.set(point, point)
        }
        record[key] = point
      }
    }
  }
  visit(tree)
}

/** A line of a text as written (its indentation kept), and the offset where it starts. */
export interface TextLine {
  start: number
  text: string
}

/** A line with nothing but spaces on it, and no form feed (a page break is no blank line). */
export function blankLine(line: TextLine | undefined): boolean {
  return line !== undefined && line.text.trim() === '' && !line.text.includes('\f')
}

/** The lines of a text, broken where `makeSource` breaks them (CRLF, LF or a lone CR). */
export function* linesOf(text: string): Generator<TextLine> {
  const starts = lineStartsOf(text)
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    let end = index + 1 < starts.length ? starts[index + 1]! : text.length
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--
    yield {start, text: text.slice(start, end)}
  }
}

/** The letters of each Unicode ligature (U+FB00–FB06). */
const ligatureLetters = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st']

/**
 * Characters that stand for letters or for nothing: ligatures as single characters
 * (`Reaﬃrming`, `eﬀorts`, `ﬁrearms`, as text copied or extracted from a typeset PDF may hold
 * them), read as their letters; soft hyphens and zero-width spaces and joiners (`Reaf\u00ADfirming`,
 * as text copied from a web page or a Word file holds them), read as nothing. Else no opening
 * phrase is known (`Reaﬃrming`) and no word matches its spelling elsewhere.
 */
export function characterMarks(text: string): Rewrite[] {
  const rewrites: Rewrite[] = []
  if (/[\u00AD\u200B-\u200D\u2060\uFEFF\uFB00-\uFB06]/u.test(text))
    for (const match of text.matchAll(/[\u00AD\u200B-\u200D\u2060\uFEFF\uFB00-\uFB06]/gu)) {
      const code = match[0].charCodeAt(0)
      rewrites.push({from: match.index, to: match.index + 1, written: ligatureLetters[code - 0xfb00] ?? ''})
    }
  // A number and its stop as one character opening a line (`⒍決定…`, U+2488–249B, as an
  // encyclopedia's page sets them), or in brackets (`⑴`, U+2474–2487): read as `6.` and `(1)`.
  if (/[\u2474-\u249B]/u.test(text))
    for (const match of text.matchAll(/^[ \t\u3000]*([\u2474-\u249B])/gmu)) {
      const code = match[1]!.charCodeAt(0)
      const from = match.index + match[0].length - 1
      rewrites.push({from, to: from + 1, written: code >= 0x2488 ? `${code - 0x2487}.` : `(${code - 0x2473})`})
    }
  // Text extracted from a PDF Ghostscript rewrote, or by Ghostscript's txtwrite (`O昀昀ice`, `昀椀rearms`).
  if (widenedLetter.test(text))
    for (const line of linesOf(text))
      for (const run of widenedLigatures(line.text))
        rewrites.push({from: line.start + run.at, to: line.start + run.at + run.length, written: run.letters})
  return rewrites
}

/**
 * Ghostscript (its pdfwrite, printing to PDF through CUPS or re-saving a PDF, and its txtwrite
 * text) writes the Unicode of a ligature glyph as its letters each in the high byte of a 16-bit
 * code: `fi` is U+6600 U+6900 (`昀椀`), `ffi` U+6600 U+6600 U+6900 (`O昀昀ice`). Such characters
 * next to a Latin letter, with no Chinese on their other side, in a run or line of more Latin
 * letters than Chinese characters, are those letters.
 */
const widenedLetters = new RegExp(
  `[${[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'].map((letter) => String.fromCharCode(letter.charCodeAt(0) << 8)).join('')}]{1,3}`,
  'gu',
)
const widenedLetter = new RegExp(widenedLetters.source, 'u')
const hanAll = new RegExp(cjkOrFullWidth.source, 'gu')

/** The runs of ligature letters Ghostscript wrote in the high byte in a run of text or a line (see widenedLetters). */
export function widenedLigatures(text: string): {at: number; length: number; letters: string}[] {
  if (!widenedLetter.test(text)) return []
  // In a Chinese run (`最` is U+6700), Latin letters are the fewer.
  if ((text.match(/[a-z]/gi)?.length ?? 0) <= (text.match(hanAll)?.length ?? 0)) return []
  const latin = (character: string): boolean => /[a-z]/i.test(character)
  const open = (character: string): boolean => character === '' || !cjkOrFullWidth.test(character)
  const runs: {at: number; length: number; letters: string}[] = []
  for (const match of text.matchAll(widenedLetters)) {
    const before = text.charAt(match.index - 1)
    const after = text.charAt(match.index + match[0].length)
    if (!((latin(before) && open(after)) || (latin(after) && open(before)))) continue
    const letters = [...match[0]].map((character) => String.fromCharCode(character.charCodeAt(0) >> 8)).join('')
    runs.push({at: match.index, length: match[0].length, letters})
  }
  return runs
}

/**
 * HTML line breaks that Markdown converters write inside table cells and paragraphs (marker's
 * masthead: `Distr.: General<br>8 December 2023`): read as the space between two words.
 */
export function lineBreakMarks(text: string): Rewrite[] {
  if (!text.includes('<br') && !text.includes('<BR')) return []
  return [...text.matchAll(/<br[ \t]*\/?>/giu)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
    written: ' ',
  }))
}

/**
 * kramdown's attribute lists on a line of their own (`{:toc}`, `{: .lead}`, Jekyll sites' Markdown)
 * are markup, not words; `{:toc}` takes the place of the list item above it (`* TOC`, `1. TOC`),
 * which the site replaces by its table of contents. Both read as nothing (the Paris draft decision
 * as an open-data site keeps it: its `* TOC` was read as a note marked `*`).
 */
export function attributeListMarks(text: string): Rewrite[] {
  if (!text.includes('{:')) return []
  const rewrites: Rewrite[] = []
  for (const match of text.matchAll(/^[ \t]*\{:[^}\n]{0,80}\}[ \t]*$/gmu)) {
    rewrites.push({from: match.index, to: match.index + match[0].length, written: ''})
    if (!/^[ \t]*\{:[ \t]*toc[ \t]*\}/u.test(match[0])) continue
    const above = /(?:^|\n)([ \t]*(?:[*+-]|1\.)[ \t]+TOC[ \t]*)\n$/u.exec(
      text.slice(Math.max(0, match.index - 40), match.index),
    )
    if (above) rewrites.push({from: match.index - above[1]!.length - 1, to: match.index - 1, written: ''})
  }
  return rewrites
}

/**
 * A printed edition's page numbers, set in brackets in its online text wherever a page of the
 * book began (the *Foreign Relations of the United States*: `[Page 308]Desiring to take…;`,
 * `…that this [Page 108] decision…`): not words of the text, read as nothing.
 */
export function editionPageMarks(text: string): Rewrite[] {
  if (!text.includes('[Page ')) return []
  return [...text.matchAll(/\[Page \d{1,4}\]/gu)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
    written: '',
  }))
}

/**
 * The inline HTML a site's converter leaves in a page's text (`<strong>CONCLUSIONS</strong>`,
 * `<em>Recalling</em>`, `<span class="…">`): tags that only style words, read as nothing.
 */
export function inlineTagMarks(text: string): Rewrite[] {
  if (!text.includes('</')) return []
  return [...text.matchAll(/<\/?(?:strong|em|span|font|[biu])(?:\s[^<>]{0,200})?>/giu)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
    written: '',
  }))
}

/**
 * A page break a PDF → Markdown converter wrote as a rule glued to the end of the page's last
 * line (`…the NPT safeguards agreement ---`, then a blank line and the page's notes): the rule
 * on a line of its own, so the notes below it are read as notes and the words go on after them.
 */
export function gluedRuleMarks(text: string): Rewrite[] {
  if (!text.includes(' ---')) return []
  return [...text.matchAll(/(?<=\S) (-{3,})(?=\r?\n[ \t]*\r?\n(?:\d{1,3}|\[\^\d{1,3}\]:) \S)/gu)].map((match) => ({
    from: match.index,
    to: match.index + 1,
    written: '\n',
  }))
}

/**
 * The line pdf.js text wrappers set between pages (pdf-parse's `getText()`: a blank line, `-- 2 of 3 --`,
 * a blank line): a page break, read as the form feed pdftotext and MuPDF set there. Only when the
 * lines count the pages in order, each of the same total.
 */
export function pageCountMarks(text: string): Rewrite[] {
  if (!text.includes('\n-- ')) return []
  const rewrites: Rewrite[] = []
  let total: string | undefined
  for (const match of text.matchAll(/(?:\r?\n)?\r?\n-- (\d{1,4}) of (\d{1,4}) --\r?\n(?:\r?\n|$)/gu)) {
    if ((total ?? match[2]) !== match[2] || Number(match[1]) !== rewrites.length + 1) return []
    total = match[2]
    rewrites.push({from: match.index, to: match.index + match[0].length, written: '\n\f'})
  }
  return rewrites
}

/**
 * The spaces an OCR of Chinese (Tesseract's chi_sim, as OCRmyPDF runs it) sets between
 * characters (`回顾 其 以 前 所 有 有 关 决 议 ，`, `安全 理事 会`): taken out between two Chinese
 * characters or a character and a Chinese mark, where at least a third of the text's
 * neighbouring characters are so spaced; the spaces around figures and Latin words stay
 * (`在 2003 年 5 月`, as the UN's Chinese sets them). Tested first on the text's opening.
 */
export function ocrHanSpaces(text: string): Rewrite[] {
  if ((text.slice(0, 3000).match(/[\u3400-\u9fff] [\u3400-\u9fff]/gu)?.length ?? 0) < 5) return []
  const spaced = [...text.matchAll(/(?<=[\u3400-\u9fff]) {1,2}(?=[\u3400-\u9fff，。；：、）》”])/gu)]
  const tight = text.match(/[\u3400-\u9fff](?=[\u3400-\u9fff])/gu)?.length ?? 0
  if (spaced.length < ocrSpacedLeast || spaced.length * 2 < tight) return []
  return spaced.map((space) => ({from: space.index, to: space.index + space[0].length, written: ''}))
}

/** The fewest spaced characters that make a text an OCR's (ocrHanSpaces). */
const ocrSpacedLeast = 20

/**
 * Raised note numbers that Ghostscript's txtwrite sets on a line of their own, each at its
 * column, above the line they were raised in, which keeps the gaps they left (`      2` /
 * `   Transnational Organized Crime,  of manufacturing…`; `   1      2` over two gaps): written
 * back into those gaps (`Crime,2  of`). Only numbers standing right between two lines of text
 * (no blank line: a page's number stands apart), indented past the start of the line under them,
 * each with its own gap of two spaces or more, or the line's end, near its column.
 */
export function raisedNumberLines(text: string): Rewrite[] {
  if (!/\n {2,}\d{1,3}(?: +\d{1,3})*[ \t]*\r?\n/u.test(text)) return []
  const rewrites: Rewrite[] = []
  const pageColumn = pageNumberColumn(text)
  let above: TextLine | undefined
  let raised: {line: TextLine; numbers: RegExpMatchArray[]} | undefined
  for (const line of linesOf(text)) {
    if (raised) {
      // A justified line keeps no gap where its call was raised (groff): a single space after the
      // word, right at the number's column, unless the number stands where the pages' numbers do.
      const tight = raised.numbers.length === 1 && Math.abs(raised.numbers[0]!.index! - pageColumn) > 1
      const placed = raisedInto(line.text, raised.numbers, tight)
      const from = raised.line.start
      raised = undefined
      if (placed) {
        rewrites.push({from, to: line.start, written: ''})
        for (const [at, digits] of placed) rewrites.push({from: line.start + at, to: line.start + at, written: digits})
        above = line
        continue
      }
    }
    if (/^ +\d{1,3}(?: +\d{1,3})*[ \t]*$/u.test(line.text) && above !== undefined && above.text.trim() !== '') {
      raised = {line, numbers: [...line.text.matchAll(/\d{1,3}/gu)]}
      continue
    }
    above = line
  }
  return rewrites
}

/**
 * The column where a text's page numbers stand, each alone on its line: the indentation most such
 * lines share, two at least (groff centres them); -10 when none does.
 */
function pageNumberColumn(text: string): number {
  const counts = new Map<number, number>()
  for (const match of text.matchAll(/\n( {2,})\d{1,3}[ \t]*\r?(?=\n)/gu))
    counts.set(match[1]!.length, (counts.get(match[1]!.length) ?? 0) + 1)
  let column = -10
  let most = 1
  for (const [indent, count] of counts) if (count > most) [column, most] = [indent, count]
  return column
}

/**
 * Where in `line` each raised number goes: the gap nearest its column, one number a gap; with
 * `tight`, failing a gap, a single space after a word or mark within a few columns of it;
 * undefined if one has none.
 */
function raisedInto(line: string, numbers: readonly RegExpMatchArray[], tight = false): [number, string][] | undefined {
  if (line.trim() === '' || /^ */u.exec(line)![0].length >= numbers[0]!.index!) return undefined
  // Columns as set: a Chinese character takes two.
  const columns: number[] = []
  let column = 0
  for (let at = 0; at <= line.length; at++) {
    columns.push(column)
    column += wide.test(line.charAt(at)) ? 2 : 1
  }
  const gaps = [...line.matchAll(/(?<=\S)(?: {2,}(?=\S)| *$)/gu)].map((gap) => gap.index)
  // Chinese sets no space around a call, and txtwrite's columns drift from its characters' (a
  // tenth or more): a point after a closing mark near the column (`公约》¹`, `建议；⁵`) or, failing
  // one, between two characters just before it (`报告¹并`).
  const closing = [...line.matchAll(/(?<=[》）」』”；，。：、])(?=\S)/gu)].map((point) => point.index)
  const between = [...line.matchAll(/(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])/gu)].map((point) => point.index)
  const placed: [number, string][] = []
  for (const number of numbers) {
    const column = number.index!
    const nearest = (points: readonly number[], reach: number, before = false): number | undefined => {
      let best: number | undefined
      for (const point of points)
        if (
          Math.abs(columns[point]! - column) <= reach &&
          (!before || columns[point]! < column) &&
          !placed.some(([at]) => at === point) &&
          (best === undefined || Math.abs(columns[point]! - column) < Math.abs(columns[best]! - column))
        )
          best = point
      return best
    }
    const best =
      nearest(gaps, raisedNumberReach) ??
      nearest(closing, raisedNumberReach) ??
      nearest(between, 3, true) ??
      (tight
        ? nearest(
            [...line.matchAll(/(?<=[\p{L}\d,;:.)”’])(?= \S)/gu)].map((point) => point.index),
            3,
          )
        : undefined)
    if (best === undefined) return undefined
    placed.push([best, number[0]])
  }
  return placed
}

const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/**
 * Note calls that pdf.js (before version 2, as the npm wrapper pdf-parse 1.x gives its text) sets
 * on a line of their own, splitting the line they were raised in (`…Organized Crime,` / `2` /
 * ` of manufacturing…`, the rest of the line opening with its space, or a space alone): glued
 * back to the word before (`Crime,2 of`), as pdftotext sets them. The notes at the page foot are
 * set the same way (`1` / ` United Nations, Treaty Series…`): a number alone is a call where it
 * is the next call (one more than the last), and a note's where that call came before; a call
 * at a line's end (`…Assembly,` / `1` / `Emphasizing…`) the same. Only in such a text (see
 * oldPdfJsText): `pdftotext -raw` sets a note's number alone under the page's last words.
 */
export function splitCallLines(text: string): Rewrite[] {
  if (!/\n\d{1,3}\r?\n/u.test(text) || !oldPdfJsText(text)) return []
  const rewrites: Rewrite[] = []
  let called = 0
  let above: TextLine | undefined
  let lone: TextLine | undefined
  for (const line of linesOf(text)) {
    if (lone) {
      const number = Number(lone.text)
      // After a digit (`26 March 2015` / `13` / ` and 37/5`) only where the line's run goes on.
      if (
        number === called + 1 &&
        above &&
        (/[^\s\d]$/u.test(above.text) || (/\d$/u.test(above.text) && line.text.startsWith(' '))) &&
        line.text !== ''
      ) {
        called = number
        // The newline before the number, and after it when the line goes on (` of manufacturing…`,
        // or a space alone where the raised run ended).
        rewrites.push({from: above.start + above.text.length, to: lone.start, written: ''})
        if (line.text.startsWith(' ')) rewrites.push({from: lone.start + lone.text.length, to: line.start, written: ''})
      }
      lone = undefined
    } else if (/^\d{1,3}$/u.test(line.text) && above !== undefined && above.text.trim() !== '') {
      lone = line
      continue
    }
    above = line
  }
  return rewrites
}

/**
 * Text as pdf.js before version 2 gives it through pdf-parse 1.x: opened by the blank line it
 * sets before each page, its lines never indented (no layout: at most a stray run's space, or
 * the spaces that open the rest of a line a raised note number split).
 */
function oldPdfJsText(text: string): boolean {
  if (!/^\r?\n\r?\n\S/u.test(text.slice(0, 5))) return false
  // Asked by four rewrites of one text in turn: its three counts are made once.
  if (text !== lastAsked.text) {
    const lines = text.match(/\n/gu)?.length ?? 0
    // The rest of a line a raised note call split (`Discrimination,` / `4` / `  the  Convention…`)
    // keeps the run's spaces: not an indent.
    const indented = (text.match(/\n {2}/gu)?.length ?? 0) - (text.match(/\n\d{1,3}\r?\n {2}/gu)?.length ?? 0)
    lastAsked = {text, answer: indented * 50 < lines}
  }
  return lastAsked.answer
}
/** The text oldPdfJsText was last asked about, and its answer. */
let lastAsked: {text: string | undefined; answer: boolean} = {text: undefined, answer: false}

/** How many columns from its gap txtwrite may set a raised number (its columns follow the page's x, not the letters). */
const raisedNumberReach = 12

/**
 * The blank lines pdf.js text wrappers of old set between pages (pdf-parse 1.x opens its text
 * with one and joins each page to the next by one; within a page it sets no blank line): page
 * breaks, read as form feeds. Only a text that opens with that blank line and whose every part
 * between blank lines but the last is a page's length.
 */
export function pageJoinMarks(text: string): Rewrite[] {
  if (!oldPdfJsText(text)) return []
  const joins = [...text.matchAll(/\S[ \t]*\r?\n(\r?\n)(?=\S)/gu)]
  if (joins.length === 0) return []
  // The last page may hold a line or two (the closing, a note).
  let from = 0
  for (const join of joins) {
    if ((text.slice(from, join.index).match(/\n/gu)?.length ?? 0) < pageLines) return []
    from = join.index
  }
  return joins.map((join) => {
    const at = join.index + join[0].length - join[1]!.length
    return {from: at, to: at + join[1]!.length, written: '\f'}
  })
}

/** The fewest lines a page of text holds in pageJoinMarks. */
const pageLines = 10

/**
 * Block quotes a Word → Markdown converter writes for every indented paragraph (pandoc sets a
 * UN resolution's body, indented in Word, as `> *Recalling* its resolutions…` / `>` /
 * `> 1\. *Decides*…`): the quote marks left out, so the lines read as the paragraphs they
 * are. Only a text with two quoted lines or more; a `>` not followed by a space, another `>`
 * or the line's end is a character of the text.
 */
export function quoteMarks(text: string): Rewrite[] {
  if (!text.includes('>')) return []
  const rewrites: Rewrite[] = []
  for (const line of linesOf(text)) {
    // In a note or list item the quote stands after the item's indent (`[^1]:` / `    > Resolution S-10/2.`).
    const quote = /^([ \t]*)>(?: ?>)*(?: |$)/u.exec(line.text)
    if (quote) rewrites.push({from: line.start + quote[1]!.length, to: line.start + quote[0].length, written: ''})
  }
  return rewrites.length >= 2 ? rewrites : []
}

/**
 * The space pdf.js before version 2 (pdf-parse 1.x) drops where an italic leading phrase ends in
 * a PDF that sets spaces as gaps, not characters (groff, TeX: `Recallingits resolution…`,
 * `Recalling alsothat…`, `1. Welcomesthe report…`): put back where the phrase is then a known
 * one and the word glued to it one that follows phrases (`its`, `the`, `that`…). Only in such a
 * text (see oldPdfJsText), and only on a line whose opening words end in such a word.
 */
export function gluedPhraseSpaces(text: string): Rewrite[] {
  if (!oldPdfJsText(text)) return []
  const rewrites: Rewrite[] = []
  for (const line of linesOf(text)) {
    const glued = gluedPhrase.exec(line.text)
    if (!glued) continue
    const number = glued[1] ?? ''
    const at = glued[0].length - glued[2]!.length
    const phrase = line.text.slice(number.length, at)
    const part = number === '' ? 'preamble' : 'operative'
    if (detectLeadingPhrase(line.text.slice(number.length), 'en', part)?.known === true) continue
    if (detectLeadingPhrase(`${phrase} ${line.text.slice(at)}`, 'en', part)?.known !== true) continue
    rewrites.push({from: line.start + at, to: line.start + at, written: ' '})
  }
  return rewrites
}

/** A line's opening words (after an operative number), the last glued to a word that follows phrases. */
const gluedPhrase =
  /^(\d{1,3}\.\s*)?\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3}\p{Ll}{2}(its|the|that|to|of|with|upon|on|by|all|for|in)(?= |$)/u

/**
 * The gaps pdf.js before version 2 (pdf-parse 1.x) drops where a page's head and foot set a
 * tab between their pieces: `A/RES/76/130Persons with albinism` (the symbol, then the running
 * title), `2/421-19151` (the page number, then the job number), put back as a wide gap, so that
 * they read as the furniture they are; and the title's after its number (`77/100.United Nations
 * Convention…`), else the running head that repeats the title matches no words of the masthead. Only in such a text (see oldPdfJsText); a head only where
 * its symbol stands alone on a line elsewhere (the masthead's), a foot only where the page number
 * counts within its total and the rest is a job number.
 */
export function lostTabGaps(text: string): Rewrite[] {
  if (!oldPdfJsText(text)) return []
  const lines = [...linesOf(text)]
  const symbols = new Set<string>()
  for (const line of lines) {
    const symbol = symbolLine.exec(line.text)?.[1]
    if (symbol !== undefined) symbols.add(symbol)
  }
  const rewrites: Rewrite[] = []
  for (const line of lines) {
    const foot = /^(\d{1,3}\/\d{1,3})\d{2}-\d{5}.*$/u.exec(line.text)
    if (foot) {
      // `2/421-19151`: the page 2/4, job 21-19151 (not 2/42 and 1-19151: a job number has two digits before its dash).
      for (let cut = foot[1]!.length; cut > foot[1]!.indexOf('/') + 1; cut--) {
        const page = line.text.slice(0, cut)
        const rest = line.text.slice(cut)
        if (isPageNumber(page) && jobNumber.test(rest)) {
          rewrites.push({from: line.start + cut, to: line.start + cut, written: '    '})
          break
        }
      }
      continue
    }
    // `77/100.United Nations Convention…`: the title's number, then its tab.
    const number = /^\d{1,4}\/\d{1,4}\.(?=\p{Lu})/u.exec(line.text)
    if (number) {
      rewrites.push({from: line.start + number[0].length, to: line.start + number[0].length, written: '    '})
      continue
    }
    if (symbols.size === 0 || !/^[A-Z]/u.test(line.text)) continue
    for (const symbol of symbols) {
      if (
        line.text.length > symbol.length &&
        line.text.startsWith(symbol) &&
        /^[A-Z]/u.test(line.text.slice(symbol.length))
      ) {
        rewrites.push({from: line.start + symbol.length, to: line.start + symbol.length, written: '    '})
        break
      }
    }
  }
  return rewrites
}
