import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {DecodeError} from './decode.js'
import type {ReadDocument} from './document.js'
import type {Piece, WordDocument, WordFootnote, WordParagraph} from './docx.js'
import {listLabel, listType} from './html-lists.js'
import {wordText} from './word.js'

// A resolution saved as a web page (a UN or Wikisource page, a page a delegation put online),
// made ready for the parser as a Word document is: the page is parsed as a browser parses it
// (parse5, the WHATWG algorithm), its blocks become paragraphs, the numbers an ordered list
// draws are written out, italics become `*emphasis*`, and notes a page links to (`<sup><a
// href="#note-1">1</a></sup>`) become footnotes. readDocument (document.ts) loads this module
// only for HTML input.

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Elements whose content is not the page's text. */
const skipped = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'audio',
  'video',
  'img',
])

/** Elements a browser sets as blocks of their own. */
const blocks = new Set([
  'address',
  'article',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
])

const italics = new Set(['i', 'em', 'cite', 'var', 'dfn'])

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

function hidden(element: Element): boolean {
  return (
    attribute(element, 'hidden') !== undefined ||
    attribute(element, 'aria-hidden') === 'true' ||
    /display\s*:\s*none/i.test(attribute(element, 'style') ?? '')
  )
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if (!isElement(node) || skipped.has(node.tagName)) return ''
  return node.childNodes.map(textOf).join('')
}

/** The elements under `node` (itself included), in document order; templates' content left out. */
function* elements(node: Node): Generator<Element> {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (isElement(next)) yield next
    if ('childNodes' in next && !(isElement(next) && next.tagName === 'template'))
      for (let index = next.childNodes.length - 1; index >= 0; index--) stack.push(next.childNodes[index]!)
  }
}

// Browsers stop nesting elements at some depth (Chromium at 512); parse5 does not, and its time
// grows with the square of the depth, so a page nested deeper than any real one is refused
// before it is parsed. Elements a later tag closes by itself (`<p>`, `<li>`, cells) are not
// counted, nor void and self-closed ones.
const maxDepth = 512
const selfClosing = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
])

function nestingDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const [tag, closing, name] of html.matchAll(/<(\/?)([a-z][\da-z-]*)(?=[\s/>])[^<>]*>/gi)) {
    const element = name!.toLowerCase()
    if (selfClosing.has(element) || tag.endsWith('/>')) continue
    if (closing) depth = Math.max(0, depth - 1)
    else deepest = Math.max(deepest, ++depth)
  }
  return deepest
}

/** A note mark as a page sets it: `1`, `[1]`, `*`. */
const noteMark = /^\[?\s?(\d{1,3}|\*{1,3})\s?\]?$/

interface Style {
  italic: boolean
  superscript: boolean
  pre: boolean
}

class PageWriter {
  readonly paragraphs: WordParagraph[] = []
  private pieces: Piece[] = []
  private text = ''
  private label = ''

  constructor(
    /** The raised marks that link to a note on the page, with the note's id and the mark. */
    private readonly references: ReadonlyMap<Element, NoteLink>,
    private readonly noteBodies: ReadonlySet<Element>,
    private readonly onNote: (id: string, marker: string) => void,
  ) {}

  /** End the paragraph being written (if it holds anything) and start one with this label. */
  block(label = ''): void {
    const written = this.text.trim() !== '' || this.pieces.some((piece) => piece.kind === 'note')
    if (written)
      this.paragraphs.push({index: this.paragraphs.length, label: this.label, pieces: this.pieces, text: this.text})
    this.pieces = []
    this.text = ''
    // A list item's number waits for the item's first block (`<li><p>…`, as pandoc writes them).
    if (written || label !== '') this.label = label
  }

  private write(value: string, style: Style): void {
    let text = style.pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ')
    // White space that opens a paragraph, or follows white space, is not set.
    if (!style.pre && (this.text === '' || this.text.endsWith(' ') || this.text.endsWith('\n')))
      text = text.replace(/^ /, '')
    if (text === '') return
    if (style.pre && text.includes('\n')) {
      text.split('\n').forEach((line, index) => {
        if (index > 0) this.pieces.push({kind: 'break', at: this.text.length})
        this.write(line, {...style, pre: false})
      })
      return
    }
    const last = this.pieces[this.pieces.length - 1]
    if (last && last.kind === 'text' && last.italic === style.italic && last.superscript === style.superscript)
      last.text += text
    else
      this.pieces.push({kind: 'text', text, italic: style.italic, superscript: style.superscript, at: this.text.length})
    this.text += text
  }

  walk(node: Node, style: Style): void {
    if (node.nodeName === '#text') {
      this.write((node as DefaultTreeAdapterMap['textNode']).value, style)
      return
    }
    if (!isElement(node) || skipped.has(node.tagName) || hidden(node) || this.noteBodies.has(node)) return
    const tag = node.tagName
    if (tag === 'br') {
      this.pieces.push({kind: 'break', at: this.text.length})
      this.text += '\n'
      return
    }
    if (tag === 'sup' && this.noteReference(node)) return
    if (tag === 'ol' || tag === 'ul') {
      this.list(node, style)
      return
    }
    const inner: Style = {
      italic: style.italic || italics.has(tag),
      superscript: style.superscript || tag === 'sup',
      pre: style.pre || tag === 'pre',
    }
    const block = blocks.has(tag)
    if (block) this.block()
    for (const child of node.childNodes) {
      this.walk(child, inner)
      if (tag === 'tr' && isElement(child) && (child.tagName === 'td' || child.tagName === 'th')) this.write(' ', inner)
    }
    if (block) this.block()
  }

  private list(list: Element, style: Style): void {
    const ordered = list.tagName === 'ol'
    const type = listType(list)
    const start = Number(attribute(list, 'start') ?? 1)
    let number = Number.isSafeInteger(start) ? start : 1
    this.block()
    for (const item of list.childNodes) {
      if (!isElement(item) || item.tagName !== 'li' || hidden(item)) {
        this.walk(item, style)
        continue
      }
      // A page's notes as a list (`<ol><li id="fn1">…`): each is written as a footnote instead.
      if (this.noteBodies.has(item)) continue
      const value = Number(attribute(item, 'value'))
      if (Number.isInteger(value) && value > 0) number = value
      this.block(ordered ? listLabel(number, type) : '')
      for (const child of item.childNodes) this.walk(child, style)
      this.block()
      // An item with no words leaves its number to nothing else.
      this.label = ''
      number++
    }
  }

  /** A raised link to a note on the page (`<sup><a href="#fn1">1</a></sup>`) becomes a note mark. */
  private noteReference(sup: Element): boolean {
    const link = this.references.get(sup)
    if (!link) return false
    this.pieces.push({kind: 'note', marker: link.mark, at: this.text.length})
    this.onNote(link.id, link.mark)
    return true
  }
}

interface NoteLink {
  id: string
  mark: string
}

/**
 * A raised mark (`<sup><a href="#fn1">1</a></sup>`, `[1]`; or pandoc's `<a href="#fn1"><sup>1</sup></a>`)
 * and the id it links to, if it is one.
 */
function linkOf(sup: Element): NoteLink | undefined {
  const mark = noteMark.exec(textOf(sup).trim())?.[1]
  if (!mark) return undefined
  const parent = sup.parentNode as Element | undefined
  const around = parent && isElement(parent) && parent.tagName === 'a' ? parent : undefined
  const link = [...elements(sup)].find((element) => element.tagName === 'a') ?? around
  const id = decodeURIComponent(/^#(.+)$/.exec(link ? (attribute(link, 'href') ?? '') : '')?.[1] ?? '')
  return id ? {id, mark} : undefined
}

/** The page's main content: `<main>`, or its one `<article>`, or the body. */
function contentRoot(document: Node): Node {
  const all = [...elements(document)]
  const main = all.find((element) => element.tagName === 'main' || attribute(element, 'role') === 'main')
  if (main) return main
  const articles = all.filter((element) => element.tagName === 'article')
  if (articles.length === 1) return articles[0]!
  return all.find((element) => element.tagName === 'body') ?? document
}

/** The block that holds a note: the list item or paragraph its anchor sits in. */
function noteBlock(anchor: Element): Element {
  for (let node: Element | undefined = anchor; node; node = node.parentNode as Element | undefined) {
    if (!isElement(node)) break
    if (node.tagName === 'li' || node.tagName === 'p' || node.tagName === 'div' || node.tagName === 'aside') return node
  }
  return anchor
}

/** Read a resolution saved as a web page. */
export function readHtml(html: string): ReadDocument {
  if (nestingDepth(html) > maxDepth)
    throw new DecodeError(`the web page nests its elements more than ${maxDepth} deep, as no page of a resolution does`)
  const document = parse(html)
  const root = contentRoot(document)
  // Notes: elements a raised mark links to (`href="#id"`); each is read once, as a footnote.
  const byId = new Map<string, Element>()
  for (const element of elements(document)) {
    const id = attribute(element, 'id') ?? (element.tagName === 'a' ? attribute(element, 'name') : undefined)
    if (id !== undefined && !byId.has(id)) byId.set(id, element)
  }
  const notesById = new Map<string, Element>()
  const references = new Map<Element, NoteLink>()
  for (const sup of elements(root)) {
    const link = sup.tagName === 'sup' ? linkOf(sup) : undefined
    const target = link && byId.get(link.id)
    if (!link || !target) continue
    // A note is a block of its own: never the paragraph that cites it.
    const block = noteBlock(target)
    if ([...elements(block)].includes(sup)) continue
    notesById.set(link.id, block)
    references.set(sup, link)
  }
  const noteBodies = new Set(notesById.values())
  // A note's link back to the text that cites it (`<a href="#fnref1">↩︎</a>`, LibreOffice's
  // `<a href="#sdfootnote1anc">1</a>` before the note's words) is not its words.
  const citing = new Set<string>()
  for (const sup of references.keys()) {
    for (const element of [sup, sup.parentNode as Element, ...elements(sup)]) {
      if (!isElement(element)) continue
      // An anchor's `name` is its id in older pages (LibreOffice's `<a name="sdfootnote1anc">`).
      for (const id of [attribute(element, 'id'), element.tagName === 'a' ? attribute(element, 'name') : undefined])
        if (id !== undefined) citing.add(id)
    }
  }
  const backLinks = new Set<Element>()
  for (const body of noteBodies)
    for (const element of elements(body)) {
      const target = element.tagName === 'a' ? /^#(.+)$/.exec(attribute(element, 'href') ?? '')?.[1] : undefined
      if (target !== undefined && citing.has(decodeURIComponent(target))) backLinks.add(element)
    }
  // Each note once, in the order the text first cites it.
  const cited = new Map<string, string>()
  const writer = new PageWriter(references, noteBodies, (id, marker) => {
    if (!cited.has(id)) cited.set(id, marker)
  })
  writer.walk(root, {italic: false, superscript: false, pre: false})
  writer.block()
  const paragraphs = writer.paragraphs
  const footnotes: WordFootnote[] = Array.from(cited, ([id, marker]) => {
    const notes = new PageWriter(new Map(), backLinks, () => undefined)
    const body = notesById.get(id)!
    for (const child of body.childNodes) notes.walk(child, {italic: false, superscript: false, pre: false})
    notes.block()
    const [first, ...rest] = notes.paragraphs
    if (!first) return {marker, paragraphs: []}
    // A page's note often opens with its own mark or a link back to the text (`1.`, `↑`, `^`).
    const opening = /^\s*(?:[↑^↩]\s*)*(?:\[?\d{1,3}\]?[.)]?\s+|\*{1,3}\s+)?(?:[↑^↩]\s*)*/u.exec(first.text)?.[0] ?? ''
    const trimmed = {
      ...first,
      pieces: trimOpening(first.pieces, opening.length),
      text: first.text.slice(opening.length),
    }
    return {
      marker,
      paragraphs: [trimmed, ...rest].map((paragraph, index) => ({...paragraph, index: paragraphs.length + index})),
    }
  })
  const word: WordDocument = {paragraphs, footnotes, tracked: false}
  const {synth} = wordText(word)
  if (synth.text.trim() === '') throw new DecodeError('the web page holds no text')
  return {format: 'html', text: synth.text, notices: [], toSource: (offset) => synth.toSource(offset)}
}

/** The pieces without their first `length` characters (a note's own mark, a link back). */
function trimOpening(pieces: Piece[], length: number): Piece[] {
  const result: Piece[] = []
  for (const piece of pieces) {
    if (piece.kind !== 'text') {
      if (piece.at >= length) result.push({...piece, at: piece.at - length})
      continue
    }
    const end = piece.at + piece.text.length
    if (end <= length) continue
    const cut = Math.max(0, length - piece.at)
    result.push({...piece, text: piece.text.slice(cut), at: piece.at + cut - length})
  }
  return result
}
