import type {ChalkInstance} from 'chalk'
import type {ChangeKind, DiffResult, DiffSide, ParagraphChange} from './changes.js'
import type {WordChange} from './words.js'

export interface RenderOptions {
  /** Show unchanged paragraphs that did not move. */
  context?: boolean
}

/**
 * The diff as a terminal report: summary first, then each change with its eIds and the word
 * diff inline. Deletions and insertions are coloured, and also bracketed `[-…-]` / `{+…+}`
 * when the chalk instance has no colour, so the report reads the same in a log file.
 */
export function renderDiffTerminal(result: DiffResult, colors: ChalkInstance, options: RenderOptions = {}): string {
  const lines: string[] = [`${colors.bold(sideName(result.old))} → ${colors.bold(sideName(result.new))}`, summaryLine(result)]
  for (const change of visibleChanges(result.changes, options)) {
    lines.push('', headLine(change, colors))
    for (const detail of detailLines(change)) lines.push(`  ${detail}`)
    const body = bodyText(change, colors)
    if (body) lines.push(`  ${body}`)
  }
  return `${lines.join('\n')}\n`
}

/** The changes a report shows: everything but paragraphs unchanged in place, unless `context`. */
export function visibleChanges(changes: readonly ParagraphChange[], options: RenderOptions): ParagraphChange[] {
  return changes.filter((change) => options.context || change.kind !== 'unchanged' || change.moved || change.renumbered)
}

export function sideName(side: DiffSide): string {
  const name = side.symbol ?? (side.number ? `resolution ${side.number}` : undefined)
  if (name && side.file) return `${name} (${side.file})`
  return name ?? side.file ?? 'text'
}

export function summaryLine(result: DiffResult): string {
  const s = result.summary
  return `${s.unchanged} unchanged, ${s.reworded} reworded, ${s.added} added, ${s.dropped} dropped, ${s.merged} merged, ${s.split} split; ${s.moved} moved`
}

/** `reworded, moved  para_10 → para_6  (similarity 0.66)` */
export function headLabel(change: ParagraphChange): string {
  const tags: string[] = [change.kind]
  if (change.moved) tags.push('moved')
  if (change.renumbered) tags.push('renumbered')
  return tags.join(', ')
}

export function eIdsOf(change: ParagraphChange): string {
  const old = change.old.join(' + ')
  const now = change.new.join(' + ')
  if (change.kind === 'added') return now
  if (change.kind === 'dropped') return old
  return `${old} → ${now}`
}

function headLine(change: ParagraphChange, colors: ChalkInstance): string {
  const similarity = change.similarity !== undefined && change.kind !== 'unchanged' ? colors.dim(`  similarity ${change.similarity.toFixed(2)}`) : ''
  return `${kindColor(change.kind, colors)(headLabel(change).padEnd(10))}  ${eIdsOf(change)}${similarity}`
}

export function detailLines(change: ParagraphChange): string[] {
  const details: string[] = []
  if (change.section) details.push(`section: ${change.section.old} → ${change.section.new}`)
  if (change.leadingPhrase) details.push(`leading phrase: ${change.leadingPhrase.old ?? '(none)'} → ${change.leadingPhrase.new ?? '(none)'}`)
  return details
}

function bodyText(change: ParagraphChange, colors: ChalkInstance): string {
  if (change.words) return renderWords(change.words, colors)
  if (change.text === undefined) return ''
  const plain = colors.level === 0
  if (change.kind === 'added') return plain ? `{+${change.text}+}` : colors.green(change.text)
  if (change.kind === 'dropped') return plain ? `[-${change.text}-]` : colors.red(change.text)
  return change.text
}

/**
 * A word diff on one line: `[-old-]{+new+}` without colour, red and green with it. Long kept
 * stretches are shortened to their ends around ` … ` so the changes stand out (JSON keeps all).
 */
export function renderWords(words: readonly WordChange[], colors: ChalkInstance): string {
  const plain = colors.level === 0
  return words
    .map((word) => {
      if (word.removed) return plain ? `[-${word.value}-]` : colors.red.strikethrough(word.value)
      if (word.added) return plain ? `{+${word.value}+}` : colors.green.underline(word.value)
      return elide(word.value)
    })
    .join('')
}

const keptLimit = 240
const keptEnd = 80

/** Kept text longer than `keptLimit` characters, shortened to about `keptEnd` at each end, cut between words. */
export function elide(text: string): string {
  if (text.length <= keptLimit) return text
  const head = text.slice(0, keptEnd).replace(/(?<!\S)\S*$/u, '')
  const tail = text.slice(-keptEnd).replace(/^\S*/u, '')
  return `${head}…${tail}`
}

function kindColor(kind: ChangeKind, colors: ChalkInstance): ChalkInstance {
  switch (kind) {
    case 'unchanged':
      return colors.dim
    case 'reworded':
      return colors.yellow
    case 'added':
      return colors.green
    case 'dropped':
      return colors.red
    case 'merged':
      return colors.magenta
    case 'split':
      return colors.cyan
    default: {
      const unexpected: never = kind
      throw new Error(`unexpected change kind ${String(unexpected)}`)
    }
  }
}
