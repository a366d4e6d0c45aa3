import {footnotes, preface} from '../../tree/access.js'
import {noteRefNodes} from '../inline.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Every footnote is called from the text: by a marker in a paragraph, or in the masthead ("agenda*"). */
export const footnoteUsed: LintRule = {
  id: 'footnote-used',
  severity: 'error',
  summary: 'Every footnote has a marker in the text.',
  check({tree, file}) {
    const used = new Set(noteRefNodes(tree).map((ref) => ref.marker))
    const masthead = preface(tree)?.children.map((line) => line.value).join('\n') ?? ''
    for (const note of footnotes(tree)) {
      if (used.has(note.marker) || inMasthead(masthead, note.marker)) continue
      report(file, 'footnote-used', `Unexpected footnote \`${note.marker}\` that no marker calls, expected a marker \`${note.marker}\` in the text`, note.position?.start)
    }
  }
}

/** The masthead is kept as lines of text: look for the marker as it would be written there. */
function inMasthead(masthead: string, marker: string): boolean {
  if (!/^\d+$/u.test(marker)) return masthead.includes(marker)
  const superscript = [...marker].map((digit) => superscripts[Number(digit)]).join('')
  return masthead.includes(superscript) || masthead.includes(`<sup>${marker}</sup>`)
}
