import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A message flattened for the machine-readable reporters. */
export interface FlatMessage {
  ruleId: string
  severity: 'error' | 'warning'
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Where a message starts, as a source offset (for sorting). */
export function startOffset(message: VFileMessage): number {
  const place = message.place
  if (!place) return 0
  return ('start' in place ? place.start.offset : place.offset) ?? 0
}

export function flatten(message: VFileMessage): FlatMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
  }
}

export interface Counts {
  errors: number
  warnings: number
}

export function countMessages(files: readonly VFile[]): Counts {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {errors, warnings}
}
