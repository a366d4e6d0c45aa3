import type {Parent} from 'unist'
import {visit} from 'unist-util-visit'
import type {
  Annex,
  AuthorialNote,
  Conclusions,
  Formula,
  Inline,
  List,
  NoteRef,
  OperativeParagraph,
  Paragraph,
  PreambularParagraph,
  Preface,
  Resolution,
} from './types.js'

export function preface(tree: Resolution): Preface | undefined {
  return tree.children.find((node): node is Preface => node.type === 'preface')
}

export function formula(tree: Resolution): Formula | undefined {
  for (const node of tree.children) {
    if (node.type !== 'preamble') continue
    return node.children.find((child): child is Formula => child.type === 'formula')
  }
  return undefined
}

export function preambularParagraphs(tree: Resolution): PreambularParagraph[] {
  const found: PreambularParagraph[] = []
  for (const node of tree.children) {
    if (node.type !== 'preamble') continue
    for (const child of node.children) if (child.type === 'preambularParagraph') found.push(child)
  }
  return found
}

export function operativeParagraphs(tree: Resolution): OperativeParagraph[] {
  const found: OperativeParagraph[] = []
  for (const node of tree.children) if (node.type === 'mainBody') found.push(...node.children)
  return found
}

/** Preambular then operative paragraphs, in document order. */
export function paragraphs(tree: Resolution): Paragraph[] {
  return [...preambularParagraphs(tree), ...operativeParagraphs(tree)]
}

export function footnotes(tree: Resolution): AuthorialNote[] {
  for (const node of tree.children) if (node.type === 'footnotes') return node.children
  return []
}

export function conclusions(tree: Resolution): Conclusions | undefined {
  return tree.children.find((node): node is Conclusions => node.type === 'conclusions')
}

/** The list of sub-items of an operative paragraph, if it has one. */
export function pointList(paragraph: OperativeParagraph): List | undefined {
  return paragraph.children.find((child): child is List => child.type === 'list')
}

/** Footnote markers referenced from inline content, in order, descending into emphasis and lists. */
export function noteRefs(children: ReadonlyArray<Inline | List>): string[] {
  const markers: string[] = []
  visit(asParent(children), 'noteRef', (node) => {
    markers.push((node as NoteRef).marker)
  })
  return markers
}

/** Content as a unist parent, for unist-util-visit (the tree's nodes are unist nodes). */
export function asParent(children: ReadonlyArray<Inline | List>): Parent {
  return {type: 'fragment', children: children as unknown as Parent['children']}
}

/** Annexes set after the resolution proper, in order. */
export function annexes(tree: Resolution): Annex[] {
  return tree.children.filter((node): node is Annex => node.type === 'annex')
}
