import {detectLeadingPhrase} from './leading-phrase.js'
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
  let result: Line[] | undefined
  lines.forEach((line, index) => {
    const parts = runOnParts(line)
    if (parts.length > 1) result ??= lines.slice(0, index)
    if (result) result.push(...parts)
  })
  return result ?? (lines as Line[])
}

function runOnParts(line: Line): Line[] {
  const {text} = line
  if (!/[，,]$/.test(text) || !opensPreamble(text)) return [line]
  const parts: Line[] = []
  let from = 0
  let depth = 0
  for (let at = 0; at < text.length - 1; at++) {
    const char = text.charAt(at)
    if (char === '“' || char === '《' || char === '(' || char === '（') depth++
    else if (char === '”' || char === '》' || char === ')' || char === '）') depth = Math.max(0, depth - 1)
    else if (depth === 0 && (char === '，' || char === ',') && at + 1 > from && unmistakable(text.slice(at + 1))) {
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
  let result: Line[] | undefined
  lines.forEach((line, index) => {
    const parts = closingDateParts(line, lines[index + 1])
    if (parts.length > 1) result ??= lines.slice(0, index)
    if (result) result.push(...parts)
  })
  return result ?? (lines as Line[])
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
