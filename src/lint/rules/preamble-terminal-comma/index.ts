import {preambularParagraphs} from '../../../tree/access.js'
import {conventionsOf, preambleEnd} from '../../conventions.js'
import {describe, endsUncertain, finalMark, lastCharacter, markAsTyped} from '../../paragraphs.js'
import {isExtractionDebris} from '../../phrases.js'
import {holdsStrayText, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/**
 * Each preambular paragraph ends with a comma: the preamble is one long sentence. A text of the
 * World Health Organization's governing bodies ends them with a semicolon (conventions.ts).
 */
export const preambleTerminalComma: LintRule = {
  id: 'preamble-terminal-comma',
  severity: 'error',
  summary: 'Preambular paragraphs end with a comma (`,` / `，`); in World Health Assembly texts, a semicolon.',
  check({tree, source, report, map}) {
    // A paragraph that swallowed stray text ends with that text, already reported by its own rule.
    const strays = strayTexts(tree, source)
    const comma = preambleEnd(conventionsOf(tree), tree.lang)
    for (const paragraph of preambularParagraphs(tree)) {
      const mark = markAsTyped(finalMark(paragraph.text, tree.data.layout), tree.lang, source)
      if (
        mark === comma ||
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
