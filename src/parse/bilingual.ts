import type {Line} from './lines.js'
import {editDistance} from './ocr.js'

/**
 * The Security Council's printed volumes of 1946–1970s are bilingual: English and French
 * side by side in two columns. OCR reads the columns as blocks one after the other (the
 * French of each paragraph after its English), or line by line across both columns
 * (`…representation of China entre les membres du Conseil…`). In an English document that
 * holds this much French, the French is another text: its lines are left out like page
 * furniture, and where one line holds both, the French part is blanked in the recognition
 * view (the length is kept, so offsets still match the source).
 *
 * Words are told apart by function words, which every sentence has and neither language
 * shares, and a few words of French procedure the volumes' OCR gives without accents
 * (`conformement`, `seance`, `lorsque`, `sera`, `peut`): nothing here knows a phrase of any
 * one resolution.
 */

const french = new Set(
  'le la les des du de et que qui une un au aux sur pour par dans est sont ces cette il elle ne pas sa ses leur leurs entre sans avec selon ou lorsque sera peut conformement seance sujet contre sous etre dont afin ainsi'.split(
    ' ',
  ),
)
const english = new Set(
  'the of and to in that is for by with on which its it be as this from at an are was were has have not or any all such may shall should would their'.split(
    ' ',
  ),
)
/** `l'examen`, `d'inviter`, `qu'il`, and OCR's `!'existence` for `l'existence`. */
const elided = /^(?:[!dl]|qu)['’]\p{L}/u

type Tongue = 'en' | 'fr' | undefined

interface Word {
  start: number
  end: number
  text: string
  tongue: Tongue
}

/** The words of a line with their offsets; a lower-case letter glued to a capital (`popuHaving`) is a boundary. */
function words(text: string): Word[] {
  const found: Word[] = []
  for (const match of text.matchAll(/[\p{L}'’!]+/gu)) {
    const token = match[0]
    let from = 0
    for (const glue of token.matchAll(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu)) {
      found.push(word(token.slice(from, glue.index), match.index + from))
      from = glue.index
    }
    found.push(word(token.slice(from), match.index + from))
  }
  return found
}

function word(text: string, start: number): Word {
  const lower = text.toLowerCase()
  const tongue: Tongue = english.has(lower) ? 'en' : french.has(lower) || elided.test(lower) ? 'fr' : undefined
  return {start, end: start + text.length, text, tongue}
}

function count(list: readonly Word[], tongue: Tongue): number {
  let total = 0
  for (const item of list) if (item.tongue === tongue) total++
  return total
}

/** A line of French in an English document: French words and no English one, or far more French. */
function isFrench(list: readonly Word[]): boolean {
  const fr = count(list, 'fr')
  const en = count(list, 'en')
  return (fr >= 1 && en === 0) || (fr >= 3 && fr >= 3 * en)
}

/** Plainly French: used to decide whether a document is bilingual at all. */
function plainlyFrench(list: readonly Word[]): boolean {
  const fr = count(list, 'fr')
  const en = count(list, 'en')
  return (fr >= 2 && en === 0) || (fr >= 3 && fr >= 3 * en)
}

/** A document needs this many plainly French lines, and this share of its lines, to be read as bilingual. */
const leastFrenchLines = 8
const leastFrenchShare = 0.15
/** French words that a quick test counts (between spaces), sparing monolingual documents the word count. */
const frenchTells = / (?:les|des|du|une|sont|cette) /g

/** Enough French function words in the text to be worth counting its lines (one scan of the text). */
function mayBeBilingual(text: string): boolean {
  let tells = 0
  frenchTells.lastIndex = 0
  while (frenchTells.exec(text) !== null) {
    // The next search starts on the space that closed this word: `les des` counts both.
    frenchTells.lastIndex--
    if (++tells >= leastFrenchLines) return true
  }
  return false
}

/** Whether an English text holds a French version beside it (a bilingual printed volume). */
export function isBilingualText(text: string): boolean {
  return mayBeBilingual(text) && isBilingual(text.split('\n'))
}

/** Whether an English text (its lines) holds a French version beside it. */
function isBilingual(lines: readonly string[]): boolean {
  let nonBlank = 0
  let frenchLines = 0
  for (const line of lines) {
    if (line.trim() === '') continue
    nonBlank++
    if (plainlyFrench(words(line))) frenchLines++
  }
  return frenchLines >= leastFrenchLines && frenchLines >= nonBlank * leastFrenchShare
}

/**
 * Where one line holds English and French (two columns read across), the spans of its French
 * parts: each run of French words, from its first French word (or the line's start, when the
 * line opens in French) to the English that follows it, which starts at the capital that opens
 * it (`…de la Republique popuHaving noted the…` → `Having`) or else after the run's last French
 * word; a run with no English after it goes to the line's end. The OCR may read across the
 * columns more than once in a line (`…the Central People's … inviter les representants du
 * GouverGovernment of the People's Republic…`).
 */
function frenchParts(text: string): Array<[number, number]> {
  const list = words(text)
  const marked = list.filter((item) => item.tongue !== undefined)
  if (count(marked, 'fr') < 2 || count(marked, 'en') < 1) return []
  const parts: Array<[number, number]> = []
  let at = 0
  while (at < marked.length) {
    if (marked[at]!.tongue !== 'fr') {
      at++
      continue
    }
    const first = marked[at]!
    while (at < marked.length && marked[at]!.tongue === 'fr') at++
    const lastFrench = marked[at - 1]!
    const start = parts.length === 0 && marked[0]!.tongue === 'fr' ? 0 : first.start
    if (at === marked.length) {
      parts.push([start, text.length])
      break
    }
    // The English after the run: from the capital that opens it, or right after the run.
    const englishAt = list.indexOf(marked[at]!)
    let cut = lastFrench.end
    for (let index = englishAt - 1; index >= 0 && list[index]!.start >= lastFrench.end; index--)
      if (/^\p{Lu}/u.test(list[index]!.text)) {
        cut = list[index]!.start
        break
      }
    parts.push([start, cut])
  }
  return parts
}

/**
 * The recognition view of a bilingual English text (isBilingualText): on each line that holds
 * both languages, the French part as spaces.
 */
export function withoutFrench(text: string): string {
  const lines = text.split('\n')
  let changed = false
  const view = lines.map((line) => {
    // A line of French with a stray English word (`…dont on dispose sur les…`) is left whole, for frenchLines.
    const parts = isFrench(words(line)) ? [] : frenchParts(line)
    if (parts.length === 0) return line
    changed = true
    let result = ''
    let from = 0
    for (const [start, end] of parts) {
      result += line.slice(from, start) + line.slice(start, end).replace(/[^\r]/g, ' ')
      from = end
    }
    return result + line.slice(from)
  })
  return changed ? view.join('\n') : text
}

/**
 * Inside a block, lines between two French lines with few English words (fewEnglish) are
 * French too (`…incompatible avec la Charte des Nations` / `Unies,` / `Tenant
 * compte du fait…`).
 */
function frenchBetween(
  block: readonly Line[],
  found: Set<number>,
  parsed: ReadonlyArray<ReturnType<typeof words>>,
): void {
  let lastFrench = -1
  for (let at = 0; at < block.length; at++) {
    const index = block[at]!.index
    if (found.has(index)) {
      if (lastFrench >= 0 && at - lastFrench > 1)
        for (let inside = lastFrench + 1; inside < at; inside++) found.add(block[inside]!.index)
      lastFrench = at
    } else if (!fewEnglish(parsed[index]!)) lastFrench = -1
  }
}

/** Fewer English words than French, none, or one among six words or more (`…fa!;On etre interpretee…`). */
function fewEnglish(list: ReturnType<typeof words>): boolean {
  const en = count(list, 'en')
  return en === 0 || en < count(list, 'fr') || (en === 1 && list.length >= 6)
}

/** A short line the French column repeats with a letter or two changed (`Decides:` / `Decide:`). */
const echoLength = 30

/**
 * The lines of a bilingual English text (isBilingualText) that are French, to be left out like page furniture:
 * lines of French words; a block (lines between blank lines) with no English word and some
 * French line, all of it (OCR junk of the French column: `; 1•oix contre ."i (Chine, Cuba,`);
 * and a short line that repeats the English line before it with a letter or two changed
 * (`Decides:` then `Decide:`, `Decision` then `Decision`).
 */
export function frenchLines(lines: readonly Line[]): Set<number> {
  const found = new Set<number>()
  const parsed = lines.map((line) => words(line.text))
  for (const line of lines) if (line.text !== '' && isFrench(parsed[line.index]!)) found.add(line.index)
  for (let start = 0; start < lines.length;) {
    if (lines[start]!.text === '') {
      start++
      continue
    }
    let end = start
    while (end < lines.length && lines[end]!.text !== '') end++
    const block = lines.slice(start, end)
    if (block.some((line) => found.has(line.index)) && block.every((line) => count(parsed[line.index]!, 'en') === 0))
      for (const line of block) found.add(line.index)
    else frenchBetween(block, found, parsed)
    start = end
  }
  let previous: Line | undefined
  for (const line of lines) {
    if (line.text === '' || found.has(line.index)) continue
    if (
      previous !== undefined &&
      line.text.length <= echoLength &&
      previous.text.length <= echoLength &&
      count(parsed[line.index]!, 'en') === 0 &&
      editDistance(line.text.toLowerCase(), previous.text.toLowerCase(), 2) <= 2
    ) {
      found.add(line.index)
      continue
    }
    previous = line
  }
  return found
}
