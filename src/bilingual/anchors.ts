import {monthNumber, monthPattern} from '../parse/patterns.js'
import type {Lang} from '../tree/types.js'
import {chineseDates, englishDates} from './dates.js'
import {englishCardinals, englishOrdinals, hanNumeral, romanNumeral} from './numerals.js'

/**
 * What survives translation and must read the same in both languages. `ordinal` is a
 * number written in words (`seventh`, `第七`, `chap. IV`): it matches a number of the same
 * value, and is reported more softly because words are translated more freely than digits.
 */
export type AnchorKind = 'date' | 'symbol' | 'reference' | 'number' | 'ordinal'

export interface Anchor {
  kind: AnchorKind
  /** Comparable across languages: `2010-10-22`, `A/60/88`, `5/4`, `2225`. Numbers and ordinals share one key space. */
  key: string
  /** As written in the paragraph. */
  text: string
  /** For a reference: what the text calls it, when it says. */
  cites?: 'resolution' | 'decision'
}

// Document symbols: `A/60/88`, `CTOC/COP/2012/6`, `A/CONF.192/15`, `E/CN.15/2019/L.3/Rev.1`.
const symbolPattern = /(?<![A-Za-z\d/.-])[A-Z][A-Z0-9.]*(?:\(\d+\))?(?:\/[A-Za-z0-9][A-Za-z0-9.()-]*)+/gu
const joinedSymbol = /-(?=[A-Z][A-Z0-9.]*\/[A-Za-z0-9])/u
// Corrigenda, revisions and addenda keep their Latin form in Chinese: `Corr.2`, `Rev.1`, `Add.3`.
const documentPart = /\b(?:Corr|Rev|Add|Amend)\.\s?\d+/g
// Resolution and decision numbers: `5/4`, `60/519`, `S-26/2`; Security Council `1540 (2004)` / `1540(2004)`.
const referencePattern = /(?<![A-Za-z\d/.-])(?:S-)?\d{1,4}\/\d{1,4}(?![\d/])/gu
// Security Council resolutions by number and year, wherever they stand (`661 (1990) of 6 August
// 1990, 986 (1995) of …`): the shape is distinctive enough without the word "resolution".
const councilReference = /(?<![\d/.])(\d{1,4})\s*[(（]\s*((?:19[4-9]|20\d)\d)\s*[)）]/g
// Digits not glued to letters (`G20`, `Corr.2`, `COVID-19` are names, not quantities).
const enNumberPattern =
  /(?<!\p{L}[.-]?)(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|billion))?(?!\d)(s\b|st\b|nd\b|rd\b|th\b)?(?!\p{L})/gu
const zhNumberPattern =
  /(?<![A-Za-z][.-]?)(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(万|亿)|(年代))?(?!\d)(?![A-Za-z])/gu
const enOrdinalWords = new RegExp(
  String.raw`\b(${[...englishOrdinals.keys()].sort((a, b) => b.length - a.length).join('|')})\b`,
  'gi',
)
const enRoman = /\b(?:chap\.|chapters?|parts?|sections?|sect\.|annex(?:es)?|titles?)\s+([IVXLC]+)\b/gi
// `第七`, `附件二`, `二十一世纪` (twenty-first century), `七十周年` (seventieth anniversary); `首次`/`首届`/`首先` is "first".
const zhOrdinal =
  /(?:第|附件)([零〇一二两三四五六七八九十百千]+)|(?<![零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+)(?=世纪|周年)|首(?=[次届个先])/g

// Counts written in words, before what they count: `six months` / `六个月`, `one year` / `一年`,
// `Three members` / `三个成员国`, `14 votes to none` / `以十四票对零票` (and in traditional characters,
// `六個月`). Only these units, named in
// both languages, so a count is compared with its rendering (`六个月` against `one year` is a real
// difference). Not `两年期` (a biennium), not `十年` (a Decade), not a zero (`none`).
const enCountWords =
  /\b([a-z]+(?:-[a-z]+)?) (?:(?:further|more|additional|consecutive|calendar) )?(?:months?|years?|weeks?|days?|votes?|members?)\b/giu
const zhCount =
  /(?<![零〇一二两三四五六七八九十百千第\d])([零〇一二两三四五六七八九十百]{1,4})(?:[个個]月|[个個]?星期|[周週](?!年)|[天票]|[个個名]?(?:成[员員][国國]|理事[国國]|成[员員])|人(?![民权權道类類士口])|年(?![期代]))/gu

/** `四十六(一九四八)`: a Council resolution's number and year in Chinese numerals. */
const zhCouncilReference =
  /(?<![零〇一二两三四五六七八九十百千])([一二三四五六七八九十百千][零〇一二三四五六七八九十百千]{0,6})\s*[(（]\s*(一九[〇零一二三四五六七八九]{2})\s*[)）]/g
const trailingNoteNumber = /(?<=[。.])[ \t]*\d{1,3}[ \t]*(?:[|｜][ \t]*)?$/
/** A note call in brackets after a closing title mark or quote, or a comma; after a paragraph's last mark. */
const bracketedNoteCall = /(?<=[》”」』，,])[(（]\d{1,2}[)）]|(?<=[；;。])[(（]\d{1,2}[)）](?=\s*$)/g
/**
 * Counts the Chinese sets after their noun or without a classifier: `弃权者三` (with 3
 * abstentions), `四日内` (within four days; a date's day is read as a date first).
 */
const zhCountAfter =
  /(?:弃权者?|棄權者?)([一二两三四五六七八九十]{1,3})|(?<![月零〇一二两三四五六七八九十百千第\d])([一二两三四五六七八九十]{1,3})日(?!期)/gu

type Span = [number, number]

/** Every anchor of a paragraph's text, in the order found by kind (dates, symbols, references, numbers). */
export function extractAnchors(raw: string, lang: Lang): Anchor[] {
  const digits = normaliseDigits(raw)
  const text = rejoinSymbols(lang === 'en' ? mendOcrNumbers(digits) : digits)
  const anchors: Anchor[] = []
  const taken: Span[] = []
  const free = (index: number, length: number): boolean =>
    !taken.some(([from, to]) => index < to && index + length > from)
  const take = (index: number, length: number): void => void taken.push([index, index + length])

  for (const mention of lang === 'zh' ? chineseDates(text) : englishDates(text)) {
    for (const iso of mention.iso) anchors.push({kind: 'date', key: iso, text: mention.text})
    take(mention.index, mention.length)
  }
  for (const match of text.matchAll(symbolPattern)) {
    const value = match[0].replace(/(?<![.,)])[.,)]+$/, '')
    const index = match.index ?? 0
    if (!/\d/.test(value) || !free(index, value.length)) continue
    // Two symbols joined by a hyphen (`SC/7791-IK/365`, a press release's pair of numbers) are
    // those two symbols, however the other language joins them (`SC/7791 IK/365`). A hyphen
    // inside one symbol's part (`A/RES/ES-10/1`) is followed by no new symbol.
    for (const part of value.split(joinedSymbol))
      if (/\d/.test(part)) anchors.push({kind: 'symbol', key: part, text: part})
    take(index, value.length)
  }
  for (const match of text.matchAll(documentPart)) {
    const index = match.index ?? 0
    if (!free(index, match[0].length)) continue
    const value = match[0].replace(/\s/g, '')
    anchors.push({kind: 'symbol', key: value, text: match[0]})
    take(index, match[0].length)
  }
  for (const match of text.matchAll(referencePattern)) {
    const index = match.index ?? 0
    if (!free(index, match[0].length)) continue
    const anchor: Anchor = {kind: 'reference', key: match[0], text: match[0]}
    const cites =
      lang === 'zh' ? chineseCitedAs(text.slice(index + match[0].length)) : englishCitedAs(text.slice(0, index))
    if (cites) anchor.cites = cites
    anchors.push(anchor)
    take(index, match[0].length)
  }
  for (const match of text.matchAll(councilReference)) {
    const index = match.index ?? 0
    if (!free(index, match[0].length)) continue
    anchors.push({kind: 'reference', key: `${match[1]}(${match[2]})`, text: match[0]})
    take(index, match[0].length)
  }
  if (lang === 'zh') {
    // The first years' Chinese cites a Council resolution in numerals: `决议案四十六(一九四八)` is 46 (1948).
    for (const match of text.matchAll(zhCouncilReference)) {
      const index = match.index ?? 0
      const number = hanNumeral(match[1] ?? '')
      const year = hanNumeral(match[2] ?? '')
      if (number === undefined || year === undefined || !free(index, match[0].length)) continue
      anchors.push({kind: 'reference', key: `${number}(${year})`, text: match[0]})
      take(index, match[0].length)
    }
    // A note's number after the last full stop (`…通过。 1`, a web copy's closing line) is no number of the text.
    const marker = trailingNoteNumber.exec(text)
    if (marker) take(marker.index, marker[0].length)
    // A note call in brackets (the UN's Chinese web pages of 1998–1999): `《21世纪议程》(1)的`,
    // `…的决定,(5)包括`, `…各项决定;(4)` at the end. The English has it as a raised number, no
    // number of the text either.
    if (text.includes('(') || text.includes('（'))
      for (const call of text.matchAll(bracketedNoteCall)) take(call.index, call[0].length)
  }
  anchors.push(...(lang === 'zh' ? chineseNumbers(text, free) : englishNumbers(text, free)))
  return anchors
}

/** `resolutions 5/4 of …, and 6/2`: the last keyword before the number, within the clause. */
function englishCitedAs(before: string): Anchor['cites'] {
  const clause =
    before
      .slice(-300)
      .split(/[.;]\s/)
      .at(-1) ?? ''
  const keyword = [...clause.matchAll(/\b(resolutions?|decisions?)\b/gi)].at(-1)?.[1]?.toLowerCase()
  if (!keyword) return undefined
  return keyword.startsWith('decision') ? 'decision' : 'resolution'
}

/** `第5/4和6/2号决议`: the 号决议 / 号决定 that closes the list. */
function chineseCitedAs(after: string): Anchor['cites'] {
  const match = /^[^，。；]{0,40}?号(决议|决定)/.exec(after)
  if (!match) return undefined
  return match[1] === '决定' ? 'decision' : 'resolution'
}

function englishNumbers(text: string, free: (index: number, length: number) => boolean): Anchor[] {
  const anchors: Anchor[] = []
  for (const match of text.matchAll(enNumberPattern)) {
    if (!free(match.index ?? 0, match[0].length)) continue
    const suffix = match[4]
    const scale = match[3] === 'million' ? 1e6 : match[3] === 'billion' ? 1e9 : 1
    const key = numberKey(match[1] ?? '', match[2], scale)
    // `1990s` is the decade, written `1990年代` in Chinese; `7th` is an ordinal.
    anchors.push({kind: suffix && suffix !== 's' ? 'ordinal' : 'number', key, text: match[0]})
  }
  for (const match of text.matchAll(enOrdinalWords)) {
    const value = englishOrdinals.get((match[1] ?? '').toLowerCase())
    if (value !== undefined) anchors.push({kind: 'ordinal', key: String(value), text: match[0]})
  }
  for (const match of text.matchAll(enRoman)) {
    const value = romanNumeral(match[1] ?? '')
    if (value !== undefined) anchors.push({kind: 'ordinal', key: String(value), text: match[0]})
  }
  for (const match of text.matchAll(enCountWords)) {
    const value = englishCardinals.get((match[1] ?? '').toLowerCase())
    if (value !== undefined && free(match.index ?? 0, match[0].length))
      anchors.push({kind: 'number', key: String(value), text: match[0]})
  }
  return anchors
}

function chineseNumbers(text: string, free: (index: number, length: number) => boolean): Anchor[] {
  const anchors: Anchor[] = []
  // Numbers written digit by digit in Chinese numerals (1960s texts): `决议案三九六(五)`,
  // `一六六八`, `二0二五` are 396, 1668, 2025; the ASCII `0` a web copy typed for 〇 is part
  // of the numeral, not a number of its own.
  const numerals: Array<[number, number]> = []
  for (const match of text.matchAll(
    /(?<![零〇一二两三四五六七八九十百千第])[〇零一二三四五六七八九][〇零0一二三四五六七八九]{2,3}(?![零〇一二两三四五六七八九十百千年月日])/g,
  )) {
    const index = match.index ?? 0
    if (!free(index, match[0].length)) continue
    const value = hanNumeral(match[0])
    if (value === undefined) continue
    anchors.push({kind: 'number', key: String(value), text: match[0]})
    numerals.push([index, index + match[0].length])
  }
  const inNumeral = (index: number): boolean => numerals.some(([from, to]) => index >= from && index < to)
  for (const match of text.matchAll(zhNumberPattern)) {
    if (!free(match.index ?? 0, match[0].length) || inNumeral(match.index ?? 0)) continue
    const scale = match[3] === '万' ? 1e4 : match[3] === '亿' ? 1e8 : 1
    anchors.push({kind: 'number', key: numberKey(match[1] ?? '', match[2], scale), text: match[0]})
  }
  for (const match of text.matchAll(zhCount)) {
    const value = hanNumeral(match[1] ?? '')
    if (value === undefined || value === 0 || match[0] === '十年' || !free(match.index ?? 0, match[0].length)) continue
    anchors.push({kind: 'number', key: String(value), text: match[0]})
  }
  for (const match of text.matchAll(zhCountAfter)) {
    const value = hanNumeral(match[1] ?? match[2] ?? '')
    if (value === undefined || value === 0 || !free(match.index ?? 0, match[0].length)) continue
    anchors.push({kind: 'number', key: String(value), text: match[0]})
  }
  for (const match of text.matchAll(zhOrdinal)) {
    const value = match[0] === '首' ? 1 : hanNumeral(match[1] ?? match[2] ?? '')
    if (value !== undefined && value > 0) anchors.push({kind: 'ordinal', key: String(value), text: match[0]})
  }
  return anchors
}

function numberKey(integer: string, fraction: string | undefined, scale: number): string {
  const value = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`) * scale
  // Round away binary noise from the scaling (`1.5 million`), keep integers exact.
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)))
}

/** PDF extraction splits a symbol's first letters (`CT OC/COP/2015/3`): join a short capital run to it. */
function rejoinSymbols(text: string): string {
  return text.replace(/(?<![A-Za-z])([A-Z]{1,3}) ([A-Z]{1,4})(?=\/[A-Z0-9])/g, '$1$2')
}

// OCR of the printed volumes reads `1` as `I` or `l` and puts spaces inside numbers:
// `338 ( I 973)`, `2 7 October 1973`, `S/ 1 I 670 and Corr. I`, `the 182 Ist meeting`. Read in
// the shapes where a number is certain (a year in brackets, a day before its month, the number
// of a symbol or of a correction, an ordinal), such a number is the number the other language
// gives, not a difference for the translator to check.
const ocrDigit = '[\\dIl]'
const ocrYear = new RegExp(String.raw`\(\s?(${ocrDigit}(?: ?${ocrDigit}){3})\s?\)`, 'g')
const ocrDay = new RegExp(String.raw`\b([0-3]) ([0-9])(?= (?:${monthPattern})\b)`, 'g')
const ocrSymbolNumber = new RegExp(String.raw`(?<=[A-Z]\/) ?(${ocrDigit}(?: ?${ocrDigit}){2,5})(?![\w/])`, 'g')
const ocrPart = /\b(Corr|Rev|Add)\. ?[Il]\b/g
// `with I abstention`, `by I vote`: the figure 1 read as a capital I before what it counts.
const ocrOne = /(?<=\b(?:with|by) )[Il](?= (?:abstention|vote|member)\b)/g
const ocrOrdinal = /\b(\d{1,4}) ?[Il](?=st\b)/g
// A month name with a speck read as a stop or comma inside it (`22 Septemb.er 1992`), when the
// word is a month without it.
const ocrMonth = /\b([A-Z][a-z]{1,8})[.,·]([a-z]{1,8})\b/g

function mendOcrNumbers(text: string): string {
  const digitsOf = (value: string): string => value.replace(/ /g, '').replace(/[Il]/g, '1')
  return text
    .replace(ocrYear, (whole, year: string) => (/^(?:19|20)\d\d$/.test(digitsOf(year)) ? `(${digitsOf(year)})` : whole))
    .replace(ocrDay, '$1$2')
    .replace(ocrSymbolNumber, (whole, number: string) => (/\d.*\d/.test(number) ? digitsOf(number) : whole))
    .replace(ocrPart, '$1.1')
    .replace(ocrOrdinal, '$11')
    .replace(ocrMonth, (whole, head: string, tail: string) => (monthNumber(head + tail) > 0 ? head + tail : whole))
    .replace(ocrOne, '1')
}

/** Full-width digits and slashes (`２０１０`, `／`) read as ASCII, so both languages compare alike. */
function normaliseDigits(text: string): string {
  return text.replace(/[\uff10-\uff19／]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}
