import {annexes, footnotes, operativeParagraphs, paragraphs, preface} from '../tree/access.js'
import {noteRefNodes} from '../tree/inline.js'
import type {ItemMarker, OperativeParagraph, Paragraph, Resolution} from '../tree/types.js'
import {superscriptDigits} from './patterns.js'
import {positionOf, type Source} from './source.js'

type Layout = Resolution['data']['layout']

/**
 * Stage: tree → tree, noting how things are written where the structure does not show it, so
 * that lint checks them from the tree alone: the sub-item markers that open lines (in sequence
 * or not), and how each footnote is called.
 */
export function noteWriting(tree: Resolution, source: Source): void {
  const layout = tree.data.layout
  for (const paragraph of operativeParagraphs(tree)) {
    const markers = itemMarkers(paragraph, layout, source)
    if (markers.length > 0) paragraph.itemMarkers = markers
  }
  markNoteCalls(tree, source)
}

const itemMarker = /^[ \t]*[(（]([a-z]{1,2}|[ivx]{1,5})[)）]/u

/**
 * Sub-item markers set out on lines of their own. Hard-wrapped text may start a line with
 * "(b)" by chance ("paragraphs 4 (a) and⏎(b)"), so there a marker must follow a blank line or
 * a line that ends a clause.
 */
function itemMarkers(paragraph: OperativeParagraph, layout: Layout, source: Source): ItemMarker[] {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return []
  const text = source.text
  const markers: ItemMarker[] = []
  let lineStart = text.lastIndexOf('\n', start) + 1
  let previous = ''
  while (lineStart < end) {
    const lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
    const match = itemMarker.exec(line)
    const clauseEnded = layout === 'blocks' || previous.trim() === '' || /[:;：；,，.。]\s*$/u.test(previous)
    if (match && lineStart > start && clauseEnded) {
      const at = lineStart + line.search(/[(（]/u)
      markers.push({label: match[1] ?? '', position: positionOf(source, at, lineStart + match[0].length)})
    }
    if (lineEnd < 0) break
    previous = line
    lineStart = lineEnd + 1
  }
  return markers
}

function markNoteCalls(tree: Resolution, source: Source): void {
  const notes = footnotes(tree)
  if (notes.length === 0) return
  const called = new Set(noteRefNodes(tree).map((ref) => ref.marker))
  const masthead = (preface(tree)?.children ?? []).map((line) => line.value).join('\n')
  // PDF extraction loses superscripts: only there is a bare number a possible call.
  const body =
    tree.data.layout === 'wrapped'
      ? paragraphs(tree)
          .map((paragraph) => writtenSpan(paragraph, source))
          .join('\n')
      : ''
  // An annex (a declaration the resolution adopts) is kept as lines, so its calls are looked for there.
  const annexText = annexes(tree)
    .flatMap((annex) => annex.children.map((line) => line.value))
    .join('\n')
  for (const note of notes) {
    if (called.has(note.marker)) note.calledBy = 'marker'
    else if (inMasthead(masthead, note.marker)) note.calledBy = 'masthead'
    else if (afterPunctuation(body, note.marker)) note.calledBy = 'number'
    else if (inAnnex(annexText, note.marker)) note.calledBy = 'annex'
  }
}

/**
 * A call in an annex's lines: a superscript or written-out mark, or (as PDF text gives it) a
 * number after a word or a closing mark, in the line, followed by a space, punctuation or the
 * line's end: `Persons 1 and`, `Development, 2 recognizing`. A number at a line's start is a
 * paragraph number, not a call.
 */
function inAnnex(annexText: string, marker: string): boolean {
  if (annexText === '') return false
  if (inMasthead(annexText, marker) || annexText.includes(`[^${marker}]`) || annexText.includes(`[${marker}]`))
    return true
  if (!/^\d+$/u.test(marker)) return false
  return new RegExp(`[\\p{L},;.:)”’][ \\t]?${marker}(?=[ \\t,;.:]|$)`, 'mu').test(annexText)
}

/** The masthead is kept as lines of text: look for the marker as it would be written there. */
function inMasthead(masthead: string, marker: string): boolean {
  if (!/^\d+$/u.test(marker)) return masthead.includes(marker)
  const superscript = [...marker].map((digit) => superscriptDigits[Number(digit)]).join('')
  return masthead.includes(superscript) || masthead.includes(`<sup>${marker}</sup>`)
}

/** A number glued to punctuation (`Assembly,1`, `Weapons;3`, `Conference); 3`) the parser did not take for a marker. */
function afterPunctuation(body: string, marker: string): boolean {
  if (body === '' || !/^\d+$/u.test(marker)) return false
  return new RegExp(`[,;.:)”’]\\s?${marker}(?!\\d)`, 'u').test(body)
}

function writtenSpan(paragraph: Paragraph, source: Source): string {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  return start === undefined || end === undefined ? '' : source.text.slice(start, end)
}
