import stringWidth from 'string-width'

// Terminal columns come from string-width (East Asian Wide and Fullwidth as two columns,
// combining marks and zero-width characters as none, ambiguous ones such as “ ” as one, as
// terminals outside CJK locales draw them).

const printableAscii = /^[\u0020-\u007e]*$/u
/**
 * Characters that are a grapheme of their own whatever stands beside them (no combining mark,
 * joiner, variation selector, emoji or escape among them): tabs and line ends, Latin, general
 * punctuation, CJK punctuation, kana, ideographs, full-width forms. A text made only of them
 * is as wide as the sum of its characters.
 */
const standalone =
  /^[\t\n\v\f\r\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f\u3041-\u3096\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]*$/u
/** Widths of single characters met so far: string-width costs microseconds a call. */
const characterWidths = new Map<string, number>()

function characterWidth(character: string): number {
  let width = characterWidths.get(character)
  if (width === undefined) {
    width = stringWidth(character)
    characterWidths.set(character, width)
  }
  return width
}

/** Columns a text takes in a terminal. */
export function displayWidth(text: string): number {
  // Printable ASCII is one column a character: the bulk of English text, at no cost.
  if (printableAscii.test(text)) return text.length
  if (!standalone.test(text)) return stringWidth(text)
  let width = 0
  for (const character of text) width += characterWidth(character)
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
  for (const token of text.match(
    /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60]|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60]+\s*|\s+/gu,
  ) ?? []) {
    const tokenWidth = displayWidth(token.trimEnd())
    if (width > 0 && width + tokenWidth > columns) {
      // Chinese closing punctuation never starts a line: take the character before it along.
      const carried = /^[，。；：、）》」』”’！？]/u.test(token) && /\S$/u.test(line) ? ([...line].at(-1) ?? '') : ''
      if (carried) line = line.slice(0, line.length - carried.length)
      push()
      line = carried
      width = displayWidth(carried)
    }
    if (width === 0 && /^\s+$/.test(token)) continue
    if (tokenWidth > columns) {
      for (const char of token.trimEnd()) {
        if (width + displayWidth(char) > columns) push()
        line += char
        width += displayWidth(char)
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
