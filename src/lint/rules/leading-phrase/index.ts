import {paragraphs} from '../../../tree/access.js'
import {describe, phrasePosition} from '../../paragraphs.js'
import {isExtractionDebris, namedSubject, partOf, phrasePart} from '../../phrases.js'
import type {LintRule} from '../../types.js'

const expectations = {
  preambular: 'a participle or adjective phrase (such as `Recalling`, `Noting with appreciation`, `Deeply concerned`)',
  operative: 'a verb in the present tense (such as `Decides`, `Also requests`, `Calls upon`)',
}

/** Preambular paragraphs open with a participle or adjective phrase, operative ones with a present-tense verb. */
export const leadingPhrase: LintRule = {
  id: 'leading-phrase',
  severity: 'error',
  summary: 'Preambular paragraphs open with a participle or adjective, operative paragraphs with a present-tense verb.',
  check({tree, report, map}) {
    // A verb set as the heading of the operative part (`RESOLVES:`, the OAS's and the IWC's) leads
    // in every paragraph under it, which then opens with its clause: `1. That Resolution VI…`.
    let ledIn = false
    for (const paragraph of paragraphs(tree)) {
      const expected = partOf(paragraph)
      if (paragraph.type === 'paragraph' && paragraph.heading !== undefined)
        ledIn = leadsIn(paragraph.heading, tree.lang)
      if (expected === 'operative' && ledIn) continue
      const phrase = paragraph.leadingPhrase?.text ?? paragraph.text.trim().split(/\s+/u)[0] ?? ''
      const found = phrasePart(phrase, tree.lang, paragraph.text)
      // Chinese has no word form to go by, and PDF extraction puts stray text in the flow:
      // there only a phrase that belongs to the other part is wrong.
      if (found === expected || (found === undefined && (tree.lang === 'zh' || isExtractionDebris(paragraph, tree))))
        continue
      // A record of decisions writes its verbs in the past tense (`The Governing Body:` / `(a)
      // invited…`, the ILO's): the parser reads them as the lexicon's phrase (`base`: `Invites`).
      const base = paragraph.leadingPhrase?.known === true ? paragraph.leadingPhrase.base : undefined
      if (base !== undefined && base !== phrase && phrasePart(base, tree.lang) === expected) continue
      // Security Council style: "Acting under Chapter VII …, decides …" puts the verb after a participle clause.
      if (
        expected === 'operative' &&
        /^Acting (?:under|in|pursuant)\b[^;]*?, (?:also |further )?\p{Ll}+s\b/u.test(paragraph.text)
      )
        continue
      // A numbered decision whose subject is another actor than the body (`(3) The International Bureau
      // shall undertake…`, WIPO's General Assembly; `The Secretary-General is requested to…`) is a
      // sentence of its own, not a paragraph that lost its verb.
      if (expected === 'operative' && tree.lang === 'en' && namedSubject.test(paragraph.text)) continue
      report(
        `Unexpected opening \`${phrase}\` in ${describe(paragraph)}, expected ${expectations[expected]}`,
        phrasePosition(paragraph, map),
      )
    }
  },
}

/** A heading that is an operative verb with a colon: `RESOLVES:`, `Decides:`, `决定：`. */
function leadsIn(heading: string, lang: 'en' | 'zh'): boolean {
  const trimmed = heading.trim()
  if (!/[:：]$/u.test(trimmed)) return false
  const words = trimmed.slice(0, -1).trimEnd()
  return words !== '' && phrasePart(words, lang, words) === 'operative'
}
