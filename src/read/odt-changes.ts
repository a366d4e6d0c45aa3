import {attr, child, children, descendants, type Element} from './xml.js'

// An OpenDocument text's tracked changes undone, for reading it as it was before them (as Word's
// "Reject all"): the body holds the text with the changes made, insertions between
// `text:change-start` and `text:change-end`, deletions kept aside in `text:tracked-changes` and
// marked in the body by a `text:change` point. Undoing them edits the parsed content.xml in
// place: each insertion's content is removed (paragraphs it spans joined), each deletion's
// content put back at its point (a deletion of several paragraphs splits the paragraph there).

type Node = NonNullable<Element['firstChild']>

const isParagraph = (node: Node | null | undefined): node is Element =>
  !!node && node.nodeType === 1 && ['p', 'h'].includes((node as Element).localName ?? '')

/** The paragraph (`text:p`, `text:h`) a node is in. */
function paragraphOf(node: Node): Element | undefined {
  for (let current: Node | null = node.parentNode; current; current = current.parentNode)
    if (isParagraph(current)) return current
  return undefined
}

/** The next node in document order, not entering `node` itself. */
function nextAfter(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parentNode)
    if (current.nextSibling) return current.nextSibling
  return null
}

/**
 * Split the paragraph holding `point` there: the content after the point moves into a new
 * paragraph (same element and attributes, spans cloned along the way) placed after it.
 */
function splitAt(point: Node, paragraph: Element): Element {
  const after = paragraph.cloneNode(false) as Element
  let moving: Node = point
  let target: Element = after
  const path: Element[] = []
  for (let current: Node | null = point.parentNode; current && current !== paragraph; current = current.parentNode)
    path.unshift(current as Element)
  // Rebuild the chain of spans under the new paragraph, then move what follows the point at each level.
  const clones = path.map((element) => element.cloneNode(false) as Element)
  for (const clone of clones) {
    target.appendChild(clone)
    target = clone
  }
  for (let level = path.length; level >= 0; level--) {
    const parent = level === 0 ? paragraph : path[level - 1]!
    const into = level === 0 ? after : clones[level - 1]!
    const start = level === path.length ? moving.nextSibling : (path[level] as Node).nextSibling
    const rest: Node[] = []
    for (let node = start; node; node = node.nextSibling) rest.push(node)
    for (const node of rest) {
      parent.removeChild(node)
      into.appendChild(node)
    }
    moving = parent
  }
  paragraph.parentNode?.insertBefore(after, paragraph.nextSibling)
  return after
}

/** The next node in document order, entering children first. */
function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? nextAfter(node)
}

/**
 * Remove an insertion: everything between its start and end marks. Both paragraphs are split
 * at the marks; the parts between go, and what followed the end joins what preceded the start.
 */
function removeInsertion(start: Element, end: Element): void {
  const first = paragraphOf(start)
  if (!first || !paragraphOf(end)) return
  // The end must follow the start (a damaged file's marks may not): nothing is changed otherwise.
  let reached = false
  for (let node: Node | null = nextInOrder(start); node; node = nextInOrder(node))
    if (node === end) {
      reached = true
      break
    }
  if (!reached) return
  const inserted = splitAt(start, first)
  const last = paragraphOf(end)
  if (!last) return
  const rest = splitAt(end, last)
  const removed: Node[] = []
  for (let node: Node | null = inserted; node; node = nextInOrder(node)) {
    if (isParagraph(node)) removed.push(node)
    if (node === last) break
  }
  for (const paragraph of removed) paragraph.parentNode?.removeChild(paragraph)
  for (const node of nodesOf(rest)) first.appendChild(node)
  rest.parentNode?.removeChild(rest)
  start.parentNode?.removeChild(start)
}

function nodesOf(parent: Node): Node[] {
  const nodes: Node[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) nodes.push(node)
  return nodes
}

/** Put a deletion's content back at its point. */
function restoreDeletion(point: Element, deleted: Element): void {
  const blocks = children(deleted).filter((node) => node.localName !== 'change-info')
  const paragraph = paragraphOf(point)
  const paragraphs = blocks.filter((block) => isParagraph(block))
  if (!paragraph || paragraphs.length !== blocks.length || blocks.length === 0) {
    // Whole blocks deleted between paragraphs (or a damaged region): put them back before the point's paragraph.
    const anchor: Node = paragraph ?? point
    for (const block of blocks) anchor.parentNode?.insertBefore(block.cloneNode(true), anchor)
    point.parentNode?.removeChild(point)
    return
  }
  const inline = (from: Element, before: Node | null, parent: Node): void => {
    for (const node of nodesOf(from)) parent.insertBefore(node.cloneNode(true), before)
  }
  if (paragraphs.length === 1) {
    inline(paragraphs[0]!, point, point.parentNode!)
    point.parentNode?.removeChild(point)
    return
  }
  // Several paragraphs: the first's content at the point, the last's before what followed it.
  const after = splitAt(point, paragraph)
  inline(paragraphs[0]!, null, point.parentNode!)
  point.parentNode?.removeChild(point)
  let previous: Node = paragraph
  for (const middle of paragraphs.slice(1, -1)) {
    const copy = middle.cloneNode(true)
    previous.parentNode?.insertBefore(copy, previous.nextSibling)
    previous = copy
  }
  inline(paragraphs[paragraphs.length - 1]!, after.firstChild, after)
}

/** Undo every tracked change of an `office:text`, in place. */
export function rejectChanges(text: Element): void {
  const regions = new Map<string, Element>()
  const tracked = child(text, 'tracked-changes')
  for (const region of children(tracked ?? text, 'changed-region')) {
    const id = attr(region, 'id')
    if (id !== undefined) regions.set(id, region)
  }
  const ends = new Map(descendants(text, 'change-end').map((end) => [attr(end, 'change-id') ?? '', end]))
  for (const start of descendants(text, 'change-start')) {
    const id = attr(start, 'change-id') ?? ''
    const end = ends.get(id)
    if (end && child(regions.get(id), 'insertion')) removeInsertion(start, end)
  }
  for (const point of descendants(text, 'change')) {
    const deletion = child(regions.get(attr(point, 'change-id') ?? ''), 'deletion')
    if (deletion) restoreDeletion(point, deletion)
    else point.parentNode?.removeChild(point)
  }
  if (tracked) text.removeChild(tracked)
}
