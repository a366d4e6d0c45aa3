import {letterAt, romans} from './items.js'
import {linesOf, type Rewrite} from './rewrite.js'

/**
 * Sub-items written as nested Markdown lists, as converters write a Word document's (a), (i)
 * lists: pandoc's GitHub Markdown numbers them `1.`, `2.` under their paragraph, its own
 * Markdown `a.`, `i.`. Inside a numbered paragraph's list item, a list item indented to that
 * paragraph's text is a sub-item, read as `(a)`, `(b)`…; one level further in, `(i)`, `(ii)`…
 * A numbered list item at the margin is an operative paragraph, as before.
 */

const item = /^([ \t]*)(?:(\d{1,3}|[a-z]{1,2})[.)]|\(([a-z]{1,2}|\d{1,3})\))([ \t]+)(?=\S)/u

/** A cheap necessary test: an indented list item somewhere. */
const maybe = /\n[ \t]{2,}(?:\d{1,3}|[a-z]{1,2})[.)][ \t]/u

interface Open {
  /** The column of the item's number. */
  marker: number
  /** The column at which the item's text starts: a line indented this far is inside it. */
  content: number
}

function columns(whitespace: string): number {
  let column = 0
  for (const character of whitespace) column = character === '\t' ? column + 4 - (column % 4) : column + 1
  return column
}

/** The marks of nested list items to write as `(a)` / `(i)`, in text order. */
export function nestedListMarks(text: string): Rewrite[] {
  if (!maybe.test(text)) return []
  const rewrites: Rewrite[] = []
  const open: Open[] = []
  for (const line of linesOf(text)) {
    const content = line.text
    if (content.trim() === '') continue
    const indent = columns(/^[ \t]*/u.exec(content)![0])
    // A web page's text indents each level by two columns (`  1. …the need to:` / `    1. In the
    // research…`), short of the paragraph's text: an item two columns or more right of its
    // paragraph's number is inside it too.
    while (open.length > 0 && indent < open.at(-1)!.content && indent < open.at(-1)!.marker + 2) open.pop()
    const match = item.exec(content)
    if (!match) {
      // Text at the margin ends the list (a preambular paragraph, a heading, the notes).
      if (indent === 0) open.length = 0
      continue
    }
    const depth = open.length + 1
    const label = match[2] ?? match[3] ?? ''
    // Only a paragraph numbered at the margin opens a list whose nested items are sub-items.
    if (depth === 1 && (indent > 3 || !/^\d+$/u.test(label))) continue
    const markerWidth = match[0].length - match[1]!.length - match[4]!.length
    open.push({marker: indent, content: columns(match[1]!) + markerWidth + columns(match[4]!)})
    if (depth < 2 || depth > 3 || match[3] !== undefined) continue
    const written = subItemLabel(label, depth)
    if (written === undefined) continue
    const from = line.start + match[1]!.length
    rewrites.push({from, to: from + label.length + 1, written: `(${written})`})
  }
  return rewrites
}

/** `2` at the second level is `b`, at the third `ii`; a letter or numeral as written stays. */
function subItemLabel(label: string, depth: number): string | undefined {
  if (!/^\d+$/u.test(label)) return label
  const position = Number(label) - 1
  if (position < 0) return undefined
  return depth === 2 ? letterAt(position) : romans[position]
}

/**
 * Operative numbers written in other Markdown forms, read as `1.`: `1)` (CommonMark's other
 * ordered list), `**1**.` and `*1.*` / `_1._` (a number set in bold or italics apart from its
 * full stop), and `1-` with a hyphen, as texts translated from Arabic number their paragraphs
 * (the Arab League's resolutions as a news agency prints them). Taken only where the paragraphs
 * number 1, 2… in that form at the margin.
 */
const otherNumber = /^(?:(\d{1,3})\)|\*\*(\d{1,3})\*\*\.|\*(\d{1,3})\.\*|_(\d{1,3})\._|(\d{1,3})-)(?=[ \t]+\S)/gmu
const maybeOther = /^(?:1\)|\*\*1\*\*\.|\*1\.\*|_1\._|1-)[ \t]/mu

export function operativeNumberMarks(text: string): Rewrite[] {
  if (!maybeOther.test(text)) return []
  const found = [...text.matchAll(otherNumber)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
    number: Number(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]),
  }))
  // The numbers must run 1, 2, … from the first (a lone `1)` may be anything); a list that
  // numbers afresh after them (the notes) is left as written.
  let run = 0
  while (run < found.length && found[run]!.number === run + 1) run++
  const sequence = found.slice(0, run)
  if (sequence.length < 2) return []
  return sequence.map((mark) => ({from: mark.from, to: mark.to, written: `${mark.number}.`}))
}

/**
 * Paragraphs labelled as negotiators label them in drafts and in some published copies
 * (`PP1. Recalling…`, `PP2. Recalling also…`, `OP1. Decides…`; `PP 3`, `OP4:`, `PP5bis.`): the
 * preambular label is not text (read as nothing), the operative one is the paragraph's number
 * (read as `1.`). Taken only at the margin, where the labels of a kind start at 1 and do not go
 * back, two or more of them.
 */
const paragraphLabel = /^([ \t]*)(PP|OP)[ \t]?(\d{1,3})(?:[ \t]?(?:bis|ter|quater))?(?:[.:)]|(?=[ \t]))[ \t]*(?=\S)/gmu

export function paragraphLabelMarks(text: string): Rewrite[] {
  // Tested first: most texts never write `PP1` or `OP1`.
  if (text.indexOf('P1') < 0 && text.indexOf('P 1') < 0) return []
  const found = {PP: [] as RegExpMatchArray[], OP: [] as RegExpMatchArray[]}
  for (const match of text.matchAll(paragraphLabel)) found[match[2] as 'PP' | 'OP'].push(match)
  const rewrites: Rewrite[] = []
  for (const kind of ['PP', 'OP'] as const) {
    const labels = found[kind]
    if (labels.length < 2 || Number(labels[0]![3]) !== 1) continue
    if (labels.some((label, index) => index > 0 && Number(label[3]) < Number(labels[index - 1]![3]))) continue
    for (const label of labels) {
      const from = label.index! + label[1]!.length
      rewrites.push({from, to: label.index! + label[0].length, written: kind === 'PP' ? '' : `${Number(label[3])}. `})
    }
  }
  return rewrites
}
