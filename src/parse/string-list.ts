/**
 * A resolution kept as a list of strings, one for each paragraph, the way a dataset of UN texts
 * stores it and its web viewer shows it: `[ "2011年12月2日大会决议", "…", "大会,", "回顾…,", … ]`
 * on one line (A/RES/66/54 in a viewer of a Chinese–English dataset). In the recognition view
 * each string is a line: the bracket and the quotes become spaces and the comma between two
 * strings a line break, one character for one, so offsets still match the source and the
 * paragraphs keep their text without the quotes.
 *
 * Only a line that opens with `[` and a quote and holds at least three `", "` separators is such
 * a list (a paragraph that quotes several titles never opens with a bracket); a string cut by
 * the copy (no closing quote) ends with the line.
 */
export function stringListLines(view: string): string {
  // Tested first: most texts never hold `", "` at all.
  if (!view.includes('", "')) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    const open = /^[ \t]*\[[ \t]*"/.exec(line)
    if (!open || countOf(line, '", "') < minimumSeparators) return line
    changed = true
    let result = `${line.slice(0, open[0].length).replace(/\S/g, ' ')}`
    let from = open[0].length
    for (let at = line.indexOf('", "', from); at >= 0; at = line.indexOf('", "', from)) {
      result += `${line.slice(from, at)} \n  `
      from = at + 4
    }
    const rest = line.slice(from)
    const close = /"[ \t]*(?:\][ \t]*)?$/.exec(rest)
    return close ? result + rest.slice(0, close.index) + close[0].replace(/\S/g, ' ') : result + rest
  })
  return changed ? lines.join('\n') : view
}

const minimumSeparators = 3

function countOf(line: string, needle: string): number {
  let count = 0
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + needle.length)) count++
  return count
}
