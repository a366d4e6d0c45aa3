import type {Resolution} from '../tree/types.js'
import {diffResolutions, type ChangeKind, type DiffResult, type DiffSide, type ParagraphChange} from './changes.js'

/** One link of a paragraph's lineage: what happened between version `from` and version `to`. */
export interface LineageStep {
  /** Index of the older version in `versions`. */
  from: number
  to: number
  kind: Exclude<ChangeKind, 'added' | 'dropped'>
  moved: boolean
  renumbered: boolean
  old: string[]
  new: string[]
  similarity: number
  leadingPhrase?: {old: string | null; new: string | null}
  section?: ParagraphChange['section']
}

/** Where a paragraph of the newest version comes from. */
export interface ParagraphLineage {
  eId: string
  /** Index of the earliest version that holds an ancestor of the paragraph. */
  since: number
  /** The eIds of those earliest ancestors. */
  origin: string[]
  /** Oldest step first; empty for a paragraph added in the newest version. */
  steps: LineageStep[]
  text: string
}

/** A paragraph whose line ends before the newest version. */
export interface DroppedParagraph {
  /** The last version that has it. */
  version: number
  eId: string
  text: string
}

export interface HistorySummary {
  /** Paragraphs of the newest version. */
  paragraphs: number
  /** Of those, paragraphs whose line reaches back to the first version. */
  fromFirst: number
  /** Of those, paragraphs word for word the same, in every version. */
  neverChanged: number
  /** Paragraphs dropped along the way. */
  dropped: number
}

export interface HistoryResult {
  schema: 'resdiff/history@1'
  versions: DiffSide[]
  summary: HistorySummary
  paragraphs: ParagraphLineage[]
  dropped: DroppedParagraph[]
}

export interface HistoryOptions {
  strictFormat?: boolean
  files?: readonly string[]
}

/**
 * The lineage of every paragraph of the newest version back through the older ones, by chaining
 * the pairwise diffs of successive versions (oldest first).
 */
export function traceHistory(versions: readonly Resolution[], options: HistoryOptions = {}): HistoryResult {
  return historyOfDiffs(versions, successiveDiffs(versions, options))
}

/** The diff of each version against the one before it (oldest first): one fewer than the versions. */
export function successiveDiffs(versions: readonly Resolution[], options: HistoryOptions = {}): DiffResult[] {
  if (versions.length < 2) throw new RangeError('history needs at least two versions')
  const diffs: DiffResult[] = []
  for (let index = 1; index < versions.length; index++) {
    diffs.push(
      diffResolutions(versions[index - 1]!, versions[index]!, {
        strictFormat: options.strictFormat ?? false,
        ...fileOption('oldFile', options.files?.[index - 1]),
        ...fileOption('newFile', options.files?.[index]),
      }),
    )
  }
  return diffs
}

/** traceHistory from the successive diffs already made (successiveDiffs), to look at them too. */
export function historyOfDiffs(versions: readonly Resolution[], diffs: readonly DiffResult[]): HistoryResult {
  if (diffs.length !== versions.length - 1 || diffs.length === 0)
    throw new RangeError('history needs at least two versions and one diff between each two')
  // For each diff, the change that produced each new eId.
  const producedBy = diffs.map((diff) => {
    const map = new Map<string, ParagraphChange>()
    for (const change of diff.changes) for (const eId of change.new) map.set(eId, change)
    return map
  })

  const newest = diffs[diffs.length - 1]!
  const paragraphs: ParagraphLineage[] = []
  for (const change of newest.changes) {
    if (change.new.length === 0) continue
    for (const eId of change.new)
      paragraphs.push(
        lineageOf(eId, versions.length - 1, producedBy, textOf(change, eId, versions[versions.length - 1]!)),
      )
  }
  paragraphs.sort((a, b) => order(a.eId) - order(b.eId))

  const dropped: DroppedParagraph[] = []
  diffs.forEach((diff, index) => {
    for (const change of diff.changes)
      if (change.kind === 'dropped') dropped.push({version: index, eId: change.old[0]!, text: change.text ?? ''})
  })

  const summary: HistorySummary = {
    paragraphs: paragraphs.length,
    fromFirst: paragraphs.filter((lineage) => lineage.since === 0).length,
    neverChanged: paragraphs.filter(
      (lineage) => lineage.since === 0 && lineage.steps.every((step) => step.kind === 'unchanged' && !step.moved),
    ).length,
    dropped: dropped.length,
  }
  return {
    schema: 'resdiff/history@1',
    versions: [...diffs.map((diff) => diff.old), newest.new],
    summary,
    paragraphs,
    dropped,
  }
}

/** True when no paragraph changed anywhere along the history. */
export function isUnchangedHistory(result: HistoryResult): boolean {
  return (
    result.summary.dropped === 0 &&
    result.summary.neverChanged === result.summary.paragraphs &&
    result.paragraphs.every((p) => p.steps.every((step) => !step.renumbered))
  )
}

function lineageOf(
  eId: string,
  version: number,
  producedBy: ReadonlyArray<Map<string, ParagraphChange>>,
  text: string,
): ParagraphLineage {
  const steps: LineageStep[] = []
  let frontier = [eId]
  let since = version
  let origin = [eId]
  for (let to = version; to > 0; to--) {
    const changes = new Set<ParagraphChange>()
    for (const current of frontier) {
      const change = producedBy[to - 1]!.get(current)
      if (change && change.kind !== 'added') changes.add(change)
    }
    if (changes.size === 0) break
    const ordered = [...changes].sort((a, b) => order(a.old[0]!) - order(b.old[0]!))
    for (const change of ordered.reverse()) steps.unshift(stepOf(change, to - 1, to))
    frontier = [...new Set(ordered.flatMap((change) => change.old))].sort((a, b) => order(a) - order(b))
    since = to - 1
    origin = frontier
  }
  return {eId, since, origin, steps, text}
}

function stepOf(change: ParagraphChange, from: number, to: number): LineageStep {
  const step: LineageStep = {
    from,
    to,
    kind: change.kind as LineageStep['kind'],
    moved: change.moved,
    renumbered: change.renumbered,
    old: change.old,
    new: change.new,
    similarity: change.similarity ?? 1,
  }
  if (change.leadingPhrase) step.leadingPhrase = change.leadingPhrase
  if (change.section) step.section = change.section
  return step
}

function textOf(change: ParagraphChange, eId: string, tree: Resolution): string {
  if (change.kind === 'added' && change.text !== undefined) return change.text
  for (const node of tree.children) {
    if (node.type === 'preamble')
      for (const child of node.children)
        if (child.type === 'preambularParagraph' && child.eId === eId) return child.text
    if (node.type === 'mainBody') for (const child of node.children) if (child.eId === eId) return child.text
  }
  return ''
}

// Preamble before operative part, then by number: `preamble_2` < `preamble_10` < `para_1`.
function order(eId: string): number {
  const number = Number(/(?<!\d)\d+$/u.exec(eId)?.[0] ?? 0)
  return (eId.startsWith('preamble_') ? 0 : 1_000_000) + number
}

function fileOption(key: 'oldFile' | 'newFile', file: string | undefined): Record<string, string> {
  return file === undefined ? {} : {[key]: file}
}
