import {isLetterOrDigitChar} from './letters.js'

/** A piece of a block read without remark: plain text, an emphasised run, or a link's text. */
export interface MarkupSegment {
  type: 'text' | 'emphasis'
  /** [start, end) of the whole piece, markers included. */
  start: number
  end: number
  /** [contentStart, contentEnd) of its words. */
  contentStart: number
  contentEnd: number
}

const hardSyntax = /[_`\\&<!]|\]\(|\[[^\]]*\[/

/**
 * Most Markdown in resolutions is `*Recalling*` and `[A/60/88](#)`. Read such blocks
 * directly; return undefined for anything else (nesting, underscores, escapes, entities,
 * code, HTML, unpaired stars), which goes to remark-parse. A test checks that both
 * readings agree on every block of the seeds.
 */
export function readSimpleMarkup(text: string): MarkupSegment[] | undefined {
  if (hardSyntax.test(text.replace(/\[[^[\]()]*\]\([^\s()[\]]*\)/g, (link) => 'x'.repeat(link.length))))
    return undefined
  const segments: MarkupSegment[] = []
  // Like remark, leave out white space around the block.
  const last = text.length - (text.length - text.trimEnd().length)
  let index = text.length - text.trimStart().length
  let textStart = index
  const pushText = (end: number): void => {
    if (end > textStart) segments.push({type: 'text', start: textStart, end, contentStart: textStart, contentEnd: end})
  }
  while (index < last) {
    const char = text.charAt(index)
    if (char === '[') {
      const match = /^\[([^[\]()]*)\]\([^\s()[\]]*\)/.exec(text.slice(index, index + 400))
      if (!match) return undefined
      pushText(index)
      const contentStart = index + 1
      const contentEnd = contentStart + (match[1] ?? '').length
      // A link's text reads as text; its address is dropped.
      segments.push({type: 'text', start: index, end: index + match[0].length, contentStart, contentEnd})
      index += match[0].length
      textStart = index
      continue
    }
    if (char === ']') return undefined
    if (char !== '*') {
      index++
      continue
    }
    const width = text.charAt(index + 1) === '*' ? 2 : 1
    if (text.charAt(index + width) === '*') return undefined
    const open = index
    const inner = open + width
    if (inner >= last || /\s/.test(text.charAt(inner))) return undefined
    if (open > 0 && isLetterOrDigitChar(text.charAt(open - 1))) return undefined
    const close = text.indexOf(width === 2 ? '**' : '*', inner)
    if (close < 0 || close >= last || close === inner) return undefined
    if (width === 1 && text.charAt(close + 1) === '*') return undefined
    if (/\s/.test(text.charAt(close - 1))) return undefined
    if (text.slice(inner, close).includes('*') || text.slice(inner, close).includes('[')) return undefined
    const after = text.charAt(close + width)
    if (after !== '' && isLetterOrDigitChar(after)) return undefined
    pushText(open)
    segments.push({type: 'emphasis', start: open, end: close + width, contentStart: inner, contentEnd: close})
    index = close + width
    textStart = index
  }
  pushText(last)
  return segments
}
