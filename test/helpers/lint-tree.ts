// Small hand-made trees for unit tests of lint rules: each node is located in the source
// text by its words, so positions are real offsets into that text.
import {SourceMap} from '../../src/lint/places.js'
import {makeSource} from '../../src/parse/source.js'
import {noteWriting} from '../../src/parse/written.js'
import type {
  AuthorialNote,
  Citation,
  Inline,
  Lang,
  LeadingPhrase,
  List,
  OperativeParagraph,
  Point,
  PreambularParagraph,
  Resolution,
  ResolutionMeta,
} from '../../src/tree/types.js'

export class TreeBuilder {
  private readonly map: SourceMap
  private cursor = 0

  constructor(
    readonly source: string,
    readonly lang: Lang = 'en',
  ) {
    this.map = new SourceMap(source)
  }

  /** The position of the next occurrence of `words` after the cursor; the cursor moves past it. */
  locate(words: string) {
    const start = this.source.indexOf(words, this.cursor)
    if (start < 0) throw new Error(`not in the source: ${words}`)
    this.cursor = start + words.length
    return this.map.position(start, start + words.length)
  }

  /** Like locate, without moving the cursor (for inline nodes inside a located block). */
  find(words: string, from = 0) {
    const start = this.source.indexOf(words, from)
    if (start < 0) throw new Error(`not in the source: ${words}`)
    return this.map.position(start, start + words.length)
  }

  phrase(text: string, options: {emphasized?: boolean; modifier?: string; base?: string} = {}): LeadingPhrase {
    const modifier = options.modifier ?? /^(?:Also|Further)\b|\b(?:also|further)$/u.exec(text)?.[0]
    const base = options.base ?? text.replace(/^(Also|Further)\s+/u, '').replace(/\s+(also|further)$/u, '')
    const capitalised = base.charAt(0).toUpperCase() + base.slice(1)
    return {
      text,
      base: capitalised,
      ...(modifier ? {modifier: modifier.charAt(0).toUpperCase() + modifier.slice(1)} : {}),
      known: true,
      emphasized: options.emphasized ?? false,
    }
  }

  preambular(index: number, written: string, phrase?: LeadingPhrase, children?: Inline[]): PreambularParagraph {
    const position = this.locate(written)
    return {
      type: 'preambularParagraph',
      eId: `preamble_${index}`,
      ...(phrase ? {leadingPhrase: phrase} : {}),
      text: plain(written),
      children: children ?? [{type: 'text', value: plain(written), position}],
      position,
    }
  }

  operative(
    index: number,
    num: number | undefined,
    written: string,
    phrase?: LeadingPhrase,
    extra: Array<Inline | List> = [],
  ): OperativeParagraph {
    const position = this.locate(written)
    return {
      type: 'paragraph',
      eId: `para_${index}`,
      ...(num === undefined ? {} : {num}),
      ...(phrase ? {leadingPhrase: phrase} : {}),
      text: plain(written).replace(/^\d+[.．]?\s*/u, ''),
      children: [{type: 'text', value: plain(written), position}, ...extra],
      position,
    }
  }

  point(eId: string, num: string, written: string, children: Array<Inline | List> = []): Point {
    const position = this.find(written)
    return {
      type: 'point',
      eId,
      num,
      text: written,
      children: [{type: 'text', value: written, position}, ...children],
      position,
    }
  }

  noteRef(marker: string, written: string, from = 0): Inline {
    return {type: 'noteRef', marker, position: this.find(written, from)}
  }

  citation(kind: Citation['kind'], ref: string, value: string, from = 0): Citation {
    return {type: 'citation', kind, ref, value, position: this.find(value, from)}
  }

  footnote(marker: string, written: string): AuthorialNote {
    const position = this.locate(written)
    return {
      type: 'authorialNote',
      marker,
      eId: `fn_${marker}`,
      text: written,
      children: [{type: 'text', value: written, position}],
      position,
    }
  }

  resolution(parts: {
    formula?: string
    preamble?: PreambularParagraph[]
    operative?: OperativeParagraph[]
    footnotes?: AuthorialNote[]
    meta?: Partial<ResolutionMeta>
  }): Resolution {
    const formula =
      parts.formula === undefined
        ? []
        : [{type: 'formula' as const, text: parts.formula, children: [], position: this.find(parts.formula)}]
    const tree: Resolution = {
      type: 'resolution',
      lang: this.lang,
      meta: {sponsors: [], stage: 'adopted', ...parts.meta},
      children: [
        {type: 'preamble', children: [...formula, ...(parts.preamble ?? [])]},
        {type: 'mainBody', children: parts.operative ?? []},
        {type: 'footnotes', children: parts.footnotes ?? []},
      ],
      data: {layout: 'blocks', warnings: []},
    }
    // The parser's last stage, as the parser runs it: how markers and calls are written.
    noteWriting(tree, makeSource(this.source))
    return tree
  }
}

/** Words without Markdown emphasis marks or superscript markers, as the tree's `text`. */
function plain(written: string): string {
  return written.replace(/[*_]/gu, '').replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/gu, '')
}
