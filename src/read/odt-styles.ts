import {formatNumber} from './docx-numbering.js'
import {attr, child, children, type Element} from './xml.js'
import type {NoteKind, NoteNumbering} from './docx-notes.js'

// The styles of an OpenDocument text that change what resdiff reads: which text is italic or
// raised (a note mark typed by hand), which numbers a list draws, and which page style, with its
// header, the first paragraph opens (the masthead of a UN file). Both content.xml (automatic
// styles) and styles.xml (named styles, page styles) hold them.

interface TextStyle {
  parent?: string | undefined
  italic?: boolean | undefined
  superscript?: boolean | undefined
  masterPage?: string | undefined
}

/** One level of a list style: how its number is written. */
interface ListLevel {
  /** `1`, `a`, `A`, `i`, `I`, or empty for no number (a bullet is stored as empty too). */
  format: string
  prefix: string
  suffix: string
  /** LibreOffice's whole label template (`%1%.`, `(%2%)`), when written. */
  template?: string | undefined
  displayLevels: number
  start: number
}

export interface OdtStyles {
  /** Paragraph and text styles, by name (family folded: names are unique enough across both for what is read). */
  text: Map<string, TextStyle>
  lists: Map<string, ListLevel[]>
  /** Page styles (`style:master-page`) by name. */
  masters: Map<string, Element>
  /** How footnotes and endnotes are numbered (`text:notes-configuration`): 1, 2, … and i, ii, … by default. */
  notes: Record<NoteKind, NoteNumbering>
}

/**
 * The key in OdtStyles.lists of the outline numbering (`text:outline-style`), which numbers every
 * heading (`text:h`) of its level outside a list: a name no list style can have.
 */
export const outlineList = '\u0000outline'

export function emptyStyles(): OdtStyles {
  return {
    text: new Map(),
    lists: new Map(),
    masters: new Map(),
    notes: {footnote: {format: 'decimal', start: 1}, endnote: {format: 'lowerRoman', start: 1}},
  }
}

/** Add the styles of a part's `office:styles`, `office:automatic-styles` and `office:master-styles`. */
export function addStyles(styles: OdtStyles, root: Element | undefined): void {
  if (!root) return
  for (const block of children(root)) {
    if (block.localName === 'master-styles') {
      for (const master of children(block, 'master-page')) styles.masters.set(attr(master, 'name') ?? '', master)
      continue
    }
    if (block.localName !== 'styles' && block.localName !== 'automatic-styles') continue
    for (const style of children(block)) {
      if (style.localName === 'style' || style.localName === 'default-style') {
        const name = attr(style, 'name')
        if (name === undefined) continue
        const properties = child(style, 'text-properties')
        const fontStyle = attr(properties, 'font-style')
        const position = attr(properties, 'text-position')
        styles.text.set(name, {
          parent: attr(style, 'parent-style-name'),
          italic: fontStyle === undefined ? undefined : fontStyle === 'italic' || fontStyle === 'oblique',
          superscript: position === undefined ? undefined : isRaised(position),
          masterPage: attr(style, 'master-page-name'),
        })
      } else if (style.localName === 'list-style') {
        styles.lists.set(attr(style, 'name') ?? '', readListLevels(style))
      } else if (style.localName === 'outline-style') {
        // The document's outline (chapter) numbering: the numbers of headings by outline level.
        styles.lists.set(outlineList, readListLevels(style))
      } else if (style.localName === 'notes-configuration') {
        const kind = attr(style, 'note-class') === 'endnote' ? 'endnote' : 'footnote'
        const format = odfFormats[attr(style, 'num-format') ?? '']
        // LibreOffice writes the first number less one (`text:start-value="0"` for notes from 1).
        const offset = Number(attr(style, 'start-value') ?? 0)
        styles.notes[kind] = {
          format: format ?? styles.notes[kind].format,
          start: Number.isInteger(offset) && offset >= 0 && offset < 10000 ? offset + 1 : 1,
        }
        // Notes numbered afresh on each page, or in each chapter (from each heading of outline level 1).
        const restart = attr(style, 'start-numbering-at')
        if (restart === 'page') styles.notes[kind].restart = 'eachPage'
        else if (restart === 'chapter') styles.notes[kind].restart = 'eachChapter'
      }
    }
  }
}

/** `super`, `super 58%`, `33% 58%` raise the text; `0%`, `sub`, negative do not. */
function isRaised(position: string): boolean {
  const first = position.trim().split(/\s+/)[0] ?? ''
  if (first === 'super') return true
  const value = Number.parseFloat(first)
  return Number.isFinite(value) && value > 0
}

function readListLevels(style: Element): ListLevel[] {
  const levels: ListLevel[] = []
  for (const level of children(style)) {
    const index = Number(attr(level, 'level') ?? 1) - 1
    if (!Number.isInteger(index) || index < 0 || index > 9) continue
    const numbered =
      level.localName === 'list-level-style-number' ||
      (level.localName === 'outline-level-style' && (attr(level, 'num-format') ?? '') !== '')
    const start = Number(attr(level, 'start-value') ?? 1)
    levels[index] = {
      format: numbered ? (attr(level, 'num-format') ?? '') : '',
      prefix: numbered ? (attr(level, 'num-prefix') ?? '') : '',
      suffix: numbered ? (attr(level, 'num-suffix') ?? '') : '',
      template: numbered ? attr(level, 'num-list-format') : undefined,
      displayLevels: Math.min(10, Math.max(1, Number(attr(level, 'display-levels') ?? 1) || 1)),
      start: Number.isInteger(start) ? start : 1,
    }
  }
  return levels
}

/** A style property, looked up the style's parents (a loop in a damaged file stops). */
export function styleProperty<K extends keyof TextStyle>(
  styles: OdtStyles,
  name: string | undefined,
  key: K,
): TextStyle[K] | undefined {
  const seen = new Set<string>()
  for (let current = name; current !== undefined && !seen.has(current);) {
    seen.add(current)
    const style = styles.text.get(current)
    if (!style) return undefined
    if (style[key] !== undefined) return style[key]
    current = style.parent
  }
  return undefined
}

/** OpenDocument's number formats (`style:num-format`) as Word names them. */
const odfFormats: Record<string, string> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
  // LibreOffice's names of its Chinese formats
  '一, 二, 三, ...': 'chineseCounting',
  '壹, 贰, 叁, ...': 'chineseLegalSimplified',
  '壹, 貳, 參, ...': 'ideographLegalTraditional',
  '甲, 乙, 丙, ...': 'ideographTraditional',
  '子, 丑, 寅, ...': 'ideographZodiac',
  '①, ②, ③, ...': 'decimalEnclosedCircle',
  '１, ２, ３, ...': 'decimalFullWidth',
}

/** Formats an OpenDocument number format names; others are written as decimals, none as nothing. */
function formatOdf(value: number, format: string): string {
  if (format === '') return ''
  return formatNumber(value, odfFormats[format] ?? 'decimal')
}

/**
 * The counters of one OpenDocument list (a `text:list` and the lists that continue it): the
 * number a list item at a level draws, as LibreOffice and Word draw it.
 */
export class OdtList {
  private readonly values: number[] = []
  constructor(readonly styleName: string | undefined) {}

  /** Count an item at `level` (0-based) and return its label, empty for bullets and unnumbered levels. */
  label(styles: OdtStyles, level: number, startOverride?: number): string {
    const levels = (this.styleName === undefined ? undefined : styles.lists.get(this.styleName)) ?? []
    const startOf = (index: number): number => levels[index]?.start ?? 1
    if (startOverride !== undefined && Number.isInteger(startOverride)) this.values[level] = startOverride
    else this.values[level] = this.values[level] === undefined ? startOf(level) : (this.values[level] ?? 0) + 1
    this.values.length = level + 1
    const own = levels[level]
    if (!own || own.format === '') return ''
    const valueAt = (index: number): number => this.values[index] ?? startOf(index)
    if (own.template !== undefined && own.template.trim() !== '') {
      return own.template.replace(/%(\d)%/g, (_, digit: string) => {
        const index = Number(digit) - 1
        return formatOdf(valueAt(index), levels[index]?.format ?? '1')
      })
    }
    const first = Math.max(0, level - own.displayLevels + 1)
    const parts: string[] = []
    for (let index = first; index <= level; index++) parts.push(formatOdf(valueAt(index), levels[index]?.format ?? '1'))
    return `${own.prefix}${parts.join('.')}${own.suffix}`
  }
}
