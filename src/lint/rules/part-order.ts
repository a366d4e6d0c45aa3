import {operativeParagraphs, preambularParagraphs} from '../../tree/access.js'
import {describe} from '../paragraphs.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/** The preamble comes before the operative part: no preambular paragraph after operative ones. */
export const partOrder: LintRule = {
  id: 'part-order',
  severity: 'error',
  summary: 'Preambular paragraphs come before the operative part.',
  check({tree, file}) {
    const firstOperative = operativeParagraphs(tree)[0]?.position?.start.offset
    if (firstOperative === undefined) return
    for (const paragraph of preambularParagraphs(tree)) {
      const start = paragraph.position?.start.offset
      if (start === undefined || start < firstOperative) continue
      const phrase = paragraph.leadingPhrase ? ` (\`${paragraph.leadingPhrase.text}\`)` : ''
      report(file, 'part-order', `Unexpected ${describe(paragraph)}${phrase} after the first operative paragraph, expected the preamble before the operative part`, paragraph.position?.start)
    }
  }
}
