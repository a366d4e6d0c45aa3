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
    }
  },
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
