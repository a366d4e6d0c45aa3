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
const kinds: Array<{pattern: RegExp; what: string; expected: (text: string) => string}> = [
  {pattern: /\p{L}+ -(?:\p{L}+|[ \t]*\r?\n)/gu, what: 'a space before a hyphen', expected: (text) => `\`${text.replace(/ -\s*/u, '-')}\``},
  {pattern: /\b[A-Z]{2,} [A-Z]{2,}(?=\/)/gu, what: 'a document symbol split by a space', expected: (text) => `\`${text.replace(' ', '')}\``},
  {pattern: /[\p{L}\p{N}*_)”’] [,;](?=\s|$)/gu, what: 'a space before punctuation', expected: (text) => `\`${text.replace(' ', '')}\``},
  {pattern: /\( +[^\s)]|[^\s(] +\)/gu, what: 'a space inside brackets', expected: (text) => `\`${text.replace(/ +/u, '')}\``},
  {pattern: /\p{Script=Han} +\p{Script=Han}/gu, what: 'a space between Chinese characters', expected: (text) => `\`${text.replace(/ +/u, '')}\``}
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
        const text = match[0].trimEnd()
        report(file, 'pdf-debris', `Unexpected \`${text}\` (${kind.what}), expected ${kind.expected(text)}`, map.position(start, start + text.length || end))
      }
    }
  }
}
