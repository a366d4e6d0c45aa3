import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

// A number set apart from its text stands at the start of its line, after an indent of at most
// a few tab stops.
const numberIndent = 16

/** Two or more spaces between words on one line. Indentation, line ends, the gap after a number and text extracted from PDF are not looked at. */
export const doubledSpace: LintRule = {
  id: 'doubled-space',
  severity: 'warn',
  summary: 'Words are separated by one space.',
  check({tree, source, report, map}) {
    // Text extracted from PDF keeps the layout's spacing (justified lines, a number set
    // apart from its paragraph): spacing there is the extractor's, not the drafter's.
    if (tree.data.layout === 'wrapped') return
    for (const {start, end} of matchesIn(source, bodySpans(tree), /(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
      // A footnote, paragraph or sub-item number set apart from its text ("1  Resolution S-10/2.",
      // "1.    Demands", "(a)  To report") is layout, not a slip.
      const lineStart = start - map.point(start).column + 1
      if (
        start - lineStart <= numberIndent &&
        /^\s*(?:\d{1,3}\.?|\([a-z]{1,2}\)|\([ivx]{1,5}\)|[*†‡])$/u.test(source.slice(lineStart, start))
      )
        continue
      report(`Unexpected ${end - start} spaces between words, expected 1`, map.position(start, end))
    }
  },
}
