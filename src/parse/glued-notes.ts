import {isFurnitureLine} from './patterns.js'
import {labelOpens} from './printed-comments.js'
import {linesOf, type Rewrite} from './rewrite.js'

/**
 * A line that opens with a number glued to a capitalised word or a symbol (`1See resolution…`,
 * `1UNEP/CHW.14/4.`), or to Chinese (`1两个成员国…`).
 */
const gluedStart = /^(\d{1,3})(?=\p{Lu}\p{L}|[“"(]\p{Lu}|\p{Script=Han})/u

/**
 * Notes whose number is glued to their first word (`1See resolution 732 (VIII).`), as pdf.js
 * (pdf-parse 2.x) and MuPDF give the notes of a PDF that Word or LibreOffice printed: the note's
 * number is a raised run of its own and they join it to the text with no space. Such lines are
 * notes where their numbers count up by one and each was called in the text before them
 * (`…has adopted1 a programme`, `…Republic,1`): a space is read after the number, as the note
 * is set.
 */
export function gluedNoteNumbers(text: string): Rewrite[] {
  if (!/\n\d{1,3}[\p{Lu}“"(\p{Script=Han}]/u.test(text)) return []
  const glued: Array<{at: number; number: number}> = []
  for (const line of linesOf(text)) {
    const match = gluedStart.exec(line.text)
    if (match) glued.push({at: line.start + match[1]!.length, number: Number(match[1])})
  }
  const rewrites: Rewrite[] = []
  let run: typeof glued = []
  const flush = (): void => {
    const before = text.slice(0, run[0]?.at ?? 0)
    if (run.length > 0 && run.every(({number}) => called(before, number)))
      for (const {at} of run) rewrites.push({from: at, to: at, written: ' '})
    run = []
  }
  for (const entry of glued) {
    if (run.length > 0 && entry.number !== run[run.length - 1]!.number + 1) flush()
    run.push(entry)
  }
  flush()
  return rewrites
}

/**
 * Whether a note's number is called in the text: right after a word or its punctuation (Chinese
 * too: `通过。1`), no digit or letter after it (`12月` is a month); with `alone`, also a number
 * alone on its line.
 */
function called(text: string, number: number, alone = false): boolean {
  if (new RegExp(`[\\p{L},.;:)”’"。，；：）]${number}(?![\\p{L}\\d/.])`, 'u').test(text)) return true
  // Or raised onto a line of its own, as txtwrite sets a call.
  return alone && new RegExp(`\\n[ \\t]*${number}[ \\t]*\\r?\\n`, 'u').test(text)
}

/**
 * Notes whose numbers `pdftotext` sets apart from their texts, as it gives the notes of a PDF
 * that Word or LibreOffice printed (each number a raised run of its own): the notes' texts, one
 * line each, then their numbers in a block of their own (`See resolution 732 (VIII).` / `See
 * documents…` / then `1` / `2`), at a page's end. The numbers (counting up by one, each called
 * in the text before) go back before the texts, one to a line, where the texts are as many
 * lines as there are numbers and they are the page's last notes (the next number called nowhere
 * before); the block is read as nothing. A page's number (`4` alone at the foot of the fourth
 * page, or of a text whose notes run to 7) is not a note's.
 */
export function setApartNoteNumbers(text: string): Rewrite[] {
  const comments = text.includes('omment') && /Comment(?:ed)? \[/u.test(text)
  if (!comments && !/\n\d{1,3}\r?\n(?:\d{1,3}\r?\n)*(?:\s*\f|\s*$)/u.test(text)) return []
  const lines = [...linesOf(text)]
  const rewrites: Rewrite[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!/^\d{1,3}$/u.test(lines[index]!.text)) continue
    // The block of numbers, then only blank lines to the page's end.
    let end = index
    while (end + 1 < lines.length && /^\d{1,3}$/u.test(lines[end + 1]!.text)) end++
    let after = end + 1
    const blank = (at: number): boolean => lines[at]!.text.trim() === '' && !lines[at]!.text.includes('\f')
    for (;;) {
      while (after < lines.length && blank(after)) after++
      // Reviewers' comments Word printed after the page's words (`Commented [S1]: …` to its blank line) are read as nothing.
      if (!comments || after >= lines.length || !labelOpens(lines[after]!.text)) break
      while (after < lines.length && !blank(after) && !lines[after]!.text.includes('\f')) after++
    }
    const pageEnds = after >= lines.length || lines[after]!.text.startsWith('\f')
    const block = lines.slice(index, end + 1)
    const first = Number(block[0]!.text)
    // One number at a page's end that is the page's own is its page number (in a text of pages).
    const page = (text.slice(0, lines[index]!.start).match(/\f/gu)?.length ?? 0) + 1
    const pageNumber = block.length === 1 && first === page && text.trimEnd().includes('\f')
    if (!pageEnds || pageNumber || block.some((line, at) => Number(line.text) !== first + at)) {
      index = end
      continue
    }
    // The notes' texts: as many lines as numbers, right above the block (a blank line between);
    // or the first numbers above the texts and the rest below them (`1` / `See resolution…` /
    // `See documents…` / `2`), as many lines as both blocks hold.
    let last = index - 1
    while (last >= 0 && lines[last]!.text.trim() === '') last--
    let top = last
    while (top - 1 >= 0 && lines[top - 1]!.text.trim() !== '' && !/^\d{1,3}$/u.test(lines[top - 1]!.text)) top--
    let headEnd = top - 1
    while (headEnd >= 0 && lines[headEnd]!.text.trim() === '' && !lines[headEnd]!.text.includes('\f')) headEnd--
    let headStart = headEnd
    while (headStart - 1 >= 0 && /^\d{1,3}$/u.test(lines[headStart - 1]!.text)) headStart--
    const head =
      headEnd >= 0 && headEnd < top - 1 && /^\d{1,3}$/u.test(lines[headEnd]!.text)
        ? lines.slice(headStart, headEnd + 1)
        : []
    const split =
      head.length > 0 &&
      last - top + 1 === head.length + block.length &&
      head.every((line, at) => Number(line.text) === first - head.length + at)
    const count = split ? head.length + block.length : block.length
    const from1 = split ? first - head.length : first
    const texts = lines.slice(last - count + 1, last + 1)
    const above = split ? lines[headStart - 1] : lines[last - block.length]
    const before = text.slice(0, (split ? head[0] : texts[0])?.start ?? 0)
    if (
      texts.length === count &&
      texts.every((line) => line.text.trim() !== '' && !/^\d/u.test(line.text)) &&
      (above === undefined || above.text.trim() === '') &&
      [...head, ...block].every((line) => called(before, Number(line.text))) &&
      // The page's last note: the next number is called nowhere before (a page number, `4` at the
      // end of a text whose notes run to 7, is not a note).
      !called(before, first + block.length)
    ) {
      texts.forEach((line, at) => rewrites.push({from: line.start, to: line.start, written: `${from1 + at} `}))
      const from = lines[index]!.start
      const to = end + 1 < lines.length ? lines[end + 1]!.start : text.length
      rewrites.push({from, to, written: ''})
      if (split) rewrites.push({from: head[0]!.start, to: texts[0]!.start, written: ''})
    }
    index = end
  }
  return rewrites
}

/** A line that opens with a note's number, a space, then a capital or a quotation (`1 Resolution 70/1.`). */
const noteLine = /^[ \t]*(\d{1,3}) (?=[\p{Lu}“"(])/u

/**
 * A page's notes set right under its last line with no blank line or rule between, as
 * Ghostscript's txtwrite gives a PDF whose rule above the notes is drawn (groff, TeX: `…within
 * its mandate;` / `  1 Resolution 70/1.` / `  2 High-level Panel…` / `-1-`): lines that open
 * with numbers counting up by one, each called before, run to the page's foot (its number, a
 * form feed or the text's end) with only their own wrapped lines between; a blank line is read
 * before the first, so that they are the page's notes.
 */
export function notesUnderLastLine(text: string): Rewrite[] {
  if (!/\n[ \t]*1 [\p{Lu}“"(]/u.test(text)) return []
  const lines = [...linesOf(text)]
  const rewrites: Rewrite[] = []
  for (let index = 1; index < lines.length; index++) {
    const match = noteLine.exec(lines[index]!.text)
    const above = lines[index - 1]!.text
    if (!match || above.trim() === '' || noteLine.test(above)) continue
    const first = Number(match[1])
    let next = first
    let end = index + 1
    let ok = false
    for (; end < lines.length; end++) {
      const line = lines[end]!.text
      if (line.trim() === '' || line.includes('\f') || isFurnitureLine(line.trim())) {
        ok = line.includes('\f') || isFurnitureLine(line.trim())
        break
      }
      const number = noteLine.exec(line)
      if (number && Number(number[1]) === next + 1) next++
      else if (number) break
    }
    if (end >= lines.length) ok = true
    // Each number called before (the text searched only for a run that reaches the foot).
    if (ok) {
      const before = text.slice(0, lines[index]!.start)
      for (let number = first; ok && number <= next; number++) ok = called(before, number, true)
    }
    if (!ok) continue
    rewrites.push({from: lines[index]!.start, to: lines[index]!.start, written: '\n'})
    index = end
  }
  return rewrites
}

/**
 * A note's number that `pdftotext` sets at the page's foot, apart from its text, when the notes
 * around it keep theirs (`1` / `Resolution 70/1.` / `High-level Panel…` / `3` / … / `2` / `-1-`,
 * a groff PDF): a number alone just above the page's foot, missing between the numbers of the
 * notes above (k − 1 and k + 1 are there, k is not), and called before, goes back before the
 * line of note k − 1's text that opens a sentence after one ends (`…70/1.` / `High-level…`).
 */
export function strayNoteNumbers(text: string): Rewrite[] {
  if (!/\n\d{1,3}\r?\n/u.test(text)) return []
  const lines = [...linesOf(text)]
  const rewrites: Rewrite[] = []
  const alone = (index: number): number | undefined =>
    /^\d{1,3}$/u.test(lines[index]?.text ?? '') ? Number(lines[index]!.text) : undefined
  for (let index = 0; index < lines.length; index++) {
    const stray = alone(index)
    if (stray === undefined || stray < 2) continue
    let after = index + 1
    while (after < lines.length && lines[after]!.text.trim() === '') after++
    const foot = lines[after]?.text ?? ''
    if (!(after >= lines.length || foot.startsWith('\f') || isFurnitureLine(foot.trim()))) continue
    // The notes above: numbers alone, k + 1 after k − 1, no k among them.
    let next: number | undefined
    let previous: number | undefined
    for (let back = index - 1; back >= Math.max(0, index - 40); back--) {
      const value = alone(back)
      if (value === undefined) continue
      if (value === stray) break
      if (value === stray + 1 && next === undefined) next = back
      if (value === stray - 1 && next !== undefined) {
        previous = back
        break
      }
    }
    if (previous === undefined || next === undefined || !called(text.slice(0, lines[previous]!.start), stray)) continue
    const block = lines.slice(previous + 1, next).filter((line) => line.text.trim() !== '')
    const opens = block.findIndex(
      (line, at) => at > 0 && /[.)]$/u.test(block[at - 1]!.text.trim()) && /^[\p{Lu}“"]/u.test(line.text),
    )
    if (opens < 0) continue
    rewrites.push({from: block[opens]!.start, to: block[opens]!.start, written: `${stray}\n`})
    rewrites.push({from: lines[index]!.start, to: lines[index + 1]?.start ?? text.length, written: ''})
  }
  return rewrites
}
