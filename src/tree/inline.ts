import {footnotes, formula, paragraphs} from './access.js'
import type {Citation, Inline, List, NoteRef, Point, Resolution} from './types.js'

/** Inline nodes of the resolution's body, in document order, descending into emphasis and lists. */
export function inlineNodes(tree: Resolution): Inline[] {
  const nodes: Inline[] = []
  // A walk of its own, node before children (as unist-util-visit's, which cost some 3 % of a parse
  // in building its test for each paragraph).
  const take = (children: ReadonlyArray<Inline | List | Point>): void => {
    for (const node of children) {
      if (inlineTypes.has(node.type)) nodes.push(node as Inline)
      if ('children' in node) take(node.children as ReadonlyArray<Inline | List | Point>)
    }
  }
  const opening = formula(tree)
  if (opening) take(opening.children)
  for (const paragraph of paragraphs(tree)) take(paragraph.children)
  for (const note of footnotes(tree)) take(note.children)
  return nodes
}

const inlineTypes: ReadonlySet<string> = new Set<Inline['type']>(['text', 'emphasis', 'noteRef', 'citation'])

export function noteRefNodes(tree: Resolution): NoteRef[] {
  return inlineNodes(tree).filter((node): node is NoteRef => node.type === 'noteRef')
}

export function citationNodes(tree: Resolution): Citation[] {
  return inlineNodes(tree).filter((node): node is Citation => node.type === 'citation')
}
