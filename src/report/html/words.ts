import type {WordChange} from '../../diff/words.js'
import {escapeHtml} from './escape.js'

export type Side = 'old' | 'new'

type Mark = 'same' | 'changed'

interface Run {
  mark: Mark
  text: string
}

/** The words of one side of a word diff: the old side drops insertions, the new side deletions. */
function sideRuns(words: readonly WordChange[], side: Side): Run[] {
  const runs: Run[] = []
  for (const word of words) {
    if (side === 'old' ? word.added : word.removed) continue
    const mark: Mark = word.added || word.removed ? 'changed' : 'same'
    runs.push({mark, text: word.value})
  }
  return runs
}

function runsHtml(runs: readonly Run[], side: Side): string {
  const merged: Run[] = []
  const push = (run: Run): void => {
    const last = merged[merged.length - 1]
    if (last && last.mark === run.mark) last.text += run.text
    else merged.push({...run})
  }
  for (const run of runs) push(run)
  // A lone space between two changes reads as part of one change: "Calls upon", not "Calls" "upon".
  const joined = [...merged]
  merged.length = 0
  joined.forEach((run, position) => {
    const between = joined[position - 1]?.mark === 'changed' && joined[position + 1]?.mark === 'changed'
    push(run.mark === 'same' && between && run.text.trim() === '' ? {mark: 'changed', text: run.text} : run)
  })
  const tag = side === 'old' ? 'del' : 'ins'
  return merged
    .map((run) => {
      if (run.mark === 'same' || run.text.trim() === '') return escapeHtml(run.text)
      // Keep the spaces around a change outside the mark, so a marked run starts and ends on a word.
      const lead = /^\s*/.exec(run.text)?.[0] ?? ''
      const trail = run.text.slice(run.text.trimEnd().length)
      const core = run.text.slice(lead.length, run.text.length - trail.length)
      return `${escapeHtml(lead)}<${tag}>${escapeHtml(core)}</${tag}>${escapeHtml(trail)}`
    })
    .join('')
}

/** One side of a word diff as HTML with `<del>` (old side) or `<ins>` (new side) marks. */
export function wordsHtml(words: readonly WordChange[], side: Side): string {
  return runsHtml(sideRuns(words, side), side).trim()
}

/**
 * Share one side of a word diff out among the paragraphs it covers (a merge compares two old
 * paragraphs with one new one), matching characters against each paragraph's text while ignoring
 * whitespace. Returns undefined when the diff's text is not the paragraphs' text, so the caller
 * can show the diff as one block instead of putting words in the wrong paragraph.
 */
export function distributeWords(
  words: readonly WordChange[],
  side: Side,
  texts: readonly string[],
): string[] | undefined {
  const owners: number[] = []
  const expected: string[] = []
  texts.forEach((text, paragraph) => {
    for (const character of text) {
      if (/\s/u.test(character)) continue
      expected.push(character)
      owners.push(paragraph)
    }
  })
  const perParagraph: Run[][] = texts.map(() => [])
  let next = 0
  let current = 0
  let pendingSpace: Run[] = []
  for (const run of sideRuns(words, side)) {
    for (const character of run.text) {
      if (/\s/u.test(character)) {
        pendingSpace.push({mark: run.mark, text: character})
        continue
      }
      if (expected[next] !== character) return undefined
      const owner = owners[next] ?? current
      // Whitespace that joined two paragraphs in the diff belongs to neither.
      if (owner === current) perParagraph[current]?.push(...pendingSpace)
      pendingSpace = []
      current = owner
      perParagraph[current]?.push({mark: run.mark, text: character})
      next += 1
    }
  }
  if (next !== expected.length) return undefined
  return perParagraph.map((runs) => runsHtml(runs, side).trim())
}
