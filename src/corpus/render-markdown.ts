import type {WordChange} from '../diff/words.js'
import type {TraceReport} from './report.js'
import {citeMatch} from './render-terminal.js'

/** Escape what Markdown would read as markup, so any input text prints as itself. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')
}

function renderWords(words: readonly WordChange[]): string {
  return words
    .map((change) => {
      const value = escapeMarkdown(change.value)
      if (value.trim() === '') return value
      if (change.removed) return `~~${value}~~`
      if (change.added) return `**${value}**`
      return value
    })
    .join('')
}

/** A Markdown report: one section per draft paragraph, deletions struck through, insertions in bold. */
export function renderTraceMarkdown(report: TraceReport): string {
  const {summary} = report
  const lines: string[] = [
    `# Trace of ${escapeMarkdown(report.draft.symbol ?? report.draft.file ?? 'a passage')}`,
    '',
    `${summary.paragraphs} paragraphs: ${summary.traced} found earlier, ${summary.new} new. ` +
      `Corpus: ${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs.`,
    ''
  ]
  for (const paragraph of report.paragraphs) {
    lines.push(`## ${escapeMarkdown(paragraph.eId ?? 'passage')}`, '', `> ${escapeMarkdown(paragraph.text)}`, '')
    if (paragraph.new) lines.push(`*New language*: no earlier paragraph reaches similarity ${report.options.threshold}.`, '')
    for (const match of paragraph.matches) {
      lines.push(`- **${match.similarity.toFixed(3)}** ${escapeMarkdown(citeMatch(match))}${match.relation === 'part' ? ' (part)' : ''}`, '', `  ${renderWords(match.words)}`, '')
    }
  }
  return `${lines.join('\n')}`
}
