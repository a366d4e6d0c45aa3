// Text from an input file never reaches a terminal raw (issue 15). A resolution can carry
// escape sequences that set the window title, clear the screen, plant OSC 8 links or recolour
// what follows; a report that echoes its text would run them in the reader's terminal or CI log.
//
// Every control character except tab and line feed, DEL, the C1 controls and the Unicode
// direction overrides and isolates (which reorder what a reader sees) is shown as an escape:
// `\x1b` for ESC, `\x07` for BEL, `\x9b` for CSI, `\u202e` for RIGHT-TO-LEFT OVERRIDE. The
// human outputs (terminal, Markdown, outline, lint's stylish and github formats) and every
// message on stderr go through here; JSON, SARIF, TMX and HTML escape by their own rules.

const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** `text` with control characters and direction marks shown as `\xNN` / `\uNNNN`. */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** Does `text` hold anything {@link escapeControls} would change? */
export function hasControls(text: string): boolean {
  unsafe.lastIndex = 0
  const found = unsafe.test(text)
  unsafe.lastIndex = 0
  return found
}

/**
 * A copy of `value` (strings, arrays, plain objects, Maps) with every string passed through
 * {@link escapeControls}: what a renderer for humans is given, so that no piece of input text
 * it prints can reach the terminal raw. Numbers, positions and shared references are kept.
 */
export function displaySafe<T>(value: T): T {
  const copies = new Map<object, unknown>()
  const copy = (item: unknown): unknown => {
    if (typeof item === 'string') return hasControls(item) ? escapeControls(item) : item
    if (item === null || typeof item !== 'object') return item
    const known = copies.get(item)
    if (known !== undefined) return known
    if (Array.isArray(item)) {
      const result: unknown[] = []
      copies.set(item, result)
      for (const element of item) result.push(copy(element))
      return result
    }
    if (item instanceof Map) {
      const result = new Map<unknown, unknown>()
      copies.set(item, result)
      for (const [key, element] of item) result.set(copy(key), copy(element))
      return result
    }
    const prototype: unknown = Object.getPrototypeOf(item)
    if (prototype !== Object.prototype && prototype !== null) return item
    const result: Record<string, unknown> = {}
    copies.set(item, result)
    for (const [key, element] of Object.entries(item)) result[key] = copy(element)
    return result
  }
  return copy(value) as T
}

/**
 * While a command runs, make every string written to stderr pass through
 * {@link escapeControls}: warnings and errors quote file names, config files and text.
 * Only a leading carriage return and a trailing erase-line (the progress line) pass raw.
 * Returns the function that puts the stream back.
 */
export function guardStderr(): () => void {
  const original = process.stderr.write
  const guarded = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text =
      typeof chunk === 'string'
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString('utf8')
          : String(chunk)
    // The progress line of index and trace redraws itself: a carriage return first and
    // "erase to the end of the line" last are let through, nothing else.
    const start = text.startsWith('\r') ? '\r' : ''
    const end = text.endsWith('\u001b[K') && text.length >= start.length + 3 ? '\u001b[K' : ''
    const safe = start + escapeControls(text.slice(start.length, text.length - end.length)) + end
    return (original as (...args: unknown[]) => boolean).call(this, safe, ...rest)
  }
  process.stderr.write = guarded as typeof process.stderr.write
  return () => {
    process.stderr.write = original
  }
}
