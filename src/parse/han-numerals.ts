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
  const units: Record<string, number> = {十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000}
  let total = 0
  let pending = 0
  let seen = false
  for (const char of value) {
    const digit = hanDigits[char]
    const unit = units[char]
    // 廿 (20) and 卅 (30), as the older texts write days: `廿六日`.
    const tens = char === '廿' ? 20 : char === '卅' ? 30 : undefined
    if (tens !== undefined) {
      total += tens
      pending = 0
      seen = false
    } else if (digit !== undefined) {
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

const hanDigits: Readonly<Record<string, number>> = {
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
  // The formal numerals (大写) of accounts and of the first years' texts: `壹.`, `弍.`, `叁.`, `拾伍.`.
  壹: 1,
  贰: 2,
  貳: 2,
  弍: 2,
  叁: 3,
  參: 3,
  叄: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
}

function digitValue(char: string): number | undefined {
  if (/\d/.test(char)) return Number(char)
  if (char === '０') return 0
  return hanDigits[char]
}

const romanValues: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** 21 → `XXI`: the General Assembly numbered its sessions so until the thirtieth. */
export function romanOf(value: number): string {
  let rest = value
  let roman = ''
  for (const [amount, letters] of romanValues) {
    while (rest >= amount) {
      roman += letters
      rest -= amount
    }
  }
  return roman
}
