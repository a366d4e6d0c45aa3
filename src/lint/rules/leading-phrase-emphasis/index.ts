import {operativeParagraphs, preambularParagraphs} from '../../../tree/access.js'
import type {Paragraph} from '../../../tree/types.js'
import type {SourceMap} from '../../places.js'
import {describe, phrasePosition} from '../../paragraphs.js'
import {isLexiconPhrase} from '../../phrases.js'
import type {LintContext, LintRule} from '../../types.js'

/**
 * Where a part of an English text sets its leading phrases in italics, every paragraph of
 * that part does, and the italics cover the phrase: not the sequence word alone
 * (`*Also* requests`), not the words after it (`*Requests the Secretary-General*`). A part
 * that uses no italics at all (a plain-text copy) is left alone, and so are italics inside
 * a paragraph: UN style sets titles of publications and Latin words in italics.
 */
export const leadingPhraseEmphasis: LintRule = {
  id: 'leading-phrase-emphasis',
  severity: 'warn',
  summary: 'In English texts that italicize leading phrases, every leading phrase of that part is italic.',
  check({tree, report, map}) {
    if (tree.lang !== 'en') return
    for (const part of [preambularParagraphs(tree), operativeParagraphs(tree)] as Paragraph[][]) {
      const withPhrase = part.filter((paragraph) => paragraph.leadingPhrase)
      const italic = withPhrase.filter((paragraph) => paragraph.leadingPhrase?.emphasized)
      // Only a clear majority sets the convention; half-and-half texts say nothing certain.
      if (italic.length < 2 || italic.length * 2 <= withPhrase.length) continue
      for (const paragraph of italic) checkExtent(paragraph, map, report)
      for (const paragraph of withPhrase) {
        if (paragraph.leadingPhrase?.emphasized) continue
        const others = withPhrase.length - 1
        const partName = paragraph.type === 'paragraph' ? 'operative' : 'preambular'
        const like = italic.length === others ? `the other ${others}` : `${italic.length} of the other ${others}`
        const reason = `Unexpected roman \`${paragraph.leadingPhrase?.text ?? ''}\` in ${describe(paragraph)}, expected the leading phrase in italics as in ${like} ${partName} paragraphs`
        report(reason, phrasePosition(paragraph, map))
      }
    }
  },
}

/**
 * The parser takes the italic words as the phrase, so their extent is what is checked:
 * a sequence word alone, or a phrase that runs on into its object ("the", a capitalised
 * name after the first word), unless the lexicon has the whole phrase.
 */
function checkExtent(paragraph: Paragraph, map: SourceMap, report: LintContext['report']): void {
  const text = paragraph.leadingPhrase?.text ?? ''
  if (/^(?:Also|Further)$/u.test(text)) {
    const verb = paragraph.text.replace(/^\s*\d+[.．]?\s*/u, '').split(/\s+/u)[1] ?? ''
    report(
      `Unexpected italics on \`${text}\` alone in ${describe(paragraph)}, expected the whole leading phrase \`${text} ${verb}\` in italics`,
      phrasePosition(paragraph, map),
    )
    return
  }
  const words = text.split(/\s+/u)
  const runOn = words.findIndex(
    (word, index) => index > 0 && (word === 'the' || (/^\p{Lu}/u.test(word) && !/^(?:Also|Further)$/u.test(word))),
  )
  if (runOn < 0 || isLexiconPhrase(text, 'en')) return
  const phrase = words.slice(0, runOn).join(' ')
  report(
    `Unexpected italics on \`${words.slice(runOn).join(' ')}\` after the leading phrase in ${describe(paragraph)}, expected only \`${phrase}\` in italics`,
    phrasePosition(paragraph, map),
  )
}
