import {attr, child, children, isOn, type Element} from './xml.js'
import {eastAsianNumber, romanNumeral} from './list-numbers.js'

// Word's numbering (numbering.xml: the numbers it draws before list paragraphs, `3.`, `(a)`) and
// its styles (styles.xml: the numbering and italics a paragraph or run takes from its style),
// read for docx.ts.

interface Level {
  start: number
  format: string
  text: string
}

export interface Numbering {
  /** numId → abstract id, and level overrides. */
  nums: Map<string, {abstractId: string; starts: Map<number, number>; levels: Map<number, Level>}>
  abstracts: Map<string, Map<number, Level>>
}

export interface StyleInfo {
  basedOn?: string
  numId?: string
  ilvl?: number
  italic?: boolean
}

function readLevel(level: Element): Level {
  const start = Number(attr(child(level, 'start'), 'val') ?? '0')
  return {
    start: Number.isFinite(start) ? start : 0,
    format: attr(child(level, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(level, 'lvlText'), 'val') ?? '',
  }
}

export function readNumbering(root: Element | undefined): Numbering {
  const numbering: Numbering = {nums: new Map(), abstracts: new Map()}
  if (!root) return numbering
  for (const abstract of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>()
    for (const level of children(abstract, 'lvl')) levels.set(Number(attr(level, 'ilvl') ?? '0'), readLevel(level))
    numbering.abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels)
  }
  for (const num of children(root, 'num')) {
    const starts = new Map<number, number>()
    const levels = new Map<number, Level>()
    for (const override of children(num, 'lvlOverride')) {
      const ilvl = Number(attr(override, 'ilvl') ?? '0')
      const start = attr(child(override, 'startOverride'), 'val')
      if (start !== undefined) starts.set(ilvl, Number(start))
      const level = child(override, 'lvl')
      if (level) levels.set(ilvl, readLevel(level))
    }
    numbering.nums.set(attr(num, 'numId') ?? '', {
      abstractId: attr(child(num, 'abstractNumId'), 'val') ?? '',
      starts,
      levels,
    })
  }
  return numbering
}

export function readStyles(root: Element | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>()
  if (!root) return styles
  for (const style of children(root, 'style')) {
    const info: StyleInfo = {}
    const basedOn = attr(child(style, 'basedOn'), 'val')
    if (basedOn) info.basedOn = basedOn
    const numPr = child(child(style, 'pPr'), 'numPr')
    const numId = attr(child(numPr, 'numId'), 'val')
    if (numId !== undefined) info.numId = numId
    const ilvl = attr(child(numPr, 'ilvl'), 'val')
    if (ilvl !== undefined) info.ilvl = Number(ilvl)
    const rPr = child(style, 'rPr')
    if (child(rPr, 'i')) info.italic = isOn(child(rPr, 'i'))
    styles.set(attr(style, 'styleId') ?? '', info)
  }
  return styles
}

export function styleChain<K extends keyof StyleInfo>(
  styles: Map<string, StyleInfo>,
  id: string | undefined,
  key: K,
): StyleInfo[K] | undefined {
  const seen = new Set<string>()
  while (id !== undefined && !seen.has(id)) {
    seen.add(id)
    const style = styles.get(id)
    if (!style) return undefined
    if (style[key] !== undefined) return style[key]
    id = style.basedOn
  }
  return undefined
}

// Past this, letters would run long (Word repeats the letter past z): digits instead.
const largestLettered = 26 * 20

function letters(value: number): string {
  // Word repeats the letter past z: aa, bb, …
  if (!Number.isInteger(value) || value < 1 || value > largestLettered) return String(value)
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

/** A counter in one of Word's number formats; formats resdiff does not know are written as decimals. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return romanNumeral(value)
    case 'upperRoman':
      return romanNumeral(value).toUpperCase()
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value)
    case 'none':
    case 'bullet':
      return ''
    default:
      return eastAsianNumber(value, format) ?? String(value)
  }
}

/** Word's list counters: one set per list (a `w:num` with its own start, else its abstract definition). */
export class Counters {
  private readonly values = new Map<string, number[]>()
  constructor(private readonly numbering: Numbering) {}

  label(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId)
    if (!num) return ''
    const abstract = this.numbering.abstracts.get(num.abstractId) ?? new Map<number, Level>()
    const levelOf = (index: number): Level | undefined => num.levels.get(index) ?? abstract.get(index)
    const startOf = (index: number): number => num.starts.get(index) ?? levelOf(index)?.start ?? 0
    const key = num.starts.size > 0 || num.levels.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`
    const counters = this.values.get(key) ?? []
    this.values.set(key, counters)
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : (counters[ilvl] ?? 0) + 1
    counters.length = ilvl + 1
    const level = levelOf(ilvl)
    if (!level || level.format === 'bullet' || level.format === 'none') return ''
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1
      const value = counters[index] ?? startOf(index)
      return formatNumber(value, levelOf(index)?.format ?? 'decimal')
    })
  }
}
