import {noteRefs, operativeParagraphs} from '../tree/access.js'
import type {OperativeParagraph, Resolution} from '../tree/types.js'
import {fromSuperscript} from '../parse/patterns.js'
import {SourceMap} from './places.js'

const annexLine = /^[ \t]*\*{0,2}(?:(?:Annex|ANNEX)(?:es|ES)?(?:[ \t]+(?:[IVX]+|[A-Z]|\d+))?|附件[一二三四五六七八九十]*)\*{0,2}[ \t]*\r?$/mu

/**
 * Lint checks the resolution, not what it annexes: a declaration or programme set out
 * after an "Annex" line has its own numbering and no leading phrases. Where the tree still
 * holds such text (a draft with no closing lines between the last paragraph and the annex),
 * the paragraphs and notices that start after the "Annex" line are set aside.
 */
export function withoutAnnex(tree: Resolution, source: string): Resolution {
  const firstOperative = operativeParagraphs(tree)[0]?.position?.start.offset
  if (firstOperative === undefined) return tree
  const match = annexLine.exec(source.slice(firstOperative))
  if (!match) return tree
  const annex = firstOperative + match.index
  const before = (offset: number | undefined): boolean => offset === undefined || offset < annex
  const map = new SourceMap(source)
  // The paragraph before the annex may have swallowed its heading: cut it where the annex starts.
  const clip = (paragraph: OperativeParagraph): OperativeParagraph => {
    const end = paragraph.position?.end.offset
    if (!paragraph.position || end === undefined || end <= annex) return paragraph
    const heading = match[0].trim().replace(/\*/gu, '')
    const at = paragraph.text.lastIndexOf(heading)
    return {
      ...paragraph,
      text: at > 0 ? paragraph.text.slice(0, at).trimEnd() : paragraph.text,
      children: paragraph.children.filter((child) => before(child.position?.start.offset)),
      position: {start: paragraph.position.start, end: map.point(annex)}
    }
  }
  // Footnotes called only from the annex go with it.
  const annexed = operativeParagraphs(tree).filter((paragraph) => !before(paragraph.position?.start.offset))
  const kept = operativeParagraphs(tree).filter((paragraph) => before(paragraph.position?.start.offset))
  const calledBefore = new Set([...tree.children.flatMap((node) => (node.type === 'preamble' ? node.children : [])), ...kept].flatMap((node) => noteRefs(node.children)))
  // The parser may not keep the annex at all (it ends at the closing lines): read its calls from the source.
  const calledInAnnex = [...annexed.flatMap((paragraph) => noteRefs(paragraph.children)), ...markersIn(source.slice(annex), tree)]
  const onlyAnnex = new Set(calledInAnnex.filter((marker) => !calledBefore.has(marker)))
  return {
    ...tree,
    children: tree.children.map((node) => {
      if (node.type === 'mainBody') return {...node, children: kept.map(clip)}
      if (node.type === 'footnotes') return {...node, children: node.children.filter((note) => !onlyAnnex.has(note.marker))}
      return node
    }),
    data: {...tree.data, warnings: tree.data.warnings.filter((warning) => before(warning.position?.start.offset))}
  }
}


/** Footnote markers written in a stretch of source: superscripts, `<sup>n</sup>`, and in PDF text a footnote's number glued to a word. */
function markersIn(text: string, tree: Resolution): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)) found.push(fromSuperscript(match[0]))
  for (const match of text.matchAll(/<sup>\s*(\d+)\s*<\/sup>/gu)) if (match[1]) found.push(match[1])
  if (tree.data.layout === 'wrapped') {
    for (const node of tree.children) {
      if (node.type !== 'footnotes') continue
      for (const note of node.children) if (/^\d+$/u.test(note.marker) && new RegExp(`[\\p{L},;.:)”’]\\s?${note.marker}(?!\\d)`, 'u').test(text)) found.push(note.marker)
    }
  }
  return found
}
