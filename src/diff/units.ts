import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Inline, Lang, List, Paragraph, Part, Resolution} from '../tree/types.js'
import {contentWords} from './tokens.js'

/** A paragraph as the aligner sees it: where it sits, and the text compared. */
export interface ComparedParagraph {
  eId: string
  section: Part
  /** Position in the whole document, preamble first. */
  order: number
  /** Position within its section. */
  sectionOrder: number
  /** Operative number as written. */
  num?: number
  /** The words compared; the parser's text, or the text with its formatting when `strictFormat`. */
  text: string
  leadingPhrase?: string
}

const wordsOfUnits = new WeakMap<ComparedParagraph, {lang: Lang; words: readonly string[]}>()

/**
 * The paragraph's words as similarity sees them ({@link contentWords}), cut once per paragraph:
 * the profiles, the rewritten-move pass and the subject test all read them.
 */
export function unitWords(unit: ComparedParagraph, lang: Lang): readonly string[] {
  const known = wordsOfUnits.get(unit)
  if (known?.lang === lang) return known.words
  const words = contentWords(unit.text, lang)
  wordsOfUnits.set(unit, {lang, words})
  return words
}

/** The paragraphs of a resolution in document order. */
export function unitsOf(tree: Resolution, strictFormat = false): ComparedParagraph[] {
  const units: ComparedParagraph[] = []
  const add = (paragraph: Paragraph, section: Part, sectionOrder: number): void => {
    const unit: ComparedParagraph = {
      eId: paragraph.eId,
      section,
      order: units.length,
      sectionOrder,
      text: strictFormat ? formattedText(paragraph.children) : paragraph.text,
    }
    if (paragraph.type === 'paragraph' && paragraph.num !== undefined) unit.num = paragraph.num
    if (paragraph.leadingPhrase) unit.leadingPhrase = paragraph.leadingPhrase.text
    units.push(unit)
  }
  preambularParagraphs(tree).forEach((paragraph, index) => add(paragraph, 'preamble', index))
  operativeParagraphs(tree).forEach((paragraph, index) => add(paragraph, 'operative', index))
  return units
}

/**
 * The paragraph with its formatting spelled out (`*emphasis*`, `^1` footnote markers, point
 * numbers), so that `--strict-format` can show a change of italics or of a marker.
 */
export function formattedText(children: ReadonlyArray<Inline | List>): string {
  let result = ''
  for (const node of children) {
    switch (node.type) {
      case 'text':
        result += node.value
        break
      case 'emphasis':
        result += `*${formattedText(node.children)}*`
        break
      case 'noteRef':
        result += `^${node.marker}`
        break
      case 'citation':
        result += node.value
        break
      case 'list':
        for (const point of node.children) result += ` ${point.num} ${formattedText(point.children)}`
        break
      default: {
        const unexpected: never = node
        throw new Error(`unexpected inline node ${JSON.stringify(unexpected)}`)
      }
    }
  }
  return result.replace(/\s+/gu, ' ').trim()
}
