import {detectLeadingPhrase, isSessionAdverbialZh} from './leading-phrase.js'
import type {Line} from './lines.js'
import {zhDateLine} from './closing-lines.js'

/**
 * Chinese copied from a web page flattened onto one line (flattened.ts) sometimes runs two
 * preambular paragraphs together with no space between them: `又重申…方面的作用,审议了秘书长题为…的报告,`. A line that opens
 * with a preambular phrase and ends with a comma is split after an inner comma when what
 * follows opens a paragraph unmistakably: a phrase with a sequence word (又回顾, 还注意到), a
 * long one (深表关切, 满意地注意到) or one in the perfect (审议了, 审查了), which never
 * carry on a sentence after a bare comma. The line becomes two lines of the same source, so
 * offsets are unchanged.
 */
export function splitRunOns(lines: readonly Line[]): Line[] {
  return splitLines(lines, runOnParts)
}

/**
 * Each line as the parts `partsOf` cuts it into (the line itself when it is not cut, with the
 * line after it); the same array when no line is cut.
 */
function splitLines(lines: readonly Line[], partsOf: (line: Line, next: Line | undefined) => Line[]): Line[] {
  let result: Line[] | undefined
  lines.forEach((line, index) => {
    const parts = partsOf(line, lines[index + 1])
    if (parts.length > 1) result ??= lines.slice(0, index)
    if (result) result.push(...parts)
  })
  return result ?? (lines as Line[])
}

function runOnParts(line: Line): Line[] {
  const {text} = line
  if (!/[，,]$/.test(text) || !opensPreamble(text)) return [line]
  return partsAtCommas(
    line,
    (at, from) => at + 1 > from && !isSessionAdverbialZh(text.slice(from, at)) && unmistakable(text.slice(at + 1)),
  )
}

/**
 * A line cut after each comma outside quotation marks, book-title marks and brackets (round and
 * square) where
 * `cuts(at, from)` says a paragraph opens after it (`from`: where the current part starts); the
 * parts keep the line's source offsets. The line itself when no comma cuts it.
 */
function partsAtCommas(line: Line, cuts: (at: number, from: number) => boolean, fullStops = false): Line[] {
  const {text} = line
  const parts: Line[] = []
  let from = 0
  let depth = 0
  // A mark a copy opened and never closed (`(以下称“IMSBC 规则),`: the quotation mark's pair lost)
  // does not hold the rest of the line inside it: an opening mark counts only with a closing one after it.
  const lastClose = Math.max(...[...'”》)）]'].map((mark) => text.lastIndexOf(mark)))
  for (let at = 0; at < text.length - 1; at++) {
    const char = text.charAt(at)
    if (char === '“' || char === '《' || char === '(' || char === '（' || char === '[') {
      if (at < lastClose && (char !== '“' || text.includes('”', at))) depth++
    } else if (char === '”' || char === '》' || char === ')' || char === '）' || char === ']')
      depth = Math.max(0, depth - 1)
    else if (depth === 0 && (char === '，' || char === ',' || (fullStops && char === '。')) && cuts(at, from)) {
      parts.push({
        ...line,
        text: text.slice(from, at + 1),
        start: line.start + from,
        pageBreak: from === 0 && line.pageBreak,
      })
      from = at + 1
    }
  }
  if (parts.length === 0) return [line]
  parts.push({...line, text: text.slice(from), start: line.start + from, pageBreak: false})
  return parts
}

function opensPreamble(text: string): boolean {
  return detectLeadingPhrase(text, 'zh', 'preamble') !== undefined
}

function unmistakable(text: string): boolean {
  const phrase = detectLeadingPhrase(text, 'zh', 'preamble')
  if (phrase === undefined) return false
  return /^[又还還]/u.test(phrase.text) || [...phrase.text].length >= 4 || phrase.text.endsWith('了')
}

/**
 * A web copy that lost the line break before the closing date runs it into the last
 * paragraph: `…及本宣言之规定。一九六〇年十二月十四日，` / `第九四七次全体会议。`. A Chinese line
 * that ends a sentence and then a date, right before the meeting or vote line, is two lines:
 * the paragraph and the closing date. Offsets are unchanged.
 */
/** `第九四七次全体会议。`, `第2812次会议一致通过。`: the meeting that closes a resolution. */
const meetingLine = /^第\s*[\d〇零一二三四五六七八九十百千]+\s*次\s*(?:全体)?会议/

export function splitClosingDates(lines: readonly Line[]): Line[] {
  return splitLines(lines, closingDateParts)
}

function closingDateParts(line: Line, next: Line | undefined): Line[] {
  const {text} = line
  if (next === undefined || !/日[，,]?$/.test(text)) return [line]
  const end = /[。；;.]/g
  let at = -1
  for (let found = end.exec(text); found; found = end.exec(text)) at = found.index
  if (at < 0) return [line]
  const date = text.slice(at + 1)
  if (!zhDateLine.test(date) || !meetingLine.test(next.text)) return [line]
  return [
    {...line, text: text.slice(0, at + 1)},
    {...line, text: date, start: line.start + at + 1, pageBreak: false},
  ]
}

/**
 * The Chinese of the first years runs the formula into its verb on one line: `大会建议：`
 * ("The General Assembly recommends:"), `大会议决：`, then lettered items. The line is two
 * lines: the formula (`大会`) and the operative lead-in (`建议：`). Offsets are unchanged.
 */
export function splitFormulaVerbs(lines: readonly Line[]): Line[] {
  const at = lines.findIndex(
    (line, index) => index < formulaSearch && (formulaVerb.test(line.text) || formulaLeadIn.test(line.text)),
  )
  if (at < 0) return lines as Line[]
  const line = lines[at] as Line
  const match = (formulaVerb.exec(line.text) ?? formulaLeadIn.exec(line.text))!
  const verb = line.text.slice(match[1]!.length)
  const phrase = detectLeadingPhrase(verb, 'zh', 'operative')
  if (!phrase?.known || (match[2] === undefined && phrase.text.length !== verb.length - 1)) return lines as Line[]
  return [
    ...lines.slice(0, at),
    {...line, text: match[1]!},
    {...line, text: verb, start: line.start + match[1]!.length, pageBreak: false},
    ...lines.slice(at + 1),
  ]
}

/** `大会建议：`, `安全理事会议决：`: a body's name, a verb of two to four characters, a colon. */
const formulaVerb = /^(大会|[^，。；：\s]{0,12}理事会)[\u3400-\u9fff]{2,4}[：:]$/u
/**
 * The formula run into a whole lead-in that ends `如下` ("as follows"), before its lettered items:
 * `大会决定设置两专门委员会如下．` ("The General Assembly decides to establish two special committees as follows:").
 */
const formulaLeadIn = /^(大会|[^，。；：\s]{0,12}理事会)[\u3400-\u9fff][^，。；：\s]{1,60}(如下)[：:．.。]$/u
/** How far into a file the formula may sit (as formula.ts looks). */
const formulaSearch = 400

/**
 * Some pages part a flattened resolution's paragraphs by commas alone: the ITU Council's
 * resolutions as the ITU's web edition gives them (`理事会,经审议…的提案,经进一步审议…的决定,注意到…,
 * 做出决议 1 …; 2 …`), where the formula runs into its first paragraph after its comma. In such a
 * text a line breaks after the formula's comma, and at a comma outside brackets where a known
 * opening phrase of three characters or more follows, or one with a sequence word (进一步注意到):
 * a verb of two characters (认为, 敦促) often carries a sentence on after a comma. It does not
 * break where the piece before would be the phrase alone (`做出决议,敦促…`, "resolves, to
 * urge…", is one paragraph), and does break before a short lead-in that ends the line right
 * above numbered clauses (`…的证书,责成秘书长` / `1 根据…`: "instructs the Secretary-General").
 * A numbered clause's line is left whole. Offsets are unchanged.
 */
export function splitCommaParted(lines: readonly Line[]): Line[] {
  const first = lines.findIndex((line) => gluedFormula(line.text) !== undefined)
  if (first < 0) return lines as Line[]
  const result = lines.slice(0, first)
  lines.slice(first).forEach((line, offset) => {
    const next = lines[first + offset + 1]
    if (clauseNumber.test(line.text)) {
      result.push(line)
      return
    }
    const formula = gluedFormula(line.text)
    if (formula === undefined) {
      result.push(...commaParts(line, next))
      return
    }
    const [from, to] = formula
    if (from > 0) result.push({...line, text: line.text.slice(0, from)})
    result.push({
      ...line,
      text: line.text.slice(from, to),
      start: line.start + from,
      pageBreak: from === 0 && line.pageBreak,
    })
    result.push(...commaParts({...line, text: line.text.slice(to), start: line.start + to, pageBreak: false}, next))
  })
  return result
}

/**
 * A flattened resolution's operative paragraphs glued on one line after the preamble and after each
 * other, each number right after the mark that ends the paragraph before it (a manuals site's text
 * of an IMO resolution's PDF: `…修正案,1.按本公约…附件:2.按本公约…:3.提请…`, or with no stop:
 * `…予以分发,1按MARPOL…附件:2按…`): the line is cut before each number of a run that counts 1, 2,
 * 3… in order, two numbers at least (three when a number has no stop). A figure in the text
 * (`第28(b)条`, `按上述2被接受`) has no stop after it, or is out of the run. Offsets are unchanged.
 */
export function splitGluedNumbers(lines: readonly Line[]): Line[] {
  return splitLines(lines, gluedNumberParts)
}

/** A number and its stop (or none: `…予以分发,1按MARPOL…`) glued after a paragraph's end mark, before Chinese. */
const gluedNumber = /(?<=[，,：:；;。])(\d{1,2})([.．]?)(?=[\u3400-\u9fff])/gu

function gluedNumberParts(line: Line): Line[] {
  const {text} = line
  // Tested first: a figure right after a mark.
  if (!/[，,：:；;。]\d/u.test(text)) return [line]
  const cuts: number[] = []
  let stopless = 0
  for (const match of text.matchAll(gluedNumber)) {
    if (Number(match[1]) !== cuts.length + 1) continue
    cuts.push(match.index)
    if (match[2] === '') stopless++
  }
  // Numbers with no stop (`,1按…:2按…:3提请…`) only in a run of three: a figure and a measure
  // word may follow a comma (`,2名`).
  if (cuts.length < 2 || (stopless > 0 && cuts.length < 3)) return [line]
  return [0, ...cuts].map((from, index) => ({
    ...line,
    text: text.slice(from, cuts[index] ?? text.length),
    start: line.start + from,
    pageBreak: from === 0 && line.pageBreak,
  }))
}

/** `1 根据交存证书的数量…`: the ITU's clause number, with no stop. */
const clauseNumber = /^\d{1,3} (?=[\u3400-\u9fff])/u

/**
 * Where a formula run into its first paragraph after its comma lies (`理事会,经审议…`), or
 * undefined. A title that ends with the adoption in brackets may run into it too
 * (`国际电联成员国的投票表决权(C-1996)理事会,注意到…`).
 */
function gluedFormula(text: string): [number, number] | undefined {
  if (text.length >= flattenedLine) {
    const inside = gluedFormulaInside(text)
    if (inside) return inside
  }
  const match =
    /^([^，。；：,;:\s]{0,60}[)）])?(?:大会|[^，。；：,;:\s()（）]{0,12}(?:理事会|委员会|执行局))(?:[(（]\d{4}年[，,][^()（）]{1,16}[)）])?[，,](?=[\u3400-\u9fff])/u.exec(
      text,
    )
  if (!match) return undefined
  const from = match[1]?.length ?? 0
  return detectLeadingPhrase(text.slice(match[0].length), 'zh', 'preamble')?.known ? [from, match[0].length] : undefined
}

/** A line this long may be a whole resolution flattened, its title run into its formula. */
const flattenedLine = 200

/**
 * A formula inside a flattened line, after a title that holds no comma or full stop
 * (`…ITU-R 第 34-2 号决议编写术语和定义的指导原则(1986-…-2007年)国际电联无线电通信全会,认识到a)…`,
 * a PDF's text flattened by a document site): a body (`…大会`, `…全会`, `…理事会`), its comma, then a
 * known opening phrase. The formula starts after the title's closing bracket.
 */
function gluedFormulaInside(text: string): [number, number] | undefined {
  for (const match of text
    .slice(0, maxTitle + 16)
    .matchAll(/(?:大会|全会|理事会|委员会|执行局)[，,](?=[\u3400-\u9fff])/gu)) {
    const title = text.slice(0, match.index)
    if (/[，。；：,;:]/u.test(title)) return undefined
    const to = match.index + match[0].length
    if (detectLeadingPhrase(text.slice(to), 'zh', 'preamble')?.known !== true) continue
    const closed = Math.max(title.lastIndexOf(')'), title.lastIndexOf('）'), title.lastIndexOf('》')) + 1
    if (closed === 0) return undefined
    // `…》(2011年ESP规则)修正案海上安全委员会,`: a title of amendments, a protocol or rules ends with that noun.
    const noun = [...title.slice(closed).matchAll(titleNoun)].at(-1)
    return [noun ? closed + noun.index + noun[0].length : closed, to]
  }
  return undefined
}

/** The noun that ends the title of an instrument's text (amendments, a protocol, rules, guidelines). */
const titleNoun = /修正案|议定书|規則|规则|导则|準則|准则|指南/gu
const maxTitle = 140

/** Some line of a Chinese text is a resolution flattened with no spaces, its formula run in after its title. */
export function hasGluedFormulaLine(lines: readonly Line[]): boolean {
  const limit = Math.min(lines.length, formulaSearch)
  for (let index = 0; index < limit; index++) {
    const {text} = lines[index] as Line
    if (text.length < flattenedLine) continue
    // The formula inside the line after a title, or opening it and run into the first paragraph
    // (`海上安全委员会,忆及…,注意到…,还注意到…,在其第92 届会议上审议了…,`: a company's copy of an
    // IMO resolution): a drafter sets the formula on a line of its own.
    if (gluedFormulaInside(text) !== undefined || gluedFormula(text)?.[0] === 0) return true
  }
  return false
}

function commaParts(line: Line, next: Line | undefined): Line[] {
  const {text} = line
  return partsAtCommas(
    line,
    (at, from) =>
      text.charAt(at) === '。'
        ? gluedClauses(text.slice(at + 1))
        : opensHere(text.slice(from, at), text.slice(at + 1), next),
    true,
  )
}

/**
 * An operative phrase run into its first clause's bare number, as a PDF's text flattened gives the
 * ITU's layout (`做出决议` above `1 在建议…` becomes `做出决议1在建议…`; `…的指导原则。请1国际电联…`):
 * after a full stop, a paragraph opens there.
 */
function gluedClauses(rest: string): boolean {
  const phrase = detectLeadingPhrase(rest, 'zh', 'operative')
  return phrase?.known === true && /^[1１](?=[\u3400-\u9fff])/u.test(rest.slice(phrase.text.length))
}

function opensHere(before: string, rest: string, next: Line | undefined): boolean {
  const phrase = detectLeadingPhrase(rest, 'zh', 'preamble')
  if (!phrase?.known) return false
  const bare = detectLeadingPhrase(before, 'zh', 'preamble')
  if (bare?.known && bare.text === before) return false
  // `在其第76届会议上,审议了…`: the session the body met at leads in the phrase after its comma.
  if (isSessionAdverbialZh(before)) return false
  if ([...phrase.text].length >= 3 || phrase.modifier !== undefined) return true
  // A lead-in that ends the line above numbered clauses: short, no mark at its end, no comma after it.
  return (
    [...rest].length <= maxLeadIn &&
    !/[，,。；;：:]/.test(rest) &&
    next !== undefined &&
    clauseNumber.test(next.text) &&
    detectLeadingPhrase(rest, 'zh', 'operative')?.known === true
  )
}

/** The longest lead-in above numbered clauses (`责成无线电通信局主任`). */
const maxLeadIn = 16

/**
 * A copy that lost a line break sometimes runs two Chinese preambular paragraphs together where
 * the next opens with its phrase and the phrase's own comma (`回顾联合国宪章的原则,考虑到,恢复…`, a
 * learner's page of A/RES/2758 (XXVI)). A known preambular phrase standing alone between two
 * commas never carries a sentence on (but one after 并, "and", does): a line that opens with a preambular phrase is cut after the
 * comma before it (outside brackets and title marks). Offsets are unchanged.
 */
export function splitBarePhrases(lines: readonly Line[]): Line[] {
  return splitLines(lines, barePhraseParts)
}

/** A comma, two to six Han characters, a comma: the cheap test before any phrase is looked up. */
const barePhraseAfterComma = /[，,][\u3400-\u9fff]{2,6}[，,]/u

function barePhraseParts(line: Line): Line[] {
  const {text} = line
  if (!barePhraseAfterComma.test(text) || detectLeadingPhrase(text, 'zh', 'preamble')?.known !== true) return [line]
  return partsAtCommas(line, (at) => barePhrase(text.slice(at + 1)))
}

function barePhrase(rest: string): boolean {
  const phrase = detectLeadingPhrase(rest, 'zh', 'preamble')
  // `…的國際機制,並回顧,根據…` (S/RES/1718 (2006)): "and recalling" goes on in the same paragraph.
  if (/^[并並且及]/u.test(rest)) return false
  return phrase?.known === true && [...phrase.text].length >= 2 && /^[，,]/u.test(rest.slice(phrase.text.length))
}

/**
 * The English of such a copy runs the two together with no space after the comma
 * (`…of the Charter of the United Nations,Considering that…,`): English sets a space after every
 * comma, and never opens a known phrase with a capital inside a sentence. A line that opens with a
 * known preambular phrase and ends with a comma is cut after each comma, outside brackets and
 * quotation marks, that a capitalised known preambular phrase follows with no space between.
 * Offsets are unchanged.
 */
export function splitGluedPreambleEn(lines: readonly Line[]): Line[] {
  return splitLines(lines, gluedPreambleParts)
}

function gluedPreambleParts(line: Line): Line[] {
  const {text} = line
  // A comma with no space after it first (a literal, found fast): most lines set one after every
  // comma, and the pattern of Unicode classes is the dearer test.
  if (!/,[^\s\d]/.test(text) || !/\p{Ll},\p{Lu}\p{Ll}/u.test(text)) return [line]
  if (detectLeadingPhrase(text.replace(/^["“]+/u, ''), 'en', 'preamble')?.known !== true) return [line]
  const glued = (at: number): boolean =>
    text.charAt(at) === ',' &&
    /\p{Ll}/u.test(text.charAt(at - 1)) &&
    /\p{Lu}/u.test(text.charAt(at + 1)) &&
    detectLeadingPhrase(text.slice(at + 1), 'en', 'preamble')?.known === true
  // A line that does not end with a comma (a page cut inside a paragraph, its line breaks all
  // lost: yumpu's `…widelyacknowledged,Convinced that…,Convinced also…`) when two paragraphs run on so.
  if (!text.endsWith(',') && gluedCommas(text, glued) < 2) return [line]
  return partsAtCommas(line, glued)
}

/** How many of the line's commas glue on a known preambular phrase (up to two: enough to tell). */
function gluedCommas(text: string, glued: (at: number) => boolean): number {
  let count = 0
  for (let at = text.indexOf(','); at >= 0 && count < 2; at = text.indexOf(',', at + 1)) if (glued(at)) count++
  return count
}
