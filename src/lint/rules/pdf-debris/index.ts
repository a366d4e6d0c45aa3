import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

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
    reason: (text) => `Unexpected \`${text}\` (a space before a hyphen), expected \`${text.replace(/ -\s*/u, '-')}\``,
  },
  {
    anchor: /\b[A-Z]{2,} [A-Z]{2,}(?=\/)/gu,
    reason: (text) =>
      `Unexpected \`${text}\` (a document symbol split by a space), expected \`${text.replace(' ', '')}\``,
  },
  {
    anchor: / [,;](?=\s|$|<sup>|[\u00b9\u00b2\u00b3\u2070-\u2079])/gu,
    after: /[\p{L}\p{N}*_)”’]/u,
    wordBefore: /[^\s,;(]/u,
    reason: (text) => `Unexpected \`${text}\` (a space before punctuation), expected \`${text.replace(' ', '')}\``,
  },
  {anchor: /\( +(?=[^\s)])/gu, reason: () => 'Unexpected space after `(`, expected the bracket to touch the word'},
  {
    anchor: /(?<! ) +\)/gu,
    after: /[^\s(]/u,
    reason: () => 'Unexpected space before `)`, expected the bracket to touch the word',
  },
  {
    anchor: /\p{Script=Han} +\p{Script=Han}/gu,
    reason: (text) =>
      `Unexpected \`${text}\` (a space between Chinese characters), expected \`${text.replace(/ +/u, '')}\``,
  },
  // A lone letter is no English word (but "a"): "i n All Its", "o f", "State s and".
  {
    anchor: /(?<=\p{L}[ \t])s(?= \p{Ll})/gu,
    spaceBefore: true,
    wordBefore: /\p{L}/u,
    reason: (text) =>
      `Unexpected \`${text.trim()}\` (a word split by a space), expected \`${text.trim().replace(/\s+/u, '')}\``,
  },
]

/**
 * A lone letter other than "a", "I" and "s" (`i n`, `territor y for`, `exper t on`): the
 * letter was cut from the word before or the word after, and which one is not in the letters
 * themselves. The side is the one that makes a word the text itself writes whole elsewhere
 * (or a common short word); when neither or both do, the message names the lone letter
 * without guessing the word.
 */
const loneLetter = /(?<=^|[ \t\n])[b-rt-z] \p{Ll}+/gu
const wordBeforeLetter = /(?<!\p{L})(\p{L}+)[ \t]+$/u
const shortWords = new Set([
  'at',
  'an',
  'as',
  'be',
  'by',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'to',
  'we',
  'and',
  'for',
  'its',
  'the',
  'that',
  'this',
  'with',
  'from',
])

function vocabulary(source: string): Set<string> {
  const words = new Set(shortWords)
  for (const match of source.matchAll(/\p{L}+/gu)) words.add(match[0].toLowerCase())
  return words
}

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
  check({tree, source, report, map}) {
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
        report(kind.reason(shown), map.position(start, end))
      }
    }
    let words: Set<string> | undefined
    for (const {match, start, end} of matchesIn(source, spans, loneLetter)) {
      words ??= vocabulary(source)
      const [letter = '', after = ''] = match[0].split(' ')
      const before = wordBeforeLetter.exec(source.slice(Math.max(0, start - 40), start))
      const joinedAfter = words.has((letter + after).toLowerCase())
      const joinedBefore = before?.[1] !== undefined && words.has((before[1] + letter).toLowerCase())
      if (joinedAfter && !joinedBefore) {
        report(
          `Unexpected \`${match[0]}\` (a word split by a space), expected \`${letter}${after}\``,
          map.position(start, end),
        )
      } else if (before?.[1] !== undefined && joinedBefore && !joinedAfter) {
        const from = start - before[0].length
        report(
          `Unexpected \`${source.slice(from, start + 1)}\` (a word split by a space), expected \`${before[1]}${letter}\``,
          map.position(from, start + 1),
        )
      } else {
        const from = before ? start - before[0].length : start
        report(
          `Unexpected lone letter \`${letter}\` in \`${source.slice(from, end)}\` (a word split by a space), expected the letter joined to its word`,
          map.position(start, start + 1),
        )
      }
    }
  },
}
