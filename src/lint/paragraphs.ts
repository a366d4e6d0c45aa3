import type {Position} from 'unist'
import type {Inline, Lang, List, Paragraph} from '../tree/types.js'
import {spanOf, type SourceMap} from './places.js'
import {trailingStart} from '../scan.js'

/** How a message names a paragraph: `preambular paragraph 4`, `operative paragraph 12`. */
export function describe(paragraph: Paragraph): string {
  const ordinal = /_(\d+)$/.exec(paragraph.eId)?.[1] ?? '?'
  if (paragraph.type === 'preambularParagraph') return `preambular paragraph ${ordinal}`
  return `operative paragraph ${paragraph.num ?? ordinal}`
}

/**
 * The last written character of a node, as a one-character position: trailing space,
 * footnote markers (`¹`, `<sup>10</sup>`) and emphasis marks are stepped over.
 */
export function lastCharacter(
  node: {position?: Position | undefined},
  map: SourceMap,
  layout: 'blocks' | 'wrapped' = 'blocks',
): Position | undefined {
  const end = node.position?.end.offset
  const start = node.position?.start.offset
  if (end === undefined || start === undefined) return node.position
  let text = map.source.slice(start, end)
  if (layout === 'wrapped') text = text.replace(trailingPdfMarker, '')
  let index = start + trailingStart(text, /[\s\u00b9\u00b2\u00b3\u2070-\u2079*_]/u, {sup: true})
  // A note call in brackets (`…報告,[1]`), or the bracket closing a paragraph a draft sets in
  // square brackets (`[Reaffirming…,]`), stands after the paragraph's own mark.
  const bracket = bracketAtEnd(text.slice(0, index - start))
  if (bracket > 0) index = start + trailingStart(text.slice(0, index - start - bracket), /\s/u)
  return map.position(Math.max(start, index - 1), Math.max(start, index))
}

/**
 * Where the leading phrase is written in the source: the first occurrence of its text
 * near the start of the paragraph; the paragraph start when it cannot be found.
 */
export function phrasePosition(paragraph: Paragraph, map: SourceMap): Position | undefined {
  const phrase = paragraph.leadingPhrase?.text ?? paragraph.text.trim().split(/\s+/u)[0]
  const start = paragraph.position?.start.offset
  if (!phrase || start === undefined)
    return paragraph.position ? {start: paragraph.position.start, end: paragraph.position.start} : undefined
  const head = map.source.slice(start, start + phrase.length + 200)
  const at = head.indexOf(phrase)
  if (at < 0) return paragraph.position ? {start: paragraph.position.start, end: paragraph.position.start} : undefined
  return map.position(start + at, start + at + phrase.length)
}

/** Plain words of inline content (emphasis unwrapped, note markers dropped), for lead-ins. */
export function inlineText(nodes: ReadonlyArray<Inline | List>): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'citation') text += node.value
    else if (node.type === 'emphasis') text += inlineText(node.children)
  }
  return text
}

/** Terminal punctuation per language: full-width in Chinese. */
export const punctuation: Record<Lang, {comma: string; semicolon: string; stop: string; colon: string}> = {
  en: {comma: ',', semicolon: ';', stop: '.', colon: ':'},
  zh: {comma: '，', semicolon: '；', stop: '。', colon: '：'},
}

/**
 * The last character of a text, ignoring trailing spaces and Markdown emphasis marks. In
 * text extracted from PDF (`wrapped` layout) a footnote number the parser did not take for
 * a marker may trail the punctuation (`Weapons;3`, `Conference); 3`): it is stepped over;
 * in other layouts only one glued to the punctuation (`Weapons;3`).
 */
export function finalMark(text: string, layout: 'blocks' | 'wrapped' = 'blocks'): string {
  let trimmed = text.trimEnd().replace(/(?<![\s*_])[\s*_]+$/u, '')
  if (layout === 'wrapped') trimmed = trimmed.replace(trailingPdfMarker, '')
  // A copy that lost its superscripts keeps the number glued to the mark (`2020–2021;1`) whatever its layout.
  else trimmed = trimmed.replace(gluedMarker, '')
  // `…報告,[1]` (a note call the parser did not take for one), `[Reaffirming…,]`, `[Alt: Decides….]`.
  const bracket = bracketAtEnd(trimmed)
  if (bracket > 0) return finalMark(trimmed.slice(0, -bracket), layout)
  return trimmed.slice(-1)
}

/**
 * How many characters at the end of `text` are a note call in brackets (`[1]`) or the bracket
 * that closes words a draft sets in square brackets (a `[` before it); 0 when neither.
 */
function bracketAtEnd(text: string): number {
  if (!text.endsWith(']')) return 0
  const call = /\[\d{1,3}\]$/.exec(text)
  if (call) return call[0].length
  return text.includes('[') ? 1 : 0
}

/**
 * The mark a paragraph's words end with (finalMark), or, before a closing `and` / `or`
 * (`…in hemispheric relations; and`), the mark before it.
 */
export function closingMark(text: string, layout: 'blocks' | 'wrapped' = 'blocks'): string {
  return /([,;，；])\s*(?:and|or)$/u.exec(text.trimEnd())?.[1] ?? finalMark(text, layout)
}

/**
 * A Chinese copy that types a mark in ASCII throughout (web copies: `安全理事會,`, `…具報;`)
 * has no full-width form of it anywhere: there the ASCII mark stands for the full-width one,
 * and a paragraph is not reported for the copy's typing. A text that uses the full-width
 * form elsewhere is held to it.
 */
export function markAsTyped(mark: string, lang: Lang, source: string): string {
  if (lang !== 'zh') return mark
  const fullWidth = asciiToFullWidth[mark]
  return fullWidth !== undefined && !source.includes(fullWidth) ? fullWidth : mark
}

const asciiToFullWidth: Readonly<Record<string, string>> = {',': '，', ';': '；', ':': '：', '.': '。'}

// A footnote number glued to terminal punctuation: `Weapons;3`, `Assembly,1`; a marker of the
// 1970s and before, with its slash (`1976;***/`, `Council,1/`); or one in brackets, as the UN's
// Chinese pages of 1998–99 print them (`…第122至124段,(2)`).
const gluedMarker = /(?<=[,;.:，；。：])(?:\d{1,3}|(?:\d{1,3}|\*{1,4})\/|\(\d{1,3}\))$/u

// A bare footnote number (or an older `1/`, `*/` marker) after terminal punctuation, as PDF extraction leaves it.
export const trailingPdfMarker = /(?<=[,;.:，；。：])\s?(?:\d{1,3}|(?:\d{1,3}|\*{1,4})\/)\s*$/u

/**
 * In text extracted from PDF, a paragraph that runs over a footnote rule (`__________`) was
 * cut by the page foot: its last words may be a footnote the extraction set apart from its
 * number (`1`, then the job number, then `Resolution 49/57, annex.`), which the parser could
 * not give back to the notes. Its ending is then nobody's punctuation, and is not judged.
 */
export function endsUncertain(paragraph: Paragraph, source: string, layout: 'blocks' | 'wrapped' = 'blocks'): boolean {
  if (layout !== 'wrapped') return false
  const span = spanOf(paragraph.position)
  return span !== undefined && footnoteRule.test(source.slice(span.start, span.end))
}

const footnoteRule = /(?:^|\n)[ \t]*_{5,}[ \t]*(?:\r?\n|$)/u
