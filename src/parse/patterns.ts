/** Regular expressions shared by the parse stages. All are linear: no nested quantifiers. */

import {hanNumeral} from './han-numerals.js'

export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

export const monthPattern = months.join('|')

/** A document symbol: `A/70/1`, `UNEP/CHW.13/INF/19`, `E/CN.4/1998/81`. */
/**
 * The masthead's title line under its number, the title's words in group 1 (`80/37. Reducing
 * nuclear danger`): read again where a converter repeats it as a page's head (furniture.ts) or
 * runs it into a note (note-markup.ts).
 */
export const numberedTitleLine = String.raw`^\d{1,4}\/\d{1,4}\.[ \t]+(\p{Lu}[^\n]{2,149}?)[ \t]*$`

export const documentSymbol = String.raw`[A-Z]{1,8}(?:\/[A-Z0-9.()-]+){1,6}`

/** 1 for `January` … 12 for `December`, 0 for anything else. */
export function monthNumber(name: string): number {
  return (months as readonly string[]).indexOf(name) + 1
}

/** `22 October 2010` → `2010-10-22`; undefined when it is not a real date. */
export function isoDate(day: string | number, month: string | number, year: string | number): string | undefined {
  const d = Number(day)
  const m = typeof month === 'number' ? month : months.indexOf(month as (typeof months)[number]) + 1
  const y = Number(year)
  if (!(m >= 1 && m <= 12) || !(d >= 1 && d <= 31) || !(y >= 1900 && y <= 2999)) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCDate() !== d) return undefined
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** `9 October 2020` alone (or with the weekday-free form used in mastheads). */
export const dateLine = new RegExp(`^(\\d{1,2}) (${monthPattern}) (\\d{4})$`)

/** Chinese date: `2010年10月22日`. */
export const zhDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/

/** Superscript digits used as footnote markers. */
export const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

export function fromSuperscript(value: string): string {
  let digits = ''
  for (const char of value) {
    const index = superscriptDigits.indexOf(char)
    digits += index >= 0 ? String(index) : char
  }
  return digits
}

/** Job number of a UN document at the page foot: `21-00007 (E)`, `21-00007`, `15-21698* (E)`, and `00 35654` (2000). */
export const jobNumber = /^(?:\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d+\*)?|\d{2} \d{5})$/

/** Page furniture that a PDF extraction leaves between pages. */
export const furniturePatterns: RegExp[] = [
  // Barcode: *2100007*
  /^\*\d{5,}\*$/,
  // Job number, with language and date code: 21-00007 (E)    050121 (a reissue adds *)
  jobNumber,
  // Date code on its own: 050121
  /^\d{6}$/,
  // Page numbers: 2/6, Page 2, -2-
  /^\d{1,3}\/\d{1,3}$/,
  /^Page \d+(?: of \d+)?$/i,
  /^-\s?\d{1,3}\s?-$/,
  // Markdown page separator from PDF conversion
  /^(?:-{3,}|\*{3,}|_{3,}\s*\*?)$/,
  // An emphasis mark left alone on its line, where a site's italics span paragraphs (`_` / notes / `_`)
  /^_{1,2}$/,
  // Recycling logo, "Please recycle" notes; the "/..." page-continues mark of 1990s documents
  // (pdftotext may lose the y, drawn as a glyph: `Please rec cle`, then the logo `♲` alone).
  /^Please\s+rec\s?y?\s?cle$/i,
  /^[\u2672-\u267d]$/u,
  /^\/\.\.\.$/,
]

// The printed volumes' running heads, each tested only on a line that opens as it does: their
// Unicode classes cost a compilation that most texts never need.
const volumeHeads: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // The running head of the General Assembly's printed volumes, as OCR reads it, with the page
  // number beside it or not: `General Assembly--Thirtieth Seeeion`, `2 General As~emhly-First Emergency Special Session`.
  [
    /^(?:\d{1,4}\s+)?General\s/,
    /^(?:\d{1,4}\s+)?General\s+A\S{5,9}\s*[-—–~]{1,2}\s*[\p{L}\s-]{3,50}\bS\S{4,6}n(?:\s+\d{1,4})?$/u,
  ],
  // its first half alone, where the OCR read the session's name with the other column: `General ANembly -`;
  [/^(?:\d{1,4}\s+)?General\s/, /^(?:\d{1,4}\s+)?General\s+A\S{5,9}\s*[-—–~]{1,2}$/u],
  // and on the facing page, the chapter: `II. Resolutions adopted without reference to a Main
  // Committee 15`, `Resolutions adopted wltbout reference to• Main Committee`, `Reeolutio1111
  // adopted without reference to a Committee`.
  [
    /^(?:\d{1,4}\s+)?(?:[IVX]{1,4}\.\s+)?R\S{7,13}\s+adopted\s/,
    /^(?:\d{1,4}\s+)?(?:[IVX]{1,4}\.\s+)?R\S{7,13}\s+adopted\s+[^.;,]{4,70}\bCommittee(?:\s+\d{1,4})?$/u,
  ],
]

export function isPageNumber(text: string): boolean {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text)
  return match !== null && Number(match[1]) <= Number(match[2]) && Number(match[1]) >= 1
}

export function isFurnitureLine(text: string): boolean {
  if (oneFurnitureItem(text)) return true
  // `pdftotext -layout` sets a page foot's pieces on one line, far apart (`2/3` … `23-24440`,
  // `*2324440*` … `Please recycle`): furniture when every piece is.
  // `pdftotext -raw` sets them a space apart (`2/3 23-24440`, `*2324440* Please recycle`).
  if (text.includes('   ')) {
    const pieces = text.trim().split(/\s{3,}/u)
    if (pieces.length > 1 && pieces.length <= 4 && pieces.every(oneFurnitureItem)) return true
  }
  // Only a line that opens with a barcode, a page number or a job number is tried piece by piece.
  if (text.length > 60 || !/^(?:\*\d|\d{1,3}\/\d|\d\d-\d{5})/u.test(text)) return false
  for (const space of text.matchAll(/\s+/gu)) {
    const left = text.slice(0, space.index).trim()
    const right = text.slice(space.index + space[0].length).trim()
    if (left !== '' && right !== '' && oneFurnitureItem(left) && oneFurnitureItem(right)) return true
  }
  return false
}

function oneFurnitureItem(text: string): boolean {
  if (/^\d{1,3}\/\d{1,3}$/.test(text)) return isPageNumber(text)
  return (
    furniturePatterns.some((pattern) => pattern.test(text)) ||
    volumeHeads.some(([opening, pattern]) => opening.test(text) && pattern.test(text))
  )
}

/** Footnote separator line: a rule of underscores (PDF) or `---` (Markdown from PDF). */
export const footnoteSeparator = /^(?:_{5,}|-{3,})$/

/** A UN document symbol standing alone: A/RES/75/241, CTOC/COP/2020/L.5, S/RES/2565 (2021). */
export const symbolLine = /^([A-Z][A-Z0-9.]*(?:\/[A-Za-z0-9.()-]+)+(?: \((?:\d{4}|[IVXL]{1,6})\))?)\*?$/

/**
 * Operative number at the start of a paragraph: `12.`, `12 bis.` (a draft's inserted paragraph, also
 * written `9bis.`, and up to `19quinquies.`, `19sexies.`), and as Markdown writes it,
 * `**12.**` or `12\.`; in Chinese `1.决定` and `1．决定` with no space, and in English as some
 * web pages set it, `1.Decides` (a capital and a lower-case letter right after the full stop). A number over 999 only
 * follows the one before it (see units.ts), never a year; up to six digits, so paragraph 10000
 * is not glued to 9999.
 */
export const operativeNumber =
  /^(?:\*\*|__)?(\d{1,6})(?: ?(bis|ter|quater|quinquies|sexies))?\\?[.．](?:\*\*|__)?(?:\s+|$|(?=[\u3400-\u9fff])|(?=\p{Lu}\p{Ll}))/u

/**
 * An operative number as an OCR reads a printed page: the figure 1 as `I`, `l` or `|`, and 0
 * as `O` (`Il.` for 11, `l.` for 1, `1O.` for 10). Its value and the length of the match, or
 * undefined; a caller accepts it only as the next number in sequence before an opening phrase.
 */
export function ocrOperativeNumber(text: string): {value: number; length: number} | undefined {
  const match = /^([1Il|][0-9Il|O]{0,2})\.\s+/.exec(text)
  if (match && /[Il|O]/.test(match[1]!))
    return {value: Number(match[1]!.replace(/[Il|]/g, '1').replace(/O/g, '0')), length: match[0].length}
  // The full stop read as a comma (`9, Invites`: its lower speck joined to the stop's dot).
  const comma = /^(\d{1,3}),\s+/.exec(text)
  if (comma) return {value: Number(comma[1]), length: comma[0].length}
  // Before a verb in capitals (the WHO's `NOTES`, `DECIDES`) the OCR may lose the full stop
  // too and read 1 as `L` (`L NOTES that…`, WPR/RC26.R14).
  const bare = /^([1-9Il|L][0-9Il|O]?)\s+(?=[A-Z]{3,}\b)/.exec(text)
  if (!bare) return undefined
  return {value: Number(bare[1]!.replace(/[Il|L]/g, '1').replace(/O/g, '0')), length: bare[0].length}
}

/**
 * An operative number in Chinese as an OCR reads it: the full stop read as a comma and the wide
 * space after it (a tab) as marks, `，` `”` (`1.，”决定`, `3，，还决定`), and the figures as letters
 * (`l.决定`, `1O.请`). Its value and the length of
 * the match, or undefined; a caller accepts it only as the next number in sequence before an
 * opening phrase.
 */
export function ocrChineseOperativeNumber(text: string): {value: number; length: number} | undefined {
  // The figure 1 may be read as `l`, `I`, `|` or `丨` and 0 as `O`, as in English (`Il.`).
  const match = /^([\dIl|丨O]{1,3}) ?[.．,，、。] ?(?:[.．,，、。“”"'‘’] ?){0,2}(?=[\u3400-\u9fff])/u.exec(text)
  if (!match || !/^[\dIl|丨][\dIl|丨O]*$/u.test(match[1]!)) return undefined
  return {value: Number(match[1]!.replace(/[Il|丨]/gu, '1').replace(/O/g, '0')), length: match[0].length}
}

/**
 * An operative number in Chinese numerals, as the Security Council's first Chinese texts
 * print them: `一.`, `二. `, `十一．`, `三、`, or in the formal numerals (`壹.`, `弍.`, `叁.`), and as Word's
 * Chinese list formats draw them (`一〇、` digit by digit, `壹拾伍、`, `一百零一、`). Its value and the length of the match, or undefined;
 * a caller accepts it only as the next number in sequence.
 */
export function hanOperativeNumber(text: string): {value: number; length: number} | undefined {
  const match =
    /^([〇零一二三四五六七八九十百壹贰貳弍叁參叄肆伍陆陸柒捌玖拾佰]{1,5})[.．、]\s*(?=[\u3400-\u9fff])/u.exec(text)
  if (!match) return undefined
  const value = hanNumeral(match[1]!)
  return value === undefined || value === 0 ? undefined : {value, length: match[0].length}
}

/**
 * An operative number in figures with the enumeration comma, as Chinese copies of government
 * notices and company pages number a resolution's paragraphs (`1、按公约…`, `2、按公约…`: the IMO's
 * resolutions on a shipping company's page). Its value and the length of the match, or undefined;
 * a caller accepts it only as the next number in sequence.
 */
export function enumeratedOperativeNumber(text: string): {value: number; length: number} | undefined {
  const match = /^(\d{1,3})、\s*(?=[\u3400-\u9fff])/u.exec(text)
  if (!match) return undefined
  const value = Number(match[1])
  return value === 0 ? undefined : {value, length: match[0].length}
}

/**
 * An operative number in figures with no stop, before Chinese (`1 按 MARPOL…`, as the IMO's Chinese
 * prints it, or `1按…` glued): its value and the length of the match, or undefined. A caller accepts
 * it only in a run of such numbers, in sequence.
 */
export function bareOperativeNumber(text: string): {value: number; length: number} | undefined {
  const match = /^(\d{1,3}) ?(?=[\u3400-\u9fff])/u.exec(text)
  if (!match) return undefined
  const value = Number(match[1])
  return value === 0 ? undefined : {value, length: match[0].length}
}

/**
 * A first-level number in Chinese numerals between brackets, `（一）` / `(二)`, as a Chinese
 * drafter numbers the paragraphs of a text with no other numbers. Its value and the length of
 * the match, or undefined; a caller accepts it only from `（一）` on, in sequence, with no other
 * operative number before it (elsewhere `（一）` is an item of a paragraph).
 */
export function bracketedHanNumber(text: string): {value: number; length: number} | undefined {
  const match = /^[（(]([〇一二三四五六七八九十]{1,3})[）)]\s*(?=[\u3400-\u9fff])/u.exec(text)
  if (!match) return undefined
  const value = hanNumeral(match[1]!)
  return value === undefined || value === 0 ? undefined : {value, length: match[0].length}
}

/** Number glued to the verb, a drafting slip: `6Also reaffirms`. */
export const gluedNumber = /^(\d{1,3})(?=\p{Lu})/u

/** Sub-item marker at the start of a line: (a), (ii), and in early Chinese (甲), (乙). */
export const itemMarkerLine =
  /^[(（]([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|[一二三四五六七八九十]{1,3})[)）](?:\s+|$|(?=[\u3400-\u9fff]))/

export const cjkOrFullWidth = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/

/**
 * A connective alone on its line between a preamble and numbered paragraphs with no formula
 * (S/RES/1 (1946): `Therefore`): `Therefore`, `Accordingly,`, `To this end,`.
 */
export const connectiveLine =
  /^(?:Therefore|Accordingly|Consequently|In consequence|To this end|For these reasons)[,:]?$/

/** The principal organs, as a cable names them without their article (`Security Council, having…`). */
export const unOrgans = ['Security Council', 'General Assembly', 'Economic and Social Council', 'Trusteeship Council']
