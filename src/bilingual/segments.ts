import {conclusions, footnotes, formula, noteRefs, operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Inline, Lang, List, Point, Resolution} from '../tree/types.js'
import {extractAnchors, type Anchor} from './anchors.js'
import {englishOpening} from './phrase-map.js'

export type SegmentKind = 'formula' | 'preamble' | 'operative' | 'point' | 'conclusions' | 'footnote'

/** What the checks compare for one piece of a paragraph. */
export interface Part {
  text: string
  /** Footnote markers referenced from this part, as written. */
  markers: string[]
  anchors: Anchor[]
}

/** One alignable unit: the formula, a paragraph, a sub-item, a footnote, the closing lines. */
export interface Segment extends Part {
  eId: string
  section: SegmentKind
  /** Operative number (`5`), item letter without brackets (`a`), footnote marker (`1`). */
  num?: string
  /** Leading phrase as written (`Also requests`, `还请`). */
  phrase?: string
  /** Characters other than white space: the length evidence. */
  length: number
  /** The words before the sub-items, when the paragraph has any. */
  leadIn?: Part
  points: Segment[]
}

/** The formula, preambular and operative paragraphs and the closing lines, in document order. */
export function bodySegments(tree: Resolution): Segment[] {
  const lang = tree.lang
  const segments: Segment[] = []
  const opening = formula(tree)
  if (opening) segments.push(segment('formula', 'formula', opening.text, noteRefs(opening.children), lang))
  for (const paragraph of preambularParagraphs(tree)) {
    segments.push(
      withPhrase(
        segment(paragraph.eId, 'preamble', paragraph.text, noteRefs(paragraph.children), lang),
        paragraph.leadingPhrase?.text,
        lang,
      ),
    )
  }
  for (const paragraph of operativeParagraphs(tree)) {
    const item = withPhrase(
      segment(paragraph.eId, 'operative', paragraph.text, noteRefs(paragraph.children), lang),
      paragraph.leadingPhrase?.text,
      lang,
    )
    if (paragraph.num !== undefined) item.num = String(paragraph.num)
    addPoints(item, paragraph.children, lang)
    segments.push(item)
  }
  const closing = conclusions(tree)
  if (closing && closing.text.trim()) segments.push(segment('conclusions', 'conclusions', closing.text, [], lang))
  return segments
}

export function footnoteSegments(tree: Resolution): Segment[] {
  return footnotes(tree).map((note) => {
    const item = segment(note.eId, 'footnote', note.text, noteRefs(note.children), tree.lang)
    item.num = note.marker
    return item
  })
}

function segment(eId: string, section: SegmentKind, text: string, markers: string[], lang: Lang): Segment {
  const clean = text.replace(/\s{2,}|[^\S ]/g, ' ').trim()
  return {
    eId,
    section,
    text: clean,
    markers,
    anchors: extractAnchors(clean, lang),
    length: clean.replace(/\s/g, '').length,
    points: [],
  }
}

function withPhrase(item: Segment, phrase: string | undefined, lang: Lang): Segment {
  const opening = lang === 'en' ? (englishOpening(item.text) ?? phrase) : phrase
  if (opening) item.phrase = opening
  return item
}

function addPoints(item: Segment, children: ReadonlyArray<Inline | List>, lang: Lang): void {
  const list = children.find((child): child is List => child.type === 'list')
  if (!list) return
  const inline = children.filter((child): child is Inline => child.type !== 'list')
  const leadIn = inlineText(inline)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
  item.leadIn = {text: leadIn, markers: noteRefs(inline), anchors: extractAnchors(leadIn, lang)}
  item.points = list.children.map((point) => pointSegment(point, lang))
}

function pointSegment(point: Point, lang: Lang): Segment {
  const item = segment(point.eId, 'point', point.text, noteRefs(point.children), lang)
  item.num = point.num.replace(/[()（）.\s]/g, '').toLowerCase()
  addPoints(item, point.children, lang)
  return item
}

/** The words of inline content, without footnote markers. */
export function inlineText(nodes: readonly Inline[]): string {
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += node.value
        break
      case 'emphasis':
        text += inlineText(node.children)
        break
      case 'citation':
        text += node.value
        break
      case 'noteRef':
        break
      default: {
        const exhaustive: never = node
        void exhaustive
      }
    }
  }
  return text
}
