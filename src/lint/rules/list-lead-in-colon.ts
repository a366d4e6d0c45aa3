import {operativeParagraphs, pointList} from '../../tree/access.js'
import {SourceMap} from '../places.js'
import {describe, finalMark, punctuation} from '../paragraphs.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/**
 * The words that introduce sub-items set out on their own lines end with a colon. A list run
 * into the sentence ("about (a) …, (b) …") takes none, as the UN editorial manual has it.
 */
export const listLeadInColon: LintRule = {
  id: 'list-lead-in-colon',
  severity: 'error',
  summary: 'The lead-in of sub-items set out on their own lines ends with `:` / `：`.',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    const colon = punctuation[tree.lang].colon
    for (const paragraph of operativeParagraphs(tree)) {
      const first = pointList(paragraph)?.children[0]
      const pointStart = first?.position?.start.offset
      const start = paragraph.position?.start.offset
      if (pointStart === undefined || start === undefined) continue
      const lineStart = source.lastIndexOf('\n', pointStart - 1) + 1
      if (source.slice(lineStart, pointStart).trim() !== '') continue
      const leadIn = source.slice(start, lineStart).replace(/(?:\s|<sup>[^<]*<\/sup>|[\u00b9\u00b2\u00b3\u2070-\u2079])+$/u, '')
      const mark = finalMark(leadIn)
      if (mark === colon) continue
      const end = start + leadIn.length
      report(file, 'list-lead-in-colon', `Unexpected \`${mark}\` at the end of the lead-in of ${describe(paragraph)}, expected \`${colon}\` before its sub-items`, map.position(Math.max(start, end - 1), end))
    }
  }
}
