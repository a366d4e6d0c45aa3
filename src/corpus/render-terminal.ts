import type {ChalkInstance} from 'chalk'
import type {WordChange} from '../diff/words.js'
import type {TraceReport} from './report.js'
import {samePlace, type MapSegment, type Place, type TraceMatch, type TracedParagraph} from './trace.js'

/** A place as a drafter cites it: `8/3 (CTOC/COP/2016/L.5) OP 25, 2016-10-21`. */
export function citePlace(place: Place): string {
  const name =
    place.number && place.symbol ? `${place.number} (${place.symbol})` : (place.number ?? place.symbol ?? fileOf(place))
  return `${name} ${place.label}${place.date ? `, ${place.date}` : ''}`
}

/** Shorter: `8/3 OP 25` (number or symbol, and the paragraph). */
export function shortPlace(place: Place): string {
  return `${place.number ?? place.symbol ?? fileOf(place)} ${place.label}`
}

/** The file, and which of its resolutions when it holds several: `volume.txt [before 46/86]`. */
function fileOf(place: Place): string {
  return place.resolution === undefined ? place.file : `${place.file} [${place.resolution}]`
}

/** @deprecated Use citePlace. */
export const citeMatch = (match: TraceMatch): string => citePlace(match)

function renderWords(words: readonly WordChange[], color: ChalkInstance): string {
  const plain = color.level === 0
  return words
    .map((change) => {
      if (change.removed) return plain ? `[-${change.value}-]` : color.red.strikethrough(change.value)
      if (change.added) return plain ? `{+${change.value}+}` : color.green.underline(change.value)
      return change.value
    })
    .join('')
}

const sourceColours = ['cyan', 'magenta', 'blue', 'yellow', 'white'] as const

/** The paragraph with each piece of agreed wording followed by its source's number, new wording marked as an insertion. */
export function renderMap(map: readonly MapSegment[], color: ChalkInstance): string {
  const plain = color.level === 0
  return map
    .map((segment) => {
      if (segment.match === undefined) {
        if (segment.text.trim() === '') return segment.text
        return plain ? `{+${segment.text}+}` : color.green.underline(segment.text)
      }
      const tag = `[${segment.match + 1}]`
      const trimmed = segment.text.trimEnd()
      const space = segment.text.slice(trimmed.length)
      return plain
        ? `${trimmed}${tag}${space}`
        : `${color[sourceColours[segment.match % sourceColours.length]!](trimmed)}${color.dim(tag)}${space}`
    })
    .join('')
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

function share(paragraph: TracedParagraph): string {
  if (paragraph.words.total === 0) return ''
  return `${Math.round((paragraph.words.agreed / paragraph.words.total) * 100)}% agreed before`
}

/** Each draft paragraph: its agreed-language map, then each earlier match with the word diff of the shared passages. */
export function renderTraceTerminal(report: TraceReport, color: ChalkInstance): string {
  const lines: string[] = []
  for (const paragraph of report.paragraphs) {
    const name = paragraph.label ?? 'passage'
    lines.push(
      `${color.bold(`${name}  ${shorten(paragraph.text, 72)}`)}${paragraph.new ? '' : `  ${color.dim(share(paragraph))}`}`,
    )
    if (paragraph.new) {
      lines.push(`  ${color.yellow('new language')}: no earlier text shares a passage with it`, '')
      continue
    }
    lines.push(`  ${renderMap(paragraph.map, color)}`)
    paragraph.matches.forEach((match, position) => {
      const first = samePlace(match.first, match) ? '' : `; first agreed ${citePlace(match.first)}`
      const also = match.alsoIn.length > 0 ? `; also in ${match.alsoIn.map(shortPlace).join(', ')}` : ''
      lines.push(
        `  [${position + 1}] ${color.cyan(match.similarity.toFixed(3))} ${match.relation}  ${citePlace(match)}${color.dim(`${first}${also}`)}`,
      )
      for (const passage of match.passages) lines.push(`      ${renderWords(passage.diff, color)}`)
    })
    lines.push('')
  }
  const {summary} = report
  const agreed =
    summary.words > 0 ? `; ${Math.round((summary.agreedWords / summary.words) * 100)}% of the words agreed before` : ''
  lines.push(
    `${summary.paragraphs} paragraph${summary.paragraphs === 1 ? '' : 's'}: ${summary.traced} found earlier, ${summary.new} new${agreed} ` +
      `(corpus: ${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs)`,
  )
  return `${lines.join('\n')}\n`
}
