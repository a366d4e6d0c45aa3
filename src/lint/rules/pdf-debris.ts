import {bodySpans, matchesIn} from '../body.js'
import {SourceMap} from '../places.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/**
 * Traces of PDF conversion in the words themselves: a hyphen cut from its word
 * (`record -keeping`), a symbol split by a space (`CT OC/COP`), a space before a comma or
 * semicolon (`and , where`) or inside brackets (`( A/CONF.192/15 )`), a space between
 * Chinese characters.
 */
const kinds: Array<{pattern: RegExp; reason: (text: string) => string}> = [
  {pattern: /\p{L}+ -(?:\p{L}+(?:-\p{L}+)*|[ \t]*(?=\r?\n))/gu, reason: (text) => `Unexpected \`${text}\` (a space before a hyphen), expected \`${text.replace(/ -\s*/u, '-')}\``},
  {pattern: /\b[A-Z]{2,} [A-Z]{2,}(?=\/)/gu, reason: (text) => `Unexpected \`${text}\` (a document symbol split by a space), expected \`${text.replace(' ', '')}\``},
  {pattern: /[^\s,;(]*[\p{L}\p{N}][*_)”’]* [,;](?=\s|$|<sup>|[\u00b9\u00b2\u00b3\u2070-\u2079])/gu, reason: (text) => `Unexpected \`${text}\` (a space before punctuation), expected \`${text.replace(' ', '')}\``},
  {pattern: /\( +(?=[^\s)])/gu, reason: () => 'Unexpected space after `(`, expected the bracket to touch the word'},
  {pattern: /(?<=[^\s(]) +\)/gu, reason: () => 'Unexpected space before `)`, expected the bracket to touch the word'},
  {pattern: /\p{Script=Han} +\p{Script=Han}/gu, reason: (text) => `Unexpected \`${text}\` (a space between Chinese characters), expected \`${text.replace(/ +/u, '')}\``}
]

export const pdfDebris: LintRule = {
  id: 'pdf-debris',
  severity: 'warn',
  summary: 'No conversion debris: `record -keeping`, `CT OC/COP`, `and , where`, `( A/60/88 )`.',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    const spans = bodySpans(tree)
    for (const kind of kinds) {
      for (const {match, start, end} of matchesIn(source, spans, kind.pattern)) {
        // Emphasis marks are Markdown, not words: `Thereto* ;` reads `Thereto ;`.
        const shown = match[0].trim() === '' ? match[0] : match[0].trimEnd().replace(/[*_]/gu, '')
        report(file, 'pdf-debris', kind.reason(shown), map.position(start, end))
      }
    }
  }
}
