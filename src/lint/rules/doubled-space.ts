import {bodySpans, matchesIn} from '../body.js'
import {SourceMap} from '../places.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/** Two or more spaces between words on one line. Indentation and line ends are not looked at. */
export const doubledSpace: LintRule = {
  id: 'doubled-space',
  severity: 'warn',
  summary: 'Words are separated by one space.',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    for (const {start, end} of matchesIn(source, bodySpans(tree), /(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
      report(file, 'doubled-space', `Unexpected ${end - start} spaces between words, expected 1`, map.position(start, end))
    }
  }
}
