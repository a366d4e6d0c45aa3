import type {AuthorialNote} from '../tree/types.js'
import {tight, type Context} from './context.js'
import type {RawNote} from './footnotes.js'
import {parseInline} from './inline.js'
import type {Line} from './lines.js'
import type {Run} from './runs.js'
import {positionOf} from './source.js'
import {plainText} from './text.js'

/** Stage: the footnotes found at page feet or the end → authorial notes (`fn_1`, `fn_star`). */
export function buildNotes(raw: readonly RawNote[], context: Context): AuthorialNote[] {
  const used = new Map<string, number>()
  return raw.map((note) => {
    const runs: Run[] = []
    for (const piece of note.pieces) {
      if (runs.length > 0) {
        const previous = runs.at(-1)!.text
        if (!tight(previous.charAt(previous.length - 1)) && !tight(piece.text.charAt(0)))
          runs.push({text: ' ', at: piece.start, fixed: true})
      }
      runs.push({text: context.source.text.slice(piece.start, piece.start + piece.text.length), at: piece.start})
    }
    const children = runs.length > 0 ? parseInline(runs, context.source, context.lang) : []
    // `1/` and `*\/` (older layouts) are notes 1 and *.
    const marker = note.marker.replace(/\/$/, '')
    const base = `fn_${markerId(marker)}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    const line = context.lines[note.line] as Line
    const start = Math.min(line.start, runs[0]?.at ?? line.start)
    const lastRun = runs.at(-1)
    const end = lastRun ? lastRun.at + lastRun.text.length : line.start + line.text.length
    return {
      type: 'authorialNote',
      marker,
      eId: count === 1 ? base : `${base}_${count}`,
      text: plainText(children),
      children,
      position: positionOf(context.source, start, Math.max(start, end)),
    }
  })
}

const markerNames: Record<string, string> = {'*': 'star', '**': 'star2', '***': 'star3', '†': 'dagger', '‡': 'ddagger'}

/**
 * The eId part of a marker: digits and ASCII letters as they are (an endnote's `i`, `ii`, a note
 * `a`), symbols by name, anything else by code point.
 */
export function markerId(marker: string): string {
  if (/^[\da-z]+$/i.test(marker)) return marker
  return markerNames[marker] ?? [...marker].map((char) => char.codePointAt(0)?.toString(16)).join('')
}
