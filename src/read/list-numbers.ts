// Roman numerals of list numbers, for the Word reader (docx-numbering.ts) and the web page
// reader (html-lists.ts), which draw the numbers their lists show.

const romans: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
]

/** The largest number Roman numerals write. */
export const largestRoman = 3999

/**
 * A number in lowercase Roman numerals; one they cannot write (0, negative, past 3999, not a
 * whole number: a damaged or hostile file's list start) in digits, at once.
 */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > largestRoman) return String(value)
  let result = ''
  let rest = value
  for (const [amount, numeral] of romans) {
    while (rest >= amount) {
      result += numeral
      rest -= amount
    }
  }
  return result
}
