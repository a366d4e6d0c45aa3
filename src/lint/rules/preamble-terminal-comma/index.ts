import {preambularParagraphs} from '../../../tree/access.js'
import {conventionsOf, preambleEnd} from '../../conventions.js'
import {closingMark, describe, endsUncertain, lastCharacter, markAsTyped} from '../../paragraphs.js'
import {isExtractionDebris} from '../../phrases.js'
import {holdsStrayText, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/**
 * Each preambular paragraph ends with a comma: the preamble is one long sentence. A text of the
 * World Health Organization's governing bodies ends them with a semicolon (conventions.ts), the
 * last one with either.
 */
export const preambleTerminalComma: LintRule = {
  id: 'preamble-terminal-comma',
  severity: 'error',
  summary: 'Preambular paragraphs end with a comma (`,` / `，`); in World Health Assembly texts, a semicolon.',
  check({tree, source, report, map}) {
    // A paragraph that swallowed stray text ends with that text, already reported by its own rule.
    const strays = strayTexts(tree, source)
    const conventions = conventionsOf(tree)
    const comma = preambleEnd(conventions, tree.lang)
    const preamble = preambularParagraphs(tree)
    for (const paragraph of preamble) {
      // `…in hemispheric relations; and` before the last paragraph: the mark is the one before `and`.
      const mark = markAsTyped(closingMark(paragraph.text, tree.data.layout), tree.lang, source)
      // The WHO's bodies may end the last one, before the operative part, with a comma
      // (`EB126.R1`: `考虑到…的规定；` / `考虑到…的提名，` / `1. 再次任命…`).
      const lastWithComma =
        conventions !== 'un' && paragraph === preamble.at(-1) && mark === preambleEnd('un', tree.lang)
      if (
        mark === comma ||
        lastWithComma ||
        holdsStrayText(strays, paragraph.position) ||
        isExtractionDebris(paragraph, tree) ||
        endsUncertain(paragraph, source, tree.data.layout)
      )
        continue
      report(
        `Unexpected \`${mark}\` at the end of ${describe(paragraph)}, expected \`${comma}\``,
        lastCharacter(paragraph, map, tree.data.layout),
      )
    }
  },
}
