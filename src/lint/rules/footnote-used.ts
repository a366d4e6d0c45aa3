import {superscriptDigits} from '../../parse/patterns.js'
import {footnotes, paragraphs, preface} from '../../tree/access.js'
import type {Paragraph} from '../../tree/types.js'
import {noteRefNodes} from '../inline.js'
import {alternative} from './no-alternatives.js'
import type {LintRule} from '../types.js'

/** Every footnote is called from the text: by a marker in a paragraph, or in the masthead ("agenda*"). */
export const footnoteUsed: LintRule = {
  id: 'footnote-used',
  severity: 'error',
  summary: 'Every footnote has a marker in the text.',
  check({tree, source, report}) {
    const used = new Set(noteRefNodes(tree).map((ref) => ref.marker))
    const masthead =
      preface(tree)
        ?.children.map((line) => line.value)
        .join('\n') ?? ''
    const body =
      tree.data.layout === 'wrapped'
        ? paragraphs(tree)
            .map((paragraph) => sourceOf(paragraph, source))
            .join('\n')
        : ''
    for (const note of footnotes(tree)) {
      if (used.has(note.marker) || inMasthead(masthead, note.marker) || inPdfText(body, note.marker)) continue
      // "5 bis. Also decides" read as footnote 5 is a leftover paragraph, reported by no-alternatives.
      const start = note.position?.start.offset
      if (start !== undefined && alternative.test(source.slice(start, start + 24))) continue
      report(
        `Unexpected footnote \`${note.marker}\` that no marker calls, expected a marker \`${note.marker}\` in the text`,
        note.position?.start,
      )
    }
  },
}

/** The masthead is kept as lines of text: look for the marker as it would be written there. */
function inMasthead(masthead: string, marker: string): boolean {
  if (!/^\d+$/u.test(marker)) return masthead.includes(marker)
  const superscript = [...marker].map((digit) => superscriptDigits[Number(digit)]).join('')
  return masthead.includes(superscript) || masthead.includes(`<sup>${marker}</sup>`)
}

/**
 * PDF extraction loses superscripts, and a number glued to punctuation (`Assembly,1`,
 * `Weapons;3`, `Conference); 3`) may not have been taken for a marker: such a call is
 * enough to count the footnote as used, since this rule must not cry wolf.
 */
function inPdfText(body: string, marker: string): boolean {
  if (body === '' || !/^\d+$/u.test(marker)) return false
  return new RegExp(`[,;.:)”’]\\s?${marker}(?!\\d)`, 'u').test(body)
}

function sourceOf(paragraph: Paragraph, source: string): string {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  return start === undefined || end === undefined ? '' : source.slice(start, end)
}
