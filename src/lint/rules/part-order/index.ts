import {operativeParagraphs, preambularParagraphs} from '../../../tree/access.js'
import {describe} from '../../paragraphs.js'
import {excerpt, strayTexts} from '../../stray.js'
import type {LintRule} from '../../types.js'

/**
 * The preamble comes before the operative part. The parser files a paragraph that opens
 * like a preambular one after the operative part as text outside the parts; both that and
 * a preambular paragraph placed after an operative one are reported here.
 */
export const partOrder: LintRule = {
  id: 'part-order',
  severity: 'error',
  summary: 'Preambular paragraphs come before the operative part.',
  check({tree, source, report}) {
    const firstOperative = operativeParagraphs(tree)[0]?.position?.start.offset
    if (firstOperative === undefined) return
    for (const paragraph of preambularParagraphs(tree)) {
      const start = paragraph.position?.start.offset
      if (start === undefined || start < firstOperative) continue
      const phrase = paragraph.leadingPhrase ? ` (\`${paragraph.leadingPhrase.text}\`)` : ''
      report(
        `Unexpected ${describe(paragraph)}${phrase} after the first operative paragraph, expected the preamble before the operative part`,
        paragraph.position?.start,
      )
    }
    for (const stray of strayTexts(tree, source)) {
      if (!stray.preambular) continue
      report(
        `Unexpected preambular paragraph \`${excerpt(stray.text)}\` after the operative part, expected the preamble before the operative part`,
        stray.position,
      )
    }
  },
}
