import {linesOf, type Rewrite} from './rewrite.js'

/** A line that opens with a bare number: alone on its line, or parted from the line's words by two spaces or more. */
const numberedLine = /^([ \t]*)(\d{1,4})(?:[ \t]{2,}(?=\S)|[ \t]*$)/u
/** The fewest numbers counting up, line by line, that make a column of line numbers. */
const chainMinimum = 10
/** A page's line in pdf.js wrappers' text (`-- 2 of 3 --`). */
const pageLine = /^-- \d+ of \d+ --$/u
/** At most this many lines of words between two numbers of one column. */
const chainGap = 3

interface Numbered {
  start: number
  indent: number
  digits: number
  value: number
  /** Nothing but the number on its line. */
  alone: boolean
  /** Lines of words between it and the numbered line before. */
  after: number
  /** Where its line ends, the line break with it. */
  end: number
  /** The column its last digit stands in. */
  column: number
}

/**
 * The line numbers of a draft (Word's and LibreOffice's line numbering, as UNFCCC, WHO and WIPO
 * drafts are printed) as text extractors give them: before each line of words (`pdftotext
 * -layout`, Ghostscript's txtwrite: `12     principles upon which…`, `20     1.   Declares…`),
 * or alone on lines of their own (pdf.js and MuPDF set a page's numbers after its words,
 * `pdftotext` between its blocks). They are numbers counting up by one, each within three lines
 * of words of the one before: ten or more such make a column of line numbers, and every run of
 * three or more in the text, or of two from 1 (a page's, or its notes', few lines), is read as
 * nothing (spaces where they open a line of words, so that the words keep their columns; with
 * its line where alone). A note's number is never one (its note stands between), nor a page's
 * (a page of words lies between).
 */
export function lineNumberMarks(text: string): Rewrite[] {
  if (!mayHoldLineNumbers(text)) return []
  const found: Array<Numbered | string> = []
  for (const line of linesOf(text)) {
    const match = numberedLine.exec(line.text)
    if (!match) {
      found.push(line.text)
      continue
    }
    let end = line.start + line.text.length
    if (text.charCodeAt(end) === 13) end++
    if (text.charCodeAt(end) === 10) end++
    found.push({
      start: line.start,
      indent: match[1]!.length,
      digits: match[2]!.length,
      value: Number(match[2]),
      alone: match[0].length === line.text.length,
      after: 0,
      end,
      column: match[1]!.length + match[2]!.length,
    })
  }
  // Numbers set before lines of words (`-layout`, txtwrite) end in one column, right-aligned: a
  // number there alone on its line in another column is a note's mark the page raised.
  const columns = new Map<number, number>()
  for (const entry of found)
    if (typeof entry !== 'string' && !entry.alone) columns.set(entry.column, (columns.get(entry.column) ?? 0) + 1)
  let column: number | undefined
  for (const [at, count] of columns) if (count >= chainMinimum && count > (columns.get(column ?? -1) ?? 0)) column = at
  // Runs of numbers counting up by one, each within three lines of words of the one before; with
  // each, how many lines of words the text holds up to its last number.
  const chains: Array<{run: Numbered[]; words: number}> = []
  let chain: {run: Numbered[]; words: number} | undefined
  let between = 0
  let words = 0
  // Lines of words where the page began (a form feed, pdf.js's `-- 1 of 3 --`).
  const pageStarts: number[] = [0]
  for (const entry of found) {
    if (typeof entry === 'string' || (column !== undefined && entry.column !== column)) {
      const line = typeof entry === 'string' ? entry : 'x'
      if (line.includes('\f') || pageLine.test(line)) pageStarts.push(words)
      if (line.trim() !== '') between++
      // A number alone in another column (a note's raised mark) is no line of words.
      if (typeof entry === 'string' && line.trim() !== '') words++
      continue
    }
    if (!entry.alone) words++
    const last = chain?.run[chain.run.length - 1]
    if (!chain || !last || entry.value !== last.value + 1 || between > chainGap) chains.push((chain = {run: [], words}))
    chain.run.push({...entry, after: between})
    chain.words = words
    between = 0
  }
  // A column of line numbers numbers nearly every line of its page: a run from 1 is one where
  // it is three fifths or more of the lines of words since the page began (or since the run
  // before that was one). A page's notes' numbers (`1` / `Resolution 217 A (III).` / `2` …) are
  // fewer than its lines. Two from 1 only before lines of words or next to each other: a note's
  // number alone on its line, its note between (`1` / `Ibid., …` / `2` / `One member…`), is not.
  const taken: Numbered[][] = []
  let since = 0
  let page = 0
  for (const {run, words: upTo} of chains) {
    const first = run[0]!
    while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= upTo - run.length)
      since = Math.max(since, pageStarts[++page]!)
    const continues = taken.length > 0 && first.value === taken[taken.length - 1]!.at(-1)!.value + 1
    if (run.length < 2 || (first.value !== 1 && !continues)) continue
    if (run.length < 3 && run.some((numbered, index) => numbered.alone && index > 0 && numbered.after > 0)) continue
    // Two numbers alone after lines of words, with none after them on their page, number none: a
    // page's notes' numbers pdftotext sets after the notes' texts (`Ibid.…` / `One member…` / `1` / `2`).
    const pageEnd = pageStarts.find((start) => start > upTo) ?? words
    if (
      run.length < 3 &&
      run.every((numbered) => numbered.alone) &&
      first.after > 0 &&
      pageEnd === upTo &&
      taken.length > 0
    )
      continue
    // A page's last numbers that carry on the run before (`25`, `26`, `27`), three or more, may
    // stand sparser among their lines (pdftotext sets a block of lines between two numbers).
    if (run.length < 0.6 * (upTo - since) && !(continues && run.length >= 3)) continue
    taken.push(run)
    since = upTo
  }
  if (!taken.some((run) => run.length >= chainMinimum)) return []
  const rewrites: Rewrite[] = []
  for (const run of taken)
    for (const numbered of run) {
      const from = numbered.start + numbered.indent
      // A number alone goes with its line (no blank line left where none was).
      if (numbered.alone) rewrites.push({from: numbered.start, to: numbered.end, written: ''})
      else rewrites.push({from, to: from + numbered.digits, written: ' '.repeat(numbered.digits)})
    }
  return rewrites
}

/** Ten lines or more that open with a number then two spaces, or hold a number alone (counted by indexOf). */
function mayHoldLineNumbers(text: string): boolean {
  let found = 0
  for (let at = 0; at < text.length;) {
    let index = at
    while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++
    let digits = 0
    while (text.charCodeAt(index + digits) >= 48 && text.charCodeAt(index + digits) <= 57) digits++
    if (digits > 0 && digits <= 4) {
      const next = text.charCodeAt(index + digits)
      const after = text.charCodeAt(index + digits + 1)
      if (
        Number.isNaN(next) ||
        next === 10 ||
        next === 13 ||
        ((next === 32 || next === 9) && (after === 32 || after === 9))
      )
        if (++found >= chainMinimum) return true
    }
    const end = text.indexOf('\n', at)
    if (end === -1) break
    at = end + 1
  }
  return false
}
