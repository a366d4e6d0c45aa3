import {operativeParagraphs} from '../../../tree/access.js'
import {describe, finalMark, markAsTyped, punctuation} from '../../paragraphs.js'
import {trailingStart} from '../../../scan.js'
import type {LintRule} from '../../types.js'

/**
 * The words that introduce sub-items set out on their own lines end with a colon. A list run
 * into the sentence ("about (a) …, (b) …") takes none, as the UN editorial manual has it.
 */
export const listLeadInColon: LintRule = {
  id: 'list-lead-in-colon',
  severity: 'error',
  summary: 'The lead-in of sub-items set out on their own lines ends with `:` / `：`.',
  check({tree, source, report, map}) {
    const colon = punctuation[tree.lang].colon
    for (const paragraph of operativeParagraphs(tree)) {
      const first = paragraph.itemMarkers?.[0]
      const firstStart = first?.position.start.offset
      const start = paragraph.position?.start.offset
      // Only a list that starts on its own line has a lead-in: "(b)" first means "(a)" ran into the sentence.
      if (
        !first ||
        firstStart === undefined ||
        start === undefined ||
        firstStart <= start ||
        (first.label !== 'a' && first.label !== 'i')
      )
        continue
      const span = source.slice(start, firstStart)
      const leadIn = span.slice(0, trailingStart(span, /[\s\u00b9\u00b2\u00b3\u2070-\u2079]/u, {sup: true}))
      // A Chinese web copy that types `:` throughout (no `：` anywhere) is read as typed.
      const mark = markAsTyped(finalMark(leadIn), tree.lang, source)
      if (mark === colon) continue
      // A lead-in that simply stops is shown by its last word (two characters in Chinese), not its last letter.
      const bare = leadIn.replace(/(?<![*_])[*_]+$/u, '')
      const word = /\p{Script=Han}/u.test(mark) ? bare.slice(-2) : /(?<![\p{L}\p{N}])[\p{L}\p{N}]+$/u.exec(bare)?.[0]
      const shown = /[\p{L}\p{N}]/u.test(mark) ? (word ?? mark) : mark
      const end = start + leadIn.length
      report(
        `Unexpected \`${shown}\` at the end of the lead-in of ${describe(paragraph)}, expected \`${colon}\` before its sub-items`,
        map.position(Math.max(start, end - shown.length), end),
      )
    }
  },
}
