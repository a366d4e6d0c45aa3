import type {WordChange} from '../diff/words.js'
import type {TraceReport} from './report.js'
import {citePlace, shortPlace} from './render-terminal.js'
import {samePlace, type MapSegment} from './trace.js'

/**
 * Separates two pieces of Markdown without showing anything: an empty HTML comment. GitHub
 * drops it, and it keeps an `@name`, a URL or an e-mail address from being linked (or
 * notifying someone), and lets emphasis open or close beside a letter.
 */
const invisible = '<!-- -->'

/** Escape what Markdown would read as markup, and break what GitHub would link, so any input text prints as itself. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&')
    .replace(/@/g, `@${invisible}`)
    .replace(/:\/\//g, `:${invisible}//`)
    .replace(/\b(www)\\\./gi, `$1${invisible}\\.`)
}

const punctuation = /[\p{P}\p{S}]/u
const space = /\s/u

type Piece = {text: string; marker?: '**' | '~~'}

/**
 * Emphasis that GitHub renders: whitespace moved outside the markers, and where the marked
 * text begins or ends with punctuation next to a letter (`word**,**`), an invisible
 * separator so the marker can still open or close (CommonMark's flanking rules).
 */
export function joinMarked(pieces: readonly Piece[]): string {
  const out: string[] = []
  const last = (): string => {
    const joined = out.length ? out[out.length - 1]! : ''
    return joined.length ? joined[joined.length - 1]! : ''
  }
  const expanded: Piece[] = []
  for (const piece of pieces) {
    if (!piece.marker) {
      expanded.push(piece)
      continue
    }
    const core = piece.text.trim()
    const lead = piece.text.slice(0, piece.text.length - piece.text.trimStart().length)
    const tail = piece.text.slice(piece.text.trimEnd().length)
    if (lead) expanded.push({text: lead})
    if (core) expanded.push({text: core, marker: piece.marker})
    if (tail) expanded.push({text: tail})
  }
  expanded.forEach((piece, position) => {
    if (!piece.marker) {
      out.push(piece.text)
      return
    }
    const escaped = escapeMarkdown(piece.text)
    const before = last()
    // An opening marker before punctuation needs whitespace or punctuation in front of it.
    if (before !== '' && !space.test(before) && !punctuation.test(before)) out.push(invisible)
    out.push(`${piece.marker}${escaped}${piece.marker}`)
    const next = expanded[position + 1]
    const after = next ? (next.marker ? next.marker[0]! : (escapeMarkdownStart(next.text) ?? '')) : ''
    // A closing marker after punctuation needs whitespace or punctuation after it.
    if (after !== '' && !space.test(after) && !punctuation.test(after)) out.push(invisible)
    else if (next?.marker) out.push(invisible)
  })
  return out.join('')
}

function escapeMarkdownStart(text: string): string | undefined {
  return text.length ? text[0] : undefined
}

function plainPieces(text: string): Piece {
  return {text: escapeMarkdown(text)}
}

function wordsMarkdown(words: readonly WordChange[]): string {
  return joinMarked(
    words.map((change) =>
      change.removed
        ? {text: change.value, marker: '~~'}
        : change.added
          ? {text: change.value, marker: '**'}
          : plainPieces(change.value),
    ),
  )
}

/** The agreed-language map: agreed wording followed by its source's number in superscript, new wording in bold. */
function mapMarkdown(map: readonly MapSegment[]): string {
  const pieces: Piece[] = []
  for (const segment of map) {
    if (segment.match === undefined) {
      pieces.push({text: segment.text, marker: '**'})
      continue
    }
    const trimmed = segment.text.trimEnd()
    pieces.push(
      plainPieces(trimmed),
      {text: `<sup>${segment.match + 1}</sup>`},
      {text: segment.text.slice(trimmed.length)},
    )
  }
  return joinMarked(pieces)
}

/** A Markdown report: per draft paragraph its agreed-language map, then each earlier match with the word diff of the shared passages. */
export function renderTraceMarkdown(report: TraceReport): string {
  const {summary} = report
  const agreed =
    summary.words > 0
      ? ` ${Math.round((summary.agreedWords / summary.words) * 100)}% of the words were agreed before.`
      : ''
  const lines: string[] = [
    `# Trace of ${escapeMarkdown(report.draft.symbol ?? report.draft.file ?? 'a passage')}`,
    '',
    `${summary.paragraphs} paragraphs: ${summary.traced} found earlier, ${summary.new} new.${agreed} ` +
      `Corpus: ${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs.`,
    '',
    'Wording agreed before is followed by the number of the match it comes from; **new wording is in bold**. ' +
      'In the matches, words the draft drops are ~~struck through~~ and words it adds are in **bold**.',
    '',
  ]
  for (const paragraph of report.paragraphs) {
    lines.push(`## ${escapeMarkdown(paragraph.label ?? 'Passage')}`, '')
    if (paragraph.new) {
      lines.push(
        `> ${escapeMarkdown(paragraph.text)}`,
        '',
        '*New language*: no earlier text shares a passage with it.',
        '',
      )
      continue
    }
    lines.push(`> ${mapMarkdown(paragraph.map)}`, '')
    paragraph.matches.forEach((match, position) => {
      const first = samePlace(match.first, match) ? '' : `; first agreed in ${escapeMarkdown(citePlace(match.first))}`
      const also = match.alsoIn.length ? `; also in ${escapeMarkdown(match.alsoIn.map(shortPlace).join(', '))}` : ''
      lines.push(
        `${position + 1}. ${escapeMarkdown(citePlace(match))}: ${match.relation}, similarity ${match.similarity.toFixed(3)}${first}${also}`,
        '',
      )
      for (const passage of match.passages) lines.push(`   ${wordsMarkdown(passage.diff)}`, '')
    })
  }
  return `${lines.join('\n')}`
}
