import {letterAt, romans} from './items.js'
import {detectLeadingPhrase} from './leading-phrase.js'
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
  if (!maybeOther.test(text)) return bracketedNumberMarks(text)
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
 * A decision's operative part numbered in brackets at the margin, each paragraph naming its actor
 * or opening with its verb (`(1) The General Assembly welcomes…`, `(2) The General Assembly
 * decides…`, `(3) The International Bureau shall…`: WIPO's General Assembly, 2004), read as `1.`.
 * Taken only where they number 1, 2… from the first, the first opens with an operative verb (after
 * its actor), none stands under a lead-in ending with a colon (there they are a paragraph's items)
 * and each opens with a capital.
 */
const bracketedNumber = /^\((\d{1,3})\)[ \t]+(?=\p{Lu})/gmu

function bracketedNumberMarks(text: string): Rewrite[] {
  if (!text.includes('(1) ')) return []
  const found = [...text.matchAll(bracketedNumber)]
  let run = 0
  while (run < found.length && Number(found[run]![1]) === run + 1) run++
  const sequence = found.slice(0, run)
  if (sequence.length < 2) return []
  const first = sequence[0]!
  const above = text.slice(0, first.index).trimEnd()
  if (/:$/u.test(above)) return []
  const opening = text.slice(first.index + first[0].length, text.indexOf('\n', first.index) >>> 0)
  const verb = /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:also\s+|further\s+)?([a-z]{3,}s)\b/u.exec(opening)
  const phrase = verb ? `${verb[1]!.charAt(0).toUpperCase()}${verb[1]!.slice(1)}` : opening
  if (detectLeadingPhrase(phrase, 'en', 'operative')?.known !== true) return []
  return sequence.map((mark) => ({from: mark.index, to: mark.index + mark[1]!.length + 2, written: `${mark[1]}.`}))
}

/**
 * Paragraphs labelled as negotiators label them in drafts and in some published copies
 * (`PP1. Recalling…`, `PP2. Recalling also…`, `OP1. Decides…`; `PP 3`, `OP4:`, `PP5bis.`, `Pp1`,
 * `(PP6)`, `(OP)1.`): the preambular label is not text (read as nothing), the operative one is the
 * paragraph's number (read as `1.`). Taken where the labels of a kind start at 1 and do not go
 * back, two or more of them; a kind whose labels do not start at 1 (a copy that quotes from
 * `(PP6)` on) only beside another kind taken so. A label inside a line (a copy that ran the
 * draft's paragraphs together: `…Enhanced Action, Pp2 Also recalling…`, `…]; (OP)1. [ADOPTS…`)
 * opens a paragraph there.
 */
const paragraphLabel =
  /(?<=^|[ \t])(\(?)(PP|OP|Pp|Op)(\)?)[ \t]?(\d{1,3})(?:[ \t]?(?:bis|ter|quater))?(\)?)(?:[.:)]|(?=[ \t]))[ \t]*(?=\S)/gmu

export function paragraphLabelMarks(text: string): Rewrite[] {
  // Tested first: most texts never write `PP1` or `OP1`.
  if (!/[PO][Pp][ \t]?\d|\((?:PP|OP)\)/u.test(text)) return []
  const found = {PP: [] as RegExpMatchArray[], OP: [] as RegExpMatchArray[]}
  for (const match of text.matchAll(paragraphLabel)) {
    // `(PP6)` and `(OP)1.` close what they open; `PP1` opens nothing.
    if (((match[1] === '(') !== (match[3] === ')')) !== (match[5] === ')')) continue
    if (match[1] === '' && (match[3] !== '' || match[5] !== '')) continue
    found[match[2]!.toUpperCase() as 'PP' | 'OP'].push(match)
  }
  const ascending = (labels: RegExpMatchArray[]): boolean =>
    labels.every((label, index) => index === 0 || Number(label[4]) >= Number(labels[index - 1]![4]))
  const fromOne = (labels: RegExpMatchArray[]): boolean =>
    labels.length >= 2 && Number(labels[0]![4]) === 1 && ascending(labels)
  const taken = {PP: fromOne(found.PP), OP: fromOne(found.OP)}
  if (!taken.PP && !taken.OP) return []
  if (!taken.PP && found.PP.length > 0 && ascending(found.PP)) taken.PP = true
  if (!taken.OP && found.OP.length > 0 && ascending(found.OP)) taken.OP = true
  const rewrites: Rewrite[] = []
  const runTogether = new Set<number>()
  for (const kind of ['PP', 'OP'] as const) {
    if (!taken[kind]) continue
    for (const label of found[kind]) {
      const at = label.index!
      const lineStart = text.lastIndexOf('\n', at - 1) + 1
      const inLine = text.slice(lineStart, at).trim() !== ''
      const written = kind === 'PP' ? '' : `${Number(label[4])}. `
      // Inside a line the label's space before it becomes the paragraph break.
      if (inLine) {
        rewrites.push({from: at, to: at + label[0].length, written: `\n\n${written}`})
        runTogether.add(lineStart)
      } else rewrites.push({from: at, to: at + label[0].length, written})
    }
  }
  // On a line that ran the labelled paragraphs together, the unlabelled parts a draft numbers
  // open there too: a heading with a Roman numeral in capitals (`…strategies, I. ADOPTION OF THE
  // [PARIS AGREEMENT]…`) and the operative paragraphs numbered from 1 (`…] 1. Decides to adopt…`)
  // when no `OP` label numbers them.
  for (const lineStart of runTogether) {
    const lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
    // The formula run in after a title (`DRAFT DECISION [The Conference of the Parties, Pp1…`).
    const formula = / (?=\[?The \p{Lu}[^,\n]{2,80}, )/u.exec(line)
    if (formula && !/\b(?:PP|OP|Pp)[ \t]?\d/u.test(line.slice(0, formula.index)))
      rewrites.push({from: lineStart + formula.index, to: lineStart + formula.index + 1, written: '\n\n'})
    let expected = 1
    for (const part of line.matchAll(/ (?:([IVX]{1,4})\. (?=\p{Lu}{2,}\b)|(\d{1,3})\. (?=\p{Lu}))/gu)) {
      if (part[2] !== undefined) {
        if (taken.OP || Number(part[2]) !== expected) continue
        if (detectLeadingPhrase(line.slice(part.index + part[0].length), 'en', 'operative')?.known !== true) continue
        expected++
      }
      rewrites.push({from: lineStart + part.index, to: lineStart + part.index + 1, written: '\n\n'})
    }
  }
  return rewrites
}
