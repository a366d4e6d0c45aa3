import type {DiffResult, ParagraphChange} from './changes.js'
import {detailLines, eIdsOf, elide, headLabel, sideName, visibleChanges, type RenderOptions} from './render-terminal.js'
import type {WordChange} from './words.js'

/** The diff as Markdown for a review comment: a summary table, then one section per change. */
export function renderDiffMarkdown(result: DiffResult, options: RenderOptions = {}): string {
  const s = result.summary
  const lines = [
    `### ${escapeMarkdown(sideName(result.old))} → ${escapeMarkdown(sideName(result.new))}`,
    '',
    '| unchanged | reworded | added | dropped | merged | split | moved |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.unchanged} | ${s.reworded} | ${s.added} | ${s.dropped} | ${s.merged} | ${s.split} | ${s.moved} |`
  ]
  for (const change of visibleChanges(result.changes, options)) {
    const eIds = eIdsOf(change)
    const similarity = change.similarity !== undefined && change.kind !== 'unchanged' ? ` · similarity ${change.similarity.toFixed(2)}` : ''
    lines.push('', `#### ${headLabel(change)} · ${eIds}${similarity}`)
    for (const detail of detailLines(change, options.all ?? result.changes)) lines.push('', escapeMarkdown(detail))
    const body = markdownBody(change)
    if (body) lines.push('', `> ${body}`)
  }
  return `${lines.join('\n')}\n`
}

function markdownBody(change: ParagraphChange): string {
  if (change.words) return markdownWords(change.words)
  if (change.text === undefined) return ''
  if (change.kind === 'added') return wrap(change.text, '**')
  if (change.kind === 'dropped') return wrap(change.text, '~~')
  return escapeMarkdown(change.text)
}

/** Deletions struck through, insertions in bold. */
export function markdownWords(words: readonly WordChange[]): string {
  return words.map((word) => (word.removed ? wrap(word.value, '~~') : word.added ? wrap(word.value, '**') : escapeMarkdown(elide(word.value)))).join('')
}

// Emphasis must hug its text, so surrounding spaces stay outside the markers.
function wrap(text: string, marker: string): string {
  // trim() removes exactly what \s matches; a regular expression for this was quadratic.
  const core = text.trim()
  const lead = text.slice(0, text.length - text.trimStart().length)
  const trail = text.slice(text.trimEnd().length)
  if (!core) return text
  return `${lead}${marker}${escapeMarkdown(core)}${marker}${trail}`
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/gu, (character) => `\\${character}`).replace(/\n/gu, ' ')
}
