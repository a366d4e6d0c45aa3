import type {Nodes as MdastNodes, PhrasingContent, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Citation, Emphasis, Inline, Lang, Position} from '../tree/types.js'
import {findCitations} from './citations.js'
import {fromSuperscript} from './patterns.js'
import {readSimpleMarkup} from './simple-markup.js'
import {offsetMap, runsText, type OffsetMap, type Run} from './runs.js'
import {positionOf, type Source} from './source.js'

/** Marker sentinels: the parser wraps footnote markers it found in PDF text in these. */
export const markerOpen = '\uE000'
export const markerClose = '\uE001'
/** A star inside a marker between the sentinels (context.ts): never Markdown's emphasis. */
export const markerStar = '\uE002'

const processor = unified().use(remarkParse)

/** Blocks longer than this are not given to remark-parse: it is slow on long strings. */
const remarkLimit = 100_000

/**
 * Blocks with more runs of emphasis or bracket characters than this are not given to
 * remark-parse either: micromark matches each closing run against every opening run before
 * it, so `*_` repeated 5,000 times took 10 s (issue 15). A real paragraph has a handful.
 */
const delimiterRunLimit = 200

/** How many runs of `*`, `_`, `[` or `]` the text has, up to `limit + 1`. */
function delimiterRuns(text: string, limit: number): number {
  let runs = 0
  let previous = ''
  for (let index = 0; index < text.length && runs <= limit; index++) {
    const character = text.charAt(index)
    if ((character === '*' || character === '_' || character === '[' || character === ']') && character !== previous)
      runs++
    previous = character
  }
  return runs
}

/** Characters that can start Markdown inline syntax; blocks without them are plain text. */
const markdownSyntax = /[*_[<`\\&!]/

/**
 * Inline content of one paragraph (or footnote, or sub-item): emphasis, footnote markers
 * and citations, with positions into the source file.
 */
export function parseInline(
  runs: readonly Run[],
  source: Source,
  lang: Lang,
  options: {remarkOnly?: boolean} = {},
): Inline[] {
  const prepared = prepare(runs)
  const text = runsText(prepared)
  const map = offsetMap(prepared)
  const context: Context = {source, map, lang}
  let nodes: Inline[]
  const simple = markdownSyntax.test(text) && !options.remarkOnly ? readSimpleMarkup(text) : undefined
  if (simple) {
    nodes = []
    for (const segment of simple) {
      const words = splitText(text.slice(segment.contentStart, segment.contentEnd), segment.contentStart, context)
      if (segment.type === 'text') nodes.push(...words)
      else
        nodes.push({
          type: 'emphasis',
          children: mergeText(words),
          position: position(context, segment.start, segment.end),
        })
    }
  } else if (
    markdownSyntax.test(text) &&
    text.length <= remarkLimit &&
    delimiterRuns(text, delimiterRunLimit) <= delimiterRunLimit
  ) {
    const tree = processor.parse(text) as Root
    nodes = []
    for (const block of tree.children) {
      if ('children' in block) nodes.push(...phrasing(block.children as MdastNodes[], context, text))
      else if ('value' in block && typeof block.value === 'string')
        nodes.push(...splitText(block.value, offsetOf(block, 0), context))
    }
  } else {
    nodes = splitText(text, 0, context)
  }
  return mergeText(nodes)
}

interface Context {
  source: Source
  map: OffsetMap
  lang: Lang
}

/**
 * Replace `<sup>12</sup>` by sentinels of the same length, so remark sees no HTML and
 * offsets stay put; escape what remark would read as a block construct at the start.
 */
function prepare(runs: readonly Run[]): Run[] {
  const result: Run[] = runs.map((run) => ({
    ...run,
    text: run.text.replace(/<sup>\s*([^<\s]{1,6})\s*<\/sup>/g, (whole, marker: string) => {
      const at = whole.indexOf(marker)
      return markerOpen.repeat(at) + marker + markerClose.repeat(whole.length - at - marker.length)
    }),
  }))
  const text = runsText(result)
  // A number's full stop is what CommonMark escapes (`1\.`): a backslash before a digit is text.
  const digits = /^\d{1,9}(?=[.)])/.exec(text)
  const first = result[0]
  if (digits && first && !first.fixed && first.text.length > digits[0].length) {
    const cut = digits[0].length
    result.splice(
      0,
      1,
      {text: first.text.slice(0, cut), at: first.at},
      {text: '\\', at: first.at + cut, fixed: true},
      {text: first.text.slice(cut), at: first.at + cut},
    )
  } else if (/^(?:[#>+-]|\d{1,9}[.)]|\*\s|=+\s*$)/.test(text) || /^ {4}/.test(text)) {
    result.unshift({text: '\\', at: first?.at ?? 0, fixed: true})
  }
  return result
}

function offsetOf(node: {position?: {start: {offset?: number | undefined}} | undefined}, fallback: number): number {
  return node.position?.start.offset ?? fallback
}

function phrasing(children: readonly MdastNodes[], context: Context, text: string): Inline[] {
  const nodes: Inline[] = []
  for (const child of children) {
    const start = child.position?.start.offset ?? 0
    const end = child.position?.end.offset ?? start
    switch (child.type) {
      case 'text':
        nodes.push(...splitText(child.value, start, context))
        break
      case 'emphasis':
      case 'strong': {
        const inner = phrasing(child.children, context, text)
        // `**_x_**` and `*x*` are the same to us: the phrase was set apart.
        const flat = inner.length === 1 && inner[0]?.type === 'emphasis' ? inner[0].children : inner
        const emphasis: Emphasis = {type: 'emphasis', children: mergeText(flat)}
        emphasis.position = position(context, start, end)
        nodes.push(emphasis)
        break
      }
      case 'link':
      case 'linkReference':
      case 'delete':
        nodes.push(...phrasing(child.children as PhrasingContent[], context, text))
        break
      case 'inlineCode':
      case 'html':
        nodes.push(...splitText(child.value, start, context))
        break
      case 'break':
        nodes.push({type: 'text', value: ' ', position: position(context, start, end)})
        break
      case 'image':
      case 'imageReference':
        nodes.push(...splitText(text.slice(start, end), start, context))
        break
      case 'footnoteReference':
        nodes.push({type: 'noteRef', marker: child.identifier, position: position(context, start, end)})
        break
      default:
        if ('children' in child) nodes.push(...phrasing(child.children as MdastNodes[], context, text))
        else if ('value' in child && typeof child.value === 'string')
          nodes.push(...splitText(child.value, start, context))
    }
  }
  return nodes
}

const markerPattern = new RegExp(
  `(?<!${markerOpen})${markerOpen}+([^${markerOpen}${markerClose}]*)${markerClose}+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+`,
  'gu',
)

/** Split a text value at footnote markers and citations. `start` is its offset in the assembled text. */
function splitText(value: string, start: number, context: Context): Inline[] {
  const nodes: Inline[] = []
  let last = 0
  const pushText = (from: number, to: number): void => {
    if (to <= from) return
    nodes.push(...withCitations(value.slice(from, to), start + from, context))
  }
  for (const match of value.matchAll(markerPattern)) {
    const index = match.index ?? 0
    pushText(last, index)
    const marker = match[1] !== undefined ? match[1].replaceAll(markerStar, '*') : fromSuperscript(match[0])
    nodes.push({type: 'noteRef', marker, position: position(context, start + index, start + index + match[0].length)})
    last = index + match[0].length
  }
  pushText(last, value.length)
  return nodes
}

function withCitations(value: string, start: number, context: Context): Inline[] {
  const nodes: Inline[] = []
  let last = 0
  for (const found of findCitations(value, context.lang)) {
    if (found.index < last) continue
    if (found.index > last) nodes.push(text(value.slice(last, found.index), start + last, context))
    const citation: Citation = {
      type: 'citation',
      kind: found.kind,
      ref: found.ref,
      value: value.slice(found.index, found.index + found.length),
      position: position(context, start + found.index, start + found.index + found.length),
    }
    if (found.date) citation.date = found.date
    nodes.push(citation)
    last = found.index + found.length
  }
  if (last < value.length) nodes.push(text(value.slice(last), start + last, context))
  return nodes
}

function text(value: string, start: number, context: Context): Inline {
  return {type: 'text', value, position: position(context, start, start + value.length)}
}

function position(context: Context, start: number, end: number): Position {
  const from = context.map(start)
  const to = end > start ? context.map(end - 1) + 1 : from
  return positionOf(context.source, from, Math.max(from, to))
}

/** Adjacent text nodes (split by remark at escapes or entities) become one. */
function mergeText(nodes: Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const node of nodes) {
    const previous = merged.at(-1)
    if (node.type === 'text' && previous?.type === 'text') {
      previous.value += node.value
      if (previous.position && node.position)
        previous.position = {start: previous.position.start, end: node.position.end}
    } else merged.push(node)
  }
  return merged
}
