// The lines that close a resolution: the meeting, the vote, the date (read by units.ts).

import {monthPattern} from './patterns.js'
import {stripTrailingMarkers} from './trailing-markers.js'

/** An ordinal in words, as the first years print the meeting: `Sixty-fourth`, `Hundred and twenty-third`. */
const ordinalWords =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)[- ])*' +
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|' +
  'ninetieth|hundredth|thousandth)'

/**
 * Closing lines: `48th (resumed) plenary meeting`, `45th meeting`, `Sixty-fourth plenary meeting,`, the meeting with its date
 * (`101st plenary meeting16 December 1976`, as a web page runs them together), `第 45 次全体会议`,
 * `[Adopted without a vote.]`; the WHO's meeting and date in brackets (`(Third meeting, 19 January
 * 2010)`, `(第三次会议,2010 年 1 月 19 日)`); the adoption noted alone on its line (the IWC's
 * `Agreed`, `Adopted by consensus`).
 */
export const plenaryLine = new RegExp(
  `^(?:(?:\\d+(?:st|nd|rd|th)|${ordinalWords})\\s+(?:\\([a-z]+\\)\\s+)?(?:plenary\\s+)?meeting,?(?:\\s*\\d{1,2} [a-z]{3,9},? \\d{4}\\.?)?|` +
    `\\((?:\\d+(?:st|nd|rd|th)|${ordinalWords})\\s+(?:plenary\\s+)?meeting,\\s*\\d{1,2} [a-z]{3,9},? \\d{4}\\)\\.?|` +
    String.raw`[(（]第\s*[\d〇零一二三四五六七八九十百千]+\s*次\s*(?:全体)?会议\s*[,，]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）][。.]?|` +
    String.raw`第?\s*\d+\s*次\s*(?:(?:（续）|\(续\))\s*)?全体(?:会议|会员大会)|\[Adopted [^\]]*\]?|` +
    String.raw`(?:Agreed|Adopted(?: by consensus| without (?:a )?vote)?)\.?)$`,
  'i',
)

/**
 * The vote line that closes a Security Council resolution and older texts: `Adopted
 * unanimously at the 2812th meeting.`, `Adopted at the 1821st meeting by 13 votes to none.`,
 * `第2812次会议一致通过。`, `第一八二一次会议以十三票对零票通过。`, `第一四八一次全体会议`.
 * A narrow column breaks it after "at the" (`Adopted unanimously at the` / `1382nd meeting.`).
 */
export const voteLine =
  /^(?:Adopted\b[^.;]{1,80}\bmeeting\b|Adopted\b[^.;]{1,60}\bat the$|第\s*[\d〇零一二三四五六七八九十百千]+\s*次\s*(?:(?:（续）|\(续\))\s*)?(?:全体)?会议(?:$|\s*[|｜]\s*$|[^，。；]{0,80}(?:通过|表决)))/

/** A closing date in Chinese, in either numerals: `一九六六年十一月二十九日，`, `1988年5月9日`. */
export const zhDateLine =
  /^[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十廿卅]{1,3}\s*日[，,]?$/

/** The date and the meeting on one line (`一九四六年二月十四日，第三十一次全会．`, 全会 for 全体会议). */
export const zhDateMeetingLine =
  /^[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十廿卅]{1,3}\s*日[，,]\s*第\s*[\d〇零一二三四五六七八九十百千]+\s*次\s*(?:全体会议|全会|会议)[。.．]?$/

/** A date as the OCR of a printed closing reads it (`JO November 1975`, `22 October 199]`, `December 16, 1976`). */
const closingDateLine = new RegExp(
  `^(?:\\S{1,2}\\s+(?:${monthPattern}),?\\s+\\S{4}|(?:${monthPattern})\\s+\\S{1,2},\\s+\\S{4})[.,]?$`,
)

/** A meeting line of the Chinese with its full stop: `第九四七次全体会议。`. */
const zhMeetingLine = /^第\s*[\d〇零一二三四五六七八九十百千]+\s*次\s*(?:全体)?(?:会议|全会)[。.．]?$/

/**
 * How many of the closing lines are the resolution's own: its meeting, date and vote, with
 * the vote's abstentions however the column wrapped them. A printed volume sets the next act
 * right after (`Decision` / `At its 507th meeting…`, a President's statement, `*` between
 * items, a heading in capitals); a web page its links. The closing ends before the first line
 * of words after it that is none of these: a line that opens with a letter after a vote that
 * is complete, or a second vote. Lines of numbers and marks (a note's marker, a page number,
 * a table bar, `[1] …`) stay, as the closing's. `texts` are the lines as recognised.
 */
export function closingLength(texts: readonly string[]): number {
  let open = 0
  let votes = 0
  let last = ''
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!.trim()
    if (text === '') continue
    const inside = open > 0
    for (const char of text)
      open = Math.max(0, open + (char === '(' || char === '（' ? 1 : char === ')' || char === '）' ? -1 : 0))
    if (index === 0 || inside) {
      if (voteLine.test(text)) votes++
      last = text
      continue
    }
    const vote = voteLine.test(text) && !zhMeetingLine.test(text)
    if (vote && votes > 0) return index
    const closingLine =
      vote ||
      plenaryLine.test(text) ||
      zhMeetingLine.test(text) ||
      zhDateLine.test(text) ||
      zhDateMeetingLine.test(text) ||
      closingDateLine.test(text)
    // `Adopted at the 479th meeting` / `by 9 votes to none, with 1` / `abstention (Yugoslavia).`
    const unfinished = !/[.)。）]$/.test(stripTrailingMarkers(last)) && /^[\p{Ll}\d]/u.test(text)
    if (!closingLine && !unfinished && (/^\p{L}/u.test(text) || /^\*(?:\s*\*)*$/.test(text))) return index
    if (vote) votes++
    last = text
  }
  return texts.length
}
