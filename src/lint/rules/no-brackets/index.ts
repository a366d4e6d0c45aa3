import {footnotes} from '../../../tree/access.js'
import {bodySpans, matchesIn} from '../../body.js'
import type {LintRule} from '../../types.js'

/**
 * Square brackets in a draft mark text not yet agreed. Markdown links (`[A/60/88](#)`) and
 * editorial marks inside quotations (`[t]he`, `[sic]`) and footnote marks (`[^1]`, and `[12]` where note 12 exists) are not
 * brackets of that kind.
 */
export const noBrackets: LintRule = {
  id: 'no-brackets',
  severity: 'error',
  summary: 'No square-bracketed (unagreed) text is left in the resolution.',
  check({tree, source, report, map}) {
    // `[12]` is a footnote's call or the start of its note when the tree has that note.
    const notes = new Set(footnotes(tree).map((note) => note.marker))
    // Only the first `[` after a line break or closing bracket can start a match (a later one
    // reaches the same close); the lookbehind skips the others, so a line of `[` is scanned
    // once instead of once per bracket (issue 15).
    for (const {match, start, end} of matchesIn(
      source,
      bodySpans(tree),
      /[[【](?<![[【][^\]】\n]*?[[【])([^\]】\n]*)[\]】](?!\()/gu,
    )) {
      const inside = match[1] ?? ''
      if (inside.length <= 1 || /^sic$/iu.test(inside) || /^\^[\p{L}\p{N}*†‡]{1,6}$/u.test(inside) || notes.has(inside))
        continue
      const shown = match[0].length > 40 ? `${match[0].slice(0, 37)}…` : match[0]
      report(
        `Unexpected bracketed text \`${shown}\`, expected agreed text without square brackets`,
        map.position(start, end),
      )
    }
  },
}
