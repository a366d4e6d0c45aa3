import {detectLeadingPhrase, isOperativeVerb, isWellFormed} from './leading-phrase.js'
import {numberedTitleLine} from './patterns.js'
import {linesOf, type Rewrite, type TextLine} from './rewrite.js'

/**
 * Footnote marks as Markdown converters write them, read as the `<sup>N</sup>` the parser
 * knows:
 * - `[^1]` calls and `[^1]:` definitions (GitHub and pandoc Markdown; pandoc's Word → Markdown);
 * - `^1^` (pandoc's superscript);
 * - `$^{1}$`, `${}^{1}$`, `$^1$` (LaTeX, as PDF → Markdown converters such as MinerU and Nougat
 *   set superscripts);
 * - `<sup>[1]</sup>` (a web page's bracketed note call kept in Markdown);
 * - `[1]` after a word, when the text ends with its list of notes (`[1] …`, Wikisource's
 *   `1. ↑ …`, or `1. …` under a "Notes" heading or a rule).
 *
 * The text is rewritten before parsing (rewrite.ts) and every position in the tree is mapped
 * back to the file as written, so positions, lines and columns point at the marks the user typed.
 */

const label = String.raw`[\p{L}\p{N}*†‡]{1,6}`
const markup = new RegExp(
  [
    // A definition opens its line: `[^1]: Resolution 70/1.`
    String.raw`(?<=^[ \t]{0,3})\[\^(${label})\]:[ \t]*`,
    String.raw`\[\^(${label})\]`,
    String.raw`\^(${label})\^`,
    String.raw`\$\s*(?:\{\s*\}\s*)?\^\s*(?:\{\s*(${label})\s*\}|(${label}))\s*\$`,
    String.raw`<sup>\s*\[(${label})\]\s*</sup>`,
    // A note's link back to its call (mammoth and turndown, markitdown): `… 39574 [↑](#footnote-ref-20)`.
    String.raw`\[[↑^]\]\(#[^()\s]*\)`,
  ].join('|'),
  'gmu',
)

/**
 * A cheap necessary test: each form holds one of these. Searches for a literal each (`^`, `注)`,
 * `<sup>[`, `[` before a figure or an arrow), never one alternation tried at every character of the
 * text.
 */
function mayHoldNoteMarks(text: string): boolean {
  return (
    text.includes('^') ||
    text.includes('注)') ||
    text.includes('注）') ||
    /<sup>\s*\[/.test(text) ||
    /\[(?:\\?\[)?\d{1,3}\\?\]|\[↑\]/.test(text)
  )
}

/**
 * Definitions a converter made of a note's wrapped line that opens with a number (`[^9]: …1
 * August 2012–31 July` / `[^2013]: (S/INF/68).`): on the line right after another definition
 * that ends with no punctuation, numbered out of the notes' sequence while the next note
 * keeps it (`[^10]:`). They are the words they were, the note's line that goes on. The last
 * definition has no next note to keep the sequence: it is such a line when its number is far
 * out of it (`[^4]: …2270 (2016),` / `[^2321]: (2016) and 2375 (2017).`, A/RES/80/70), not
 * merely a note's number skipped.
 */
function wrappedDefinitions(text: string, marks: readonly Mark[]): Set<Mark> {
  const wrapped = new Set<Mark>()
  const definitions = marks.filter((mark) => mark.opensNote && /^\d+$/.test(mark.marker))
  definitions.forEach((mark, index) => {
    const previous = definitions[index - 1]
    const next = definitions[index + 1]
    if (!previous) return
    const expected = Number(previous.marker) + 1
    if (Number(mark.marker) === expected) return
    if (next ? Number(next.marker) !== expected : Number(mark.marker) < expected + farOutOfSequence) return
    const between = text.slice(previous.to, mark.from)
    if (!/^[^\n]*[^.;:\s][ \t]*\r?\n[ \t]*$/.test(between)) return
    wrapped.add(mark)
  })
  return wrapped
}

/** How far past the next number the last definition's must be to be a wrapped line's (a year, a symbol's number). */
const farOutOfSequence = 10

/** A mark to write as `<sup>marker</sup>`, followed by a space when it opens a note; a link back is dropped. */
interface Mark {
  from: number
  to: number
  marker: string
  opensNote: boolean
  dropped?: boolean
  /** A note that a page ran on after the one before it on the same line: it opens a line of its own. */
  ownLine?: boolean
}

/** Every such footnote mark, to be written `<sup>N</sup>`, in text order. */
export function noteMarks(text: string): Rewrite[] {
  // An edition's indented list of notes is looked for on its own (listedNotes tests its own
  // precondition): many texts indent numbered paragraphs, and the forms below need none of them.
  const listed = listedNotes(text)
  if (listed.length === 0 && !mayHoldNoteMarks(text)) return []
  const marks: Mark[] = []
  for (const match of text.matchAll(markup)) {
    const marker = match.slice(1).find((group) => group !== undefined)
    marks.push({
      from: match.index,
      to: match.index + match[0].length,
      marker: marker ?? '',
      opensNote: match[1] !== undefined,
      dropped: marker === undefined,
    })
  }
  // The marks found so far are in text order: a bracketed mark inside one of them is not another.
  const found = marks.length
  const taken = (mark: Mark): boolean => {
    let low = 0
    let high = found - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const other = marks[middle]!
      if (other.to <= mark.from) low = middle + 1
      else if (other.from >= mark.to) high = middle - 1
      else return true
    }
    return false
  }
  for (const mark of [...bracketedNotes(text), ...annotatedNotes(text), ...listed]) if (!taken(mark)) marks.push(mark)
  marks.sort((a, b) => a.from - b.from)
  const wrapped = wrappedDefinitions(text, marks)
  const runOn = paragraphsInDefinitions(text, marks)
  return [
    ...marks.map((mark) => ({
      from: mark.from,
      to: mark.to,
      written:
        mark.dropped === true
          ? ''
          : wrapped.has(mark)
            ? `${mark.marker} `
            : `${mark.ownLine === true ? '\n' : ''}<sup>${mark.marker}</sup>${mark.opensNote ? ' ' : ''}`,
    })),
    ...runOn,
  ]
}

/**
 * The resolution's last paragraph, and its closing, that a converter ran into the last note's
 * definition where the page's notes and the next page's text met (A/RES/80/42 as railcar's
 * converter wrote it: `[^1]: Official Records…, sect. III.A. 9. Decides to include… context”.
 * 52nd plenary meeting 1 December 2025`): after a sentence's end inside a definition, the next
 * number of the body's operative paragraphs (the body has `8. ` opening a line, above the
 * notes) before a known operative verb opens a paragraph of its own, and a meeting line after
 * it the closing. Both become lines of their own, after a blank line.
 */
function paragraphsInDefinitions(text: string, marks: readonly Mark[]): Rewrite[] {
  const rewrites: Rewrite[] = []
  for (const mark of marks) if (mark.opensNote) rewrites.push(...paragraphsInNote(text, mark.from, mark.to))
  return rewrites
}

/**
 * The same run into a note written with a bare number after the page's rule (A/RES/80/32: `---` /
 * `1  A/80/124. Observance of… drafting and Noting that…, Mindful…, 1. Reaffirms…`), where the
 * page's head, the title's first line, sits between the note and the text. Only the first such
 * note line after the last rule, and only when no `[^N]:` definitions are there to hold it.
 */
export function paragraphsAfterBareNote(text: string): Rewrite[] {
  if (!text.includes('\n---') || text.includes('[^')) return []
  const rule = text.lastIndexOf('\n---')
  const after = /^-{3,}[ \t]*\n(?:[ \t]*\n)*\d{1,3}[ \t]+(?=\S)/.exec(text.slice(rule + 1))
  if (!after) return []
  return paragraphsInNote(text, rule + 1 + after[0].search(/\d/), rule + 1 + after[0].length)
}

/** A line of `text` that opens with `number.` and a space, a tab (a Word file's) or a no-break space. */
function numberedLine(text: string, number: number): boolean {
  for (const gap of [' ', '\t', '\u00a0']) if (text.includes(`\n${number}.${gap}`)) return true
  return false
}

/**
 * In one note's line from `to` (its text; the note opens at `from`), the resolution's text a
 * converter ran on into it: see paragraphsInDefinitions.
 */
function paragraphsInNote(text: string, from: number, to: number): Rewrite[] {
  const rewrites: Rewrite[] = []
  const end = text.indexOf('\n', to)
  const line = text.slice(to, end < 0 ? text.length : end)
  if (!/\s\d{1,3}\.\s/.test(line)) return rewrites
  for (const found of line.matchAll(numberedInNote)) {
    const number = Number(found[1])
    const rest = line.slice(found.index + found[0].length)
    const phrase = detectLeadingPhrase(rest, 'en', 'operative')
    if (!phrase?.known || !isOperativeVerb(phrase.base)) continue
    const body = text.slice(0, from)
    // The operative part's first paragraph where the body above has none (A/RES/80/18: `[^7]: See
    // A/57/759-S/2003/332, annex I. Taking note of…, Recalling…, 1. Reaffirms…`); then the
    // preambular paragraphs before it in the note, from the first known phrase after a
    // sentence's end (or after the title's line repeated there, the page's head), are the preamble's last.
    const first = number === 1 && !/(?:^|\n)1\.[ \t\u00a0]/.test(body)
    // Only the first follows a comma: the preamble's last paragraph ends with one.
    const afterComma = line.charAt(found.index - 2) === ','
    if (!first && (afterComma || number < 2 || !numberedLine(body, number - 1))) continue
    const at = to + found.index
    if (first) {
      const titles = titlesOf(body)
      for (const opening of line.slice(0, found.index).matchAll(sentenceThenCapital)) {
        let start = opening.index
        const title = titles.find((candidate) => line.startsWith(`${candidate} `, start))
        if (title !== undefined) start += title.length + 1
        const phrase = detectLeadingPhrase(line.slice(start), 'en', 'preamble')
        if (!phrase?.known || !isWellFormed(phrase.base, 'preamble')) continue
        // The head on a line of its own between blank lines: furniture (findFurniture's titleHeads).
        if (title !== undefined) rewrites.push({from: to + opening.index, to: to + opening.index, written: '\n\n'})
        const space = title === undefined ? 0 : 1
        rewrites.push({from: to + start - space, to: to + start, written: '\n\n'})
        break
      }
    }
    rewrites.push({from: at, to: at, written: '\n\n'})
    const closing = closingInNote.exec(rest)
    if (closing) {
      const from = at + found[0].length + closing.index + 1
      rewrites.push({from, to: from, written: '\n\n'})
    }
    break
  }
  return rewrites
}

/** The masthead's numbered title lines (`80/32. Observance of… drafting and`): the title's words. */
function titlesOf(text: string): string[] {
  const titles: string[] = []
  for (const match of text.matchAll(numberedTitles)) titles.push(match[1] as string)
  return titles
}

const numberedTitles = new RegExp(numberedTitleLine, 'gmu')

/** A capital after a sentence's end (`annex I. Taking note…`). */
const sentenceThenCapital = /(?<=[.;”’)]\s)(?=\p{Lu})/gu

/** `sect. III.A. 9. `: a number after a sentence's end (or, the first, a comma), before a capital. */
const numberedInNote = /(?<=[.;,”’)]\s)(\d{1,3})\.\s(?=\p{Lu})/gu

/** `”. 52nd plenary meeting`: a meeting line run on after a paragraph's end. */
const closingInNote = /[.;”’)]\s(?=\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting\b)/u

/**
 * A call written `[1]` right after a word or a mark (`Crime,[1] and`, `公约》[2]`) or a space after
 * them (`dated 11th October 1947 [2],`, a documents edition), in parentheses (Wikisource's
 * adoption line: `…on 19 August 1948 ([1])`), or as a link to its note
 * (`Crime,[\[1\]](#footnote-20)`: mammoth and turndown, markitdown).
 */
const bracketCall = /\[(\d{1,3})\]|\[\\?\[(\d{1,3})\\?\]\]\(#[^()\s]*\)/gu

/**
 * Whether a bracketed number at `at` (`[1]`, `end` just after it) stands where a call does: right
 * after a word or a mark, never after a bracket; a space after one, never after the italics mark
 * `_ `; or in parentheses of its own. The pattern finds the brackets (a literal, found fast); this
 * looks at what stands before them.
 */
function callPlace(text: string, at: number, end: number): boolean {
  const before = text.charAt(at - 1)
  if (before === '(') return text.charAt(end) === ')'
  if (before === '[') return false
  if (before !== ' ') return /\S/u.test(before)
  const word = text.charAt(at - 2)
  return /\S/u.test(word) && !'[(_'.includes(word)
}

/**
 * How a note of such calls opens its line at the end of the text: `[1] …` (pandoc's strict
 * Markdown, web copies; `[1]` alone, its text on the next lines, when the note was indented in
 * Word and pandoc quotes it: `[1]` / `> Resolution S-10/2.`), `1. ↑ …` or `↑ …` (Wikisource's list of notes, with its link back), or,
 * after a "Notes" heading or a rule, `1. …`.
 */
const bracketedStart = /^[ \t]*(?:_[ \t]*)?\[(\d{1,3})\](?:[ \t]+(?=\S)|[ \t]*$)/u
const backlinkStart = /^[ \t]*(?:(\d{1,3})[.)][ \t]+)?[↑^][ \t]*/u
const linksBack = /\[[↑^]\]\(#/u
const listStart = /^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)/u
/** `1 Document 386.`: a note's bare number, as a documents edition sets its notes under the text. */
const bareStart = /^[ \t]*(\d{1,3})[ \t]+(?=\S)/u
/** Text that opens with a known operative verb, English (opensOperative) or Chinese (`决定…`). */
const operativeOpening = (text: string): boolean =>
  opensOperative(text) || detectLeadingPhrase(text, 'zh', 'operative')?.known === true
const notesHeading =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?:Notes|Footnotes|References|注释|注|脚注|註釋|參考資料|参考资料)(?:\*\*)?[:：]?[ \t]*$|^[ \t]*(?:[-_*][ \t]*){3,}$/iu

/**
 * Calls written `[N]` with their notes listed at the end of the text. Both must be there, and
 * agree: the list numbers its notes 1, 2, … up to the highest call, and every line of it comes
 * after the last call. Without such a list a bracketed number is left as written.
 */
function bracketedNotes(text: string): Mark[] {
  // A `[2]` a space after the note before it, on a line of notes run together (`[1] See
  // resolution 732(VIII). [2] See documents…`), opens that note: it calls nothing.
  const inNoteLine = (at: number): boolean => bracketedStart.test(text.slice(text.lastIndexOf('\n', at) + 1, at + 1))
  const calls = [...text.matchAll(bracketCall)].filter(
    (call) =>
      (call[1] === undefined || callPlace(text, call.index, call.index + call[0].length)) &&
      (text.charAt(call.index - 1) !== ' ' || !inNoteLine(call.index)),
  )
  if (calls.length === 0) return []
  const number = (call: RegExpMatchArray): string => call[1] ?? call[2] ?? ''
  const highest = calls.reduce((most, call) => Math.max(most, Number(number(call))), 0)
  const lastCall = calls.at(-1)!.index
  const starts = noteList(text, highest, lastCall)
  if (!starts) return []
  const inList = (at: number): boolean => at >= starts[0]!.from
  return [
    ...calls
      .filter((call) => !inList(call.index!) && Number(number(call)) >= 1)
      .map((call) => ({from: call.index!, to: call.index! + call[0].length, marker: number(call), opensNote: false})),
    ...starts,
  ]
}

/** The note starts of a list numbered 1 … highest at the end of the text, after `after`. */
function noteList(text: string, highest: number, after: number): Mark[] | undefined {
  const lines = [...linesOf(text)]
  const starts: Mark[] = []
  let expected = highest
  let headed = false
  // Notes written `[N] …` after the calls: a plain numbered line is not one of them (Wikisource's
  // licence lists `1. Official records…` under the notes).
  const bracketedList = lines.some((line) => line.start > after && bracketedStart.test(line.text))
  // From the end back: the notes, highest first, with their continuation lines between them.
  for (let index = lines.length - 1; index >= 0 && expected >= 1; index--) {
    const line = lines[index]!
    if (line.start <= after) return undefined
    const bracketed = bracketedStart.exec(line.text)
    const backlink = bracketed ? null : backlinkStart.exec(line.text)
    const listed = bracketed || backlink || bracketedList ? null : listStart.exec(line.text)
    const bare = bracketed || backlink || listed || bracketedList ? null : bareStart.exec(line.text)
    // A paragraph numbered without its stop (`1 Decides…`) is no note.
    if (bare && operativeOpening(line.text.slice(bare[0].length))) return undefined
    const match = bracketed ?? backlink ?? listed ?? bare
    if (!match) continue
    // A list's item that opens with an operative verb is an operative paragraph, never a note
    // (`1. Invites the Economic and Social Council…`, above the real notes): the notes are not this list.
    if (listed && opensOperative(line.text.slice(match[0].length))) return undefined
    // Notes a page ran together on one line (refworld: `[1] See resolution 732(VIII). [2] See documents…`), last first.
    const runOn = bracketed ? runOnNotes(line, match[0].length, Number(match[1])) : []
    for (const note of runOn.reverse()) {
      if (Number(note.marker) !== expected) break
      starts.unshift(note)
      expected--
    }
    const number = match[1] === undefined ? expected : Number(match[1])
    if (number !== expected) {
      if (starts.length === 0 && number > expected) return undefined
      continue
    }
    starts.unshift({from: line.start, to: line.start + match[0].length, marker: String(number), opensNote: true})
    if (listed) headed = true
    expected--
  }
  if (expected !== 0 || starts.length === 0) return undefined
  // A plain numbered list is notes under a heading or rule that says so, when its notes link
  // back to their calls, or when it numbers afresh after numbered paragraphs (the operative
  // ones); else it may be those paragraphs.
  if (
    headed &&
    !linksBack.test(text.slice(starts[0]!.from)) &&
    !headingBefore(lines, starts[0]!.from) &&
    !numberedBefore(lines, starts[0]!.from)
  )
    return undefined
  return starts
}

/**
 * The notes after the first on a line that opens with `[N]`: each `[N+1]`, `[N+2]`… after the full
 * stop that ends the note before it, in turn.
 */
function runOnNotes(line: TextLine, from: number, first: number): Mark[] {
  // Tested first: most note lines hold one note.
  if (!line.text.includes('. [', from)) return []
  const notes: Mark[] = []
  let next = first + 1
  for (const match of line.text.slice(from).matchAll(runOnNote)) {
    if (Number(match[1]) !== next) continue
    const at = line.start + from + match.index
    notes.push({from: at, to: at + match[0].length, marker: String(next), opensNote: true, ownLine: true})
    next++
  }
  return notes
}
const runOnNote = /(?<=\. )\[(\d{1,3})\][ \t](?=\S)/gu

/** Text that opens with a known operative verb (`Invites the…`, `Requests the Secretary-General…`). */
function opensOperative(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false
  const verb = detectLeadingPhrase(text, 'en', 'operative')
  return verb?.known === true && isOperativeVerb(verb.base)
}

function numberedBefore(lines: ReadonlyArray<TextLine>, from: number): boolean {
  return lines.some((line) => line.start < from && listStart.test(line.text))
}

function headingBefore(lines: ReadonlyArray<TextLine>, from: number): boolean {
  const index = lines.findIndex((line) => line.start === from)
  for (let before = index - 1; before >= 0; before--) {
    const line = lines[before]!.text
    if (line.trim() === '') continue
    return notesHeading.test(line)
  }
  return false
}

/**
 * Notes an edition lists at the end of the text as an indented numbered list, their calls digits
 * glued to the word or mark before them (the *Foreign Relations of the United States* online:
 * `…under consideration in accordance with the terms of the above-mentioned resolutions.2` /
 * `  1. Not printed.` / `  2. The General Assembly adopted…`). The list numbers its items 1 to N,
 * each indented, none opening with a phrase of a resolution (`  1. Decides…` is a paragraph), and
 * the call of N stands above it; each call is looked for after the one before it.
 */
function listedNotes(text: string): Mark[] {
  if (!/\n[ \t]{2,}1\.[ \t]/.test(text)) return []
  const lines = [...linesOf(text)]
  const starts: Mark[] = []
  let expected: number | undefined
  for (let index = lines.length - 1; index >= 0 && expected !== 0; index--) {
    const line = lines[index]!
    if (line.text.trim() === '') continue
    const item = listedItem.exec(line.text)
    if (!item) {
      // A note's text wrapped onto lines of its own, indented like it.
      if (starts.length > 0 && /^[ \t]{2,}\S/.test(line.text)) continue
      return []
    }
    const number = Number(item[1])
    if ((expected !== undefined && number !== expected) || opensResolutionParagraph(line.text.slice(item[0].length)))
      return []
    starts.unshift({from: line.start, to: line.start + item[0].length, marker: String(number), opensNote: true})
    expected = number - 1
  }
  if (expected !== 0) return []
  const calls: Mark[] = []
  let from = 0
  const end = starts[0]!.from
  for (const start of starts) {
    const call = new RegExp(`(?<=[\\p{L}.,;:)\\]’”])${start.marker}(?=[\\s.,;:]|$)`, 'gu')
    call.lastIndex = from
    const found = call.exec(text)
    if (!found || found.index >= end) continue
    calls.push({from: found.index, to: found.index + found[0].length, marker: start.marker, opensNote: false})
    from = found.index + found[0].length
  }
  if (calls.at(-1)?.marker !== starts.at(-1)!.marker) return []
  return [...calls, ...starts]
}
const listedItem = /^[ \t]{2,}(\d{1,3})\.[ \t]+(?=\S)/u
const opensResolutionParagraph = (text: string): boolean =>
  operativeOpening(text) || detectLeadingPhrase(text, 'en', 'preamble')?.known === true

/**
 * The Chinese volumes of the first sessions call a note `(注)` after the words it annotates and
 * print the note under the closing line, opening with the same `(注)` (A/RES/26 (I)). Both must be
 * there, as many notes as calls, every note after the last call; they are numbered in order
 * when there are several.
 */
const annotationCall = /(?<=\S)[(（]注[)）]/gu
const annotationStart = /^[ \t]*[(（]注[)）][ \t]*/u

function annotatedNotes(text: string): Mark[] {
  const calls = [...text.matchAll(annotationCall)]
  if (calls.length === 0) return []
  const lastCall = calls.at(-1)!.index
  const starts: Mark[] = []
  for (const line of linesOf(text)) {
    if (line.start <= lastCall) continue
    const match = annotationStart.exec(line.text)
    if (match) starts.push({from: line.start, to: line.start + match[0].length, marker: '', opensNote: true})
  }
  if (starts.length !== calls.length) return []
  const marker = (index: number): string => (calls.length === 1 ? '注' : `注${index + 1}`)
  return [
    ...calls.map((call, index) => ({
      from: call.index,
      to: call.index + call[0].length,
      marker: marker(index),
      opensNote: false,
    })),
    ...starts.map((start, index) => ({...start, marker: marker(index)})),
  ]
}

/**
 * A note a web page sets inline, right after its paragraph (InforMEA's decisions): the call,
 * the note's number and its words run together after the paragraph's last mark
 * (`…Basel Convention;11UNEP/CHW.13/INF/19.`: call 1, then note 1), or the number and words
 * alone where the call stands earlier in the paragraph (`…information,2 and taking…;2UNEP/…/5.`).
 * The note is set on a line of its own between blank lines, `1 UNEP/CHW.13/INF/19.`, as the
 * parser reads a note between paragraphs. Only a note's words that open with a capital, run
 * to the line's end and end with a full stop; a call and its note of the same number.
 */
export function inlineNotes(text: string): Rewrite[] {
  // Tested first, without the Unicode classes: most texts hold no number glued before a capital.
  if (!maybeInline.test(text)) return []
  const rewrites: Rewrite[] = []
  for (const match of text.matchAll(inlineNote)) {
    const digits = match[1]!
    const at = match.index + 1
    const half = digits.length / 2
    let call = ''
    let number = digits
    if (Number.isInteger(half) && digits.slice(0, half) === digits.slice(half)) {
      call = digits.slice(0, half)
      number = call
    } else {
      if (digits.length > 2) continue
      // The call earlier in the same line: `…information,2 and…`, `…Convention2 on…`.
      const lineStart = text.lastIndexOf('\n', at) + 1
      const before = text.slice(lineStart, match.index)
      if (!new RegExp(`(?<=[\\p{L},;:”’)])${number}(?=\\s)`, 'u').test(before)) continue
    }
    const noteAt = at + call.length
    const wordsAt = noteAt + number.length
    const end = match.index + match[0].trimEnd().length
    rewrites.push(
      {from: noteAt, to: noteAt, written: '\n\n'},
      {from: wordsAt, to: wordsAt, written: ' '},
      {from: end, to: end, written: '\n'},
    )
  }
  return rewrites
}

/** A cheap necessary test of inlineNote. */
const maybeInline = /[,;:.”’)]\d{1,4}[A-Z]/
/** A paragraph's last mark, a call and a note number (or the number alone), the note's words to the line's end. */
const inlineNote = /[,;:.”’)](\d{1,4})\p{Lu}[^\n]{1,400}?\.[ \t]*$/gmu
