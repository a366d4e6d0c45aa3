import {bodySpans, matchesIn} from '../body.js'
import {SourceMap} from '../places.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/** Two or more spaces between words on one line. Indentation, line ends and the gap after a footnote number are not looked at. */
export const doubledSpace: LintRule = {
  id: 'doubled-space',
  severity: 'warn',
  summary: 'Words are separated by one space.',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    for (const {start, end} of matchesIn(source, bodySpans(tree), /(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
      // PDF footnotes set their number apart from the text ("1  Resolution S-10/2."): layout, not a slip.
      const lineStart = source.lastIndexOf('\n', start - 1) + 1
      if (/^\s*(?:\d{1,3}|[*†‡])$/u.test(source.slice(lineStart, start))) continue
      report(file, 'doubled-space', `Unexpected ${end - start} spaces between words, expected 1`, map.position(start, end))
    }
  }
}
