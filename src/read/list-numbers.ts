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

// Chinese list numbers, as Word draws its East Asian number formats (`w:numFmt`) and LibreOffice
// its OpenDocument ones (`style:num-format="一, 二, 三, ..."`): 一、 二、, （十一）, 壹拾伍、.

interface Numerals {
  /** The digits 0 to 9. */
  digits: string
  /** Ten, a hundred, a thousand. */
  units: string
  /** 11–19 begin with the unit alone (`十一`), not `一十一`. */
  bareTen: boolean
}

const counting: Numerals = {digits: '零一二三四五六七八九', units: '十百千', bareTen: true}
const legalSimplified: Numerals = {digits: '零壹贰叁肆伍陆柒捌玖', units: '拾佰仟', bareTen: false}
const legalTraditional: Numerals = {digits: '零壹貳參肆伍陸柒捌玖', units: '拾佰仟', bareTen: false}

/** The largest number the counting numerals here write (千 is their largest unit). */
const largestCounted = 9999

/**
 * A number in Chinese counting numerals: 十, 十一, 二十, 一百零一, 壹拾伍; one they cannot
 * write (0, negative, past 9999, not whole) in digits.
 */
function countWith(value: number, numerals: Numerals): string {
  if (!Number.isInteger(value) || value < 1 || value > largestCounted) return String(value)
  const places = String(value)
  let result = ''
  let zero = false
  for (let index = 0; index < places.length; index++) {
    const digit = Number(places[index])
    const unit = places.length - 1 - index
    if (digit === 0) {
      zero = result !== ''
      continue
    }
    if (zero) result += numerals.digits[0]
    zero = false
    result += numerals.digits[digit]! + (unit > 0 ? numerals.units[unit - 1]! : '')
  }
  return numerals.bareTen && value >= 10 && value < 20 ? result.slice(1) : result
}

/** Digit by digit: 一〇, 一五 (Word's ideographDigital, taiwaneseDigital). */
function digitByDigit(value: number): string {
  if (!Number.isInteger(value) || value < 0) return String(value)
  return [...String(value)].map((digit) => '〇一二三四五六七八九'[Number(digit)]).join('')
}

/** One sign a number, from 1, while there are signs (①, ⑴, 甲); past them, digits. */
function fromSeries(value: number, series: string): string {
  const signs = [...series]
  return Number.isInteger(value) && value >= 1 && value <= signs.length ? signs[value - 1]! : String(value)
}

/** A counter in one of Word's East Asian number formats, or undefined for another format. */
export function eastAsianNumber(value: number, format: string): string | undefined {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return countWith(value, counting)
    case 'chineseLegalSimplified':
      return countWith(value, legalSimplified)
    case 'ideographLegalTraditional':
      return countWith(value, legalTraditional)
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(value)
    case 'ideographTraditional':
      return fromSeries(value, '甲乙丙丁戊己庚辛壬癸')
    case 'ideographZodiac':
      return fromSeries(value, '子丑寅卯辰巳午未申酉戌亥')
    case 'ideographEnclosedCircle':
      return fromSeries(value, '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩')
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return fromSeries(value, '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳')
    case 'decimalEnclosedFullstop':
      return fromSeries(value, '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛')
    case 'decimalEnclosedParen':
      return fromSeries(value, '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇')
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)]
        .map((char) => (/\d/.test(char) ? String.fromCharCode(0xff10 + Number(char)) : char))
        .join('')
    default:
      return undefined
  }
}
