import type {Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  CorpusIndex,
  indexFiles,
  renderTraceMarkdown,
  traceReport,
  traceResolution,
  traceText,
  type TraceReport,
} from '../src/corpus/index.js'
import {documents, parseDocument, root} from './helpers.js'
import path from 'node:path'

let index: CorpusIndex

beforeAll(async () => {
  index = (await indexFiles([path.join(root, documents.cop62en), path.join(root, documents.cop83)])).index
})

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

function nodes(tree: Root | RootContent, type: string, found: RootContent[] = []): RootContent[] {
  if (tree.type === type) found.push(tree as RootContent)
  if ('children' in tree) for (const child of tree.children) nodes(child, type, found)
  return found
}

function plain(node: RootContent | Root): string {
  if ('value' in node && node.type !== 'html') return node.value
  if ('children' in node) return node.children.map((child) => plain(child)).join('')
  return ''
}

/** What the report marks, in order: new wording of the maps, then insertions and deletions of the passages. */
function expectedMarks(report: TraceReport): {strong: string[]; deleted: string[]} {
  const strong = ['new wording is in bold', 'bold']
  const deleted = ['struck through']
  for (const paragraph of report.paragraphs) {
    if (paragraph.new) continue
    for (const segment of paragraph.map)
      if (segment.match === undefined && segment.text.trim() !== '') strong.push(segment.text.trim())
    for (const match of paragraph.matches) {
      for (const passage of match.passages) {
        for (const change of passage.diff) {
          if (change.value.trim() === '') continue
          if (change.added) strong.push(change.value.trim())
          if (change.removed) deleted.push(change.value.trim())
        }
      }
    }
  }
  return {strong, deleted}
}

describe('trace Markdown renders in GitHub Flavored Markdown', () => {
  it('turns every insertion and every piece of new wording into strong text, every deletion into a strikethrough, with no marker left', () => {
    const draft = parseDocument('cop10draft')
    const report = traceReport({
      draft: {file: documents.cop10draft, lang: 'en'},
      index,
      options: {top: 5, threshold: 0.35},
      paragraphs: traceResolution(index, draft),
    })
    const markdown = renderTraceMarkdown(report)
    const tree = parse(markdown)
    const {strong, deleted} = expectedMarks(report)
    expect(strong.length).toBeGreaterThan(50)
    expect(nodes(tree, 'strong').map((node) => plain(node).trim())).toEqual(strong)
    expect(nodes(tree, 'delete').map((node) => plain(node).trim())).toEqual(deleted)
    for (const text of nodes(tree, 'text')) expect((text as {value: string}).value).not.toMatch(/\*\*|~~/)
    // A punctuation-only insertion next to a word (8/3 PP 7 → draft PP 5 adds a comma after "regions").
    expect(strong).toContain(',')
  })

  it('escapes @mentions, bare URLs and e-mail addresses, so nothing is linked and nobody is notified', () => {
    const hostile =
      'Also requests the Secretariat, @octocat and @org/team to support http://evil.example/x www.example.org mail@example.com the Working Group in the performance of its functions;'
    const traced = traceText(index, hostile, 'en')
    expect(traced.matches.length).toBeGreaterThan(0)
    const report = traceReport({draft: {lang: 'en'}, index, options: {top: 5, threshold: 0.35}, paragraphs: [traced]})
    const tree = parse(renderTraceMarkdown(report))
    expect(nodes(tree, 'link')).toEqual([])
    const text = nodes(tree, 'text')
      .map((node) => (node as {value: string}).value)
      .join('')
    for (const piece of ['octocat', 'org/team', 'evil.example/x', 'example.org', 'example.com'])
      expect(text).toContain(piece)
    // The separators are empty HTML comments, which GitHub does not show.
    for (const html of nodes(tree, 'html')) expect((html as {value: string}).value).toMatch(/^<!-- -->$|^<\/?sup>$/)
  })
})
