import {connectiveLine} from './patterns.js'
import type {Block} from './blocks.js'
import {joinRuns, type Context} from './context.js'
import {
  detectLeadingPhrase,
  fromCapitals,
  isOperativeVerb,
  isWellFormed,
  narrativeDecision,
  presentTenses,
  plainOpening,
} from './leading-phrase.js'
import {preambularPhrasesZh} from './lexicon-zh.js'
import type {Line} from './lines.js'
import {runsText} from './runs.js'
import {positionOf} from './source.js'
import {stripTrailingMarkers} from './units.js'

/** The blocks of each part of a resolution. */
export interface Sections {
  preamble: Block[]
  operative: Block[]
  conclusions: Block[]
  /** Section headings ("I", "General matters") by the index of the operative block they introduce. */
  headings: Map<number, string>
}

/**
 * Stage: blocks → sections. Sub-items join the paragraph they belong to, headings attach to
 * the operative paragraph after them, and everything after the closing lines is conclusions.
 */
export function classify(blocks: readonly Block[], context: Context): Sections {
  const sections: Sections = {preamble: [], operative: [], conclusions: [], headings: new Map()}
  let heading: string[] = []
  const warned = new Set<Block>()
  /** Operative paragraphs of lettered items whose lead-in was lost (lostLeadIn). */
  const unnumbered = new Set<Block>()
  let numberedPreamble = 0
  /** The preambular paragraph whose unlettered items are being read (after its colon). */
  let itemsUnder: Block | undefined
  /** The operative paragraph whose unlettered items are being read (after its colon). */
  let operativeItemsUnder: Block | undefined
  for (const block of blocks) {
    if (sections.conclusions.length > 0 || block.kind === 'conclusions') {
      sections.conclusions.push(block)
      continue
    }
    if (
      block.kind === 'operative' &&
      sections.operative.length === 0 &&
      numberedPreambular(block, numberedPreamble, context)
    ) {
      numberedPreamble++
      sections.preamble.push({kind: 'text', lines: block.lines, numbered: true})
      continue
    }
    if (block.kind === 'operative') {
      // `爰議決:` / `Resolves:` alone before the numbered paragraphs: their lead-in, set as a heading.
      if (sections.operative.length === 0 && heading.length === 0 && leadIn(sections.preamble.at(-1), context))
        heading.push(runsText(joinRuns((sections.preamble.pop() as Block).lines, context)).trim())
      if (heading.length > 0) sections.headings.set(sections.operative.length, heading.join(' '))
      heading = []
      sections.operative.push(block)
      continue
    }
    if (block.kind === 'heading') {
      heading.push(runsText(joinRuns(block.lines, context)).trim())
      continue
    }
    const last = sections.operative.at(-1) ?? sections.preamble.at(-1)
    if (block.kind === 'item' && sections.operative.length === 0 && letteredPreambular(block, context)) {
      sections.preamble.push({kind: 'text', lines: block.lines})
      continue
    }
    if (block.kind === 'item' && last && sections.operative.length === 0 && nextLettered(last, block, context)) {
      sections.preamble.push({kind: 'text', lines: block.lines})
      continue
    }
    // `(a) To express…;` / `(b) To request…;` right under a preambular paragraph that ends with a
    // comma: the items of an operative lead-in the page lost (`Decides:`), one operative paragraph.
    if (block.kind === 'item' && last && sections.operative.length === 0 && lostLeadIn(last, block, context)) {
      const items: Block = {kind: 'operative', lines: block.lines}
      unnumbered.add(items)
      sections.operative.push(items)
      continue
    }
    // After them, a paragraph that opens with an operative verb (`Expects at its sixty-first session…`) is the next.
    if (last && unnumbered.has(last) && block.kind !== 'item' && operativeOnly(blockText(block, context), context)) {
      sections.operative.push({kind: 'operative', lines: block.lines})
      continue
    }
    if (block.kind === 'item' && last) {
      last.lines.push(...block.lines)
      continue
    }
    // A preambular paragraph that ends with a colon, its items set as paragraphs of their own with
    // their letters lost (a converter's Markdown: `…constitutes a major contribution to:` /
    // `International peace and security,` / `Eliminating chemical weapons…,`): up to the next known
    // phrase, a paragraph that opens with none is its item.
    if (
      block.kind === 'text' &&
      last &&
      sections.operative.length === 0 &&
      context.lang === 'en' &&
      (itemsUnder === last || endsWithColon(last, context)) &&
      !detectLeadingPhrase(blockText(block, context), 'en', 'preamble')?.known
    ) {
      itemsUnder = last
      last.lines.push(...block.lines)
      continue
    }
    itemsUnder = undefined
    // An operative paragraph that ends with a colon, its items set as paragraphs of their own with
    // their letters lost (railcar's text of A/RES/80/11: `…also reaffirms the need to strengthen
    // its fulfilment by:` / `Requesting the Peacebuilding Commission…;`; 80/34: `11. Recalls:` /
    // `The reports of the fact-finding mission…`): up to the next numbered paragraph they are
    // its own, no text outside the parts.
    if (
      sections.operative.length > 0 &&
      last &&
      context.lang === 'en' &&
      (operativeItemsUnder === last || endsWithColon(last, context))
    ) {
      operativeItemsUnder = last
      last.lines.push(...block.lines)
      continue
    }
    if (sections.operative.length > 0 && last) {
      const line = context.lines[block.lines[0] as number] as Line
      // One warning per paragraph: a table set inside one would otherwise give one per row.
      if (!warned.has(last))
        context.warnings.push({
          message: 'Unexpected text after an operative paragraph that does not open a paragraph of its own',
          ruleId: 'text-outside-parts',
          position: positionOf(context.source, line.start, line.start + line.text.length),
        })
      warned.add(last)
      last.lines.push(...block.lines)
      continue
    }
    sections.preamble.push(block)
  }
  if (sections.operative.length > 0 && sections.preamble.length > 1) beforeNumbered(sections, context)
  // A resolution with a single operative paragraph leaves it unnumbered: the last
  // paragraph, ending with a full stop and opening with an operative verb, is it.
  if (sections.operative.length === 0 && sections.preamble.length > 0) letteredOperative(sections, context)
  if (sections.operative.length === 0 && sections.preamble.length > 0 && context.lang === 'en')
    narrativeDecisions(sections, context)
  if (sections.operative.length === 0 && sections.preamble.length > 0) unnumberedOperative(sections, context)
  if (sections.operative.length === 0 && sections.preamble.length > 0) {
    const last = sections.preamble.at(-1) as Block
    const text = runsText(joinRuns(last.lines, context)).trim()
    const phrase = detectLeadingPhrase(plainOpening(text), context.lang, 'operative')
    const operativeShape =
      context.lang === 'zh' ? phrase !== undefined : phrase !== undefined && isWellFormed(phrase.base, 'operative')
    // A text cut inside that paragraph (a stored page's beginning) ends with no punctuation, or
    // after one of its clauses (`…but no text;`, the ITU's numbered clauses): in English the verb's
    // form still tells it (`Invites the United Nations`, `decides`).
    const ended = stripTrailingMarkers(text)
    // In Chinese, an operative phrase with the ITU's numbered clauses under it (`做出决议` / `1 …；` /
    // `2 …`), cut inside a clause: such clauses stand under no preambular phrase.
    const cut =
      sections.preamble.length > 1 &&
      (context.lang === 'en'
        ? /[\p{L}\d);]$/u.test(ended)
        : /[\u3400-\u9fff\d；;，,]$/u.test(ended) &&
          operativeOnly(text, context) &&
          last.lines.slice(1).some((line) => /^\d{1,2} (?=[\u3400-\u9fff])/u.test((context.lines[line] as Line).text)))
    // Its verb and a colon, its clause under it (`Recommends:` / `That the chart…,`), however the clause ends.
    const leadIn = context.lang === 'en' && /^\p{Lu}[\p{L} ]{2,40}:\s/u.test(text)
    if ((/[.。]$/.test(ended) || cut || leadIn) && operativeShape) {
      sections.preamble.pop()
      sections.operative.push({kind: 'operative', lines: last.lines})
    } else listLeadIn(sections, context)
  }
  if (sections.operative.length === 0 && sections.preamble.length > 1) trailingFurniture(sections, context)
  return sections
}

/** A paragraph whose text ends with a colon (its notes' markers aside). */
function endsWithColon(block: Block, context: Context): boolean {
  return stripTrailingMarkers(blockText(block, context)).endsWith(':')
}

/**
 * A web page's own words after a text that stops inside its preamble (A/RES/53/187 as a
 * database gives its first page: `…99-76819 /...`, a blank line, `Select target paragraph3`): a
 * last line apart from the text, short, with no mark at its end and no opening phrase (known,
 * or a participle as a paragraph opens) is no paragraph. It stays with the text before it,
 * with a `text-outside-parts` warning, as such text after an operative paragraph does.
 */
function trailingFurniture(sections: Sections, context: Context): void {
  if (context.lang !== 'en') return
  const last = sections.preamble.at(-1) as Block
  const first = last.lines[0] as number
  if (last.lines.length !== 1 || (context.lines[first - 1] as Line | undefined)?.text !== '') return
  const line = context.lines[first] as Line
  const text = line.text
  if (text.length > maxFurnitureLine || /[.,;:]$/.test(stripTrailingMarkers(text))) return
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  if (phrase?.known || (phrase && isWellFormed(phrase.base, 'preamble'))) return
  sections.preamble.pop()
  ;(sections.preamble.at(-1) as Block).lines.push(first)
  context.warnings.push({
    message: 'Unexpected text after a preambular paragraph that does not open a paragraph of its own',
    ruleId: 'text-outside-parts',
    position: positionOf(context.source, line.start, line.start + text.length),
  })
}

/** The longest line of a page's own words read as such after the text. */
const maxFurnitureLine = 40

/**
 * Older resolutions leave their operative paragraphs unnumbered (S/RES/48 (1948): `兹设立…。`
 * `请该委员会…。` `该委员会…有权…。`; in English `Establishes…;` `Requests…;`): the first
 * paragraph that opens with an operative phrase that is no preambular one, after a paragraph
 * that ends with a comma, opens the operative part when it and every paragraph after it end
 * a sentence or clause (S/RES/4 (1946): `兹决定…步骤,` / `为此,安全理事会指派…。`), the last a sentence. Needs two such paragraphs; one is the single unnumbered paragraph
 * the caller looks for.
 */
function unnumberedOperative(sections: Sections, context: Context): void {
  const texts = sections.preamble.map((block) => runsText(joinRuns(block.lines, context)).trim())
  const at = texts.findIndex(
    (text, index) =>
      // An older preamble may end with a colon (`The GA convinced that…obligations:` / `Declares…;`).
      (index === 0 || /[,，;；又:]$/.test(stripTrailingMarkers(texts[index - 1]!))) && operativeOnly(text, context),
  )
  // `Decides:` opening lettered items takes what follows as its items (listLeadIn).
  if (at < 0 || texts.length - at < 2 || (context.lang === 'en' && opensList(texts[at]!))) return
  const ends = texts.slice(at).map((text) => stripTrailingMarkers(text))
  const last = ends.pop()!
  // In English a page may set an unnumbered paragraph's items as paragraphs of their own, unmarked
  // (S/RES/242 (1967) on a blog: `Affirms…the following principles:` / `Withdrawal…;` / `Termination…;` /
  // `Affirms further the necessity` / `For guaranteeing…;`): a paragraph that ends with a colon or a
  // word, before one that opens with no operative verb, is the lead-in of the items up to the next verb;
  // once a page sets items so, each later paragraph with no operative verb is an item of the one before.
  // Set with no blank lines (a telegram's draft: `Affirms further the necessity` / `For guaranteeing…;` /
  // `For achieving…;`), the lead-in and its first item are one paragraph: a line inside it that ends
  // with a word, before a line that opens with the first word of the next paragraph, is the lead-in.
  const items = new Set<number>()
  if (context.lang === 'en')
    for (let index = at, seen = false; index < texts.length; index++) {
      if (seen && !operativeOnly(texts[index]!, context)) items.add(index)
      else if (
        index + 1 < texts.length &&
        !operativeOnly(texts[index + 1]!, context) &&
        (/[:\p{L}]$/u.test(ends[index - at] ?? '') ||
          leadInInside(sections.preamble[index]!, texts[index + 1]!, context))
      )
        seen = true
    }
  // Each ends a clause, or runs on to the next with `and` (`…the success of its work and` / `Condemns in particular…`);
  // a colon whose items the copy left out ends one too where an operative verb opens the next (`…or use of force:` /
  // `Affirms further…`).
  const endsClause = (text: string, index: number): boolean =>
    /[.。;；,，]$/.test(text) ||
    (context.lang === 'en' &&
      (/\s(?:and|or)$/.test(text) ||
        (items.has(index + at + 1) && /[:\p{L}]$/u.test(text)) ||
        (text.endsWith(':') && index + at + 1 < texts.length && operativeOnly(texts[index + at + 1]!, context))))
  if (!ends.every(endsClause)) return
  // A stored page's beginning may stop inside the last one: in English it ends in a word; in
  // Chinese in a character or a figure, after operative paragraphs that each end a sentence or a
  // clause (`做出决议1…的指导原则。` / `请1国际电联总秘书处…附件1…适用`, ITU-R Resolution 34-2 cut).
  const cutZh = context.lang === 'zh' && /[\u3400-\u9fff\d]$/u.test(last) && ends.every((text) => /[。；;]$/.test(text))
  if (!/[.。]$/.test(last) && !(context.lang === 'en' && /\p{L}$/u.test(last)) && !cutZh) return
  sections.preamble.splice(at).forEach((block, offset) => {
    const previous = sections.operative.at(-1)
    if (items.has(at + offset) && previous) previous.lines = [...previous.lines, ...block.lines]
    else sections.operative.push({kind: 'operative', lines: block.lines})
  })
}

/** A line of `block` after its first that opens with `next`'s first word, the line before it ending with a word or a colon. */
function leadInInside(block: Block, next: string, context: Context): boolean {
  const word = /^\p{Lu}\p{Ll}+ /u.exec(next)?.[0]
  if (word === undefined || block.lines.length < 2) return false
  return block.lines.some(
    (line, index) =>
      index > 0 &&
      (context.lines[line] as Line).text.trimStart().startsWith(word) &&
      /[:\p{L}]$/u.test((context.lines[block.lines[index - 1] as number] as Line).text.trimEnd()),
  )
}

/**
 * Operative paragraphs set before the numbered ones, and the lead-in of those (A/RES/1514
 * (XV): `…manifestations;` / `And to this end Declares that:` / `1. The subjection…`; in
 * Chinese `郑重宣布…之必要；` / `且为此目的宣言如下：` / `一、…`): after the
 * preamble's last comma, paragraphs that open with an operative verb and end a clause are
 * unnumbered operative paragraphs, and a short one ending with a colon right before the
 * numbered paragraphs is their heading.
 */
function beforeNumbered(sections: Sections, context: Context): void {
  if (sections.headings.has(0)) return
  // Read from the end, block by block: most preambles end with a comma and stop here.
  const texts = new Map<number, string>()
  const textOf = (index: number): string => {
    let text = texts.get(index)
    if (text === undefined) {
      const block = sections.preamble[index] as Block
      texts.set(index, (text = stripTrailingMarkers(runsText(joinRuns(block.lines, context)).trim())))
    }
    return text
  }
  let end = sections.preamble.length
  const leadIn = textOf(end - 1)
  if (/[,，]$/.test(leadIn)) return
  const short = [...leadIn].length <= (context.lang === 'zh' ? 30 : 80)
  const hasLeadIn = /[:：]$/.test(leadIn) && short && /[;.；。]$/.test(textOf(end - 2))
  if (hasLeadIn) end--
  let from = end
  while (from > 1 && /[;.；。]$/.test(textOf(from - 1)) && operativeOnly(textOf(from - 1), context)) from--
  if (from === end || !/[,，]$/.test(textOf(from - 1))) return
  const moved: Block[] = sections.preamble
    .splice(from)
    .slice(0, end - from)
    .map((block) => ({kind: 'operative', lines: block.lines}))
  const headings = new Map<number, string>()
  for (const [index, heading] of sections.headings) headings.set(index + moved.length, heading)
  if (hasLeadIn) headings.set(moved.length, leadIn)
  sections.headings = headings
  sections.operative.unshift(...moved)
}

/** Opens with a known operative phrase that is not also a preambular one. */
function operativeOnly(text: string, context: Context): boolean {
  const bare = plainOpening(text)
  const operative = detectLeadingPhrase(bare, context.lang, 'operative')
  if (!operative?.known) return false
  if (context.lang === 'zh') return !preambularPhrasesZh.includes(operative.base)
  // Both lexicons answer for a known phrase: the form tells a verb (`Establishes`) from a
  // preambular participle or adjective (`Conscious`), in capitals too (the IWC's `AGREES`).
  return isOperativeVerb(fromCapitals(operative.base))
}

/**
 * The lead-in of numbered operative paragraphs, on its own before the first: an operative
 * verb and a colon, nothing more (`Resolves:`, `爰議決:`, `決議:`), after another paragraph.
 */
function leadIn(block: Block | undefined, context: Context): boolean {
  if (block === undefined || block.kind !== 'text') return false
  const text = runsText(joinRuns(block.lines, context)).trim()
  if (context.lang === 'en' && connectiveLine.test(text)) return true
  if (!/[:：]$/.test(text) || [...text].length > 30) return false
  const phrase = detectLeadingPhrase(plainOpening(text), context.lang, 'operative')
  if (phrase === undefined || !phrase.known) return false
  const rest = text.slice(phrase.text.length).replace(/[*_:：\s]/g, '')
  return context.lang === 'zh' ? [...rest].length <= 3 : rest === ''
}

/**
 * A lettered item before the operative part whose words open with a known preambular phrase
 * is a preambular paragraph of its own: the IAEA General Conference letters its preamble
 * (`(a) Noting that…`, `(b) Noting also…`). Items after `Decides:` are infinitives (`(a) To
 * call upon…`), not such phrases.
 */
function letteredPreambular(block: Block, context: Context): boolean {
  if (context.lang !== 'en') return false
  const text = runsText(joinRuns(block.lines, context)).trim()
  const marker = /^\([a-z]{1,2}\)\s+/.exec(text)
  return marker !== null && detectLeadingPhrase(text.slice(marker[0].length), 'en', 'preamble')?.known === true
}

/**
 * A numbered paragraph before any operative one that opens with a known preambular phrase and
 * ends a clause (`,` `;`) is a preambular paragraph (a participle or adjective, not a verb in `-s`): the organs of UNESCO's conventions number
 * every paragraph (`1. Having examined document…;` `2. Recalling Article 6…;` `4. Decides…`).
 * Only the run from 1 counts, in sequence; an operative phrase (`Welcomes`) is never one.
 */
function numberedPreambular(block: Block, before: number, context: Context): boolean {
  if (context.lang !== 'en') return false
  const text = runsText(joinRuns(block.lines, context)).trim()
  const number = /^(\d{1,2})\.\s+/.exec(text)
  if (!number || Number(number[1]) !== before + 1) return false
  const rest = text.slice(number[0].length)
  const phrase = detectLeadingPhrase(rest, 'en', 'preamble')
  // In a preamble numbered in capitals, the next number that opens with a word in capitals that
  // is no operative verb goes on with it, its phrase out of the lexicon or cut (`5. EX`).
  if (phrase?.known !== true && before > 0) return capitalsNotVerb(rest)
  if (!/[,;]$/.test(stripTrailingMarkers(rest))) return false
  if (phrase?.known !== true) return false
  // Bodies that write each paragraph's phrase in capitals number their preamble too (Ramsar: `1. RECALLING that…;`).
  const base = fromCapitals(phrase.base)
  return isWellFormed(base, 'preamble') && !isWellFormed(base, 'operative')
}

/** A first word in capitals that is neither a known operative phrase nor shaped as a verb in -s (`EXPRESSING`, `EX`). */
function capitalsNotVerb(text: string): boolean {
  const word = /^\p{Lu}{2,}(?=[\s,;]|$)/u.exec(text)?.[0]
  if (word === undefined) return false
  if (detectLeadingPhrase(text, 'en', 'operative')?.known === true) return false
  return !isWellFormed(fromCapitals(word), 'operative')
}

/**
 * "Decides:" (an operative verb and a colon) opening lettered items is the one unnumbered
 * operative paragraph even without a full stop at its end (a page that ends inside the
 * items, a stop the OCR lost): it, and anything after it, leaves the preamble.
 */
function listLeadIn(sections: Sections, context: Context): void {
  if (context.lang !== 'en') return
  const at = sections.preamble.findIndex(
    (block, index) => index > 0 && opensList(runsText(joinRuns(block.lines, context)).trim()),
  )
  if (at < 0) return
  const [lead, ...rest] = sections.preamble.splice(at)
  const lines = [...lead!.lines]
  for (const block of rest) {
    const line = context.lines[block.lines[0] as number] as Line
    context.warnings.push({
      message: 'Unexpected text after an operative paragraph that does not open a paragraph of its own',
      ruleId: 'text-outside-parts',
      position: positionOf(context.source, line.start, line.start + line.text.length),
    })
    lines.push(...block.lines)
  }
  sections.operative.push({kind: 'operative', lines})
}

/** A known operative verb, a colon and a first lettered item: `Decides: (a) To call upon…`. */
function opensList(text: string): boolean {
  const phrase = detectLeadingPhrase(text, 'en', 'operative')
  return (
    phrase?.known === true &&
    isWellFormed(phrase.base, 'operative') &&
    new RegExp(`^${escape(phrase.text)}\\s*:\\s*\\(a\\)`, 'u').test(text)
  )
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function blockText(block: Block, context: Context): string {
  return runsText(joinRuns(block.lines, context)).trim()
}

/** Item `(a)` opens with an infinitive (`To express…`) and the preambular paragraph above it ends with a comma. */
function lostLeadIn(last: Block, block: Block, context: Context): boolean {
  const item = runsText(joinRuns(block.lines, context)).trim()
  if (!/^\(a\)\s*To \p{Ll}{3,}/u.test(item)) return false
  return /,$/.test(runsText(joinRuns(last.lines, context)).trim())
}

/** The blocks a one-sentence resolution adopts, and the adopted text's title. */
export interface AdoptedText {
  blocks: Block[]
  title: string
}

/**
 * "The General Assembly" with no comma opens a resolution that is one sentence ("Adopts the
 * following political declaration:"): its first block is the only operative paragraph, and
 * what follows it is the text it adopts, set out without an "Annex" line. Takes those blocks
 * out of the sections and returns them.
 */
export function oneSentence(
  formulaLines: {text: string; oneSentence?: boolean} | undefined,
  sections: Sections,
  context: Context,
): AdoptedText {
  if (!formulaLines?.oneSentence) return {blocks: [], title: ''}
  const [sentence, ...rest] = [...sections.preamble, ...sections.operative]
  if (!sentence) return {blocks: [], title: ''}
  // The adopted text's own title stands before its first paragraph, where a heading would; where
  // no heading was found (its first paragraph, `我联合国各会员国代表…如下:`, ends with a colon),
  // its first line alone, short and with no punctuation (`联合国二十五周年纪念宣言`).
  let title = sections.headings.get(sections.preamble.length > 0 ? 0 : 1) ?? ''
  const first = rest[0]
  if (title === '' && first) {
    const line = (context.lines[first.lines[0] as number] as Line).text.trim()
    if (line !== '' && [...line].length <= adoptedTitleLength && !/[，。；：、,.;:!?！？]/u.test(line)) {
      title = line
      if (first.lines.length === 1) rest.shift()
      else rest[0] = {...first, lines: first.lines.slice(1)}
    }
  }
  sections.preamble = []
  sections.operative = [{kind: 'text', lines: sentence.lines}]
  sections.headings = new Map()
  return {blocks: rest, title}
}

/**
 * A record of decisions written as narrative (the ILO's `The Governing Body endorsed…`, with no
 * formula: formula.ts findBodyStart opens the body at the first): each sentence whose subject is
 * the body and whose verb is in the past tense is an operative paragraph. The source a record
 * cites under a decision (`(Document GB.306/10/1, paragraph 8.)`) goes with that decision, the
 * last one after the decisions as the lettered record's does (letteredOperative); a title between
 * two decisions is the next one's heading. Only in a record: no paragraph opens with a preambular phrase.
 */
function narrativeDecisions(sections: Sections, context: Context): void {
  const opening = (block: Block): string => context.lines[block.lines[0] as number]!.text.trim()
  if (!sections.preamble.some((block) => narrativeDecision(opening(block)) !== undefined)) return
  // A source line ends no sentence, so the next decision or title was read as its continuation:
  // each decision, and whatever follows a source line, starts a block of its own.
  const blocks: Block[] = []
  for (const block of sections.preamble) {
    let lines: number[] = []
    for (const line of block.lines) {
      const text = context.lines[line]!.text.trim()
      const previous = lines.length > 0 ? context.lines[lines.at(-1)!]!.text.trim() : ''
      if (lines.length > 0 && (sourceLine.test(previous) || narrativeDecision(text) !== undefined)) {
        blocks.push({...block, lines})
        lines = []
      }
      lines.push(line)
    }
    blocks.push({...block, lines})
  }
  sections.preamble = blocks
  const texts = blocks.map((block) => runsText(joinRuns(block.lines, context)).trim())
  const decisions = texts.map((text) => narrativeDecision(text) !== undefined)
  const first = decisions.indexOf(true)
  if (texts.some((text) => detectLeadingPhrase(text, 'en', 'preamble')?.known)) return
  const last = decisions.lastIndexOf(true)
  const operative: Block[] = []
  const headings = new Map<number, string>()
  let pending: string[] = texts.slice(0, first)
  for (let index = first; index <= last; index++) {
    const block = sections.preamble[index]!
    if (decisions[index]) {
      if (pending.length > 0) headings.set(operative.length, pending.join(' '))
      pending = []
      operative.push({kind: 'operative', lines: [...block.lines]})
    } else if (sourceLine.test(texts[index]!) && pending.length === 0) operative.at(-1)!.lines.push(...block.lines)
    else pending.push(texts[index]!)
  }
  sections.conclusions.unshift(...sections.preamble.slice(last + 1))
  sections.preamble = []
  sections.operative = operative
  sections.headings = headings
}

/** The source a record of decisions cites under a decision: `(Document GB.306/10/1, paragraph 8.)`. */
const sourceLine = /^\(.*\)\.?$/

/** The longest title of a text a one-sentence resolution adopts, set on a line of its own. */
const adoptedTitleLength = 120

/**
 * Bodies that letter their operative paragraphs instead of numbering them (the UNHCR Executive
 * Committee's conclusions: `The Executive Committee,` / `(a) Notes…;` / `(b) Welcomes…;`): two
 * or more paragraphs lettered in order from `(a)`, each opening with an operative verb,
 * with no numbered paragraph, are the operative part. What stands between the formula and
 * `(a)` without a preambular phrase (the conclusion's number and title, a heading) is the
 * heading of the first; preambular paragraphs before them stay preambular.
 */
function letteredOperative(sections: Sections, context: Context): void {
  const texts = sections.preamble.map((block) => runsText(joinRuns(block.lines, context)).trim())
  const letterOf = (text: string, after?: string): string | undefined => operativeLetter(text, context, after)
  const at = texts.findIndex((text) => letterOf(text) === 'a')
  if (at < 0) return
  // In order from `(a)`; a letter skipped or repeated in a draft (`(a)`, `(b)`, `(d)`) is lint's to report.
  let end = at + 1
  for (let previous = 'a'; end < texts.length; end++) {
    const letter = letterOf(texts[end]!, previous)
    if (letter === undefined || letter < previous || letter.length !== 1) break
    previous = letter
  }
  // After them, only the source a record of decisions cites (`(Document GB.313/LILS/4, paragraph 5.)`).
  const source = texts.slice(end).every((text) => /^\(.*\)\.?$/.test(text))
  if (end - at < 2 || !source) return
  sections.conclusions.unshift(...sections.preamble.splice(end))
  let first = at
  while (first > 0 && !preambularOpening(texts[first - 1]!, context)) first--
  const heading = texts.slice(first, at).join(' ').trim()
  const moved = sections.preamble.splice(first).slice(at - first)
  sections.operative.push(...moved.map((block): Block => ({kind: 'operative', lines: block.lines})))
  if (heading) sections.headings.set(0, heading)
}

/** Opens with a known preambular phrase and ends a clause (`Recalling…,`). */
function preambularOpening(text: string, context: Context): boolean {
  return (
    detectLeadingPhrase(plainOpening(text), context.lang, 'preamble')?.known === true &&
    /[,，;；]$/.test(stripTrailingMarkers(text))
  )
}

/**
 * The letter of a paragraph lettered in place of a number that opens with an operative verb
 * (`(b) Welcomes…`, `(b) approved…`). Right after such a paragraph (`after`, its letter), the
 * next letter in a record of decisions may open with any verb in the past tense, in the lexicon
 * or not (`(a) requested…;` / `(b) provided guidance…`, `(c) deferred…`, `(d) took note…`): the
 * first paragraph's verb has already told the record; a record's verbs are its body's acts.
 */
function operativeLetter(text: string, context: Context, after?: string): string | undefined {
  const marker = /^[(（]([a-z])[)）]\s*/.exec(text)
  if (!marker) return undefined
  const rest = text.slice(marker[0].length)
  const operative = operativeOnly(rest, context) || presentTenses(rest).some((form) => operativeOnly(form, context))
  if (operative) return marker[1]
  const next = after !== undefined && marker[1]!.charCodeAt(0) === after.charCodeAt(0) + 1
  return next && context.lang === 'en' && recordVerb.test(rest) ? marker[1] : undefined
}

/** A verb in the past tense opening a record's paragraph, in lower case (`provided guidance`, `took note`). */
const recordVerb = /^(?:[a-z]{2,}ed|took|gave|held|made|set|chose|put)\s/

/** `(b) …` after `(a) …`, both opening with an operative verb: the next lettered paragraph, not an item of the first. */
function nextLettered(last: Block, block: Block, context: Context): boolean {
  const previous = operativeLetter(runsText(joinRuns(last.lines, context)).trim(), context)
  if (previous === undefined) return false
  const letter = operativeLetter(runsText(joinRuns(block.lines, context)).trim(), context, previous)
  return letter !== undefined && letter.charCodeAt(0) === previous.charCodeAt(0) + 1
}
