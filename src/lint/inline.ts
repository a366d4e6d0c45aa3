import {footnotes, formula, paragraphs} from '../tree/access.js'
import type {Citation, Inline, List, NoteRef, Resolution} from '../tree/types.js'

/** Inline nodes of the resolution's body, in document order, descending into emphasis and lists. */
export function* inlineNodes(tree: Resolution): Generator<Inline> {
  const visit = function* (nodes: ReadonlyArray<Inline | List>): Generator<Inline> {
    for (const node of nodes) {
      if (node.type === 'list') {
        for (const point of node.children) yield* visit(point.children)
        continue
      }
      yield node
      if (node.type === 'emphasis') yield* visit(node.children)
    }
  }
  const opening = formula(tree)
  if (opening) yield* visit(opening.children)
  for (const paragraph of paragraphs(tree)) yield* visit(paragraph.children)
  for (const note of footnotes(tree)) yield* visit(note.children)
}

export function noteRefNodes(tree: Resolution): NoteRef[] {
  return [...inlineNodes(tree)].filter((node): node is NoteRef => node.type === 'noteRef')
}

export function citationNodes(tree: Resolution): Citation[] {
  return [...inlineNodes(tree)].filter((node): node is Citation => node.type === 'citation')
}
