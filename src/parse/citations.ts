import type {CitationKind} from '../tree/types.js'
import {isoDate, monthPattern} from './patterns.js'

export interface CitationMatch {
  kind: CitationKind
  ref: string
  date?: string
  /** [index, index + length) in the searched text. */
  index: number
  length: number
}

// Chinese runs symbols into the text (`和A/CONF.192/15号文件`): only a Latin letter before blocks one.
const symbol = /(?<![A-Za-z\d/.-])[A-Z][A-Z0-9.]*(?:\(\d+\))?(?:\/[A-Za-z0-9][A-Za-z0-9.()-]*)+/gu
const enRef = new RegExp(
  `(?<![\\p{L}\\d/.-])(S-\\d{1,2}\\/\\d{1,3}|\\d{1,4}\\/\\d{1,4}(?: [A-Z](?: (?:and|to) [A-Z])?(?![\\p{L}\\d]))?|\\d{3,4} \\((?:\\d{4}|[IVXLC]+)\\))(?![\\d/])(?: of (\\d{1,2}) (${monthPattern}) (\\d{4}))?`,
  'gu',
)
const enKeyword = /\b(?:resolutions?|decisions?)\b/gi
const zhRef =
  /(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*)?[^，。；\d第]{0,12}第\s*(\d{1,4}\/\d{1,4}|S-\d{1,2}\/\d{1,3}|\d{3,4}\s*[(（]\d{4}[)）])\s*号(决议|决定)/gu

/**
 * Citations of earlier resolutions, decisions and document symbols in a piece of text.
 * A bare `5/4` is a resolution or a decision according to the last keyword before it
 * ("resolutions 5/4 of …, entitled “…”, and 7/2" cites two resolutions).
 */
export function findCitations(text: string, lang: 'en' | 'zh'): CitationMatch[] {
  const found: CitationMatch[] = []
  const taken: Array<[number, number]> = []
  // Each pattern below needs a character most paragraphs lack (a slash; 号; a keyword before
  // the number): a paragraph without it is not scanned.
  if (text.includes('/'))
    for (const match of text.matchAll(symbol)) {
      const value = trimSymbol(match[0])
      if (!/\d/.test(value) || !/^[A-Z][A-Z0-9.()]*\//.test(value)) continue
      if (/^\d/.test(value)) continue
      const index = match.index ?? 0
      found.push({kind: 'symbol', ref: value, index, length: value.length})
      taken.push([index, index + value.length])
    }
  const overlaps = (from: number, to: number): boolean => taken.some(([a, b]) => from < b && to > a)
  if (lang === 'zh') {
    if (!text.includes('号')) return found.sort((a, b) => a.index - b.index)
    for (const match of text.matchAll(zhRef)) {
      const index = match.index ?? 0
      if (overlaps(index, index + match[0].length)) continue
      const citation: CitationMatch = {
        kind: match[5] === '决定' ? 'decision' : 'resolution',
        ref: (match[4] ?? '')
          .replace(/\s+/g, '')
          .replace('（', ' (')
          .replace('）', ')')
          .replace(/(\d)\(/, '$1 ('),
        index,
        length: match[0].length,
      }
      const date = match[1] ? isoDate(match[3] ?? '', Number(match[2]), match[1]) : undefined
      if (date) citation.date = date
      found.push(citation)
    }
  } else {
    const keywords = [...text.matchAll(enKeyword)].map((match) => ({
      index: match.index ?? 0,
      word: match[0].toLowerCase(),
    }))
    if (keywords.length === 0) return found.sort((a, b) => a.index - b.index)
    for (const match of text.matchAll(enRef)) {
      const index = match.index ?? 0
      if (overlaps(index, index + match[0].length)) continue
      const keyword = keywords.filter((candidate) => candidate.index < index && index - candidate.index < 3000).at(-1)
      if (!keyword) continue
      // A sentence boundary between keyword and number breaks the link.
      if (/[.;。]\s/.test(text.slice(keyword.index, index))) continue
      const citation: CitationMatch = {
        kind: keyword.word.startsWith('decision') ? 'decision' : 'resolution',
        ref: match[1] ?? '',
        index,
        length: match[0].length,
      }
      const date = match[2] ? isoDate(match[2], match[3] ?? '', match[4] ?? '') : undefined
      if (date) citation.date = date
      found.push(citation)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * A symbol without the sentence's punctuation after it: a full stop, and a closing bracket
 * that closes the sentence's own (`(A/75/78).`), not one of the symbol's (`GC(67)/RES/9`,
 * `(GC(69)/RES/DEC(2025))`).
 */
function trimSymbol(found: string): string {
  let value = found
  for (;;) {
    if (value.endsWith('.')) value = value.slice(0, -1)
    else if (value.endsWith(')') && count(value, ')') > count(value, '(')) value = value.slice(0, -1)
    else return value
  }
}

function count(text: string, character: string): number {
  let found = 0
  for (const each of text) if (each === character) found++
  return found
}
