import type {Lang} from '../tree/types.js'

/**
 * A bitext: each segment of an English text with its Chinese right after it on the same line,
 * as the UN's document alignment pages give a pair (`The Economic and Social Council,经济及社会理事会,`).
 * Read in one language, the other language's half of every line is blanked in the recognition
 * view (the length kept), so paragraphs, their texts and positions hold that language only.
 */
export function isBitext(text: string): boolean {
  if (!cjk.test(text) || !/[a-z]{2}/.test(text)) return false
  let paired = 0
  let chinese = 0
  // A page of the two languages line by line (a learner's site: each English sentence on its line,
  // its Chinese on the next): an English line whose next line of text is Chinese.
  let english = 0
  let followed = 0
  let englishBefore = false
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const at = chineseStart(line)
    if (at < 0) {
      englishBefore = (line.match(englishWord) ?? []).length >= 3
      if (englishBefore) english++
      continue
    }
    chinese++
    if ((line.slice(0, at).match(englishWord) ?? []).length >= 3) paired++
    else if (englishBefore && at === 0) followed++
    englishBefore = false
  }
  if (paired >= minPairedLines && paired >= chinese * 0.6) return true
  return followed >= minPairedLines && followed >= english * 0.6 && followed >= chinese * 0.6
}

/** A document symbol after a dash at a line's end (`--A/ES-11/L.7`). */
const trailingSymbol = /(?:--|[–—])\s*[A-Z][A-Z0-9.]*\/[A-Za-z0-9./()-]+$/u

/** The view of a bitext in one language: the other half of each line as spaces. */
export function oneSide(view: string, lang: Lang): string {
  return view
    .split('\n')
    .map((line) => {
      const at = chineseStart(line)
      if (lang === 'en') {
        if (at < 0) return line
        // A page's Chinese title that ends with the document's symbol (`联合国关于乌克兰的决议--A/ES-11/L.7`):
        // the symbol is both sides'.
        const symbol = /\d$/.test(line) ? trailingSymbol.exec(line) : null
        const end = symbol && symbol.index > at ? symbol.index : line.length
        return line.slice(0, at) + blank(line.slice(at, end)) + line.slice(end)
      }
      // A line with no Chinese is an English segment (a pair the page cut), or the English's
      // formula on a page of the two languages line by line (`The General Assembly`).
      if (at < 0) return (line.match(englishWord) ?? []).length >= 3 || latinOnly.test(line) ? blank(line) : line
      return blank(line.slice(0, at)) + line.slice(at)
    })
    .join('\n')
}

/**
 * Chinese read from a page that gives the Chinese and then its English (a company's page of an IMO
 * resolution: `4、同意…修正案;` then `(Adopted on 21 June2013)` and `THE MARITIME SAFETY COMMITTEE,
 * RECALLING …`): in the Chinese view, once a line of Latin letters only opens with an English
 * formula below the Chinese, every line of Latin letters only after the Chinese line above it is
 * blanked (the length kept). English inside the Chinese (a note's English title) stays.
 */
export function withoutEnglishAfter(view: string): string {
  // Tested first, with includes: a line that opens with `The` or `THE` is rare in a Chinese text.
  if ((!view.includes('\nThe ') && !view.includes('\nTHE ')) || !cjk.test(view)) return view
  const lines = view.split('\n')
  const formula = lines.findIndex((line, index) => index > 0 && englishFormula.test(line))
  if (formula < 0) return view
  let chinese = formula - 1
  while (chinese >= 0 && !cjk.test(lines[chinese] as string)) chinese--
  if (chinese < 0) return view
  for (let index = chinese + 1; index < lines.length; index++)
    if (!cjk.test(lines[index] as string)) lines[index] = blank(lines[index] as string)
  return lines.join('\n')
}

/** `THE MARITIME SAFETY COMMITTEE,`, `The General Assembly,`: an English formula at a line's start, on a line with no Chinese. */
const englishFormula =
  /^(?:THE\s+[A-Z][A-Z ]{2,80}|The\s+(?:\p{Lu}\p{Ll}+\s+){0,6}(?:Assembly|Council|Committee|Conference|Board|Commission))\s*[,:](?![^\n]*[\u3400-\u9fff])/u

/**
 * English read from a page that gives the English and then its Chinese translation on the same
 * line (a blog's table cell: `…1976th plenary meeting, 25 October 1971. 二七五八 (二十六). 恢復…`):
 * in the English view, the Chinese run that ends such a line is blanked (the length kept). Only a
 * long run after several English words: a Chinese name or phrase quoted in English stays.
 */
export function withoutChineseTails(view: string): string {
  if (!cjk.test(view)) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    // At its first Chinese character (an opening bracket or quotation mark before it too): the figures before
    // it (`…25 October 1971. 二七五八`) are the English's.
    let at = line.search(cjk)
    while (at > 0 && /[“‘《「(（]/u.test(line.charAt(at - 1))) at--
    if (at < 0 || (line.slice(0, at).match(englishWord) ?? []).length < minEnglishWords) return line
    const tail = line.slice(at)
    if ((tail.match(cjkAll) ?? []).length < minChineseTail) return line
    changed = true
    return line.slice(0, at) + blank(tail)
  })
  return changed ? lines.join('\n') : view
}

/** English words before, and Chinese characters in, a line's Chinese tail for it to be set aside. */
const minEnglishWords = 20
const minChineseTail = 40
const cjkAll = /[\u3400-\u9fff]/gu

/** Lines that must pair English with Chinese for a text to be read as a bitext. */
const minPairedLines = 3
const cjk = /[\u3400-\u9fff]/u
const englishWord = /\b[a-z]{2,}\b/g
/** Two words or more of Latin letters and nothing else. */
const latinOnly = /^\s*[a-z]{2,}(?:[ ,]+[a-z]{2,})+[,:]?\s*$/i

/**
 * Where the Chinese half of a line begins: at its first Chinese character, or before the
 * symbol or number that opens it (`…non-medical useE/RES/2003/41 努力…`, `…;1. 决定…`) and an
 * opening quotation mark or bracket. -1 when the line holds no Chinese.
 */
function chineseStart(line: string): number {
  const first = line.search(cjk)
  if (first < 0) return -1
  let at = first
  while (at > 0 && /[“‘《「(（]/u.test(line.charAt(at - 1))) at--
  // Back over the spaces and the symbol or number before it (capitals, digits, `/.-()`), from its first capital or digit.
  let start = at
  while (start > 0 && /\s/.test(line.charAt(start - 1))) start--
  const spaced = start
  while (start > 0 && /[A-Z0-9/.\-()]/.test(line.charAt(start - 1))) start--
  while (start < spaced && !/[A-Z0-9]/.test(line.charAt(start))) start++
  return start < spaced ? start : at
}

function blank(text: string): string {
  return text.replace(/[^\r]/g, ' ')
}
