import type {Lang} from '../tree/types.js'
import {monthNumber} from '../parse/patterns.js'
import type {Link} from './align-paragraphs.js'
import {unitWords, type ComparedParagraph} from './units.js'

// A pairing below the similarity floor rests on its place among the confident links; it must also
// share its subject: at least `subjectWords` words that few paragraphs of the two texts use (at
// most `rareShare` of them, or only the paired ones), past each paragraph's opening words
// (its leading phrase and sequence word), numbers and month names. The weak links a person
// draws between versions share three to seven such words (`workshops`, `legislative gaps`,
// `Vienna`); two unrelated paragraphs that share only "Recalling its resolutions … of
// 11 December" share none but "resolutions". The same last `carriedRun` words on both sides
// (the half of a paragraph kept when the other half was rewritten) are its subject carried over.
const subjectWords = 2
const carriedRun = 8
const rareShare = 0.1
const openingWords = 2

/** The words of each paragraph that can carry its subject, as sets. */
function subjectSets(units: readonly ComparedParagraph[], lang: Lang): Array<Set<string>> {
  return units.map(
    (unit) =>
      new Set(
        unitWords(unit, lang)
          .slice(openingWords)
          .filter((word) => !/\d/.test(word) && monthNumber(word.charAt(0).toUpperCase() + word.slice(1)) === 0),
      ),
  )
}

/**
 * A test of the links of one diff: does a link share its subject? Builds the word counts of
 * both texts once, on first use (most diffs have no link below the floor and never ask).
 */
export function subjectTest(
  oldUnits: readonly ComparedParagraph[],
  newUnits: readonly ComparedParagraph[],
  lang: Lang,
): (link: Link) => boolean {
  let olds: Array<Set<string>> | undefined
  let news: Array<Set<string>> | undefined
  const paragraphs = new Map<string, number>()
  return (link) => {
    if (!olds || !news) {
      olds = subjectSets(oldUnits, lang)
      news = subjectSets(newUnits, lang)
      for (const words of [...olds, ...news])
        for (const word of words) paragraphs.set(word, (paragraphs.get(word) ?? 0) + 1)
    }
    if (carriesRun(link, oldUnits, newUnits, lang)) return true
    const rare = Math.max(link.old.length + link.new.length, Math.ceil(rareShare * (olds.length + news.length)))
    const oldWords = new Set(link.old.flatMap((index) => [...olds![index]!]))
    let shared = 0
    for (const word of new Set(link.new.flatMap((index) => [...news![index]!])))
      if (oldWords.has(word) && (paragraphs.get(word) ?? 0) <= rare && ++shared >= subjectWords) return true
    return false
  }
}

/**
 * True when the two sides of a link end with the same `carriedRun` words: the end of a paragraph
 * kept when its first half was rewritten. (A run at the start is no evidence: it is the opening
 * formula, "Also requests the United Nations Office on Drugs and Crime to continue to".)
 */
function carriesRun(
  link: Link,
  oldUnits: readonly ComparedParagraph[],
  newUnits: readonly ComparedParagraph[],
  lang: Lang,
): boolean {
  const ending = (units: readonly ComparedParagraph[], indexes: readonly number[]): string => {
    const words = indexes.flatMap((index) => unitWords(units[index]!, lang))
    return words.length >= carriedRun ? words.slice(-carriedRun).join(' ') : ''
  }
  const oldEnding = ending(oldUnits, link.old)
  return oldEnding !== '' && oldEnding === ending(newUnits, link.new)
}
