import {conclusions, preface} from '../tree/access.js'
import {hanNumeral} from '../parse/han-numerals.js'
import type {Lang, Resolution} from '../tree/types.js'

// Where a text says at which meeting it was adopted. Publishers place the statement differently:
// the English PDF of a modern resolution under its title ("Adopted by the Security Council at
// its 4872nd meeting, on 24 November 2003"), a web copy of the Chinese at its end
// ("第4872次会议一致通过。"), the printed volumes at the end in both. The statement is the
// same wherever it stands, so align pairs a closing with the other text's title lines when that
// text has no closing of its own, and compares the meeting they name.

const englishMeeting = /\bat (?:its|the) (\d{1,5}) ?(?:st|nd|rd|th)(?: \(resumed\))?(?: plenary)? meeting\b/iu
const chineseMeeting = /第\s*([\d〇零一二三四五六七八九十百千]{1,8})\s*次(?:全体)?[会會][议議]/u

/** The number of the meeting a statement names, if it names one. */
export function meetingNamed(text: string, lang: Lang): number | undefined {
  const flat = text.replace(/\s+/gu, ' ')
  const match = (lang === 'zh' ? chineseMeeting : englishMeeting).exec(flat)
  if (!match) return undefined
  const value = match[1]!
  return /^\d+$/u.test(value) ? Number(value) : hanNumeral(value)
}

/** The closing lines' statement of adoption: its text and the meeting it names. */
export function closingAdoption(tree: Resolution): {text: string; meeting: number} | undefined {
  const closing = conclusions(tree)
  if (!closing) return undefined
  const meeting = meetingNamed(closing.text, tree.lang)
  return meeting === undefined ? undefined : {text: closing.text.replace(/\s+/gu, ' ').trim(), meeting}
}

/**
 * The title lines' statement of adoption, for a text whose closing lines say nothing of it: the
 * preface line that names the meeting, with the next line when the sentence runs on to it
 * (`… at its 4872nd meeting, on` / `24 November 2003`).
 */
export function titleAdoption(tree: Resolution): {text: string; meeting: number} | undefined {
  const lines = (preface(tree)?.children ?? []).map((line) => line.value.trim()).filter(Boolean)
  const withNext = (index: number): string => [lines[index], lines[index + 1]].filter(Boolean).join(' ')
  for (const [index, line] of lines.entries()) {
    const meeting = meetingNamed(line, tree.lang)
    if (meeting !== undefined) return {text: /(?:,|\bon)$/u.test(line) ? withNext(index) : line, meeting}
  }
  // The line may break inside the statement, before the meeting's number.
  for (const index of lines.keys()) {
    const meeting = meetingNamed(withNext(index), tree.lang)
    if (meeting !== undefined) return {text: withNext(index), meeting}
  }
  return undefined
}
