import type {ChalkInstance} from 'chalk'
import type {Lang} from '../tree/types.js'
import type {AlignCheck, AlignResult} from './types.js'
import {paragraphLabels} from '../tree/labels.js'
import {padEnd, wrapText} from './width.js'

export interface TerminalOptions {
  /** Total columns; each language gets half, less the separator. */
  width: number
  colors: ChalkInstance
  /** Show only the pairs that have findings (the summary still counts them all). */
  findingsOnly?: boolean
}

/**
 * The two languages side by side, paragraph by paragraph, the first file's language on
 * the left, the findings under each pair; document findings first, a summary last.
 */
export function renderAlignTerminal(result: AlignResult, options: TerminalOptions): string {
  const {colors} = options
  const width = Math.max(40, options.width)
  const column = Math.floor((width - 3) / 2)
  const left: Lang = result.source
  const right: Lang = left === 'en' ? 'zh' : 'en'
  const out: string[] = []
  const name = (lang: Lang): string => {
    const side = result[lang]
    return [side.file ?? (lang === 'en' ? 'English' : 'Chinese'), side.symbol].filter(Boolean).join(' ')
  }
  out.push(colors.bold(`${padEnd(name(left), column)} │ ${name(right)}`))
  for (const check of result.checks) out.push(finding(check, colors, width))
  for (const pair of result.pairs) {
    if (options.findingsOnly && pair.checks.length === 0) continue
    out.push('')
    const heading = `${paragraphLabels(pair[left]) || '—'} ↔ ${paragraphLabels(pair[right]) || '—'}`
    const kind = pair.kind === '1-1' ? colors.dim(pair.kind) : colors.yellow(pair.kind)
    out.push(`${colors.bold(heading)}  ${kind}  ${colors.dim(`score ${pair.score.toFixed(3)}`)}`)
    const leftLines = pair[left].length > 0 ? wrapText(pair.text[left], column) : []
    const rightLines = pair[right].length > 0 ? wrapText(pair.text[right], column) : []
    for (let index = 0; index < Math.max(leftLines.length, rightLines.length); index++) {
      out.push(`${padEnd(leftLines[index] ?? '', column)} ${colors.dim('│')} ${rightLines[index] ?? ''}`.trimEnd())
    }
    for (const check of pair.checks) out.push(finding(check, colors, width))
  }
  out.push('')
  out.push(summaryLine(result, colors))
  return `${out.join('\n')}\n`
}

/** `  ✗ error date The date differs: …`, wrapped to the width under a hanging indent. */
function finding(check: AlignCheck, colors: ChalkInstance, width: number): string {
  const label = check.severity === 'error' ? '✗ error' : '! warning'
  const lines = wrapText(`${label} ${check.id} ${check.message}`, width - 4)
  const first = lines[0] ?? ''
  const mark = check.severity === 'error' ? colors.red(label) : colors.yellow(label)
  const head = `  ${mark} ${colors.dim(check.id)}${first.slice(label.length + check.id.length + 1)}`
  return [head, ...lines.slice(1).map((line) => `    ${line}`)].join('\n')
}

function summaryLine(result: AlignResult, colors: ChalkInstance): string {
  const beads = Object.entries(result.summary.beads)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ')
  const verdict =
    result.findings === 0
      ? colors.green('aligned, no findings')
      : `${result.findings} finding${result.findings === 1 ? '' : 's'} (${result.summary.errors} error${result.summary.errors === 1 ? '' : 's'}, ${result.summary.warnings} warning${result.summary.warnings === 1 ? '' : 's'})`
  return `${result.summary.pairs} pairs (${beads || 'none'}): ${verdict}`
}
