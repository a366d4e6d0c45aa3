// Scans for shapes that a regular expression matches only in super-linear time (issue 15).
// `/(?:<sup>[^<]*<\/sup>|[*_]+|\s)+$/` is tried from every position of a run of `*` and
// backtracks through every way of cutting the run into alternatives: a 30-character line
// took minutes. Walking back from the end never has to undo a step, because each piece ends
// in a character that says which piece it is.

export interface TrailingOptions {
  /** Also strip `<sup>…</sup>` elements (no `<` inside). */
  sup?: boolean
  /** Also strip a white-space character followed by one to three ASCII digits (`Outcome, 12`). */
  spacedNumbers?: boolean
  /** Also strip the footnote markers of older layouts: `1/` after white space or punctuation, `*\/` anywhere. */
  slashMarkers?: boolean
}

/**
 * Where the run of trailing pieces of `text` starts: characters for which `single` (a non-global regular
 * expression that tests one character) holds, plus the pieces `options` turns on.
 * `text.slice(0, trailingStart(…))` is the text without them.
 */
export function trailingStart(text: string, single: RegExp, options: TrailingOptions = {}): number {
  let end = text.length
  for (;;) {
    const last = text.charAt(end - 1)
    if (last === '') return end
    if (single.test(last)) {
      end -= 1
    } else if (options.sup && last === '>' && text.endsWith('</sup>', end)) {
      const open = text.lastIndexOf('<', end - '</sup>'.length - 1)
      if (open < 0 || !text.startsWith('<sup>', open)) return end
      end = open
    } else if (options.slashMarkers && last === '/') {
      let start = end - 1
      const star = text.charAt(start - 1) === '*'
      while (
        start > 0 &&
        end - 1 - start < 3 &&
        (star ? text.charAt(start - 1) === '*' : isDigit(text.charAt(start - 1)))
      )
        start -= 1
      if (start === end - 1) return end
      if (!star && start > 0 && !/[\s,;:)]/u.test(text.charAt(start - 1))) return end
      end = start
    } else if (options.spacedNumbers && isDigit(last)) {
      let start = end - 1
      while (start > 0 && end - start <= 3 && isDigit(text.charAt(start - 1))) start -= 1
      if (end - start > 3 || !/\s/u.test(text.charAt(start - 1))) return end
      end = start - 1
    } else {
      return end
    }
  }
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9' && character.length === 1
}
