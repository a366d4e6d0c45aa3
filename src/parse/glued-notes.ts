import {linesOf, type Rewrite} from './rewrite.js'

/** A line that opens with a number glued to a capitalised word (`1See resolution…`, `2One member…`). */
const gluedStart = /^(\d{1,3})(?=\p{Lu}\p{Ll}|[“"(]\p{Lu})/u

/**
 * Notes whose number is glued to their first word (`1See resolution 732 (VIII).`), as pdf.js
 * (pdf-parse 2.x) and MuPDF give the notes of a PDF that Word or LibreOffice printed: the note's
 * number is a raised run of its own and they join it to the text with no space. Such lines are
 * notes where their numbers count up by one and each was called in the text before them
 * (`…has adopted1 a programme`, `…Republic,1`): a space is read after the number, as the note
 * is set.
 */
export function gluedNoteNumbers(text: string): Rewrite[] {
  if (!/\n\d{1,3}[\p{Lu}“"(]/u.test(text)) return []
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

/** Whether a note's number is called in the text: right after a word or its punctuation, no digit or letter after it. */
function called(text: string, number: number): boolean {
  return new RegExp(`[\\p{L},.;:)”’"]${number}(?![\\p{L}\\d/.])`, 'u').test(text)
}
