import type {Position} from 'unist'
import type {Resolution} from '../tree/types.js'
import {opensPreambular} from './phrases.js'

/** Text the parser could not place in any part (its `text-outside-parts` warnings). */
export interface StrayText {
  /** The line as written, trimmed. */
  text: string
  position: Position
  /** True when it opens like a preambular paragraph: a paragraph out of order, not debris. */
  preambular: boolean
}

export function strayTexts(tree: Resolution, source: string): StrayText[] {
  const found: StrayText[] = []
  for (const warning of tree.data.warnings) {
    if (warning.ruleId !== 'text-outside-parts' || !warning.position) continue
    const start = warning.position.start.offset ?? 0
    const lineEnd = source.indexOf('\n', start)
    const text = source
      .slice(start, lineEnd < 0 ? source.length : lineEnd)
      .replace(/[*_]/gu, '')
      .trim()
    found.push({text, position: warning.position, preambular: /[,，]$/u.test(text) && opensPreambular(text, tree.lang)})
  }
  return found
}

/** A long text shown in a message: its first words. */
export function excerpt(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** True when stray text was folded into this span (the parser appends it to the paragraph before). */
export function holdsStrayText(strays: readonly StrayText[], position: Position | undefined): boolean {
  const start = position?.start.offset
  const end = position?.end.offset
  if (start === undefined || end === undefined) return false
  return strays.some(
    (stray) => (stray.position.start.offset ?? -1) >= start && (stray.position.start.offset ?? -1) < end,
  )
}
