import {noteRefNodes} from '../../../tree/inline.js'
import type {LintRule} from '../../types.js'

/**
 * Footnotes are numbered in the order the text first calls them. Calling an earlier
 * footnote again (the UN repeats its number) is fine; a new number lower than one already
 * used is not.
 */
export const footnoteOrder: LintRule = {
  id: 'footnote-order',
  severity: 'error',
  summary: 'Footnotes are numbered in order of first use.',
  check({tree, report}) {
    const seen = new Set<string>()
    let highest = 0
    for (const ref of noteRefNodes(tree)) {
      if (!/^\d+$/u.test(ref.marker) || seen.has(ref.marker)) continue
      seen.add(ref.marker)
      const number = Number(ref.marker)
      if (number < highest) {
        report(
          `Unexpected first use of footnote ${number} after footnote ${highest}, expected footnotes numbered in order of first use`,
          ref.position,
        )
      }
      highest = Math.max(highest, number)
    }
  },
}
