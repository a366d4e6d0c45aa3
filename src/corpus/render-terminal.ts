import type {ChalkInstance} from 'chalk'
import type {WordChange} from '../diff/words.js'
import type {TraceReport} from './report.js'
import type {TraceMatch} from './trace.js'

/** Where a match comes from, as a drafter cites it: `8/3 (CTOC/COP/2016/L.5) para_25, 2016-10-21`. */
export function citeMatch(match: TraceMatch): string {
  const name = match.number && match.symbol ? `${match.number} (${match.symbol})` : (match.number ?? match.symbol ?? match.file)
  return `${name} ${match.eId}${match.date ? `, ${match.date}` : ''}`
}

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

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

/** Each draft paragraph, then its earlier matches with the word diff from each to the draft. */
export function renderTraceTerminal(report: TraceReport, color: ChalkInstance): string {
  const lines: string[] = []
  for (const paragraph of report.paragraphs) {
    const name = paragraph.eId ?? 'passage'
    lines.push(color.bold(`${name}  ${shorten(paragraph.text, 72)}`))
    if (paragraph.new) {
      lines.push(`  ${color.yellow('new language')}: no earlier paragraph reaches similarity ${report.options.threshold}`)
    }
    for (const match of paragraph.matches) {
      lines.push(`  ${color.cyan(match.similarity.toFixed(3))}  ${citeMatch(match)}${match.relation === 'part' ? color.dim(' (part)') : ''}`)
      lines.push(`    ${renderWords(match.words, color)}`)
    }
    lines.push('')
  }
  const {summary} = report
  lines.push(
    `${summary.paragraphs} paragraph${summary.paragraphs === 1 ? '' : 's'}: ${summary.traced} found earlier, ${summary.new} new ` +
      `(corpus: ${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs)`
  )
  return `${lines.join('\n')}\n`
}
