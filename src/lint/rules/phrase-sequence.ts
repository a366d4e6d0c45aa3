import {operativeParagraphs, preambularParagraphs} from '../../tree/access.js'
import type {Paragraph} from '../../tree/types.js'
import {SourceMap} from '../places.js'
import {describe, phrasePosition} from '../paragraphs.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/**
 * "Also X" comes after an earlier "X", "Further X" after an earlier "Also X" (in the preamble
 * "Recalling also", "Recalling further"). Chinese 又/还: texts disagree on which is "also",
 * so either one only needs the bare phrase before it. An earlier mention anywhere in the part
 * counts ("…, and requests" inside a paragraph), so only a real skip is reported.
 */
export const phraseSequence: LintRule = {
  id: 'phrase-sequence',
  severity: 'warn',
  summary: '"Also X" follows an earlier "X"; "Further X" follows an earlier "Also X" (又/还 likewise).',
  check({tree, source, file}) {
    const map = new SourceMap(source)
    for (const part of [preambularParagraphs(tree), operativeParagraphs(tree)] as Paragraph[][]) {
      let before = ''
      for (const paragraph of part) {
        const phrase = paragraph.leadingPhrase
        const modifier = phrase?.modifier
        if (phrase && modifier) {
          const base = phrase.base
          const zh = tree.lang === 'zh'
          const needed = zh || /^also$/iu.test(modifier) ? base : /^further$/iu.test(modifier) ? alsoForms(base) : undefined
          const seen = needed === undefined || (typeof needed === 'string' ? mentions(before, needed, zh) : needed.some((form) => mentions(before, form, zh)))
          if (!seen) {
            const wanted = typeof needed === 'string' ? needed : paragraph.type === 'preambularParagraph' ? `${base} also` : `Also ${base.toLowerCase()}`
            report(file, 'phrase-sequence', `Unexpected \`${phrase.text}\` in ${describe(paragraph)} with no earlier \`${wanted}\`, expected \`${wanted}\` to come first`, phrasePosition(paragraph, map))
          }
        }
        before += `\n${paragraph.text}`
      }
    }
  }
}

/** "Also requests" / "Recalling also": the sequence word goes before a verb, after a participle. */
function alsoForms(base: string): string[] {
  return [`Also ${base.toLowerCase()}`, `${base} also`]
}

function mentions(text: string, phrase: string, zh: boolean): boolean {
  if (zh) return text.includes(phrase)
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text)
}
