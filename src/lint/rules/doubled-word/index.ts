import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

// "that that" and "had had" can be right; a blank line between means a page break, not a repeat.
const allowed = new Set(['that', 'had'])

/** The same word twice in a row: "the the", also across a line break. */
export const doubledWord: LintRule = {
  id: 'doubled-word',
  severity: 'warn',
  summary: 'No word is repeated by mistake ("the the").',
  check({tree, source, report, map}) {
    let previous: {word: string; start: number; end: number} | undefined
    // Token by token rather than one regular expression with a back-reference: linear and
    // fast. A token is what lies between spaces; the repeat must be a plain word in both.
    for (const {match, start, end} of matchesIn(source, bodySpans(tree), /\S+/gu)) {
      const token = match[0]
      const word = token.toLowerCase()
      if (previous && word.startsWith(previous.word) && isSpace(source.slice(previous.end, start))) {
        const bare = /^\p{L}+/u.exec(token)?.[0] ?? ''
        if (
          bare !== '' &&
          bare.toLowerCase() === previous.word &&
          /^\p{L}+$/u.test(previous.word) &&
          !allowed.has(previous.word) &&
          !/\p{Script=Han}/u.test(bare)
        ) {
          const until = start + bare.length
          report(
            `Unexpected repeated word \`${source.slice(previous.start, until).replace(/\s+/gu, ' ')}\`, expected \`${bare}\` once`,
            map.position(previous.start, until),
          )
        }
      }
      previous = {word, start, end}
    }
  },
}

/** Spaces with at most one line break between them. */
function isSpace(gap: string): boolean {
  return gap !== '' && /^[ \t]*(?:\r?\n[ \t]*)?$/u.test(gap)
}
