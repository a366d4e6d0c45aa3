import {detectLeadingPhrase, isOperativeVerb, isWellFormed} from './leading-phrase.js'
import type {Rewrite} from './rewrite.js'
import {unOrgans} from './patterns.js'

/**
 * A body's name as a formula writes it after `The`: capitalised words and small ones, then the
 * body's noun (`General Assembly`, `Economic and Social Council`, `Conference of the Parties`,
 * `Assembly of States Parties`). The formula patterns below share it.
 */
const bodyName = String.raw`(?:(?:\p{Lu}[\p{L}-]*|and|of|on|for|the) ){0,6}?(?:Assembly|Council|Conference|Board|Commission|Committee|Organi[sz]ation|Meeting)(?: of (?:the )?(?:States )?Parties)?`

/**
 * Chinese copied from some web pages comes flattened: the whole resolution on one line, each
 * paragraph parted from the next by a space (`大会, 回顾…, 又回顾…, 1.决定…; 2.又决定…`). Chinese
 * sets no space between words, so there each space stood for a line break: in the recognition
 * view the spaces of such a line become line breaks (one character for one, so offsets still
 * match the source). A line is read as flattened only when several of its space-parted pieces
 * open a paragraph (a known opening phrase or an operative number); spaces between Latin
 * letters or digits (`Distr.: General`, `S/2018/922 号`) are kept.
 */
export function unflattened(view: string): string {
  return unflattenedLines(view, flattenedLength, (line) =>
    [...line.matchAll(/ +/g)]
      .filter(
        (space) =>
          chineseSide(line, space.index, space[0].length) &&
          !afterBareNumber(line, space.index) &&
          !beforeReference(line, space.index + space[0].length),
      )
      .map((space) => ({
        at: space.index,
        length: space[0].length,
        opens: opensParagraph(line.slice(space.index + space[0].length)),
      })),
  )
}

/**
 * A Chinese line whose commas run straight on into the next word (`…的挑战，以及…`) but where one
 * comma is followed by a space: there the copy set a space for a line break, and two
 * paragraphs run together (`…构成威胁， 严重关切…`, an encyclopedia's page of S/RES/1718 (2006)).
 * That space, before a known opening phrase or an operative number, is a line break, as on a
 * flattened line. A copy that spaces every comma is left alone (its spaces stand for nothing), and
 * so is a semicolon's space: a paragraph goes on after it (`…的权威； 并重申…`, A/RES/50/9 (1995)).
 */
export function spacedParagraphBreaks(view: string): string {
  if (!spacedPunctuation.test(view)) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    if (!spacedPunctuation.test(line) || !unspacedPunctuation.test(line)) return line
    let result = line
    for (const space of line.matchAll(/[，,]( )/gu)) {
      const at = space.index + 1
      // `…，并重申…` (and reaffirming) goes on in the same paragraph.
      if (line.charAt(at + 1) === '并' || !opensParagraph(line.slice(at + 1))) continue
      result = `${result.slice(0, at)}\n${result.slice(at + 1)}`
      changed = true
    }
    return result
  })
  return changed ? lines.join('\n') : view
}
const spacedPunctuation = /[，,] [\u3400-\u9fff\d]/u
const unspacedPunctuation = /[\u3400-\u9fff》）)][，,][\u3400-\u9fff]/u

/**
 * The space after a colon before a symbol (`…的作用。参阅: C97/130和C97/138号文件。`, the ITU's
 * reference to its documents) stays: a symbol never opens a paragraph.
 */
function beforeReference(line: string, after: number): boolean {
  return (
    /[：:]/.test(line.charAt(after - 1 - (line.charAt(after - 1) === ' ' ? 1 : 0))) &&
    /^[A-Z]{1,4}\d{0,4}\//.test(line.slice(after, after + 10))
  )
}

/**
 * The space after a clause's bare number (the ITU's `做出决议 1 国际电联秘书处应…; 2 …`, numbered
 * with no stop) stays: the number and its text are one piece.
 */
function afterBareNumber(line: string, at: number): boolean {
  let from = at
  while (from > 0 && /\d/.test(line.charAt(from - 1))) from--
  return from < at && at - from <= 3 && (from === 0 || line.charAt(from - 1) === ' ') && cjk.test(line.charAt(at + 1))
}

/**
 * English flattened the same way by a web page (the stored copy of a page that set each
 * paragraph in its own element): `The Economic and Social Council, Conscious of…, Reaffirming
 * the need…, Considering that…`, `The General Conference, (a) Noting that…, (b) Noting also…`.
 * A line breaks before its enacting formula, and at the space after a comma, semicolon or
 * colon (or a note marker in brackets after one, `…the report,[2] Having also considered…`,
 * as refworld and Wikisource set them; a bare marker, glued or after a space, as a PDF's text
 * flattened gives it, `…Agenda 21,2 Further recalling…`, `…26 February 2010, 3 Reaffirming also…`; or a marker of the 1960s and 1970s, `16/` or stars
 * before a slash, `…in 1976;` + marker + ` 3. Suggests…`) where a known
 * opening phrase follows (itself, after an operative number, or after a lettered item marker);
 * a line is read as flattened only when it breaks so in several places. Such a line also breaks
 * before its closing line and each note after it (`…the Commission. 1896th plenary meeting,`
 * then a star, a slash and `Adopted as…`).
 */
export function unflattenedEn(view: string): string {
  return unflattenedLines(view, flattenedLengthEn, (line) => {
    const spaces: Space[] = []
    // Only a line that holds its formula is read as a flattened resolution (a long Markdown paragraph is not).
    if (!formulaNoun.test(line) || !formulaInside.test(line)) return spaces
    let lastOpens = -1
    // Where an operative paragraph adopts "the following" text, which may then be set out after it.
    const adopts = line.search(/\b(?:Adopts|Approves|Endorses)\b[^.;:]{1,80}\bfollowing\b/)
    for (const match of line.matchAll(flattenedBreaks)) {
      const rest = line.slice(match.index + 1)
      // An OCR's number read with a comma (`…of the Charter, 1, Affirms…`) opens the paragraph: no
      // break after it. A word before a capitalised participle breaks where an OCR lost the comma
      // that ended the paragraph and its last letters (`…can live in securi Emphasizing further…`).
      if (lastOpens >= 0 && /^ \d{1,3},$/.test(line.slice(lastOpens, match.index))) continue
      // A text the resolution adopts, set out after it under its title and numbered afresh
      // (`…biennium. Conclusions on promoting pathways… 1. In addressing…`): the title and its
      // first paragraph open lines of their own (parts.ts reads them as the adopted text).
      if (/^\p{Lu}/u.test(rest) && line.charAt(match.index - 1) === '.') {
        if (adopts >= 0 && adopts < match.index && adoptedTitle.test(rest.slice(0, 200)))
          spaces.push({at: match.index, length: 1, opens: false})
        continue
      }
      if (rest.startsWith('1. ') && adopts >= 0 && adopts < match.index && titleBefore(line, match.index)) {
        spaces.push({at: match.index, length: 1, opens: false})
        continue
      }
      // The rule over a page's notes stands on a line of its own, and what follows it is the notes'.
      if (rest.startsWith('_____') || line.charAt(match.index - 1) === '_') {
        spaces.push({at: match.index, length: 1, opens: false})
        continue
      }
      // The closing line and the notes after it (`…by the Commission. 1896th plenary meeting,` then `*` `/ Adopted as…`).
      if (/^(?:\*{1,3}\/|\d{1,3}\/|\d{1,5}(?:st|nd|rd|th) plenary)/.test(rest)) {
        spaces.push({at: match.index, length: 1, opens: false})
        continue
      }
      // A resolution quoted in a report opens each paragraph with a quotation mark (`…which read: “The General Assembly, “Recalling…`).
      const unquoted = rest.replace(/^[“"]/, '')
      const formula = /^The /.test(unquoted) && formulaStart.test(unquoted)
      const opens = formula || (!/^The /.test(unquoted) && opensParagraphEn(unquoted))
      if (opens) {
        // The formula and, right after its comma, the first paragraph's known phrase: a page's text
        // flattened and cut inside that paragraph (`…IMPLEMENTATION The Governing Council, Taking
        // into account…`) counts as the openings of a longer one.
        const previous = spaces.at(-1)
        const formulaFirst =
          previous?.formula === true && /^[“"]?The [^,]{1,120},$/u.test(line.slice(previous.at + 1, match.index))
        spaces.push({at: match.index, length: 1, opens: true, formula, weight: formulaFirst ? 2 : 1})
        lastOpens = match.index
      }
    }
    return spaces
  })
}

/** A title of words alone, then the adopted text's first paragraph: `Conclusions on … youth 1. In addressing`. */
const adoptedTitle = /^\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,14} 1\. \p{Lu}/u

/** The words before `at`, back to the last full stop, are such a title. */
function titleBefore(line: string, at: number): boolean {
  const stop = line.lastIndexOf('. ', at)
  return stop >= 0 && at - stop <= 160 && /^\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,14}$/u.test(line.slice(stop + 2, at))
}

interface Space {
  at: number
  length: number
  /** The text after this space opens a paragraph. */
  opens: boolean
  /** The text after this space is the enacting formula. */
  formula?: boolean
  /** How many openings this one counts for (1 unless said). */
  weight?: number
}

/** The view with the spaces of each flattened line (one that holds enough openings) as line breaks. */
function unflattenedLines(view: string, least: number, spacesOf: (line: string) => Space[]): string {
  if (!hasLongLine(view, least)) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    if (line.length < least || !line.includes(' ')) return line
    const breaks = spacesOf(line)
    if (breaks.reduce((count, space) => count + (space.opens ? (space.weight ?? 1) : 0), 0) < leastOpenings) return line
    changed = true
    let result = ''
    let from = 0
    for (const space of breaks) {
      result += line.slice(from, space.at) + '\n'.repeat(space.length)
      from = space.at + space.length
    }
    return result + line.slice(from)
  })
  return changed ? lines.join('\n') : view
}

/** Whether some line is as long as a flattened resolution's (found with indexOf: a regex scan costs more). */
function hasLongLine(text: string, least: number): boolean {
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if ((end < 0 ? text.length : end) - start >= least) return true
    if (end < 0) return false
    start = end + 1
  }
}

/** A line this long holding a whole resolution. */
const flattenedLength = 200
/**
 * English paragraphs are longer: a line of one is often over 200 characters. A flattened
 * line must also hold its formula and three openings, so a short preamble (A/RES/1823 (XVII)
 * as refworld gives it: the formula and three paragraphs in 450 characters) is read too.
 */
const flattenedLengthEn = 300
/** Pieces that open a paragraph for the line to count as flattened. */
const leastOpenings = 3

const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]/

/** A space next to Chinese text (or its punctuation) on at least one side. */
function chineseSide(line: string, at: number, length: number): boolean {
  return cjk.test(line.charAt(at - 1)) || cjk.test(line.charAt(at + length)) || /[,;:.)\]]/.test(line.charAt(at - 1))
}

function opensParagraph(text: string): boolean {
  return /^\d{1,3}(?:[.．]\s*| )[\u3400-\u9fff]/.test(text) || detectLeadingPhrase(text, 'zh', 'preamble') !== undefined
}

// Tested first: the formula's Unicode classes cost a compilation that most lines never need.
const formulaNoun = /(?:Assembly|Council|Conference|Board|Commission|Committee|Organi[sz]ation|Parties),/
const formulaInside = new RegExp(String.raw`(?:^| )[“"]?The ${bodyName},`, 'u')

/** `The General Assembly,`, `The Economic and Social Council,`, `The General Conference,`, `The Assembly of States Parties,`. */
const formulaStart = new RegExp(String.raw`^The (?:${bodyName},|(?:GA|SC)\b)`, 'u')

/**
 * Where a flattened line breaks: after a paragraph's closing mark (and its note call), before the
 * formula, before a closing line or a note, around a rule of underscores, after a sentence, before
 * `1. ` and before a capitalised participle (see unflattenedEn).
 */
const flattenedBreaks = new RegExp(
  String.raw`(?<=[,;:](?:\[\d{1,3}\]|\*{1,3}\/|\d{1,3}\/| ?\d{1,3})?) (?=\S)|(?<=\S) (?=[“"]?The ${bodyName},)|(?<=[.,]) (?=(?:\*{1,3}|\d{1,3})\/ \p{Lu}|\d{1,5}(?:st|nd|rd|th) plenary meeting\b)|(?<=\S) (?=_{5,}(?: |$))|(?<=_{5}) (?=\S)|(?<=\.) (?=\p{Lu})|(?<=\p{L}) (?=1\. \p{Lu})|(?<=\p{Ll}) (?=\p{Lu}\p{Ll}+ing\b)`,
  'gu',
)

/** A known opening phrase, alone, after an operative number, or after a lettered item marker (`(a) Noting that`). */
function opensParagraphEn(text: string): boolean {
  const bare = text.replace(/^(?:\d{1,3}[.,]|\([a-z]{1,2}\))\s+/, '')
  return /^\p{Lu}/u.test(bare) && detectLeadingPhrase(bare, 'en', 'preamble')?.known === true
}

/**
 * A resolution quoted in a report, a letter or a press release opens every paragraph with a
 * quotation mark, as English sets a quotation of several paragraphs (`“The General Assembly,`
 * / `“Recalling…,` / `“1. Decides…`), a list's bullet perhaps before the mark (a telegram in the
 * Foreign Relations of the United States: `The GA` / `  • “1. Takes note…;` / `  • “2. …`). In the
 * view those marks are blanks (one for one), so the paragraphs read as the resolution's; only
 * where the formula itself is so quoted and at least two more paragraphs are, or where the
 * numbered paragraphs so quoted run `1.`, `2.`, `3.` in turn.
 */
export function unquotedParagraphs(view: string): string {
  // Only where the formula itself is quoted (found with indexOf: most texts quote a title
  // somewhere), or a first numbered paragraph is.
  if (!view.includes('“The ') && !view.includes('"The ') && !view.includes('“1. ') && !view.includes('"1. '))
    return view
  const opening = /^([ \t]*(?:[-+•][ \t]+)?)[“"](?=\S)/gmu
  const quoted: number[] = []
  let formula = false
  let numbered = 0
  for (const match of view.matchAll(opening)) {
    const at = match.index + match[1]!.length
    const rest = view.slice(at + 1, at + 200)
    const number = /^(\d{1,3})\.\s+\p{Lu}/u.exec(rest)
    if (formulaStart.test(rest)) formula = true
    else if (number) {
      if (Number(number[1]) === numbered + 1) numbered++
    } else if (!opensParagraphEn(rest)) continue
    // The list's bullet before the mark is blanked too: the line reads as the paragraph's own.
    const bullet = match[1]!.search(/[-+•]/u)
    if (bullet >= 0) quoted.push(match.index + bullet)
    quoted.push(at)
  }
  if (!(formula && quoted.length >= 3) && numbered < 3) return view
  let result = ''
  let from = 0
  for (const at of quoted) {
    result += view.slice(from, at) + ' '
    from = at + 1
  }
  return result + view.slice(from)
}

/**
 * Numbered paragraphs a web page ran together on one line, with no formula on it (InforMEA's
 * `Full text` / `1. Decides to negotiate…; 2. Decides also that…`): a line that opens with `1. `
 * breaks before `2. `, `3. `… in turn, each after the semicolon or colon that ends the paragraph
 * before it and before an operative verb. Numbers out of turn (`…paragraph 2. Decides`) and
 * numbers in a paragraph's words stay.
 */
export function runOnNumberedEn(view: string): string {
  // Tested first: most texts never hold `; 2. ` at all.
  if (!view.includes('; 2. ') && !view.includes(': 2. ')) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    const start = runStart(line)
    if (start < 0) return line
    let result = start > 0 ? `${line.slice(0, start - 1)}\n` : ''
    let from = start
    let next = 2
    for (;;) {
      const at = line.indexOf(` ${next}. `, from)
      if (at < 0 || !/[;:]/.test(line.charAt(at - 1))) break
      if (!opensNumbered(line.slice(at + 1 + `${next}. `.length))) break
      result += `${line.slice(from, at)}\n`
      from = at + 1
      next++
    }
    if (next === 2) return line
    changed = true
    return result + line.slice(from)
  })
  return changed ? lines.join('\n') : view
}

/**
 * Where the run of numbers starts on the line: at its margin (`1. Decides…`), or after the words
 * a page ran in before it (Ramsar's meeting and title: `…(CEPA) 2009-2015 1. RECALLING that…;
 * 2. EXPRESSING…`), where `1. ` opens a known phrase; -1 when it does not.
 */
function runStart(line: string): number {
  const margin = /^\s*1\.\s+\p{Lu}/u.exec(line)
  if (margin) return 0
  const at = line.indexOf(' 1. ')
  if (at < 0) return -1
  const rest = line.slice(at + 4)
  const known =
    detectLeadingPhrase(rest, 'en', 'preamble')?.known === true ||
    detectLeadingPhrase(rest, 'en', 'operative')?.known === true
  return known ? at + 1 : -1
}

/**
 * A numbered paragraph's opening after the number: a known phrase, or a word in capitals as the
 * bodies that write every phrase in capitals open theirs (`5. EXPRESSING`, cut or not in the lexicon).
 */
function opensNumbered(text: string): boolean {
  if (/^\p{Lu}{2,}\b/u.test(text)) return true
  return detectLeadingPhrase(text, 'en', 'operative')?.known === true
}

/**
 * A formula that carries its verb, the items under it (a treaty body's `The Committee therefore
 * decides:` / `(a) That the communication is inadmissible…;` / `(b) That…`): the formula's line
 * breaks before the verb (and `therefore` before it), so the formula stands alone and the verb
 * with its items makes the one operative paragraph, as `Decides:` with lettered items does.
 */
export function formulaVerbEn(view: string): string {
  const head = view.slice(0, formulaVerbReach)
  // Tested first: a colon at a line's end near the top.
  if (!head.includes(':\n')) return view
  for (const match of head.matchAll(formulaWithVerb)) {
    const verb = match[2]!
    if (detectLeadingPhrase(`${verb.charAt(0).toUpperCase()}${verb.slice(1)}:`, 'en', 'operative')?.known !== true)
      continue
    const after = head.slice(match.index + match[0].length).replace(/^\s+/, '')
    // Lettered items only: numbered paragraphs under `The Conference decides:` are paragraphs of their own.
    if (!/^\(a\)\s*\S/.test(after)) continue
    const at = match.index + match[1]!.length
    return `${view.slice(0, at)}\n${view.slice(at + 1)}`
  }
  return view
}

/** How far into the text a formula with its verb may stand. */
const formulaVerbReach = 20_000
/** `The Committee therefore decides:`: the body, then the verb (with `therefore`, `accordingly`, `hereby`). */
const formulaWithVerb = /^(The \p{Lu}[\p{L}’' -]{2,80}?) (?:(?:therefore|accordingly|hereby) )?(\p{Ll}{4,}):$/gmu

/**
 * A paragraph a collection of documents sets in square brackets, the words of the draft that were
 * not adopted (a government's collection on Google Books: `[1. Declares…;]`, `"[Noting…,]`): the
 * brackets at the paragraph's ends are blanks in the view (one for one), so its number and opening
 * phrase read as any paragraph's. Only a bracket that opens a line before a number and a capital
 * or a known opening phrase, and closes that line right after its mark.
 */
export function bracketedParagraphsEn(view: string): string {
  // Tested first: most texts never open a line with a bracket.
  if (!/^[ \t"“]*\[/mu.test(view)) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    const open = /^[ \t"“]*\[/u.exec(line)
    // The line as it ends before any spaces a copy left after it.
    const end = line.trimEnd()
    if (!open || !/[.,;:]\]$/.test(end)) return line
    const inside = end.slice(open[0].length, -1)
    if (!/^\d{1,3}\.\s+\p{Lu}/u.test(inside) && !opensParagraphEn(inside)) return line
    changed = true
    return `${line.slice(0, open[0].length - 1)} ${inside} ${line.slice(end.length)}`
  })
  return changed ? lines.join('\n') : view
}

/**
 * A resolution set in the IMO's way, its formula and opening phrases in capitals, run onto one line
 * by a copy (a company's page: `THE MARITIME SAFETY COMMITTEE, RECALLING Article 28(b)…, NOTING
 * resolution…, NOTING ALSO…, HAVING CONSIDERED, at its ninety-second session…`): a phrase in
 * capitals never carries a sentence on, so the line breaks after the formula's comma and at each
 * comma, outside brackets, that a known preambular phrase in capitals follows (the comma's space
 * becomes a line break, one for one). Only a line that opens with a formula in capitals and a
 * known phrase in capitals after it.
 */
export function capitalsRunOnEn(view: string): string {
  // Tested first, with indexOf: a formula in capitals.
  if (!view.includes('THE ')) return view
  let changed = false
  const lines = view.split('\n').map((line) => {
    const formula = capitalsFormula.exec(line)
    if (!formula || !capitalsPhrase(line.slice(formula[0].length))) return line
    let result = `${line.slice(0, formula[0].length - 1)}\n`
    let from = formula[0].length
    let depth = 0
    for (let at = from; at < line.length - 2; at++) {
      const char = line.charAt(at)
      if (char === '(' || char === '[' || char === '“') depth++
      else if (char === ')' || char === ']' || char === '”') depth = Math.max(0, depth - 1)
      else if (depth === 0 && char === ',' && line.charAt(at + 1) === ' ' && capitalsPhrase(line.slice(at + 2))) {
        result += `${line.slice(from, at + 1)}\n`
        from = at + 2
      }
    }
    changed = true
    return result + line.slice(from)
  })
  return changed ? lines.join('\n') : view
}

/** `THE MARITIME SAFETY COMMITTEE, `: a body's name in capitals at a line's start, its comma and a space. */
const capitalsFormula = /^[ \t]*THE(?: [A-Z][A-Z-]+){1,8} (?:COMMITTEE|ASSEMBLY|COUNCIL|CONFERENCE|BOARD|COMMISSION), /u

/** The text opens with a known preambular phrase whose words are all capitals (`NOTING ALSO`). */
function capitalsPhrase(text: string): boolean {
  if (!/^[A-Z]{2,}\b/u.test(text)) return false
  const phrase = detectLeadingPhrase(text, 'en', 'preamble')
  return phrase?.known === true && phrase.text === phrase.text.toUpperCase()
}

/**
 * Two preambular paragraphs a copy ran together on one line where its break was lost (a printed
 * collection's text: `Noting that eight members…, Considering that it is important…,`): English
 * never opens a known phrase with a capital inside a sentence, so a line that opens with a known
 * preambular phrase and ends with a comma breaks after each comma, outside brackets and
 * quotation marks, that a capitalised known preambular phrase follows; so too with semicolons
 * where the line ends with one, as a text whose preambular paragraphs end so runs them together
 * (`Recalling that…fora; Taking into account…;`, WIPO's General Assembly, 2004). Offsets are unchanged.
 */
export function runOnPreambleEn(view: string): string {
  // Tested first: a comma, a space and a capital.
  if (!/[,;] \p{Lu}/u.test(view)) return view
  // A run-on preamble may run on into the first operative paragraph (un-documents.net: `…thereof, 1.Decides…`).
  const intoOperative = view.includes(', 1.')
  let changed = false
  const lines = view.split('\n').map((line) => {
    // The cheap tests first (a literal, the line's last character), the pattern of Unicode classes after.
    const first = intoOperative ? firstOperativeAfterComma(line) : -1
    const mark = first >= 0 ? 44 : lastMark(line)
    if (mark !== 44 && mark !== 59) return line
    if (!(mark === 44 ? /, \p{Lu}/u : /; \p{Lu}/u).test(line)) return line
    const separator = String.fromCharCode(mark)
    const lead = line.replace(/^[ \t"“]+/u, '')
    if (detectLeadingPhrase(lead, 'en', 'preamble')?.known !== true) return line
    let result = ''
    let from = 0
    let depth = 0
    const end = first < 0 ? line.length - 2 : first
    for (let at = 0; at < end; at++) {
      const char = line.charAt(at)
      if (char === '“' || char === '(' || char === '[') depth++
      else if (char === '”' || char === ')' || char === ']') depth = Math.max(0, depth - 1)
      else if (
        depth === 0 &&
        char === separator &&
        line.charAt(at + 1) === ' ' &&
        /\p{Lu}/u.test(line.charAt(at + 2))
      ) {
        const rest = line.slice(at + 2)
        if (detectLeadingPhrase(rest, 'en', 'preamble')?.known !== true) continue
        result += `${line.slice(from, at + 1)}\n`
        from = at + 2
      }
    }
    if (first >= 0 && from < first) {
      result += `${line.slice(from, first - 1)}\n`
      from = first
    }
    if (from === 0) return line
    changed = true
    return result + line.slice(from)
  })
  return changed ? lines.join('\n') : view
}

/**
 * Where the first operative paragraph opens on a run-on preamble's line: `1.` (with or without a
 * space) and a known operative verb, right after a comma and its space (`…thereof, 1.Decides to
 * establish…`); -1 when it does not.
 */
function firstOperativeAfterComma(line: string): number {
  const at = line.indexOf(', 1.')
  if (at < 0) return -1
  const rest = line.slice(at + 4).replace(/^ /, '')
  const verb = detectLeadingPhrase(rest, 'en', 'operative')
  return /^\p{Lu}/u.test(rest) && verb?.known === true && isOperativeVerb(verb.base) ? at + 2 : -1
}

/** The line's last character before trailing white space is a comma (`/,\s*$/`, without a regex per line). */
/** The code of the line's last character other than a space (-1 for a blank line). */
function lastMark(line: string): number {
  let end = line.length
  while (end > 0) {
    const code = line.charCodeAt(end - 1)
    if (code !== 32 && code !== 9 && code !== 13 && code !== 12 && code !== 11 && code !== 160) return code
    end--
  }
  return -1
}

/**
 * A formula run into its first preambular paragraph on one line, the paragraph's phrase in lower
 * case after it (a League of Nations draft of 1932: `The Assembly recognizing that according to…;`
 * / `Considering that…;`; `The Council, considering that…`): the line breaks after the body's name
 * (the space or the comma's space becomes a line break, one for one), so the formula stands alone
 * and the phrase opens the first paragraph; so too an operative verb (`The Security Council calls
 * upon…`, a one-sentence text). Only a line near the top that opens with the formula, and a known
 * preambular phrase or operative verb after it.
 */
export function formulaRunInEn(view: string): string {
  const head = Math.min(view.length, formulaVerbReach)
  const organ = organRunIn(view, head)
  if (organ !== view) return organ
  // A line that opens with the formula, perhaps after the blanks of a quotation's mark (quotedOnceEn).
  // An opening quotation mark the excerpt never closes may stand before it (`“The GA convinced that…:`).
  // Found by the word (a literal, found fast), then its line's start tested.
  const top = view.slice(0, head)
  for (let at = top.indexOf('The '); at >= 0; at = top.indexOf('The ', at + 1)) {
    const lineStart = top.lastIndexOf('\n', at) + 1
    if (at - lineStart > 4 || !/^[ \t]{0,3}['‘"“]?$/u.test(top.slice(lineStart, at))) continue
    const end = view.indexOf('\n', at)
    const line = view.slice(at, end < 0 ? view.length : end)
    const match = formulaRunIn.exec(line)
    if (match) {
      const phrase = line.slice(match[0].length)
      const capitalised = phrase.charAt(0).toUpperCase() + phrase.slice(1)
      const opening = detectLeadingPhrase(capitalised, 'en', 'preamble')
      const verb = detectLeadingPhrase(capitalised, 'en', 'operative')
      if (
        (opening?.known === true && isWellFormed(opening.base, 'preamble')) ||
        (verb?.known === true && isOperativeVerb(verb.base))
      ) {
        const space = at + match[0].length - 1
        return `${view.slice(0, space)}\n${view.slice(space + 1)}`
      }
    }
  }
  return view
}

/**
 * A cable's formula with no article, run in (`Security Council, having received…;`, the Security
 * Council's text of 1947 as a delegation cabled it): a principal organ's name at a line's start, a
 * comma, and a known preambular phrase in lower case; the line breaks after the comma's space.
 * Only lines near the top, found by the organ's name.
 */
function organRunIn(view: string, head: number): string {
  // Searched for by name (a literal, found fast) in the text's top, where a cable sets the formula.
  const top = view.slice(0, Math.min(head, organReach))
  for (const name of unOrgans) {
    for (let at = top.indexOf(`${name}, `); at >= 0; at = top.indexOf(`${name}, `, at + 1)) {
      // At a line's start, perhaps after the blanks of a quotation's mark (quotedOnceEn).
      const start = top.lastIndexOf('\n', at) + 1
      if (at - start > 3 || top.slice(start, at).trim() !== '') continue
      const after = at + name.length + 2
      const rest = view.slice(after, after + 120)
      if (!/^\p{Ll}/u.test(rest)) continue
      const opening = detectLeadingPhrase(rest.charAt(0).toUpperCase() + rest.slice(1), 'en', 'preamble')
      if (opening?.known === true && isWellFormed(opening.base, 'preamble'))
        return `${view.slice(0, after - 1)}\n${view.slice(after)}`
    }
  }
  return view
}
/** How far into a text a cable's formula with no article is looked for. */
const organReach = 8000

/**
 * A resolution quoted in another document, its quotation opened before its first line and closed
 * after its last words (a delegation's cable: `'Text of the resolution…` / `Security Council,
 * having…;` / … / `…August 25th, 1947.' We feel that last two paragraphs…`; a US telegram:
 * `“The Security Council, mindful that…,` / … / `…of the General Assembly.”` / `Believed it would
 * be desirable…`), each paragraph perhaps opening the quotation again as English sets a quotation
 * of several paragraphs (`“Recalling…`, `- “1. Condemns…`). In the view the quotation's marks are
 * blanks, and so is the quoting document's text after the closing mark, up to its notes: it is not
 * the last paragraph's, nor paragraphs of its own. Only where the mark opens a line near the top
 * before a capital, the formula on that line or within the next three, a quotation mark closes it
 * (nested quotations counted) after a full stop or a semicolon, on a later line, and no paragraph
 * of a resolution opens after it.
 */
export function quotedOnceEn(view: string): string {
  const open = quotationAtLineStart(view.slice(0, organReach))
  if (open < 0) return view
  // The quotation holds the formula: on its first line or one of the three after it.
  const first = view
    .slice(open + 1, open + 2000)
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^[-+•]\s+/u, '')
        .replace(/^['‘"“]/u, ''),
    )
    .filter((line) => line !== '')
    .slice(0, 4)
  if (!first.some((line) => formulaStart.test(line) || unOrgans.some((name) => line.startsWith(`${name},`))))
    return view
  const single = "'‘".includes(view.charAt(open))
  const blanks = [open]
  let depth = 1
  let close = -1
  for (let at = open + 1; at < view.length && close < 0; at++) {
    const char = view.charAt(at)
    if (single ? !"'‘’".includes(char) : !'"“”'.includes(char)) continue
    const before = view.charAt(at - 1)
    const after = view.charAt(at + 1)
    const lineStart = view.lastIndexOf('\n', at - 1) + 1
    // A paragraph of the quotation opens it again at its line's start, a list's bullet perhaps before (`- “1. …`).
    const lead = /^[ \t]*(?:[-+•][ \t]+)?$/u.exec(view.slice(lineStart, at))
    if (lead && /\S/u.test(after)) {
      blanks.push(...(lead[0].trim() === '' ? [] : [lineStart + lead[0].search(/[-+•]/u)]), at)
      continue
    }
    const opens =
      char === '‘' || char === '“' || ((char === "'" || char === '"') && /[\s([]/u.test(before) && /\S/u.test(after))
    const closes = char === '’' || char === '”' || char === "'" || char === '"' ? !/\p{L}/u.test(after) : false
    if (opens) depth++
    else if (closes && /\S/u.test(before) && --depth === 0) close = at
  }
  if (close < 0 || !/[.;]/u.test(view.charAt(close - 1))) return view
  const closeLine = view.lastIndexOf('\n', close) + 1
  if (closeLine <= open) return view
  blanks.push(close)
  // After it, the quoting text up to its notes (`1 Document 401.`, `  1. Not printed.`, `[1] …`).
  const end = view.indexOf('\n', close)
  const ranges: Array<[number, number]> = [[close + 1, end < 0 ? view.length : end]]
  for (let at = end; at >= 0 && at < view.length;) {
    const next = view.indexOf('\n', at + 1)
    const lineEnd = next < 0 ? view.length : next
    const line = view.slice(at + 1, lineEnd)
    if (noteLine.test(line)) break
    if (opensParagraphEn(line.trim()) || /^\s*\d{1,3}\.\s+\p{Lu}/u.test(line)) return view
    // Lines with no words (a lone `_`, a rule) stay: they may be the page's furniture above the notes.
    if (/\p{L}/u.test(line)) ranges.push([at + 1, lineEnd])
    at = next
  }
  let result = view
  const blank = (from: number, to: number): void => {
    result = result.slice(0, from) + result.slice(from, to).replace(/[^\r\n]/gu, ' ') + result.slice(to)
  }
  for (const at of blanks) blank(at, at + 1)
  for (const [from, to] of ranges) blank(from, to)
  return result
}
/** Where the first quotation mark that opens a line before a capital stands (found by its line break, a literal), or -1. */
function quotationAtLineStart(head: string): number {
  let first = -1
  for (const mark of ["'", '‘', '"', '“']) {
    let at = head.startsWith(mark) ? 0 : lineOpening(head, mark, 0)
    while (at >= 0 && !/\p{Lu}/u.test(head.charAt(at + 1))) at = lineOpening(head, mark, at + 1)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** Where the next line that opens with `mark` starts, from `from` on, or -1. */
function lineOpening(text: string, mark: string, from: number): number {
  const found = text.indexOf(`\n${mark}`, from)
  return found < 0 ? -1 : found + 1
}

/** A note's first line: `1 Document 401.`, `  1. Not printed.`, `[1] …`, `_ [1] …`, `<sup>1</sup> …` (note-markup.ts). */
const noteLine = /^[ \t]*(?:_[ \t]*)?(?:\[\d{1,3}\]|\d{1,3}[.)]?|<sup>[^<]{1,6}<\/sup>)(?:[ \t]|$)/u

/**
 * `The Assembly `, `The Security Council, ` before a word in lower case; `The Security Council- `
 * (a telegram's dash for the comma: `The Security Council- Having received…;`) before any word.
 */
const formulaRunIn = new RegExp(String.raw`^The (?:GA|SC|${bodyName})(?:,? (?=\p{Ll})| ?[-–—] (?=\p{L}))`, 'u')

/**
 * A PDF's text flattened by a document site opens each page's line with the page's number, the
 * first page's before its masthead (`1 联合国 气候变化框架公约 Distr. GENERAL FCCC/SBI/2005/…`, the
 * UNFCCC's report as docsplayer gives it): the number is not an operative number. In the view it
 * becomes blanks (one for one), so the line reads as the masthead it is. Only a bare number of one
 * to three digits before `联合国` and a `Distr.` line's word on the same line.
 */
export function pageNumberedMasthead(view: string): string {
  // Tested first: a line that opens with a number, a space and 联合国.
  if (!/^\d{1,3} 联合国/mu.test(view)) return view
  return view.replace(/^(\d{1,3})(?= 联合国[^\n]{0,80}\bDistr\.)/gmu, (number) => ' '.repeat(number.length))
}

/**
 * A PDF's text whose line breaks a site lost with no space at all (yumpu: `…the Assembly ofStates
 * PartiesThe Assembly of States Parties,Mindful that each…`): the formula glued to the title
 * before it and to the first preambular phrase after its comma. Each glued side gets a line break
 * (written in, positions mapped back), so the formula stands on its line and the paragraphs after
 * it run on at their commas (`…widelyacknowledged,Convinced that…`, read by run-on.ts). Only a
 * formula glued to a letter before it and to a known preambular phrase after it.
 */
export function gluedFormulaMarks(text: string): Rewrite[] {
  // Tested first, with indexOf: a capitalised `The` glued to the letter before it.
  let at = text.indexOf('The ')
  while (at > 0 && !/\p{L}/u.test(text.charAt(at - 1))) at = text.indexOf('The ', at + 4)
  if (at <= 0) return []
  for (const match of text.slice(at - 1).matchAll(gluedFormula)) {
    const from = at - 1 + match.index
    const comma = from + match[0].length - 1
    const rest = text.slice(comma + 1, comma + 120)
    if (detectLeadingPhrase(rest, 'en', 'preamble')?.known !== true) continue
    return [
      {from, to: from, written: '\n'},
      {from: comma + 1, to: comma + 1, written: '\n'},
    ]
  }
  return []
}
const gluedFormula = new RegExp(String.raw`(?<=\p{L})The ${bodyName},(?=\p{Lu}\p{Ll})`, 'gu')
