import {excerpt, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/** Every block of text belongs to a known part: masthead, formula, preamble, operative part, footnotes, closing lines. */
export const textOutsideParts: LintRule = {
  id: 'text-outside-parts',
  severity: 'error',
  summary: 'No text outside the known parts (masthead, preamble, operative part, footnotes, conclusions).',
  check({tree, source, report}) {
    // In text extracted from PDF, stray text is nearly always the extractor's (a footnote
    // that lost its number, a running head), not the drafter's.
    if (tree.data.layout === 'wrapped') return
    for (const stray of strayTexts(tree, source)) {
      if (stray.preambular) continue
      report(
        `Unexpected text \`${excerpt(stray.text)}\` after the operative part, expected a numbered operative paragraph or a footnote`,
        stray.position,
      )
    }
  },
}
