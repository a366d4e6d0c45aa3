import type {DefaultTreeAdapterMap} from 'parse5'
import {largestRoman, romanNumeral} from './list-numbers.js'

// The numbers an ordered list of a web page draws (html.ts), written out as a resolution writes
// them: `3.` for decimal items, `(b)` and `(iv)` for lowercase letters and numerals.

type Element = DefaultTreeAdapterMap['element']

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** The number an ordered list draws for an item: `3.`, `(b)`, `(iv)`, as a resolution writes it. */
export function listLabel(number: number, type: string): string {
  // As browsers do, a number a style cannot write (beyond 3999 in numerals, or one from a
  // damaged page) is written in digits.
  if (!Number.isSafeInteger(number) || number < 1) return `${number}.`
  if ((type === 'i' || type === 'I') && number > largestRoman) return `${number}.`
  if ((type === 'a' || type === 'A') && number > 18278) return `${number}.`
  switch (type) {
    case 'a':
      return `(${letters(number)})`
    case 'A':
      return `${letters(number).toUpperCase()}.`
    case 'i':
      return `(${romanNumeral(number)})`
    case 'I':
      return `${romanNumeral(number).toUpperCase()}.`
    default:
      return `${number}.`
  }
}

function letters(number: number): string {
  let result = ''
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26))
    result = String.fromCharCode(97 + ((rest - 1) % 26)) + result
  return result
}

/** An ordered list's numbering style, from its `type` attribute or its `list-style-type`. */
export function listType(list: Element): string {
  const type = attribute(list, 'type')
  if (type && /^[1ai]$/i.test(type)) return type
  const style =
    /list-style(?:-type)?\s*:[^;]*?\b(lower-(?:alpha|latin)|upper-(?:alpha|latin)|lower-roman|upper-roman)\b/i.exec(
      attribute(list, 'style') ?? '',
    )?.[1]
  if (!style) return '1'
  return {
    'lower-alpha': 'a',
    'lower-latin': 'a',
    'upper-alpha': 'A',
    'upper-latin': 'A',
    'lower-roman': 'i',
    'upper-roman': 'I',
  }[style.toLowerCase()]!
}
