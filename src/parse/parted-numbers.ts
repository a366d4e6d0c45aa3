import {blankLine, linesOf, type Rewrite, type TextLine} from './rewrite.js'

/** An operative number alone on its line: `1.`. */
const loneNumber = /^[ \t]*(\d{1,3})\.[ \t]*$/u
/** A line's end that closes a clause or a paragraph. */
const stop = /[.;:!?,]["”’)]?$/u

/**
 * An operative number `pdftotext` set apart from its paragraph, with a line of another
 * paragraph read between, as it orders a page's blocks where something else stands on the page
 * (a watermark's letters, a column of line numbers): `1.` / `representation of … patterns,` /
 * `Invites the Economic…`. The line after the number opens with a small letter, so it opens no
 * paragraph: it carries on a line that ends with no stop. Where the line above the number is
 * such a line, the words go back under it and the number before the next line that opens with a
 * capital (`…to provide improved` / `representation of … patterns,` / `1. Invites…`). Where the
 * number's own paragraph's first line comes after the next number (`1.` / `therefore cause …
 * security;` / `2.` / `Declares that … a Member State and` / `Requests…`), that line goes back
 * under the first number, the words after it, then the second number before the next line.
 */
export function partedNumbers(text: string): Rewrite[] {
  if (!/\n[ \t]*\d{1,3}\.[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*\p{Ll}/u.test(text)) return []
  const lines = [...linesOf(text)]
  const blank = (at: number): boolean => blankLine(lines[at])
  const nextWords = (at: number): number => {
    let index = at
    while (blank(index)) index++
    return index
  }
  const rewrites: Rewrite[] = []
  const end = (line: TextLine): number => line.start + line.text.length
  for (let index = 0; index < lines.length; index++) {
    const number = loneNumber.exec(lines[index]!.text)
    if (!number) continue
    const first = nextWords(index + 1)
    if (first === index + 1 || first >= lines.length || !/^[ \t]*\p{Ll}/u.test(lines[first]!.text)) continue
    // The words carried on: to the first line that ends with a stop, no blank line between.
    let last = first
    while (!stop.test(lines[last]!.text.trimEnd()) && last + 1 < lines.length && !blank(last + 1)) last++
    if (!stop.test(lines[last]!.text.trimEnd())) continue
    let above = index - 1
    while (blank(above)) above--
    const upper = lines[above]?.text.trimEnd() ?? ''
    const next = nextWords(last + 1)
    if (next >= lines.length) continue
    const value = Number(number[1])
    if (upper !== '' && !stop.test(upper) && /^[ \t]*\p{Lu}/u.test(lines[next]!.text)) {
      // `…improved` / `1.` / `representation … patterns,` / `Invites…`.
      rewrites.push({from: end(lines[above]!), to: lines[first]!.start, written: '\n'})
      rewrites.push({from: end(lines[last]!), to: lines[next]!.start, written: `\n\n${value}. `})
      index = next
      continue
    }
    // `1.` / `therefore … security;` / `2.` / `Declares … and` / `Requests…`.
    const second = loneNumber.exec(lines[next]!.text)
    if (!second || Number(second[1]) !== value + 1) continue
    const head = nextWords(next + 1)
    if (head === next + 1 || head >= lines.length || !/^[ \t]*\p{Lu}/u.test(lines[head]!.text)) continue
    let headEnd = head
    while (headEnd + 1 < lines.length && !blank(headEnd + 1)) headEnd++
    const after = nextWords(headEnd + 1)
    if (
      headEnd !== head ||
      stop.test(lines[head]!.text.trimEnd()) ||
      after >= lines.length ||
      after === headEnd + 1 ||
      !/^[ \t]*\p{Lu}/u.test(lines[after]!.text)
    )
      continue
    const words = lines.slice(first, last + 1).map((line) => line.text.trim())
    rewrites.push({
      from: lines[index]!.start,
      to: lines[after]!.start,
      written: `${value}. ${lines[head]!.text.trim()}\n${words.join('\n')}\n\n${value + 1}. `,
    })
    index = after
  }
  return rewrites
}
