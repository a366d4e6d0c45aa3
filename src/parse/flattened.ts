import {detectLeadingPhrase} from './leading-phrase.js'

/**
 * Chinese copied from some web pages comes flattened: the whole resolution on one line, each
 * paragraph parted from the next by a space (`大会, 回顾…, 又回顾…, 1.决定…; 2.又决定…`). Chinese
 * sets no space between words, so there each space stood for a line break: in the recognition
 * view the spaces of such a line become line breaks (one character for one, so offsets still
 * match the source). A line is read as flattened only when several of its space-parted pieces
 * open a paragraph (a known opening phrase or an operative number); spaces between Latin
 * letters or digits (`Distr.: General`, `S/2018/922 号`) are kept.
 */
export function unflattened(view: string): string {
  if (!hasLongLine(view)) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    if (line.length < flattenedLength || !line.includes(' ')) return line
    const breaks = [...line.matchAll(/ +/g)].filter((space) => chineseSide(line, space.index, space[0].length))
    const opening = breaks.filter((space) => opensParagraph(line.slice(space.index + space[0].length)))
    if (opening.length < leastOpenings) return line
    changed = true
    let result = ''
    let from = 0
    for (const space of breaks) {
      result += line.slice(from, space.index) + '\n'.repeat(space[0].length)
      from = space.index + space[0].length
    }
    return result + line.slice(from)
  })
  return changed ? lines.join('\n') : view
}

/** Whether some line is as long as a flattened resolution's (found with indexOf: a regex scan costs more). */
function hasLongLine(text: string): boolean {
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if ((end < 0 ? text.length : end) - start >= flattenedLength) return true
    if (end < 0) return false
    start = end + 1
  }
}

/** A line this long holding a whole resolution. */
const flattenedLength = 200
/** Pieces that open a paragraph for the line to count as flattened. */
const leastOpenings = 3

const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]/

/** A space next to Chinese text (or its punctuation) on at least one side. */
function chineseSide(line: string, at: number, length: number): boolean {
  return cjk.test(line.charAt(at - 1)) || cjk.test(line.charAt(at + length)) || /[,;:.)\]]/.test(line.charAt(at - 1))
}

function opensParagraph(text: string): boolean {
  return /^\d{1,3}[.．]\s*[\u3400-\u9fff]/.test(text) || detectLeadingPhrase(text, 'zh', 'preamble') !== undefined
}
