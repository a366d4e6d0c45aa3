import {preambularParagraphs} from '../../../tree/access.js'
import {describe, endsUncertain, finalMark, lastCharacter, punctuation} from '../../paragraphs.js'
import {isExtractionDebris} from '../../phrases.js'
import {holdsStrayText, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/** Each preambular paragraph ends with a comma: the preamble is one long sentence. */
export const preambleTerminalComma: LintRule = {
  id: 'preamble-terminal-comma',
  severity: 'error',
  summary: 'Preambular paragraphs end with a comma (`,` / `，`).',
  check({tree, source, report, map}) {
    // A paragraph that swallowed stray text ends with that text, already reported by its own rule.
    const strays = strayTexts(tree, source)
    const comma = punctuation[tree.lang].comma
    for (const paragraph of preambularParagraphs(tree)) {
      const mark = finalMark(paragraph.text, tree.data.layout)
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
