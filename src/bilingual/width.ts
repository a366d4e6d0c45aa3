// East Asian Wide and Fullwidth ranges (Unicode UAX #11) that occur in UN texts: Han,
// kana, Hangul, CJK and full-width punctuation, full-width forms. Ambiguous characters
// (“ ” …) count as one column, as terminals outside CJK locales draw them.
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd]
]

/** Columns a character takes in a terminal: 2 for East Asian wide, 0 for combining marks, else 1. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code === 0 || (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f)) return 0
  for (const [from, to] of wideRanges) {
    if (code < from) return 1
    if (code <= to) return 2
  }
  return 1
}

export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
}

/**
 * Wrap text to a number of columns: English breaks at spaces, Chinese between any two
 * characters; a word longer than the line is cut.
 */
export function wrapText(text: string, columns: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  const push = (): void => {
    lines.push(line.trimEnd())
    line = ''
    width = 0
  }
  // Words with their trailing space, or single wide characters.
  for (const token of text.match(/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60]|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60]+\s*|\s+/gu) ?? []) {
    const tokenWidth = displayWidth(token.trimEnd())
    if (width > 0 && width + tokenWidth > columns) {
      // Chinese closing punctuation never starts a line: take the character before it along.
      const carried = /^[，。；：、）》」』”’！？]/u.test(token) && /\S$/u.test(line) ? [...line].at(-1) ?? '' : ''
      if (carried) line = line.slice(0, line.length - carried.length)
      push()
      line = carried
      width = displayWidth(carried)
    }
    if (width === 0 && /^\s+$/.test(token)) continue
    if (tokenWidth > columns) {
      for (const char of token.trimEnd()) {
        if (width + charWidth(char) > columns) push()
        line += char
        width += charWidth(char)
      }
      line += ' '
      width += 1
      continue
    }
    line += token
    width += displayWidth(token)
  }
  if (line.trim() || lines.length === 0) push()
  return lines
}

/** Pad with spaces to a display width. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)))
}
