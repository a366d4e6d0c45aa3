import type {Line} from './lines.js'
import {
  hyphenatedCounts,
  lineHyphenMender,
  mendSplitWords,
  textsToMend,
  wordCounts,
  type FirstPlaces,
} from './split-words.js'

/** Hard-wrapped PDF text has many body lines followed directly by another. */
// Hard-wrapped text (PDF extraction) runs a paragraph over several lines; text with a blank
// line between paragraphs (Markdown, Word) rarely has two text lines in a row. Past two in five
// lines followed by another, the text is wrapped.
const wrappedShare = 0.4

export function detectLayout(lines: readonly Line[], from: number, skip: ReadonlySet<number>): 'blocks' | 'wrapped' {
  let text = 0
  let followed = 0
  for (let index = from; index < lines.length; index++) {
    if (skip.has(index) || (lines[index] as Line).text === '') continue
    text++
    const next = lines[index + 1]
    if (next && next.text !== '' && !skip.has(index + 1)) followed++
  }
  return text > 0 && followed / text > wrappedShare ? 'wrapped' : 'blocks'
}

/**
 * Stage: mend words split by PDF justification in every `text` (wrapped text only: splitWords),
 * and words a line break hyphenated, against the document's own words.
 */
export function mendTexts(
  nodes: ReadonlyArray<{text: string; children?: unknown}>,
  hyphenBreaks?: ReadonlyMap<string, number>,
  splitWords = true,
): void {
  const all: Array<{text: string}> = []
  const collect = (node: {text: string; children?: unknown}): void => {
    all.push(node)
    if (Array.isArray(node.children)) {
      for (const child of node.children as Array<{type?: string; children?: unknown}>) {
        if (child.type === 'list')
          for (const point of child.children as Array<{text: string; children?: unknown}>) collect(point)
      }
    }
  }
  for (const node of nodes) collect(node)
  const texts = all.map((node) => node.text)
  const firsts: FirstPlaces = {words: [], places: []}
  const counts = wordCounts(texts, firsts)
  if (splitWords)
    for (const index of textsToMend(texts, counts, firsts)) {
      const node = all[index] as {text: string}
      node.text = mendSplitWords(node.text, counts)
    }
  if (hyphenBreaks === undefined) return
  if (hyphenBreaks.size === 0) return
  // A paragraph's text holds its sub-items' too: the hyphenated forms are counted in the
  // paragraphs' texts only, or a word broken inside a sub-item would count as written twice.
  const hyphenated = hyphenatedCounts(
    nodes.map((node) => node.text),
    hyphenBreaks.keys(),
  )
  const mend = lineHyphenMender(counts, hyphenBreaks, hyphenated)
  for (const node of all) node.text = mend(node.text)
}
