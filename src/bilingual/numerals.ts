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

/** English cardinal words from `one` to `ninety-nine`. */
export const englishCardinals: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  unitCardinals.forEach((word, value) => word && map.set(word, value))
  teenCardinals.forEach((word, index) => map.set(word, 10 + index))
  for (let tens = 2; tens < 10; tens++) {
    map.set(tensCardinals[tens] ?? '', tens * 10)
    for (let unit = 1; unit < 10; unit++) map.set(`${tensCardinals[tens]}-${unitCardinals[unit]}`, tens * 10 + unit)
  }
  return map
})()

/** English ordinal words from `first` to `ninety-ninth`, and `hundredth`. */
export const englishOrdinals: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  unitOrdinals.forEach((word, value) => word && map.set(word, value))
  teenOrdinals.forEach((word, index) => map.set(word, 10 + index))
  for (let tens = 2; tens < 10; tens++) {
    map.set(tensOrdinals[tens] ?? '', tens * 10)
    for (let unit = 1; unit < 10; unit++) map.set(`${tensCardinals[tens]}-${unitOrdinals[unit]}`, tens * 10 + unit)
  }
  map.set('hundredth', 100)
  return map
})()
