export {hanNumeral} from '../parse/han-numerals.js'

/** Roman numerals as used for chapters, parts and annexes: `IV` 4, `XII` 12. */
export function romanNumeral(value: string): number | undefined {
  if (!/^[IVXLC]+$/.test(value)) return undefined
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}
  let total = 0
  for (let index = 0; index < value.length; index++) {
    const current = values[value[index] ?? ''] ?? 0
    const next = values[value[index + 1] ?? ''] ?? 0
    total += current < next ? -current : current
  }
  return total > 0 ? total : undefined
}

const unitOrdinals = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
const teenOrdinals = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
]
const tensCardinals = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const tensOrdinals = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
]

const unitCardinals = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const teenCardinals = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]

/**
 * Number words from 1 to 99 of one kind: the units, the teens and the tens as given, and the
 * compounds, whose first part is always the cardinal ten (`twenty-one`, `twenty-first`).
 */
function numberWords(units: readonly string[], teens: readonly string[], tens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  units.forEach((word, value) => word && map.set(word, value))
  teens.forEach((word, index) => map.set(word, 10 + index))
  for (let ten = 2; ten < 10; ten++) {
    map.set(tens[ten] ?? '', ten * 10)
    for (let unit = 1; unit < 10; unit++) map.set(`${tensCardinals[ten]}-${units[unit]}`, ten * 10 + unit)
  }
  return map
}

/** English cardinal words from `one` to `ninety-nine`. */
export const englishCardinals: ReadonlyMap<string, number> = numberWords(unitCardinals, teenCardinals, tensCardinals)

/** English ordinal words from `first` to `ninety-ninth`, and `hundredth`. */
export const englishOrdinals: ReadonlyMap<string, number> = numberWords(unitOrdinals, teenOrdinals, tensOrdinals).set(
  'hundredth',
  100,
)
