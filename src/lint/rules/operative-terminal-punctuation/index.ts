import {annexes, operativeParagraphs} from '../../../tree/access.js'
import {fullStopsThroughout} from '../../conventions.js'
import {describe, endsUncertain, finalMark, lastCharacter, markAsTyped, punctuation} from '../../paragraphs.js'
import {isExtractionDebris, namedSubject} from '../../phrases.js'
import {holdsStrayText, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/** Operative paragraphs end with a semicolon, the last one with a full stop. */
export const operativeTerminalPunctuation: LintRule = {
  id: 'operative-terminal-punctuation',
  severity: 'error',
  summary: 'Operative paragraphs end with `;` / `；`, the last one with `.` / `。`.',
  check({tree, source, report, map}) {
    // A paragraph that swallowed stray text ends with that text, already reported by its own rule.
    const strays = strayTexts(tree, source)
    const marks = punctuation[tree.lang]
    const operative = operativeParagraphs(tree)
    // "Adopts the following declaration:" introduces the annex that follows it.
    const introducesAnnex = annexes(tree).length > 0
    // "…; and" before the last paragraph is the Security Council's way of closing a series.
    const ends = operative.map((paragraph, index) =>
      index < operative.length - 1 && /; (?:and|or)$/u.test(paragraph.text.trim())
        ? marks.semicolon
        : markAsTyped(finalMark(paragraph.text, tree.data.layout), tree.lang, source),
    )
    // Another body that ends every operative paragraph with a full stop drafts so (the IWC's, the OAS's).
    // The last one ends with a full stop under either rule: the others tell the style.
    if (fullStopsThroughout(tree, ends.slice(0, -1))) return
    operative.forEach((paragraph, index) => {
      const last = index === operative.length - 1
      const expected = last ? marks.stop : marks.semicolon
      const mark = ends[index] ?? ''
      if (
        mark === expected ||
        (last && introducesAnnex && mark === marks.colon) ||
        // A paragraph that names its actor (`The Assembly notes…`, `The General Assembly decides…`)
        // is a sentence of its own, as is one whose subject is another actor (`The International Bureau
        // shall…`): its full stop is right.
        (mark === marks.stop &&
          (/^The\s/u.test(paragraph.leadingPhrase?.text ?? '') || namedSubject.test(paragraph.text))) ||
        holdsStrayText(strays, paragraph.position) ||
        isExtractionDebris(paragraph, tree) ||
        endsUncertain(paragraph, source, tree.data.layout)
      )
        return
      const role = last ? 'the last operative paragraph' : describe(paragraph)
      report(
        `Unexpected \`${mark}\` at the end of ${role}, expected \`${expected}\``,
        lastCharacter(paragraph, map, tree.data.layout),
      )
    })
  },
}
