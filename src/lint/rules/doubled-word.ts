import {bodySpans, matchesIn} from '../body.js'
import {SourceMap} from '../places.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

// "that that" and "had had" can be right; a blank line between means a page break, not a repeat.
const allowed = new Set(['that', 'had'])

/** The same word twice in a row: "the the". */
export const doubledWord: LintRule = {
  id: 'doubled-word',
  severity: 'warn',
  summary: 'No word is repeated by mistake ("the the").',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    for (const {match, start, end} of matchesIn(source, bodySpans(tree), /(?<![\p{L}\p{N}-])(\p{L}+)(?:[ \t]+|[ \t]*\r?\n[ \t]*)\1(?![\p{L}\p{N}-])/giu)) {
      const word = match[1] ?? ''
      if (allowed.has(word.toLowerCase()) || /\p{Script=Han}/u.test(word)) continue
      report(file, 'doubled-word', `Unexpected repeated word \`${match[0].replace(/\s+/gu, ' ')}\`, expected \`${word}\` once`, map.position(start, end))
    }
  }
}
