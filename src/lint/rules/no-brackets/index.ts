import {footnotes} from '../../../tree/access.js'
import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

/**
 * Square brackets in a draft mark text not yet agreed. Markdown links (`[A/60/88](#)`) and
 * editorial marks inside quotations (`[t]he`, `[sic]`) and footnote marks (`[^1]`, and `[12]` where note 12 exists) are not
 * brackets of that kind.
 */
export const noBrackets: LintRule = {
  id: 'no-brackets',
  severity: 'error',
  summary: 'No square-bracketed (unagreed) text is left in the resolution.',
  check({tree, source, report, map}) {
    // `[12]` is a footnote's call or the start of its note when the tree has that note.
    const notes = new Set(footnotes(tree).map((note) => note.marker))
    // Only the first `[` after a line break or closing bracket can start a match (a later one
    // reaches the same close); the lookbehind skips the others, so a line of `[` is scanned
    // once instead of once per bracket (issue 15).
    const spans = bodySpans(tree)
    const reported = new Set<number>()
    for (const {match, start, end} of matchesIn(
      source,
      spans,
      /[[【](?<![[【][^\]】\n]*?[[【])([^\]】\n]*)[\]】](?!\()/gu,
    )) {
      const inside = match[1] ?? ''
      if (inside.length <= 1 || /^sic$/iu.test(inside) || /^\^[\p{L}\p{N}*†‡]{1,6}$/u.test(inside) || notes.has(inside))
        continue
      reported.add(start)
      const shown = match[0].length > 40 ? `${match[0].slice(0, 37)}…` : match[0]
      report(
        `Unexpected bracketed text \`${shown}\`, expected agreed text without square brackets`,
        map.position(start, end),
      )
    }
    // A bracket a draft opens on one line and closes on a later one: a paragraph or an option set
    // whole in brackets and wrapped as a PDF's text wraps it (`26. [Decides…` / `…` / `…systems;]`).
    // The scan above reads a bracket's two ends on one line only; this one pairs them across the
    // line breaks of one paragraph (a blank line ends it) and reports each such opening once.
    for (const {start, end} of wrappedBrackets(source, spans)) {
      if (reported.has(start)) continue
      const text = source.slice(start, end).replace(/\s+/gu, ' ')
      const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text
      report(
        `Unexpected bracketed text \`${shown}\`, expected agreed text without square brackets`,
        map.position(start, end),
      )
      reported.add(start)
    }
    // A bracket with no partner in its paragraph: one a draft opens in a paragraph and closes in a
    // later one (the whole decision in brackets), or one whose partner is missing (`…Agreement;][^14]`
    // with no `[`, the Paris draft of 6 November 2015). Looked for only in a text that brackets
    // text: elsewhere a lone bracket is an OCR's `I` (`[bid.`) or a note's mark that a page cut.
    if (reported.size === 0) return
    for (const {start, end, paired} of loneBrackets(source, spans)) {
      if (reported.has(start)) continue
      const text = source.slice(start, end).replace(/\s+/gu, ' ')
      const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text
      report(
        paired
          ? `Unexpected bracketed text \`${shown}\` across paragraphs, expected agreed text without square brackets`
          : `Unexpected unpaired \`${text}\`, expected square brackets in pairs around text not yet agreed`,
        map.position(start, end),
      )
    }
  },
}

/**
 * Brackets left once the pairs inside one line and inside one paragraph are set aside (and the
 * marks that are no brackets of a draft: links, note calls, `[sic]`, `[t]he`): a pair across
 * paragraphs (from its opening to its closing bracket) or a bracket with no partner at all.
 */
function* loneBrackets(
  source: string,
  spans: Array<{start: number; end: number}>,
): Generator<{start: number; end: number; paired: boolean}> {
  const open: number[] = []
  for (const span of spans) {
    const text = source.slice(span.start, span.end)
    if (!/[[\]【】]/u.test(text)) continue
    // Paragraphs (a blank line ends one); in each, pairs are matched and set aside.
    let paragraphStart = 0
    for (const paragraph of text.split(/(\n[ \t]*\n)/u)) {
      const at = paragraphStart
      paragraphStart += paragraph.length
      if (!/[[\]【】]/u.test(paragraph)) continue
      const inner: number[] = []
      const left: Array<{at: number; char: string}> = []
      for (let index = 0; index < paragraph.length; index++) {
        const char = paragraph[index]!
        if (char === '[' || char === '【') inner.push(index)
        else if (char === ']' || char === '】') {
          if (inner.length > 0) inner.pop()
          // A link's text (`[A/60/88](#)`) closes with `](`.
          else if (paragraph[index + 1] !== '(') left.push({at: index, char})
        }
      }
      for (const index of inner) left.push({at: index, char: paragraph[index]!})
      left.sort((a, b) => a.at - b.at)
      for (const {at: index, char} of left) {
        const offset = span.start + at + index
        if (char === '[' || char === '【') open.push(offset)
        else if (open.length > 0) {
          const opening = open.pop()!
          yield {start: opening, end: offset + 1, paired: true}
        } else yield {start: offset, end: offset + 1, paired: false}
      }
    }
  }
  for (const offset of open) yield {start: offset, end: offset + 1, paired: false}
}

/** The bracket pairs inside the spans whose two ends stand on different lines of one paragraph. */
function* wrappedBrackets(
  source: string,
  spans: Array<{start: number; end: number}>,
): Generator<{start: number; end: number}> {
  for (const span of spans) {
    const text = source.slice(span.start, span.end)
    if (!text.includes('\n') || !/[[【]/u.test(text)) continue
    const open: Array<{at: number; line: number}> = []
    let line = 0
    let lineStart = 0
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!
      if (char === '\n') {
        // A blank line ends the paragraph: a bracket left open there pairs with nothing after it.
        if (text.slice(lineStart, index).trim() === '') open.length = 0
        line++
        lineStart = index + 1
      } else if (char === '[' || char === '【') open.push({at: index, line})
      else if ((char === ']' || char === '】') && open.length > 0) {
        const opening = open.pop()!
        if (opening.line !== line && text[index + 1] !== '(')
          yield {start: span.start + opening.at, end: span.start + index + 1}
      }
    }
  }
}
