import {
  conclusions,
  footnotes,
  formula,
  operativeParagraphs,
  pointList,
  preambularParagraphs,
} from '../../tree/access.js'
import type {LeadingPhrase, Part, Point, Resolution} from '../../tree/types.js'
import {escapeHtml} from './escape.js'

/** What a report shows of one paragraph (or sub-item) of a parsed text. */
export interface ShownParagraph {
  readonly eId: string
  /** `PP 3`, `OP 5`, `OP 12 (a)`: the way drafters cite paragraphs. */
  readonly label: string
  readonly text: string
  readonly leadingPhrase?: LeadingPhrase | undefined
  readonly section: Part
  /** Position in document order, preamble first. */
  readonly order: number
}

/** Every paragraph and sub-item of a text by eId, so rows can show full text for the engines' eIds. */
export function indexParagraphs(tree: Resolution): Map<string, ShownParagraph> {
  const index = new Map<string, ShownParagraph>()
  const add = (paragraph: Omit<ShownParagraph, 'order'>): void => {
    index.set(paragraph.eId, {...paragraph, order: index.size})
  }
  preambularParagraphs(tree).forEach((paragraph, position) => {
    add({
      eId: paragraph.eId,
      label: `PP ${position + 1}`,
      text: paragraph.text,
      leadingPhrase: paragraph.leadingPhrase,
      section: 'preamble',
    })
  })
  operativeParagraphs(tree).forEach((paragraph, position) => {
    const label = `OP ${paragraph.num ?? position + 1}`
    add({eId: paragraph.eId, label, text: paragraph.text, leadingPhrase: paragraph.leadingPhrase, section: 'operative'})
    const addPoints = (points: readonly Point[], prefix: string): void => {
      for (const point of points) {
        const pointLabel = `${prefix} ${point.num}`
        add({eId: point.eId, label: pointLabel, text: point.text, section: 'operative'})
        for (const child of point.children) if (child.type === 'list') addPoints(child.children, pointLabel)
      }
    }
    addPoints(pointList(paragraph)?.children ?? [], label)
  })
  return index
}

export type UnitSection = Part | 'formula' | 'conclusions' | 'footnote'

/** A unit the bilingual aligner pairs: a paragraph or sub-item, or the formula, closing lines, a footnote. */
export interface ShownUnit extends Omit<ShownParagraph, 'section'> {
  readonly section: UnitSection
}

/** Every unit of a text by eId, with the eIds the aligner gives the formula, closing lines and footnotes. */
export function indexUnits(tree: Resolution): Map<string, ShownUnit> {
  const index = new Map<string, ShownUnit>(indexParagraphs(tree))
  const add = (unit: Omit<ShownUnit, 'order'>): void => {
    index.set(unit.eId, {...unit, order: index.size})
  }
  const enacting = formula(tree)
  if (enacting) add({eId: 'formula', label: 'Formula', text: enacting.text, section: 'formula'})
  const closing = conclusions(tree)
  if (closing) add({eId: 'conclusions', label: 'Closing', text: closing.text, section: 'conclusions'})
  for (const note of footnotes(tree))
    add({eId: note.eId, label: `Note ${note.marker}`, text: note.text, section: 'footnote'})
  return index
}

/** A paragraph's text, its opening phrase in italics where the source set it so. */
export function plainTextHtml(paragraph: Pick<ShownParagraph, 'text' | 'leadingPhrase'>): string {
  const phrase = paragraph.leadingPhrase?.text
  if (phrase && paragraph.leadingPhrase?.emphasized && paragraph.text.startsWith(phrase)) {
    return `<em>${escapeHtml(phrase)}</em>${escapeHtml(paragraph.text.slice(phrase.length))}`
  }
  return escapeHtml(paragraph.text)
}

/** A paragraph as a report shows it in a cell: its label, then its text. */
export function paragraphHtml(label: string, body: string, id?: string, lang?: string): string {
  const idAttribute = id === undefined ? '' : ` id="${escapeHtml(id)}"`
  const langAttribute = lang === undefined ? '' : ` lang="${escapeHtml(lang)}"`
  return `<p class="para"${idAttribute}${langAttribute}><span class="label">${escapeHtml(label)}</span> ${body}</p>`
}

/** The BCP 47 tag for a resdiff language: UN Chinese texts are in simplified characters. */
export function htmlLang(lang: string): string {
  return lang === 'zh' ? 'zh-Hans' : lang
}
