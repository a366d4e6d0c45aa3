import {readFileSync} from 'node:fs'
import {expect} from 'vitest'
import {DecodeError} from '../src/read/decode.js'
import {parseResolution} from '../src/parse/index.js'
import {readDocument, remapTree} from '../src/read/document.js'
import type {AuthorialNote, Inline, List, OperativeParagraph, Paragraph, Point, Resolution} from '../src/tree/types.js'

// Helpers of the Word and PDF tests: read a file as the CLI does, and the facts of a tree that
// a reader checks in both versions of a text.

export async function treeOf(file: string): Promise<Resolution> {
  const document = await readDocument(readFileSync(file))
  const tree = parseResolution(document.text)
  remapTree(tree, document)
  return tree
}

export function paragraphs(tree: Resolution): Paragraph[] {
  const result: Paragraph[] = []
  for (const part of tree.children) {
    if (part.type === 'preamble')
      for (const node of part.children) if (node.type === 'preambularParagraph') result.push(node)
    if (part.type === 'mainBody') result.push(...part.children)
  }
  return result
}

export function notes(tree: Resolution): Map<string, string> {
  const byMarker = new Map<string, string>()
  for (const part of tree.children)
    if (part.type === 'footnotes')
      for (const note of part.children as AuthorialNote[]) byMarker.set(note.marker, note.text)
  return byMarker
}

export function refsOf(children: ReadonlyArray<Inline | List>): string[] {
  const markers: string[] = []
  for (const node of children) {
    if (node.type === 'noteRef') markers.push(node.marker)
    else if (node.type === 'emphasis') markers.push(...refsOf(node.children))
    else if (node.type === 'list') for (const point of node.children) markers.push(...refsOf(point.children))
  }
  return markers
}

export function points(paragraph: Paragraph): string[] {
  if (paragraph.type !== 'paragraph') return []
  const list = paragraph.children.find((node): node is List => node.type === 'list')
  const walk = (items: Point[]): string[] =>
    items.flatMap((point) => [
      point.num,
      ...walk(point.children.find((node): node is List => node.type === 'list')?.children ?? []),
    ])
  return walk(list?.children ?? [])
}

/**
 * The facts a reader checks in both versions: each paragraph's kind, number, leading phrase,
 * sub-item numbers, words, and the texts of the notes it refers to (Word renumbers notes by
 * their references, so the texts are compared, not the marks). The agenda `*` note cannot be a
 * pandoc footnote and is left out of the Word files (see the script).
 */
export function facts(tree: Resolution): unknown[] {
  const byMarker = notes(tree)
  return paragraphs(tree).map((paragraph) => ({
    kind: paragraph.type,
    num: paragraph.type === 'paragraph' ? (paragraph as OperativeParagraph).num : undefined,
    phrase: paragraph.leadingPhrase?.text,
    points: points(paragraph),
    text: paragraph.text.replace(/\s+/g, ' '),
    notes: refsOf(paragraph.children)
      .filter((marker) => marker !== '*')
      .map((marker) => byMarker.get(marker)),
  }))
}

/** The one sentence a file that cannot be read is refused with (a DecodeError, nothing else). */
export async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readDocument(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError)
    return (error as Error).message
  }
  throw new Error('expected a DecodeError')
}

/** The notes of A/RES/78/17 in order, as its source gives them (fixtures/office-un/sources/ga-78-17.en.txt, "note N"). */
export const notesOf7817 = [
  'Resolution S-10/2.',
  'A/78/205 (Part I).',
  'United Nations, Treaty Series, vol. 729, No. 10485.',
  'A/45/435.',
]

/** The same notes with their numbers, as a tree's `notes` map lists them. */
export const numberedNotesOf7817 = notesOf7817.map((text, index): [string, string] => [String(index + 1), text])
