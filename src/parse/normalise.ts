import {createRequire} from 'node:module'
import type {Lang} from '../tree/types.js'

/**
 * A view of the text for recognising structure only: the tree keeps the text as written.
 * Every change keeps the length (in UTF-16 units) of what it replaces, so an offset in the
 * view is the same offset in the source.
 *
 * Chinese copied from the web, or held in traditional characters, differs from official UN
 * Chinese in ways that hide its structure: traditional characters (`安全理事會`, `決議`),
 * ASCII punctuation where the UN writes full-width (`安全理事会,`, `决定:`), full-width digits
 * (`１．`), sub-item markers in full-width brackets (`（a）`), and paragraphs set as Markdown list
 * items (`- 1. 决定…`).
 */
export function recognitionView(written: string, lang: Lang): string {
  // A hyphen that does not break the line (U+2011, as Word sets `Re‑emphasizing`, `Sixty‑fourth`)
  // or the Unicode hyphen (U+2010) is a hyphen.
  const text = /[\u2010\u2011]/.test(written) ? written.replace(/[\u2010\u2011]/g, '-') : written
  if (lang !== 'zh') {
    // `- Recalling …`, `- 1. Decides …`: paragraphs set as Markdown list items.
    if (!bulletLine.test(text) || !listedParagraph.test(text)) return text
    return text.replace(listedParagraphs, (match) => ' '.repeat(match.length))
  }
  let view = mayHoldTraditional(text) ? toSimplified(text) : text
  // Full-width digits and letters of the ASCII range read as ASCII (`１．` → `1．`).
  if (/[\uff10-\uff19]/.test(view))
    view = view.replace(/[\uff10-\uff19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
  view = view.replace(asciiPunctuation, (char, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1)
    const after = whole.charAt(offset + 1)
    // `1,000`, `Distr.: General`, `S/11670, Corr.1`: Latin context keeps ASCII.
    const chinese =
      cjkContext.test(before) ||
      cjkContext.test(after) ||
      (/[)）]/.test(before) && (after === '' || after === '\n' || after === '\r'))
    return chinese ? (fullWidth[char] ?? char) : char
  })
  // `（a）`, `（1）`: a sub-item's marker in full-width brackets (web copies, Word) reads as `(a)`.
  view = view.replace(fullWidthItem, '($1)')
  // `- 1. 决定…`: a Markdown list item is a paragraph; its bullet is not text.
  view = view.replace(listBullet, (match) => ' '.repeat(match.length))
  return view
}

/**
 * A paragraph's text with the full-width digits that open it read as ASCII (`１２．` → `12．`), the
 * same length: the tree's texts come from the source, where Word's full-width list numbers
 * (`decimalFullWidth`) and typists' `１．` stand as written. Any other text is returned as it is.
 */
export function asciiLeadingDigits(text: string): string {
  const first = text.charCodeAt(0)
  if (first < 0xff10 || first > 0xff19) return text
  const digits = /^[\uff10-\uff19]+/.exec(text)![0]
  return digits.replace(/./g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)) + text.slice(digits.length)
}

/**
 * Where a Markdown file's YAML front matter ends (`---` / `title: "…"` / `symbol: A/RES/80/7` /
 * `---`, as static-site generators and PDF-to-Markdown extractors open a file), or -1: its
 * metadata, not the resolution's text. The block opens the file, holds at least one `key:` line
 * and nothing but such lines, their indented continuations, list items, comments and blank
 * lines, and closes with `---` or `...` within its first lines. Read line by line, never by a
 * pattern that could backtrack over the lines.
 */
export function frontMatterEnd(text: string): number {
  if (!text.startsWith('---')) return -1
  let end = text.indexOf('\n')
  if (end < 0 || text.slice(0, end).trimEnd() !== '---') return -1
  let keys = 0
  for (let count = 0; count < frontMatterLines && end < text.length; count++) {
    const start = end + 1
    end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end).trimEnd()
    if (line === '---' || line === '...') return keys > 0 ? end : -1
    if (yamlKey.test(line)) keys++
    else if (line !== '' && !/^[ \t#]|^- /.test(line)) return -1
  }
  return -1
}
/** The most lines a front matter block may take. */
const frontMatterLines = 60
const yamlKey = /^[a-z_][\w-]{0,40}:(?:[ \t]|$)/i

/**
 * The document symbol a front matter declares (`symbol: A/RES/80/6`, `symbol: "S/RES/2565 (2021)"`),
 * as its masthead may not give it (a converter's text of the UN's PDF loses the symbol set beside
 * `United Nations`).
 */
export function frontMatterSymbol(text: string): string | undefined {
  const end = frontMatterEnd(text)
  if (end < 0) return undefined
  const found = /^symbol:[ \t]*["']?([A-Z][A-Z0-9.]*(?:\/[A-Za-z0-9.()-]+)+(?: \(\d{4}\))?)["']?[ \t]*$/mu.exec(
    text.slice(0, end),
  )
  return found?.[1]
}

/** The text with its YAML front matter (frontMatterEnd) blanked, keeping its length and lines. */
export function withoutFrontMatter(text: string): string {
  const end = frontMatterEnd(text)
  return end < 0 ? text : text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end)
}

const fullWidthItem = /（([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸])）/g

const asciiPunctuation = /[,;:]/g
const fullWidth: Record<string, string> = {',': '，', ';': '；', ':': '：'}
const cjkContext = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]/
const listBullet = /^[ \t]*[-+•·][ \t]+(?=\S)/gm
/** An English list item that opens a paragraph: a capital, an operative number or a sub-item; never `*` (a footnote marker). */
const listedParagraph = /^[ \t]*[-+•][ \t]+(?=\p{Lu}|\d{1,3}\.\s|\((?:[a-z]{1,2}|[ivx]{3,5})\))/mu
// Tested first: a text without a bullet line never needs the pattern's Unicode class compiled.
const bulletLine = /^[ \t]*[-+•][ \t]/m
const listedParagraphs = new RegExp(listedParagraph.source, 'gmu')

type Convert = (text: string) => string
let converter: Convert | null | undefined

/** OpenCC's traditional → simplified converter (opencc-js), loaded on first use. */
function loadConverter(): Convert | undefined {
  if (converter === undefined) {
    try {
      const require = createRequire(import.meta.url)
      const opencc = require('opencc-js/t2cn') as {Converter: (options: {from: string; to: string}) => Convert}
      converter = opencc.Converter({from: 't', to: 'cn'})
    } catch {
      converter = null
    }
  }
  return converter ?? undefined
}

/**
 * Characters found in nearly every traditional Chinese resolution and never in simplified
 * text: a cheap test that spares simplified texts the converter. The conversion itself is
 * OpenCC's.
 */
const traditionalTell = /[會議國關於與為這們對時發說經請決際區應並員問題長報條實現動組織權處將從義務]/

export function mayHoldTraditional(text: string): boolean {
  return traditionalTell.test(text)
}

/**
 * Traditional characters as simplified ones, keeping the length: OpenCC maps a few phrases
 * to phrases of another length, so where the lengths differ each character is converted alone.
 */
export function toSimplified(text: string): string {
  if (!describes.test(text)) return simplified(text)
  // Convert the text between them; keep the description characters as they are.
  let result = ''
  let last = 0
  for (const match of text.matchAll(descriptionRun)) {
    result += simplified(text.slice(last, match.index)) + match[0]
    last = match.index + match[0].length
  }
  return result + simplified(text.slice(last))
}

/**
 * Ideographic description characters (U+2FF0–U+2FFF, as in ⿰氵青): OpenCC reads a run of them
 * as nested descriptions, in time exponential in the run (46 took 0.6 s to convert, 60 over a
 * minute). They are never converted, so the text is converted around them.
 */
const describes = /[\u2ff0-\u2fff]/u
const descriptionRun = /[\u2ff0-\u2fff]+/gu

function simplified(text: string): string {
  const convert = loadConverter()
  if (!convert || text === '') return text
  const whole = convert(text)
  if (whole.length === text.length) return whole
  let result = ''
  for (const line of text.split(/(?<=\n)/)) {
    const converted = convert(line)
    if (converted.length === line.length) {
      result += converted
      continue
    }
    for (const char of line) {
      const one = convert(char)
      result += one.length === char.length ? one : char
    }
  }
  return result
}
