import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

/** Where each note call the parser read in the body ends (`7` in `…Court, 7  and`). */
function callEnds(tree: Node): Set<number> {
  const ends = new Set<number>()
  visit(tree, (node) => {
    if (node.type === 'noteRef' && node.position?.end.offset !== undefined) ends.add(node.position.end.offset)
  })
  return ends
}

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
    const afterCalls = callEnds(tree)
    for (const {start, end} of matchesIn(source, bodySpans(tree), /(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
      // A converter's Markdown of a PDF keeps the space the superscript stood in (`…Court, 7  and`).
      if (afterCalls.has(start)) continue
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
