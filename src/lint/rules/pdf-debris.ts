import {bodySpans, matchesIn} from '../body.js'
import {SourceMap} from '../places.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

interface Debris {
  /** Finds the telltale spot cheaply; `extend` then widens it to the whole word for the message. */
  anchor: RegExp
  /** The character before the anchor must match this. */
  after?: RegExp
  /** Characters to take back before the anchor, so the message shows the word. */
  wordBefore?: RegExp
  /** Spaces to step back over first (then `wordBefore`). */
  spaceBefore?: boolean
  reason: (text: string) => string
}

const kinds: Debris[] = [
  {
    anchor: / -(?:\p{L}+(?:-\p{L}+)*|[ \t]*(?=\r?\n))/gu,
    after: /\p{L}/u,
    wordBefore: /\p{L}/u,
    reason: (text) => `Unexpected \`${text}\` (a space before a hyphen), expected \`${text.replace(/ -\s*/u, '-')}\``
  },
  {anchor: /\b[A-Z]{2,} [A-Z]{2,}(?=\/)/gu, reason: (text) => `Unexpected \`${text}\` (a document symbol split by a space), expected \`${text.replace(' ', '')}\``},
  {
    anchor: / [,;](?=\s|$|<sup>|[\u00b9\u00b2\u00b3\u2070-\u2079])/gu,
    after: /[\p{L}\p{N}*_)”’]/u,
    wordBefore: /[^\s,;(]/u,
    reason: (text) => `Unexpected \`${text}\` (a space before punctuation), expected \`${text.replace(' ', '')}\``
  },
  {anchor: /\( +(?=[^\s)])/gu, reason: () => 'Unexpected space after `(`, expected the bracket to touch the word'},
  {anchor: / +\)/gu, after: /[^\s(]/u, reason: () => 'Unexpected space before `)`, expected the bracket to touch the word'},
  {anchor: /\p{Script=Han} +\p{Script=Han}/gu, reason: (text) => `Unexpected \`${text}\` (a space between Chinese characters), expected \`${text.replace(/ +/u, '')}\``},
  // A lone letter is no English word (but "a"): "i n All Its", "o f", "State s and".
  {
    anchor: /(?<=\p{L}[ \t])s(?= \p{Ll})/gu,
    spaceBefore: true,
    wordBefore: /\p{L}/u,
    reason: (text) => `Unexpected \`${text.trim()}\` (a word split by a space), expected \`${text.trim().replace(/\s+/u, '')}\``
  },
  {
    anchor: /(?<=^|[ \t\n])[b-rt-z] \p{Ll}+/gu,
    reason: (text) => `Unexpected \`${text}\` (a word split by a space), expected \`${text.replace(' ', '')}\``
  }
]

/**
 * Traces of PDF conversion in the words themselves: a hyphen cut from its word
 * (`record -keeping`), a symbol split by a space (`CT OC/COP`), a space before a comma or
 * semicolon (`and , where`) or inside brackets (`( A/CONF.192/15 )`), a word split around a
 * lone letter (`i n`, `State s`), a space between Chinese characters.
 */
export const pdfDebris: LintRule = {
  id: 'pdf-debris',
  severity: 'warn',
  summary: 'No conversion debris: `record -keeping`, `CT OC/COP`, `and , where`, `( A/60/88 )`, `i n`.',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    const spans = bodySpans(tree)
    for (const kind of kinds) {
      for (const {match, start: at, end} of matchesIn(source, spans, kind.anchor)) {
        if (kind.after && !kind.after.test(source.charAt(at - 1))) continue
        let start = at
        while (kind.spaceBefore && start > 0 && /[ \t]/u.test(source.charAt(start - 1))) start--
        while (kind.wordBefore && start > 0 && kind.wordBefore.test(source.charAt(start - 1))) start--
        // Emphasis marks are Markdown, not words: `Thereto* ;` reads `Thereto ;`.
        const written = source.slice(start, at) + match[0]
        const shown = written.trim() === '' ? written : written.trimEnd().replace(/[*_]/gu, '')
        report(file, 'pdf-debris', kind.reason(shown), map.position(start, end))
      }
    }
  }
}
