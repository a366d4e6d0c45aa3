import type {ChalkInstance} from 'chalk'
import type {ChangeKind, DiffResult, DiffSide, ParagraphChange} from './changes.js'
import type {WordChange} from './words.js'
import {compareDocumentOrder, paragraphLabels} from '../tree/labels.js'

export interface RenderOptions {
  /** Show unchanged paragraphs that did not move. */
  context?: boolean
  /** Every change of the diff, when `result.changes` holds only some (`--only`): moves are told against all. */
  all?: readonly ParagraphChange[]
}

/**
 * The diff as a terminal report: summary first, then each change with its eIds and the word
 * diff inline. Deletions and insertions are coloured, and also bracketed `[-…-]` / `{+…+}`
 * when the chalk instance has no colour, so the report reads the same in a log file.
 */
export function renderDiffTerminal(result: DiffResult, colors: ChalkInstance, options: RenderOptions = {}): string {
  const lines: string[] = [
    `${colors.bold(sideName(result.old))} → ${colors.bold(sideName(result.new))}`,
    summaryLine(result),
  ]
  for (const change of visibleChanges(result.changes, options)) {
    lines.push('', headLine(change, colors))
    for (const detail of detailLines(change, options.all ?? result.changes)) lines.push(`  ${detail}`)
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

/** `reworded, moved  OP 10 → OP 6  (similarity 0.66)` */
export function headLabel(change: ParagraphChange): string {
  const tags: string[] = [change.kind]
  if (change.moved) tags.push('moved')
  if (change.renumbered) tags.push('renumbered')
  return tags.join(', ')
}

/** The paragraphs a change links, as drafters cite them: `OP 10 + OP 12 → OP 9`. */
export function eIdsOf(change: ParagraphChange): string {
  const old = paragraphLabels(change.old)
  const now = paragraphLabels(change.new)
  if (change.kind === 'added') return now
  if (change.kind === 'dropped') return old
  return `${old} → ${now}`
}

function headLine(change: ParagraphChange, colors: ChalkInstance): string {
  const similarity =
    change.similarity !== undefined && change.kind !== 'unchanged'
      ? colors.dim(`  similarity ${change.similarity.toFixed(2)}`)
      : ''
  return `${kindColor(change.kind, colors)(headLabel(change).padEnd(10))}  ${eIdsOf(change)}${similarity}`
}

/** Lines under a change's head: what moved relative to what, a section crossed, an opening phrase changed. */
export function detailLines(change: ParagraphChange, changes: readonly ParagraphChange[] = []): string[] {
  const details: string[] = []
  const moved = movedDetail(change, changes)
  if (moved) details.push(moved)
  if (change.section) details.push(`section: ${change.section.old} → ${change.section.new}`)
  if (change.leadingPhrase)
    details.push(`leading phrase: ${change.leadingPhrase.old ?? '(none)'} → ${change.leadingPhrase.new ?? '(none)'}`)
  return details
}

/**
 * A move said against the paragraphs it crossed, since "moved PP 8 → PP 8" reads as a
 * contradiction: the paragraph may keep its number yet change its place among the others. Names
 * the nearest paragraph (one that stayed in order, when there is one) that it came before in the
 * old text and comes after in the new one, or the other way round.
 */
export function movedDetail(change: ParagraphChange, changes: readonly ParagraphChange[]): string | undefined {
  if (!change.moved || changes.length === 0) return undefined
  const oldOrder = [...new Set(changes.flatMap((each) => each.old))].sort(compareDocumentOrder)
  const newOrder = [...new Set(changes.flatMap((each) => each.new))].sort(compareDocumentOrder)
  const place = (each: ParagraphChange): {old: number; new: number} | undefined => {
    const [oldId] = each.old
    const [newId] = each.new
    if (oldId === undefined || newId === undefined) return undefined
    return {old: oldOrder.indexOf(oldId), new: newOrder.indexOf(newId)}
  }
  const here = place(change)
  if (!here) return undefined
  let best: {change: ParagraphChange; now: 'after' | 'before'; score: number} | undefined
  for (const other of changes) {
    const there = other === change ? undefined : place(other)
    if (!there) continue
    const now =
      there.old > here.old && there.new < here.new
        ? 'after'
        : there.old < here.old && there.new > here.new
          ? 'before'
          : undefined
    if (!now) continue
    // Nearest in the new text, and a paragraph that itself stayed in order before one that moved.
    const score = Math.abs(there.new - here.new) + (other.moved ? 10_000 : 0)
    if (!best || score < best.score) best = {change: other, now, score}
  }
  if (!best) return undefined
  const newLabel = paragraphLabels(best.change.new)
  const oldLabel = paragraphLabels(best.change.old)
  const name = newLabel === oldLabel ? newLabel : `${newLabel} (old ${oldLabel})`
  const then = best.now === 'after' ? 'before' : 'after'
  return `moved: now ${best.now} ${name}; in the old text it came ${then} it`
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
