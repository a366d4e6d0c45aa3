import {linesOf, type Rewrite} from './rewrite.js'

/** A dash alone at a line's head: on a line of its own, or before a tab (pdf.js). */
const strayDash = /^[ \t]*(—{1,2})[ \t]*(?:\t|$)/u
/** A gap a dash left between two Chinese characters: one space. */
const hanGap = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu

/**
 * A dash in a Chinese text that the PDF drew apart from its line (a Latin font of its own, as
 * Chinese Word files set punctuation: `延长—年`), as extractors give it: the dash at the head of
 * the paragraph's lines, alone on its line (`pdftotext -raw`, MuPDF) or before a tab (pdf.js),
 * its place left a space between two characters (`延长 年`) or, where none is, the paragraph's
 * one line break (MuPDF: `…延长` / `年,`). The dash goes back in its place; read where it
 * stands, it would join the paragraph above to this one.
 */
export function strayDashes(text: string): Rewrite[] {
  if (!text.includes('—') || !/(?:^|\n)[ \t]*—{1,2}[ \t]*(?:\t|\r?\n)/u.test(text)) return []
  const lines = [...linesOf(text)]
  const rewrites: Rewrite[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const dash = strayDash.exec(line.text)
    if (!dash) continue
    const alone = line.text.trim() === dash[1]
    // The paragraph: the words after the tab, or the lines under the dash to a blank line.
    const first = alone ? index + 1 : index
    let last = first
    while (
      last + 1 < lines.length &&
      lines[last + 1]!.text.trim() !== '' &&
      !/^[ \t]*(?:\d{1,3}\.|\()/u.test(lines[last + 1]!.text)
    )
      last++
    if (
      first >= lines.length ||
      !/^\s*\p{Script=Han}/u.test(alone ? lines[first]!.text : line.text.slice(dash[0].length))
    )
      continue
    const gaps: number[] = []
    for (let at = first; at <= last; at++) {
      const from = at === index ? dash[0].length : 0
      for (const gap of lines[at]!.text.slice(from).matchAll(hanGap)) gaps.push(lines[at]!.start + from + gap.index)
    }
    const remove = alone
      ? {from: line.start, to: lines[first]!.start, written: ''}
      : {from: line.start, to: line.start + dash[0].length, written: ''}
    if (gaps.length === 1) {
      rewrites.push(remove, {from: gaps[0]!, to: gaps[0]! + 1, written: dash[1]!})
    } else if (
      gaps.length === 0 &&
      last === first + 1 &&
      /\p{Script=Han}$/u.test(lines[first]!.text) &&
      /^\p{Script=Han}/u.test(lines[last]!.text)
    ) {
      const end = lines[first]!.start + lines[first]!.text.length
      rewrites.push(remove, {from: end, to: lines[last]!.start, written: dash[1]!})
    }
    index = last
  }
  return rewrites
}
