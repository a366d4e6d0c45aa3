import {footnotes, paragraphs} from '../../../tree/access.js'
import type {List, Point} from '../../../tree/types.js'
import type {LintRule} from '../../types.js'

export const alternative = /^\s*(?:\d+|\(\s*[a-z]+)\s*(bis|ter|quater|quinquies)\b\)?/iu

/**
 * Negotiation leaves inserted paragraphs numbered "5 bis", "(c ter)"; a text that goes out
 * has them renumbered. Only paragraph and sub-item numbers are looked at: "article 8 bis"
 * of a treaty is a real reference.
 */
export const noAlternatives: LintRule = {
  id: 'no-alternatives',
  severity: 'error',
  summary: 'No "bis"/"ter" paragraphs or sub-items left from negotiation.',
  check({tree, source, report, map}) {
    const starts: number[] = []
    const points = (list: List): Point[] =>
      list.children.flatMap((point) => [
        point,
        ...point.children.flatMap((child) => (child.type === 'list' ? points(child) : [])),
      ])
    for (const paragraph of paragraphs(tree)) {
      if (paragraph.position?.start.offset !== undefined) starts.push(paragraph.position.start.offset)
      if (paragraph.type !== 'paragraph') continue
      for (const child of paragraph.children) {
        if (child.type !== 'list') continue
        for (const point of points(child))
          if (point.position?.start.offset !== undefined) starts.push(point.position.start.offset)
      }
    }
    // "5 bis. Also decides" on a line of its own may be read as footnote 5: look there too.
    for (const note of footnotes(tree))
      if (note.position?.start.offset !== undefined) starts.push(note.position.start.offset)
    for (const start of starts) {
      const match = alternative.exec(source.slice(start, start + 24))
      if (!match) continue
      const end = start + match[0].length
      report(
        `Unexpected \`${match[0].trim()}\`, expected paragraphs renumbered without "${match[1]}"`,
        map.position(start, end),
      )
    }
  },
}
