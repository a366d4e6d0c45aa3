import {linesOf, type Rewrite, type TextLine} from './rewrite.js'

/** Word's label of a comment it prints with the document's markup (`Commented [S1]:`; Word 2010 `Comment [AB2]:`). */
const commentLabel = /Comment(?:ed)? \[\p{L}{1,8}\d{1,3}\]:/u

/** A line that opens with Word's label of a printed comment. */
export function labelOpens(line: string): boolean {
  const match = commentLabel.exec(line)
  return match !== null && line.slice(0, match.index).trim() === ''
}

/**
 * Reviewers' comments printed with a draft (Word's "Print markup": `Commented [S1]: Secretariat:
 * the …` in a balloon beside the line), as extractors give them: a block of lines of their own,
 * after the page's words (`pdftotext`, MuPDF, pdf.js), read as nothing to the blank line that
 * ends it; or a column beside the body's lines (`pdftotext -layout`, txtwrite), read as nothing
 * from the label's column on, on its line and the lines under it that have words there. A
 * comment is no part of the resolution.
 */
export function printedComments(text: string): Rewrite[] {
  if (!text.includes('omment') || !commentLabel.test(text)) return []
  const rewrites: Rewrite[] = []
  const lines = [...linesOf(text)]
  let block = false
  let column: number | undefined
  let short = 0
  const cut = (line: TextLine, from: number): void => {
    let start = from
    while (start > 0 && /\s/u.test(line.text.charAt(start - 1))) start--
    rewrites.push({from: line.start + start, to: line.start + line.text.length, written: ''})
  }
  for (const line of lines) {
    const match = commentLabel.exec(line.text)
    const at = match?.index
    if (at !== undefined && line.text.slice(0, at).trim() === '') {
      // A block of its own: the label opens the line.
      block = true
      column = undefined
    } else if (at !== undefined && /\S\s{3,}$/u.test(line.text.slice(0, at))) {
      // A column beside the body's line.
      block = false
      column = at
      cut(line, at)
      continue
    }
    if (block) {
      if (line.text.trim() === '') block = false
      else rewrites.push({from: line.start, to: line.start + line.text.length, written: ''})
      continue
    }
    if (column !== undefined) {
      // A body line that stops short of the comment's column, the comment's lines beside it
      // running on under it (`…known as the` / `   before the meeting.`): the column goes on, for
      // two such lines at most.
      if (line.text.trim() !== '' && line.text.trimEnd().length < column - 3 && ++short <= 2) continue
      short = 0
      // The comment's next line, its words within two columns of the label's, three spaces or
      // more after the body's words (txtwrite sets a column a character either way).
      let first = Math.max(0, column - 2)
      while (first < line.text.length && line.text.charAt(first) === ' ') first++
      const left = line.text.slice(0, first)
      if (first < line.text.length && first <= column + 2 && (left.trim() === '' || /\S {3,}$/u.test(left)))
        cut(line, first)
      else column = undefined
    }
  }
  return rewrites
}
