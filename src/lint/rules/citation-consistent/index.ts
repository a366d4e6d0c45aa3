import {isoDate, isRealDate, writtenDate} from '../../dates.js'
import {citationNodes} from '../../../tree/inline.js'
import type {LintRule} from '../../types.js'
import {citedIssuer} from '../../cited.js'

/** A resolution or decision cited more than once is given the same date each time (one body's texts at a time). */
export const citationConsistent: LintRule = {
  id: 'citation-consistent',
  severity: 'error',
  summary: 'The same resolution or decision is cited with the same date throughout.',
  check({tree, source, report}) {
    const first = new Map<string, {date: string; text: string; line: number | undefined}>()
    for (const citation of citationNodes(tree)) {
      if (citation.kind === 'symbol') continue
      const date = writtenDate(citation.value, tree.lang)
      if (!date || !isRealDate(date)) continue
      const key = `${citedIssuer(citation, tree, source)}|${citation.kind}|${citation.ref}`
      const earlier = first.get(key)
      if (!earlier) {
        first.set(key, {date: isoDate(date), text: date.text, line: citation.position?.start.line})
        continue
      }
      if (earlier.date === isoDate(date)) continue
      const where = earlier.line ? ` on line ${earlier.line}` : ''
      report(
        `Unexpected date \`${date.text}\` for ${citation.kind} ${citation.ref}, expected \`${earlier.text}\` as cited${where}`,
        citation.position,
      )
    }
  },
}
