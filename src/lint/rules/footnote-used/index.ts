import {footnotes} from '../../../tree/access.js'
import {alternative} from '../no-alternatives/index.js'
import type {LintRule} from '../../types.js'

/**
 * Every footnote is called from the text: by a marker in a paragraph, in the masthead
 * ("agenda*"), or in PDF text by a number after punctuation (the parser notes which).
 */
export const footnoteUsed: LintRule = {
  id: 'footnote-used',
  severity: 'error',
  summary: 'Every footnote has a marker in the text.',
  check({tree, source, report}) {
    for (const note of footnotes(tree)) {
      if (note.calledBy) continue
      // "5 bis. Also decides" read as footnote 5 is a leftover paragraph, reported by no-alternatives.
      const start = note.position?.start.offset
      if (start !== undefined && alternative.test(source.slice(start, start + 24))) continue
      report(
        `Unexpected footnote \`${note.marker}\` that no marker calls, expected a marker \`${note.marker}\` in the text`,
        note.position?.start,
      )
    }
  },
}
