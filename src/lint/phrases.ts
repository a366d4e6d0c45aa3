import {phraseKey, renderings} from '../bilingual/phrase-map.js'
import {operativePhrasesEn, preambularPhrasesEn} from '../parse/lexicon-en.js'
import {operativePhrasesZh, preambularPhrasesZh} from '../parse/lexicon-zh.js'
import type {Lang, Paragraph, Resolution} from '../tree/types.js'

/**
 * Which part an opening phrase belongs to, from the parser's lexicon (the one list of opening
 * phrases, src/parse/lexicon-*.ts). Only what tells the parts apart matters here: a phrase
 * that opens paragraphs of one part only. Chinese shares many renderings between the parts
 * (注意到, 重申, 欢迎, 表示赞赏, 希望), so those are in neither set.
 */
const lexicon: Record<Lang, {preambular: ReadonlySet<string>; operative: ReadonlySet<string>}> = {
  en: onePartOnly(preambularPhrasesEn, operativePhrasesEn, (phrase) => phrase.toLowerCase()),
  zh: onePartOnly(preambularPhrasesZh, operativePhrasesZh, (phrase) => phrase),
}

function onePartOnly(
  preambular: readonly string[],
  operative: readonly string[],
  key: (phrase: string) => string,
): {preambular: ReadonlySet<string>; operative: ReadonlySet<string>} {
  const pre = new Set(preambular.map(key))
  const op = new Set(operative.map(key))
  return {
    preambular: new Set([...pre].filter((phrase) => !op.has(phrase))),
    operative: new Set([...op].filter((phrase) => !pre.has(phrase))),
  }
}

export type Part = 'preambular' | 'operative'

export function partOf(paragraph: Paragraph): Part {
  return paragraph.type === 'preambularParagraph' ? 'preambular' : 'operative'
}

const sequenceWords = /^(?:also|further|again)$/iu

/**
 * Which part an opening phrase belongs to, or undefined when nothing tells. English falls
 * back on the form of the first word: a participle or adjective opens the preamble
 * (`Remaining concerned`), a verb in the third person singular the operative part.
 */
export function phrasePart(phrase: string, lang: Lang, paragraphText = phrase): Part | undefined {
  if (lang === 'zh') {
    const base = phrase.replace(/^[又还]/u, '')
    if (lexicon.zh.preambular.has(base)) return 'preambular'
    if (lexicon.zh.operative.has(base)) return 'operative'
    return undefined
  }
  const words = phrase.split(/\s+/u).filter((word) => !sequenceWords.test(word))
  const base = words.join(' ').toLowerCase()
  if (lexicon.en.preambular.has(base)) return 'preambular'
  if (lexicon.en.operative.has(base)) return 'operative'
  // Adverbs such as "Deeply", "Strongly", "Firmly" qualify the word that matters; the
  // paragraph's own words are read, since a guessed phrase may stop at the adverb.
  const opening = paragraphText
    .replace(/^\s*(?:\d+[.．]?|\([a-z]{1,2}\))\s*/u, '')
    .replace(/^once\s+(?:again|more)\s+/iu, '')
    .split(/\s+/u)
    .slice(0, 6)
    .map((word) => word.replace(/[^\p{L}-]/gu, ''))
  const head =
    opening
      .filter((word) => !sequenceWords.test(word))
      .find((word) => !/^\p{L}+ly$/u.test(word) || /^(?:apply|rely|supply|reply)/iu.test(word))
      ?.toLowerCase() ?? ''
  // Hyphenated forms count too: "Re-emphasizing", "Re-emphasizes".
  if (/^[\p{L}-]+(?:ing|ed)$/u.test(head) || /^(?:aware|[\p{L}-]+(?:ful|ous|ant|ent|ive|able|ible))$/u.test(head))
    return 'preambular'
  if (/^[\p{L}-]+[^s]s$/u.test(head) || head === 'is' || head === 'has') return 'operative'
  return undefined
}

/** True when a line of text opens like a preambular paragraph (used for text the parser could not place). */
export function opensPreambular(text: string, lang: Lang): boolean {
  if (lang === 'zh') {
    // Stray text is judged only when it ends with a comma, so any preambular phrase will do,
    // even one that can open an operative paragraph too.
    const bare = text.replace(/^[又还]/u, '')
    return preambularPhrasesZh.some((phrase) => bare.startsWith(phrase))
  }
  const opening = text
    .split(/[\s,]+/u)
    .slice(0, 3)
    .join(' ')
  return phrasePart(opening, lang, text) === 'preambular'
}

/**
 * True when the lexicon lists the phrase (sequence words aside) for either part, or the
 * bilingual map pairs it as a whole (`Decides to remain seized of the matter`).
 */
export function isLexiconPhrase(phrase: string, lang: Lang): boolean {
  const base =
    lang === 'zh'
      ? phrase.replace(/^[又还]/u, '')
      : phrase
          .split(/\s+/u)
          .filter((word) => !sequenceWords.test(word))
          .join(' ')
          .toLowerCase()
  return (
    lexicon[lang].preambular.has(base) ||
    lexicon[lang].operative.has(base) ||
    (lang === 'en' && phraseKey(phrase) in renderings)
  )
}

/**
 * In text extracted from PDF, a "paragraph" whose opening is neither in the lexicon nor
 * shaped like a phrase is most likely something the extraction put in the flow (a footnote
 * without its number, a running head): rules about paragraphs leave it alone rather than
 * report the drafter for the extractor's doing.
 */
export function isExtractionDebris(paragraph: Paragraph, tree: Resolution): boolean {
  if (tree.data.layout !== 'wrapped' || paragraph.leadingPhrase?.known) return false
  const phrase = paragraph.leadingPhrase?.text ?? paragraph.text.trim().split(/\s+/u)[0] ?? ''
  return phrasePart(phrase, tree.lang, paragraph.text) === undefined
}

/**
 * `The` and a name of one to five capitalised words, then a modal or a verb in the present tense:
 * an operative paragraph whose subject is named (`The International Bureau shall…`).
 */
export const namedSubject =
  /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:shall|will|should|may|must|is|are|has|have|(?:also\s+)?[a-z]{2,}s)\s/u
