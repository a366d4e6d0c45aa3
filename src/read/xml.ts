import {DOMParser, type Element} from '@xmldom/xmldom'
import {DecodeError} from './decode.js'

export type {Element} from '@xmldom/xmldom'

// The readers walk the XML tree recursively, and xmldom's time grows fast with the depth (two
// seconds for 200,000 elements, each inside the last): a part nested deeper than this is refused
// before it is parsed. Word and LibreOffice nest some twenty deep (a text box in a table); the
// stack would give out between two and four thousand.
const maxDepth = 1000
/** A start, end or empty-element tag, its attributes' values quoted (they may hold `>` and `/`). */
const tag = /<(\/?)[a-z_][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/gi

/** Whether XML nests its elements more than `maxDepth` deep. */
function nestsTooDeep(text: string): boolean {
  let depth = 0
  for (const [, closing, empty] of text.matchAll(tag)) {
    if (empty) continue
    if (closing) depth--
    else if (++depth > maxDepth) return true
  }
  return false
}

/** Parse one XML part of a package; a part that is not well-formed XML is a DecodeError naming it. */
export function parseXml(text: string, part: string, what = 'the Word document'): Element {
  if (nestsTooDeep(text)) throw new DecodeError(nestingMessage(what))
  let failed: string | undefined
  let document: ReturnType<DOMParser['parseFromString']> | undefined
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') failed ??= message
      },
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    // xmldom throws on a fatal error (a tag closed by another) after reporting it, or without.
    failed ??= error instanceof Error ? error.message : String(error)
  }
  const root = document?.documentElement
  if (failed !== undefined || !root)
    throw new DecodeError(`${what} is damaged (its part ${part} is not well-formed XML)`)
  return root
}

/** Child elements, optionally only those with a local name. */
export function children(element: Element, localName?: string): Element[] {
  const result: Element[] = []
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as Element).localName === localName))
      result.push(node as Element)
  }
  return result
}

export function child(element: Element | undefined, localName: string): Element | undefined {
  if (!element) return undefined
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) return node as Element
  }
  return undefined
}

/** An attribute by local name (`w:val` → `val`), whatever its prefix. */
export function attr(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined
  const attributes = element.attributes
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)
    if (attribute && (attribute.localName === localName || attribute.name === localName)) return attribute.value
  }
  return undefined
}

/** A WordprocessingML on/off property: present and not `0`/`false`/`off`. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false
  const value = attr(element, 'val')
  return value === undefined || !/^(?:0|false|off)$/i.test(value)
}

export function textOf(element: Element): string {
  return element.textContent ?? ''
}

/** Every element with this local name under a root, in document order. */
export function descendants(root: Element, localName: string): Element[] {
  const found: Element[] = []
  const walk = (element: Element): void => {
    for (const node of children(element)) {
      if (node.localName === localName) found.push(node)
      walk(node)
    }
  }
  walk(root)
  return found
}

/** The refusal of a document nested deeper than the readers go. */
export function nestingMessage(what: string): string {
  return `${what} nests its elements deeper than resdiff reads (no resolution comes near it)`
}
