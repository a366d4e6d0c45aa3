import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node, Parent} from 'unist'
import {describe, expect, it} from 'vitest'
import {markdownMark, markdownWords} from '../src/diff/render-markdown.js'
import {runCli} from './helpers/cli.js'

// Every Markdown report must render in a review comment: parsed as GitHub-flavoured Markdown
// (remark-parse + remark-gfm, as GitHub's own parser reads it), each insertion must become bold
// (or <ins>) and each deletion struck (or <del>), and no marker may be left standing as text.

interface Html extends Node {
  value: string
}

function parse(markdown: string): Parent {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Parent
}

function walk(node: Node, visit: (node: Node, inside: string[]) => void, inside: string[] = []): void {
  visit(node, inside)
  for (const child of (node as Parent).children ?? []) walk(child, visit, [...inside, node.type])
}

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return ((node as Parent).children ?? []).map(textOf).join('')
}

/** The insertions and deletions as rendered: bold / struck nodes, and <ins>…</ins> / <del>…</del> runs. */
function rendered(markdown: string): {inserted: string[]; deleted: string[]; literal: string[]} {
  const inserted: Array<[number, string]> = []
  const deleted: Array<[number, string]> = []
  const literal: string[] = []
  const at = (node: Node): number => node.position?.start.offset ?? -1
  walk(parse(markdown), (node, inside) => {
    if (node.type === 'strong') inserted.push([at(node), textOf(node)])
    if (node.type === 'delete') deleted.push([at(node), textOf(node)])
    if (node.type === 'text' && !inside.includes('inlineCode') && /\*\*|~~/u.test(textOf(node)))
      literal.push(textOf(node))
    if (node.type === 'paragraph') {
      // Inline HTML comes as html nodes around text nodes: <ins>, text, </ins>.
      const children = (node as Parent).children
      children.forEach((child, index) => {
        const open = child.type === 'html' ? /^<(ins|del)>$/u.exec((child as Html).value) : null
        if (!open) return
        const close = children.findIndex(
          (later, at) => at > index && later.type === 'html' && (later as Html).value === `</${open[1]}>`,
        )
        expect(close, 'an <ins>/<del> without its end').toBeGreaterThan(index)
        const text = children
          .slice(index + 1, close)
          .map(textOf)
          .join('')
        ;(open[1] === 'ins' ? inserted : deleted).push([at(child), text])
      })
    }
  })
  const inOrder = (runs: Array<[number, string]>): string[] => runs.sort((a, b) => a[0] - b[0]).map(([, text]) => text)
  return {inserted: inOrder(inserted), deleted: inOrder(deleted), literal}
}

interface WordChange {
  value: string
  added?: boolean
  removed?: boolean
}
interface Change {
  kind: string
  moved: boolean
  renumbered: boolean
  words?: WordChange[]
  text?: string
}

const pairs = [
  ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
  ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
  ['fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
  ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
] as const

describe('diff --format markdown renders in GFM', () => {
  it.each(pairs)(
    '%s → %s: every insertion bold, every deletion struck, no marker left as text',
    async (oldFile, newFile) => {
      const markdown = (await runCli(['diff', oldFile, newFile, '--format', 'markdown'])).stdout
      const json = JSON.parse((await runCli(['diff', oldFile, newFile, '--format', 'json'])).stdout) as {
        changes: Change[]
      }
      const shown = json.changes.filter((change) => change.kind !== 'unchanged' || change.moved || change.renumbered)
      const expected = {inserted: [] as string[], deleted: [] as string[]}
      for (const change of shown) {
        if (change.words) {
          for (const word of change.words) {
            if (word.value.trim() === '') continue
            if (word.added) expected.inserted.push(word.value.trim())
            if (word.removed) expected.deleted.push(word.value.trim())
          }
        } else if (change.text !== undefined && change.kind === 'added') expected.inserted.push(change.text.trim())
        else if (change.text !== undefined && change.kind === 'dropped') expected.deleted.push(change.text.trim())
      }
      const got = rendered(markdown)
      expect(got.literal).toEqual([])
      expect(got.inserted).toEqual(expected.inserted)
      expect(got.deleted).toEqual(expected.deleted)
      expect(expected.inserted.length + expected.deleted.length).toBeGreaterThan(10)
    },
  )

  it('renders a punctuation-only insertion between a word and a space, and changes at the edges of words', () => {
    // "regions, and": the comma inserted after a letter — `regions**,** and` would stay literal.
    const words = [
      {value: 'in all regions'},
      {value: ',', added: true},
      {value: ' and '},
      {value: 'Firearms ', removed: true},
      {value: 'Protocol'},
      {value: '; Also', removed: true},
      {value: ', and', added: true},
      {value: ' encourages '},
      {value: '(a)', added: true},
      {value: 'item'},
    ]
    const got = rendered(`> ${markdownWords(words)}\n`)
    expect(got.literal).toEqual([])
    expect(got.inserted).toEqual([',', ', and', '(a)'])
    expect(got.deleted).toEqual(['Firearms', '; Also'])
  })

  it('keeps spaces outside the markers', () => {
    expect(markdownMark('Firearms ', 'del', 'e', 'P')).toBe('~~Firearms~~ ')
    expect(markdownMark(' the Protocol', 'ins', 'f', '.')).toBe(' **the Protocol**')
  })
})

describe('history --format markdown renders in GFM', () => {
  it('is one table, a row per paragraph of the newest version; new paragraphs say so, not "unchanged"', async () => {
    const files = ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']
    const markdown = (await runCli(['history', ...files, '--format', 'markdown'])).stdout
    const json = JSON.parse((await runCli(['history', ...files, '--format', 'json'])).stdout) as {
      paragraphs: Array<{eId: string; since: number; steps: unknown[]}>
    }
    const tree = parse(markdown)
    const tables = tree.children.filter((node) => node.type === 'table') as Parent[]
    expect(tables).toHaveLength(1)
    const rows = (tables[0]?.children ?? []).slice(1) as Parent[]
    expect(rows).toHaveLength(json.paragraphs.length)
    expect(rendered(markdown).literal).toEqual([])
    json.paragraphs.forEach((paragraph, index) => {
      const cells = (rows[index]?.children ?? []).map(textOf)
      expect(cells).toHaveLength(3)
      if (paragraph.since === 2) expect(cells[2], paragraph.eId).toBe('added in v3')
      else expect(cells[2], paragraph.eId).not.toBe('added in v3')
    })
    // The draft's first preambular paragraph is new in the draft (v3): "Taking into account that 2020 …".
    expect((rows[0]?.children ?? []).map(textOf)).toEqual(['PP 1', 'new in v3', 'added in v3'])
  })
})
