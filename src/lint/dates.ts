import type {Lang} from '../tree/types.js'

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** A calendar date as written in a citation, before checking that it exists. */
export interface WrittenDate {
  year: number
  month: number
  day: number
  /** The words as written: `22 October 2010`, `2010年10月22日`. */
  text: string
}

/** The date written in a citation's words, if any. */
export function writtenDate(value: string, lang: Lang): WrittenDate | undefined {
  if (lang === 'zh') {
    const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(value)
    if (!match) return undefined
    return {year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), text: match[0]}
  }
  const match = /\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b/u.exec(value)
  if (!match) return undefined
  const month = months.indexOf((match[2] ?? '').toLowerCase()) + 1
  return {year: Number(match[3]), month, day: Number(match[1]), text: match[0]}
}

/** True when the day exists in the proleptic Gregorian calendar. */
export function isRealDate(date: WrittenDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false
  const days = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()
  return date.day <= days
}

export function isoDate(date: WrittenDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}
