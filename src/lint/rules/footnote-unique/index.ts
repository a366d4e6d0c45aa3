import {footnotes} from '../../../tree/access.js'
import type {LintRule} from '../../types.js'

/** No two footnotes share a marker. */
export const footnoteUnique: LintRule = {
  id: 'footnote-unique',
  severity: 'error',
  summary: 'No two footnotes share a number or symbol.',
  check({tree, report}) {
    const lines = new Map<string, number | undefined>()
    for (const note of footnotes(tree)) {
      if (lines.has(note.marker)) {
        const line = lines.get(note.marker)
        report(
          `Unexpected second footnote \`${note.marker}\`${line ? ` (the first is on line ${line})` : ''}, expected each footnote marker once`,
          note.position?.start,
        )
        continue
      }
      lines.set(note.marker, note.position?.start.line)
    }
  },
}
