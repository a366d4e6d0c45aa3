import {footnotes} from '../../../tree/access.js'
import {noteRefNodes} from '../../../tree/inline.js'
import type {LintRule} from '../../types.js'

/** Every footnote marker in the text has its footnote. */
export const footnoteDefined: LintRule = {
  id: 'footnote-defined',
  severity: 'error',
  summary: 'Every footnote marker has a footnote.',
  check({tree, report}) {
    const defined = new Set(footnotes(tree).map((note) => note.marker))
    for (const ref of noteRefNodes(tree)) {
      if (defined.has(ref.marker)) continue
      report(
        `Unexpected footnote marker \`${ref.marker}\` with no footnote, expected a footnote \`${ref.marker}\``,
        ref.position,
      )
    }
  },
}
