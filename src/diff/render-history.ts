import type {ChalkInstance} from 'chalk'
import type {HistoryResult, LineageStep, ParagraphLineage} from './history.js'
import {escapeMarkdown} from './render-markdown.js'
import {sideName} from './render-terminal.js'
import {paragraphLabel} from '../tree/labels.js'

const firstWordsLength = 72

/** The history as a terminal report: versions, summary, then each paragraph of the newest version with its lineage. */
export function renderHistoryTerminal(result: HistoryResult, colors: ChalkInstance): string {
  const lines: string[] = result.versions.map(
    (version, index) => `${colors.bold(`v${index + 1}`)}  ${sideName(version)}`,
  )
  lines.push(summaryLine(result), '')
  for (const lineage of result.paragraphs) {
    lines.push(
      `${colors.bold(paragraphLabel(lineage.eId).padEnd(7))} ${origin(lineage, result)}  ${colors.dim(firstWords(lineage.text))}`,
    )
    for (const step of lineage.steps) if (!quiet(step)) lines.push(`  ${stepLine(step)}`)
  }
  if (result.dropped.length > 0) {
    lines.push('', colors.bold('dropped along the way'))
    for (const paragraph of result.dropped) {
      lines.push(
        `  ${colors.red(`v${paragraph.version + 1} ${paragraphLabel(paragraph.eId)}`)}, gone in v${paragraph.version + 2}  ${colors.dim(firstWords(paragraph.text))}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

/** The same as Markdown, for a review comment. */
export function renderHistoryMarkdown(result: HistoryResult): string {
  const lines = ['### History', '']
  result.versions.forEach((version, index) =>
    lines.push(`${index + 1}. v${index + 1}: ${escapeMarkdown(sideName(version))}`),
  )
  lines.push('', escapeMarkdown(summaryLine(result)), '', '| paragraph | since | lineage |', '| --- | --- | --- |')
  for (const lineage of result.paragraphs) {
    const steps = lineage.steps.filter((step) => !quiet(step)).map((step) => stepLine(step, escapeMarkdown))
    lines.push(
      `| ${paragraphLabel(lineage.eId)} | ${origin(lineage, result)} | ${steps.join('; ') || story(lineage, result)} |`,
    )
  }
  if (result.dropped.length > 0) {
    lines.push('', '#### Dropped along the way', '')
    for (const paragraph of result.dropped)
      lines.push(
        `- v${paragraph.version + 1} ${paragraphLabel(paragraph.eId)}, gone in v${paragraph.version + 2}: ${escapeMarkdown(firstWords(paragraph.text))}`,
      )
  }
  return `${lines.join('\n')}\n`
}

function summaryLine(result: HistoryResult): string {
  const s = result.summary
  return `${s.paragraphs} paragraphs in v${result.versions.length}: ${s.fromFirst} from v1 (${s.neverChanged} never changed), ${s.paragraphs - s.fromFirst} added later; ${s.dropped} dropped along the way`
}

const asIs = (text: string): string => text

function origin(lineage: ParagraphLineage, result: HistoryResult): string {
  if (lineage.since === result.versions.length - 1) return `new in v${lineage.since + 1}`
  return `since v${lineage.since + 1} (${lineage.origin.map(paragraphLabel).join(' + ')})`
}

/** What the lineage column says of a paragraph with no step worth showing: new, or unchanged. */
function story(lineage: ParagraphLineage, result: HistoryResult): string {
  return lineage.since === result.versions.length - 1 ? `added in v${lineage.since + 1}` : 'unchanged'
}

// A step that changed nothing is left out of the report (JSON keeps it).
function quiet(step: LineageStep): boolean {
  return step.kind === 'unchanged' && !step.moved && !step.renumbered
}

function stepLine(step: LineageStep, phrase = asIs): string {
  const eId = paragraphLabel
  const tags: string[] = [step.kind]
  if (step.moved) tags.push('moved')
  if (step.renumbered) tags.push('renumbered')
  let line = `v${step.from + 1}→v${step.to + 1} ${tags.join(', ')}: ${step.old.map(eId).join(' + ')} → ${step.new.map(eId).join(' + ')}`
  if (step.kind !== 'unchanged') line += ` (similarity ${step.similarity.toFixed(2)})`
  if (step.leadingPhrase)
    line += `, “${phrase(step.leadingPhrase.old ?? '')}” → “${phrase(step.leadingPhrase.new ?? '')}”`
  if (step.section) line += `, ${step.section.old} → ${step.section.new}`
  return line
}

function firstWords(text: string): string {
  return text.length <= firstWordsLength ? text : `${text.slice(0, firstWordsLength - 1).trimEnd()}…`
}
