import {operativeParagraphs, preambularParagraphs} from '../../../tree/access.js'
import type {Paragraph} from '../../../tree/types.js'
import {describe, phrasePosition} from '../../paragraphs.js'
import type {LintRule} from '../../types.js'

/**
 * "Also X" and "Further X" come after an earlier "X" (in the preamble "Recalling also",
 * "Recalling further"). "Further X" straight after "X" is not reported: adopted Security
 * Council texts write it so ("Calls upon …; Further calls upon …", S/RES/2250 (2015)), so
 * only a sequence word with no earlier phrase at all is a certain slip. Chinese 又/还: texts
 * disagree on which is "also", so either one only needs the bare phrase before it. An earlier
 * mention anywhere in the part counts ("…, and requests" inside a paragraph).
 */
export const phraseSequence: LintRule = {
  id: 'phrase-sequence',
  severity: 'warn',
  summary: '"Also X" and "Further X" follow an earlier "X" (又/还 likewise).',
  check({tree, report, map}) {
    for (const part of [preambularParagraphs(tree), operativeParagraphs(tree)] as Paragraph[][]) {
      let before = ''
      for (const paragraph of part) {
        const phrase = paragraph.leadingPhrase
        const modifier = phrase?.modifier
        if (phrase && modifier && !isAdjective(paragraph, phrase.text, modifier)) {
          // `Reaffirming also its commitment` (the lexicon's `Reaffirming its commitment`): the word
          // sits after the verb, so an earlier `Reaffirming` of any object is what it follows.
          const verbFirst = /^(\p{L}+)\s+(?:also|further)\s+\S/iu.exec(phrase.text)?.[1]
          const base = verbFirst && phrase.base.startsWith(`${verbFirst} `) ? verbFirst : phrase.base
          const zh = tree.lang === 'zh'
          const needed = zh || /^(?:also|further)$/iu.test(modifier) ? base : undefined
          if (needed !== undefined && !mentions(before, needed, zh)) {
            report(
              `Unexpected \`${phrase.text}\` in ${describe(paragraph)} with no earlier \`${needed}\`, expected \`${needed}\` to come first`,
              phrasePosition(paragraph, map),
            )
          }
        }
        before += `\n${paragraph.text}`
      }
    }
  },
}

function mentions(text: string, phrase: string, zh: boolean): boolean {
  if (zh) return text.includes(phrase)
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text)
}

/**
 * "Encourages further cooperation", "Calls for further efforts": after an operative verb,
 * "further" before a bare noun qualifies the noun and is no sequence word. It is one when
 * what follows is the verb's object or clause ("Decides further that", "Requests further
 * the Secretary-General").
 */
function isAdjective(paragraph: Paragraph, phrase: string, modifier: string): boolean {
  if (
    paragraph.type === 'preambularParagraph' ||
    !/^further$/iu.test(modifier) ||
    !phrase.toLowerCase().endsWith(modifier.toLowerCase())
  )
    return false
  const next = /^\s*(\p{L}+)/u.exec(paragraph.text.slice(paragraph.text.indexOf(phrase) + phrase.length))?.[1]
  return next !== undefined && !clauseStarts.has(next.toLowerCase())
}

const clauseStarts = new Set([
  'that',
  'to',
  'the',
  'its',
  'their',
  'all',
  'a',
  'an',
  'each',
  'every',
  'any',
  'member',
  'states',
  'in',
  'on',
  'upon',
  'with',
  'by',
  'for',
  'and',
])
