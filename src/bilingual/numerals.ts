/**
 * Chinese numerals up to 9999: `七` 7, `十二` 12, `七十五` 75; without 十/百/千, digit by
 * digit, as years and meeting numbers are written: `一九七五` 1975, `第一八二一次` 1821,
 * `二〇一〇` 2010 (also with an ASCII or full-width zero, `二0二五`).
 */
export function hanNumeral(value: string): number | undefined {
  if (value.length > 1 && /^[零〇０一二两三四五六七八九\d]+$/.test(value)) {
    let number = 0
    for (const char of value) {
      const digit = digitValue(char)
      if (digit === undefined) return undefined
      number = number * 10 + digit
    }
    return number
  }
  const digits: Record<string, number> = {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  }
  const units: Record<string, number> = {十: 10, 百: 100, 千: 1000}
  let total = 0
  let pending = 0
  let seen = false
  for (const char of value) {
    const digit = digits[char]
    const unit = units[char]
    if (digit !== undefined) {
      pending = digit
      seen = true
    } else if (unit !== undefined) {
      // `十二` starts with a unit: an implied one.
      total += (seen || pending ? pending : 1) * unit
      pending = 0
      seen = false
    } else {
      return undefined
    }
  }
  return total + pending
}

function digitValue(char: string): number | undefined {
  if (/\d/.test(char)) return Number(char)
  if (char === '０') return 0
  const digits: Record<string, number> = {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  }
  return digits[char]
}

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
