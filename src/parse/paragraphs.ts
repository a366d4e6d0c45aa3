import type {Formula, List, OperativeParagraph, Part, Point, PreambularParagraph} from '../tree/types.js'
import type {Block} from './blocks.js'
import {joinRuns, runsPosition, trimRuns, type Context} from './context.js'
import {parseInline} from './inline.js'
import {findItems, type ItemSpan} from './items.js'
import {
  closingPhraseZh,
  detectLeadingPhrase,
  introducedVerb,
  narrativeDecision,
  presentTenses,
} from './leading-phrase.js'
import {
  gluedNumber,
  bracketedHanNumber,
  hanOperativeNumber,
  bareOperativeNumber,
  enumeratedOperativeNumber,
  ocrChineseOperativeNumber,
  ocrOperativeNumber,
  operativeNumber,
} from './patterns.js'
import {dropStart, runsText, sliceRuns, type Run} from './runs.js'
import {plainText} from './text.js'
import {asciiLeadingDigits} from './normalise.js'

/** Stage: the formula's lines → the formula node. */
export function buildFormula(start: number, end: number, context: Context): Formula {
  const lines: number[] = []
  for (let index = start; index < end; index++) lines.push(index)
  const runs = joinRuns(lines, context)
  const children = parseInline(runs, context.source, context.lang)
  return {type: 'formula', text: plainText(children), children, position: runsPosition(runs, context)}
}

/** Stage: a preambular block → a preambular paragraph, numbered by its place. */
export function buildPreambular(block: Block, index: number, context: Context): PreambularParagraph {
  const joined = trimRuns(joinRuns(block.lines, context))
  // Its printed number is its place (`preamble_1`): the text starts after it.
  const number = block.numbered ? /^\d{1,2}\.\s+/.exec(runsText(joined)) : null
  const [all, runs] = inBrackets(joined, number ? dropStart(joined, number[0].length) : joined, context)
  const eId = `preamble_${index}`
  const {children} = contentWithItems(runs, eId, context)
  const paragraph: PreambularParagraph = {
    type: 'preambularParagraph',
    eId,
    text: plainText(children),
    children: children as PreambularParagraph['children'],
  }
  const phrase =
    leadingPhraseOf(paragraph.children, paragraph.text, 'preamble', context) ??
    (context.lang === 'zh' ? closingPhraseZh(paragraph.text, 'preamble') : undefined) ??
    letteredOpening(paragraph.text, context)
  if (phrase) paragraph.leadingPhrase = phrase
  else warnPhrase(paragraph.eId, runs, context)
  paragraph.position = runsPosition(all, context)
  return paragraph
}

/**
 * A paragraph a draft sets in square brackets, its words not yet agreed (`[Reaffirming…,]`,
 * `[3. Invites…;]`; a collection's words of a draft not adopted): the recognition view read its
 * number and phrase past the brackets (flattened.ts bracketedParagraphsEn), so its runs stop
 * inside them; the text keeps them, as written, around what follows the number. `all` is the
 * paragraph with its number, `text` without; both are returned with the brackets, when the
 * source has `]` right after the last run and a `[` is then left open.
 */
function inBrackets(all: Run[], text: Run[], context: Context): [Run[], Run[]] {
  const source = context.source.text
  // Tested first: the character after the last run of the text is rarely a bracket.
  let last: Run | undefined
  for (let index = all.length - 1; index >= 0 && last === undefined; index--) {
    const run = all[index] as Run
    if (!run.fixed && run.text.length > 0) last = run
  }
  if (!last) return [all, text]
  const end = last.at + last.text.length
  if (source.charCodeAt(end) !== 93) return [all, text]
  const first = all.find((run) => !run.fixed && run.text.length > 0) as Run
  const opens = source.charCodeAt(first.at - 1) === 91
  const body = runsText(all)
  let open = opens ? 1 : 0
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code === 91) open++
    else if (code === 93 && open > 0) open--
  }
  if (open === 0) return [all, text]
  const close: Run = {text: ']', at: end}
  const start: Run[] = opens ? [{text: '[', at: first.at - 1}] : []
  return [
    [...start, ...all, close],
    [...start, ...text, close],
  ]
}

/**
 * A lettered or numbered preambular paragraph (`(a) Noting that…`, IAEA; `1. Having examined…`,
 * UNESCO's conventions): its phrase, known, after the letter or number (its `offset`).
 */
function letteredOpening(text: string, context: Context): ReturnType<typeof detectLeadingPhrase> {
  const marker = /^(?:\([a-z]{1,2}\)|\d{1,2}\.)\s+/.exec(text)
  if (marker === null) return undefined
  const phrase = detectLeadingPhrase(text.slice(marker[0].length), context.lang, 'preamble')
  return phrase?.known === true ? {...phrase, offset: marker[0].length + (phrase.offset ?? 0)} : undefined
}

/**
 * Stage: operative blocks → operative paragraphs. The number printed before a paragraph gives
 * its eId (`para_3`, `para_3bis`, a repeated number `para_3_2`); an unnumbered one takes its place.
 */
export function buildOperative(
  blocks: readonly Block[],
  headings: ReadonlyMap<number, string>,
  context: Context,
): OperativeParagraph[] {
  let previousNumber = 0
  const drafts = blocks.map((block) => {
    const all = trimRuns(joinRuns(block.lines, context))
    let runs = all
    const text = runsText(runs)
    let num: number | undefined
    // `１．`: full-width digits (Word's full-width list numbers, Chinese typists) as the view reads them.
    const numbered = operativeNumber.exec(context.lang === 'zh' ? asciiLeadingDigits(text) : text)
    const gluedMatch = numbered ? null : gluedNumber.exec(text)
    const glued =
      gluedMatch && detectLeadingPhrase(text.slice(gluedMatch[0].length), context.lang, 'operative')?.known
        ? gluedMatch
        : null
    let suffix = ''
    if (numbered) {
      num = Number(numbered[1])
      suffix = numbered[2] ?? ''
      runs = dropStart(runs, numbered[0].length)
    } else if (glued) {
      num = Number(glued[1])
      context.warnings.push({
        message: `Unexpected number glued to the opening phrase (\`${text.slice(0, 24)}…\`), expected \`${glued[1]}. \``,
        ruleId: 'operative-number-glued',
        position: runsPosition(runs.slice(0, 1), context),
      })
      runs = dropStart(runs, glued[0].length)
    } else {
      // `Il. Welcomes…`: the figure 1 read as a letter by an OCR, in sequence before an
      // operative phrase; `二.茲將…`: the number in Chinese numerals, in sequence.
      const han =
        context.lang === 'zh'
          ? (hanOperativeNumber(text) ??
            bracketedHanNumber(text) ??
            enumeratedOperativeNumber(text) ??
            bareOperativeNumber(text))
          : undefined
      const ocr = han ?? (context.lang === 'en' ? ocrOperativeNumber(text) : ocrChineseOperativeNumber(text))
      if (
        ocr &&
        ocr.value === previousNumber + 1 &&
        (han !== undefined || detectLeadingPhrase(text.slice(ocr.length), context.lang, 'operative')?.known)
      ) {
        num = ocr.value
        runs = dropStart(runs, ocr.length)
      }
    }
    if (num !== undefined) previousNumber = num
    // A part numbered and titled on a line of its own (`壹.永久会所` / `(甲)联合国永久会所应设于…`):
    // the title is the part's heading, its text what follows.
    const title = num === undefined ? undefined : partTitle(block, runsText(runs), context)
    if (title !== undefined) runs = trimRuns(dropStart(runs, title.length))
    const [whole, words] = inBrackets(all, runs, context)
    return {runs: words, num, suffix, all: whole, title}
  })
  const seen = new Map<number, number>()
  return drafts.map((draft, position) => {
    let eId: string
    if (draft.num === undefined) eId = `para_${position + 1}`
    else if (draft.suffix) eId = `para_${draft.num}${draft.suffix}`
    else {
      const occurrence = (seen.get(draft.num) ?? 0) + 1
      seen.set(draft.num, occurrence)
      eId = occurrence === 1 ? `para_${draft.num}` : `para_${draft.num}_${occurrence}`
    }
    // A paragraph lettered in place of a number (`(a) Notes…`, sections.ts) keeps its letter in
    // its text, as a lettered preambular paragraph does; its phrase is read after the letter.
    const letter = draft.num === undefined ? letteredStart.exec(runsText(draft.runs)) : null
    const children = letter
      ? parseInline(draft.runs, context.source, context.lang)
      : contentWithItems(draft.runs, eId, context).children
    const paragraph: OperativeParagraph = {type: 'paragraph', eId, text: plainText(children), children}
    if (draft.num !== undefined) paragraph.num = draft.num
    const heading = [headings.get(position), draft.title].filter(Boolean).join(' ')
    if (heading) paragraph.heading = heading
    const read = letter
      ? letteredPhrase(paragraph.text.slice(letter[0].length), context)
      : leadingPhraseOf(children, paragraph.text, 'operative', context)
    // A record's decision as narrative (`The Governing Body endorsed…`, sections.ts narrativeDecisions),
    // a numbered one that names its actor (`(1) The General Assembly welcomes…`).
    const phrase =
      context.lang === 'zh'
        ? (read ?? closingPhraseZh(paragraph.text, 'operative'))
        : read?.known || letter
          ? read
          : (narrativeDecision(paragraph.text) ??
            introducedVerb(paragraph.text) ??
            (draft.num === undefined ? undefined : narrativeDecision(paragraph.text, true)) ??
            read)
    if (phrase) paragraph.leadingPhrase = phrase
    else warnPhrase(eId, draft.runs, context)
    paragraph.position = runsPosition(draft.all, context)
    return paragraph
  })
}

/** The longest title of a part, in Chinese characters or English letters. */
const zhPartTitle = 12
const enPartTitle = 40

/**
 * The title a numbered part sets on its number's line, its text on the lines below (A/RES/25
 * (I): `壹.永久会所` / `(甲)…`, `弍.临时会所` / `联合国之临时会所应设于纽约市内.`): the rest of
 * that line is short, holds no punctuation and opens with no operative phrase, and more text
 * follows it. In English the title is in capitals (`I. PERMANENT HEADQUARTERS`), or its next
 * line opens an item (`(a)`): a narrow column may wrap a paragraph's first words before a capital.
 */
function partTitle(block: Block, rest: string, context: Context): string | undefined {
  if (block.lines.length < 2) return undefined
  const line = context.lines[block.lines[0] as number]!.text.trim()
  if (line.length > lineWithTitle) return undefined
  // The rest of the number's line, which the paragraph's text (its number dropped) starts with.
  let title = ''
  for (let at = 1; at < line.length; at++) {
    const tail = line.slice(at).trimStart()
    if (tail !== '' && rest.startsWith(tail)) {
      title = tail
      break
    }
  }
  if (title === '' || title.length >= rest.trimEnd().length) return undefined
  if (/[，。；：、,.;:!?！？()（）《》“”"]/u.test(title)) return undefined
  if (detectLeadingPhrase(title, context.lang, 'operative')?.known) return undefined
  if (context.lang === 'zh') return [...title].length <= zhPartTitle ? title : undefined
  if (title.length > enPartTitle || !/^\p{Lu}/u.test(title)) return undefined
  const next = context.lines[block.lines[1] as number]!.text.trim()
  return title === title.toUpperCase() || /^\([a-z0-9]{1,4}\)\s/u.test(next) ? title : undefined
}

/** The longest line a part's number and title share. */
const lineWithTitle = 60

/**
 * The phrase of a lettered paragraph, after its letter; a record of decisions' past tense
 * (`invited`) is the verb as written, read as the lexicon's (`Invites`).
 */
function letteredPhrase(text: string, context: Context): ReturnType<typeof detectLeadingPhrase> {
  const phrase = detectLeadingPhrase(text, context.lang, 'operative')
  if (phrase?.known || context.lang !== 'en') return phrase
  for (const form of presentTenses(text)) {
    const present = detectLeadingPhrase(form, 'en', 'operative')
    if (present?.known && present.modifier === undefined) {
      const written = /^\S+/.exec(text)![0]
      return {...present, text: written}
    }
  }
  return phrase
}

/** `(a) ` before an operative phrase opening a paragraph of a body that letters them. */
const letteredStart = /^[(（][a-z][)）]\s*(?=\p{L})/u

/** Inline content, then a list of the sub-items when the text has (a), (b)… or (i), (ii)…. */
function contentWithItems(
  runs: readonly Run[],
  eId: string,
  context: Context,
): {children: Array<OperativeParagraph['children'][number]>} {
  const text = runsText(runs)
  const items = findItems(text, 'any')
  if (items.length === 0) return {children: parseInline(runs, context.source, context.lang)}
  const children: Array<OperativeParagraph['children'][number]> = parseInline(
    trimRuns(sliceRuns(runs, 0, items[0]!.start)),
    context.source,
    context.lang,
  )
  children.push(buildList(runs, items, eId, context, true))
  return {children}
}

function buildList(
  runs: readonly Run[],
  items: readonly ItemSpan[],
  parentId: string,
  context: Context,
  nest: boolean,
): List {
  const points: Point[] = items.map((item) => {
    const eId = `${parentId}__point_${item.marker}`
    const body = trimRuns(sliceRuns(runs, item.contentStart, item.end))
    const inner = nest ? findItems(runsText(body), 'roman') : []
    const children: Point['children'] =
      inner.length > 0
        ? [
            ...parseInline(trimRuns(sliceRuns(body, 0, inner[0]!.start)), context.source, context.lang),
            buildList(body, inner, eId, context, false),
          ]
        : parseInline(body, context.source, context.lang)
    return {
      type: 'point',
      eId,
      num: `(${item.marker})`,
      text: plainText(children),
      children,
      position: runsPosition(sliceRuns(runs, item.start, item.end), context),
    }
  })
  return {
    type: 'list',
    children: points,
    position: runsPosition(sliceRuns(runs, items[0]!.start, items.at(-1)!.end), context),
  }
}

function leadingPhraseOf(
  children: ReadonlyArray<OperativeParagraph['children'][number]>,
  text: string,
  section: Part,
  context: Context,
): ReturnType<typeof detectLeadingPhrase> {
  const first = children.find((child) => !(child.type === 'text' && child.value.trim() === ''))
  let emphasized = first?.type === 'emphasis' ? plainText(first.children) : undefined
  // The italics of a phrase a draft sets after an opening bracket or an option's label
  // (`[*Decides*…`, `**Option 1** : *[Requests*…`): the label and marks before them go with them,
  // for the phrase is read after those (leading-phrase.ts).
  if (first !== undefined && (emphasized === undefined || optionName.test(emphasized))) {
    const from = first.type === 'emphasis' ? children.indexOf(first) + 1 : 0
    const at = children.findIndex((child, index) => index >= from && child.type === 'emphasis')
    const before = at > 0 ? plainText(children.slice(0, at)) : ''
    if (at > 0 && before.length <= 24 && markedOpening.test(before))
      emphasized = before.trimStart() + plainText((children[at] as {children: typeof children}).children)
  }
  return detectLeadingPhrase(text, context.lang, section, emphasized)
}

/** An option's name a draft sets in bold or italics before its words (`**Option 1**`, `*Option 2:*`). */
const optionName = /^\s*(?:Option|Alternative|Alt\.?)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?[ \t]*(?::[ \t]*)?$/u

/** What may stand before a draft's italic phrase: an option's label, opening brackets or quotes. */
const markedOpening =
  /^\s*(?:(?:Option|Alternative|Alt\.?)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?[ \t]*:[ \t]*)?["“‘[]*$/u

function warnPhrase(eId: string, runs: readonly Run[], context: Context): void {
  const text = runsText(runs).trim()
  context.warnings.push({
    message: `Unexpected opening of ${eId} (\`${text.slice(0, 30)}\`), expected a known opening phrase`,
    ruleId: 'unknown-leading-phrase',
    position: runsPosition(runs.slice(0, 1), context),
  })
}
