import {monthNumber, monthPattern} from '../parse/patterns.js'
import {hanNumeral} from './numerals.js'

/** A date as written, with every day it names as ISO: `2012-05-21`, `--05-21` without a year, `2012-05` a month. */
export interface DateMention {
  iso: string[]
  text: string
  index: number
  length: number
}

const monthAlternation = monthPattern
const ordinalSuffix = '(?:st|nd|rd|th)?'
const enConnector = String.raw`\s*(?:-|–|—|to|and|or|,)\s*`

// `21 and 22 May`, `9-20 July`, `27 August`: days before a month name, then an optional year.
const enDayFirst = new RegExp(
  String.raw`(?<![\d.,/])((?:\d{1,2}${ordinalSuffix}${enConnector})*)(\d{1,2})${ordinalSuffix}\s+(${monthAlternation})(?:,?\s+(\d{4})(?![\d/]))?`,
  'g',
)
// `May 21, 2012`, `May 2012`.
const enMonthFirst = new RegExp(
  String.raw`\b(${monthAlternation})(?:\s+(\d{1,2})${ordinalSuffix},?)?\s+(\d{4})(?![\d/])`,
  'g',
)
const enMonthRangeStart = new RegExp(
  String.raw`\b(${monthPattern})(?=\s*(?:-|–|—|to|and|until|through)\s*(?:${monthPattern})\s+\d{4})`,
  'g',
)
const enChainGap = /^\s*(?:[-–—]|to|and|or|until|through)\s*$/

// `2012年5月21日`, `5月21日`, `2012年5月`; then more days after a connector: `至22日`, `和23日`.
// Years, months and days may be written in Chinese numerals: `一九七五年四月十七日`, `二〇一〇年`.
const zhDay = String.raw`\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]`
const zhDate = new RegExp(
  String.raw`(?:(\d{4}|[〇零一二三四五六七八九0]{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(${zhDay})日((?:[至到和及、\-–—或](?:${zhDay})日)*))?`,
  'g',
)
const zhChainGap = /^[至到和及、\-–—或]$/

interface Partial {
  year?: string
  month: number
  days: string[]
  text: string
  index: number
  length: number
}

/** Dates in English text: `22 October 2010`, `21 and 22 May 2012`, `27 August to 7 September 2012`, `May 2012`. */
export function englishDates(text: string): DateMention[] {
  const found: Partial[] = []
  for (const match of text.matchAll(enDayFirst)) {
    const month = monthNumber(match[3] ?? '')
    const earlier = [...(match[1] ?? '').matchAll(/\d{1,2}/g)].map((day) => day[0])
    const partial: Partial = {
      month,
      days: [...earlier, match[2] ?? ''],
      text: match[0],
      index: match.index ?? 0,
      length: match[0].length,
    }
    if (match[4]) partial.year = match[4]
    found.push(partial)
  }
  const taken = (index: number): boolean =>
    found.some((item) => index >= item.index && index < item.index + item.length)
  for (const match of text.matchAll(enMonthFirst)) {
    if (taken(match.index ?? 0)) continue
    const month = monthNumber(match[1] ?? '')
    found.push({
      month,
      days: match[2] ? [match[2]] : [],
      year: match[3] ?? '',
      text: match[0],
      index: match.index ?? 0,
      length: match[0].length,
    })
  }
  // `June -September 2018`, `June to September 2018`: a month alone that opens a range of months.
  for (const match of text.matchAll(enMonthRangeStart)) {
    if (taken(match.index ?? 0)) continue
    found.push({
      month: monthNumber(match[1] ?? ''),
      days: [],
      text: match[1] ?? '',
      index: match.index ?? 0,
      length: (match[1] ?? '').length,
    })
  }
  found.sort((a, b) => a.index - b.index)
  // `27 August to 7 September 2012`: the year is written once, on the last date of the range.
  for (let index = found.length - 2; index >= 0; index--) {
    const item = found[index]
    const next = found[index + 1]
    if (!item || !next || item.year || !next.year) continue
    if (enChainGap.test(text.slice(item.index + item.length, next.index))) item.year = next.year
  }
  return ranges(found, text, enChainGap)
}

/** Dates in Chinese text: `2010年10月22日`, `2012年5月21日至22日`, `2012年8月27日至9月7日`, `2012年5月`. */
export function chineseDates(text: string): DateMention[] {
  const found: Partial[] = []
  for (const match of text.matchAll(zhDate)) {
    const days = match[3]
      ? [arabic(match[3]), ...[...(match[4] ?? '').matchAll(new RegExp(zhDay, 'g'))].map((day) => arabic(day[0]))]
      : []
    // A month with neither year nor day (`5月`) is too weak to be a date anchor, unless it
    // closes a range of months (`2018年6月至9月`).
    const closesRange = found.length > 0 && zhChainGap.test(text.charAt((match.index ?? 0) - 1))
    if (!match[1] && days.length === 0 && !closesRange) continue
    const partial: Partial = {
      month: Number(arabic(match[2] ?? '')),
      days,
      text: match[0],
      index: match.index ?? 0,
      length: match[0].length,
    }
    if (match[1]) partial.year = arabic(match[1])
    found.push(partial)
  }
  // `2012年8月27日至9月7日`: the year is written once, on the first date of the range.
  for (let index = 1; index < found.length; index++) {
    const item = found[index]
    const previous = found[index - 1]
    if (!item || !previous || item.year || !previous.year) continue
    if (zhChainGap.test(text.slice(previous.index + previous.length, item.index))) item.year = previous.year
  }
  return ranges(found, text, zhChainGap)
}

/** Dates joined by `to`, `and`, `至`… are one mention: a change in the range is one difference. */
function ranges(found: readonly Partial[], text: string, gap: RegExp): DateMention[] {
  const mentions: DateMention[] = []
  let previous: Partial | undefined
  for (const item of found) {
    const mention = toMention(item)
    const last = mentions.at(-1)
    if (last && previous && gap.test(text.slice(previous.index + previous.length, item.index))) {
      last.iso.push(...mention.iso)
      last.length = item.index + item.length - last.index
      last.text = text.slice(last.index, last.index + last.length)
    } else {
      mentions.push(mention)
    }
    previous = item
  }
  return mentions
}

function toMention(item: Partial): DateMention {
  const month = String(item.month).padStart(2, '0')
  const prefix = item.year ? `${item.year}-${month}` : `--${month}`
  const iso = item.days.length === 0 ? [prefix] : item.days.map((day) => `${prefix}-${day.padStart(2, '0')}`)
  return {iso, text: item.text, index: item.index, length: item.length}
}

/** `十七` → `17`, `一九七五` → `1975`; Arabic digits as they are. */
function arabic(value: string): string {
  if (/^\d+$/.test(value)) return value
  const number = hanNumeral(value)
  return number === undefined ? value : String(number)
}
