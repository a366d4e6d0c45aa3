import {operativeParagraphs, preambularParagraphs} from '../../tree/access.js'
import type {Paragraph} from '../../tree/types.js'
import {SourceMap} from '../places.js'
import {describe, phrasePosition} from '../paragraphs.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/**
 * Where a part of an English text sets its leading phrases in italics, every paragraph of
 * that part does. A part that uses no italics at all (a plain-text copy) is left alone.
 */
export const leadingPhraseEmphasis: LintRule = {
  id: 'leading-phrase-emphasis',
  severity: 'warn',
  summary: 'In English texts that italicize leading phrases, every leading phrase of that part is italic.',
  check({tree, source, file}) {
    if (tree.lang !== 'en') return
    const map = new SourceMap(source)
    for (const part of [preambularParagraphs(tree), operativeParagraphs(tree)] as Paragraph[][]) {
      const withPhrase = part.filter((paragraph) => paragraph.leadingPhrase)
      const italic = withPhrase.filter((paragraph) => paragraph.leadingPhrase?.emphasized)
      // Only a clear majority sets the convention; half-and-half texts say nothing certain.
      if (italic.length < 2 || italic.length * 2 <= withPhrase.length) continue
      for (const paragraph of withPhrase) {
        if (paragraph.leadingPhrase?.emphasized) continue
        const others = withPhrase.length - 1
        const partName = paragraph.type === 'paragraph' ? 'operative' : 'preambular'
        const like = italic.length === others ? `the other ${others}` : `${italic.length} of the other ${others}`
        const reason = `Unexpected roman \`${paragraph.leadingPhrase?.text ?? ''}\` in ${describe(paragraph)}, expected the leading phrase in italics as in ${like} ${partName} paragraphs`
        report(file, 'leading-phrase-emphasis', reason, phrasePosition(paragraph, map))
      }
    }
  }
}
