import {sideBySideColumns} from './columns.js'
import {lineNumberMarks} from './line-numbers.js'
import {gluedNoteNumbers, notesUnderLastLine, setApartNoteNumbers, strayNoteNumbers} from './glued-notes.js'
import {printedComments} from './printed-comments.js'
import {partedNumbers} from './parted-numbers.js'
import {strayDashes} from './stray-dash.js'
import {watermarkLetters} from './watermark.js'
import {isVerticalColumnStream} from './vertical.js'
import type {Lang, MainBody, Preamble, Resolution} from '../tree/types.js'
import {frenchLines, isBilingualText, withoutFrench} from './bilingual.js'
import {isBitext, oneSide, withoutChineseTails, withoutEnglishAfter} from './bitext.js'
import {joinContinuations, type Block} from './blocks.js'
import {
  formulaVerbEn,
  formulaRunInEn,
  gluedFormulaMarks,
  bracketedParagraphsEn,
  runOnNumberedEn,
  runOnPreambleEn,
  capitalsRunOnEn,
  spacedParagraphBreaks,
  pageNumberedMasthead,
  unflattened,
  unflattenedEn,
  quotedOnceEn,
  unquotedParagraphs,
} from './flattened.js'
import {
  hasGluedFormulaLine,
  splitBarePhrases,
  splitClosingDates,
  splitCommaParted,
  splitFormulaVerbs,
  splitGluedNumbers,
  splitGluedPreambleEn,
  splitRunOns,
} from './run-on.js'
import {spanOf, writtenText, type Context} from './context.js'
import {NoStructureError} from './errors.js'
import {findBodyStart, findFormula, formulaAfterPreamble, type FormulaLines, zhFormulaAfterPreamble} from './formula.js'
import {extractFootnotes, noteWithoutNumber, notesWithoutNumbers, type FootnoteResult} from './footnotes.js'
import {readFrontMatter} from './front-matter.js'
import {dropPinyin} from './leading-phrase.js'
import {
  closingReferences,
  findFurniture,
  linkRowsAtEnd,
  withoutBarLines,
  withoutViewerHeads,
  wordsAfterEndNotes,
} from './furniture.js'
import {displacedMasthead} from './masthead.js'
import {detectLanguage, otherLanguage} from './language.js'
import {detectLayout, mendTexts} from './layout.js'
import {splitLines, type Line} from './lines.js'
import {findPdfMarkers, lateMarkers, markersInText} from './markers.js'
import {buildNotes} from './notes.js'
import {buildFormula, buildOperative, buildPreambular} from './paragraphs.js'
import {buildAnnexes, buildConclusions, buildPreface, conclusionDate, findAnnex, inlineAnnex} from './parts.js'
import {symbolLine} from './patterns.js'
import {classify, oneSentence, type Sections} from './sections.js'
import {frontMatterSymbol, recognitionView, withoutFrontMatter} from './normalise.js'
import {stringListLines} from './string-list.js'
import {clauseAcrossPageFoot, clauseBeforeFormula} from './pre-formula.js'
import {makeSource, positionOf} from './source.js'
import {groupUnits} from './units.js'
import {paragraphLines} from './paragraph-lines.js'
import {noteWriting} from './written.js'
import {inlineNotes, noteMarks, paragraphsAfterBareNote} from './note-markup.js'
import {nestedListMarks, operativeNumberMarks, paragraphLabelMarks} from './list-markup.js'
import {
  applyRewrites,
  lfLineEnds,
  markerSpaces,
  ideographicIndent,
  sharedIndent,
  withLineEnds,
  gluedRuleMarks,
  inlineTagMarks,
  characterMarks,
  editionPageMarks,
  gluedPhraseSpaces,
  pageCountMarks,
  ocrHanSpaces,
  raisedNumberLines,
  splitCallLines,
  pageJoinMarks,
  lostTabGaps,
  lineBreakMarks,
  attributeListMarks,
  mapPositionsBack,
  quoteMarks,
  type Rewrite,
} from './rewrite.js'

export {NoStructureError} from './errors.js'

export interface ParseOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang
  /**
   * The text is one resolution's part of a printed volume (set by volume.ts): the notes at its
   * page foot may go on from an earlier page, so the first need not be note 1.
   */
  fromVolume?: boolean
}

/**
 * Parse the text of a resolution (English or Chinese; plain text, Markdown converted from
 * PDF, or raw PDF text) into a resolution tree. Never throws on odd input, except
 * NoStructureError when the text holds no preambular or operative paragraph at all.
 *
 * The stages: lines → where the parts are (formula, page furniture, footnotes, annexes) →
 * units → blocks → sections → nodes → tree.
 */
export function parseResolution(text: string, options: ParseOptions = {}): Resolution {
  if (text.includes('\r')) {
    const tree = parseResolution(lfLineEnds(text), options)
    withLineEnds(tree, text)
    return tree
  }
  // Chinese indents a paragraph's first line by two ideographic spaces (`\u3000\u3000回顾…`): read as spaces.
  if (text.includes('\u3000')) {
    const spaced = ideographicIndent(text)
    if (spaced !== text) return parseResolution(spaced, options)
  }
  const indent = sharedIndent(text)
  if (indent.length > 0) {
    const tree = parseRewritten(text, indent, options)
    // The resolution is the whole file, its indentation too.
    if (tree.position) tree.position.start = {line: 1, column: 1, offset: 0}
    return tree
  }
  if (text.includes('\u00a0')) {
    const spaced = markerSpaces(text)
    if (spaced !== text) return parseResolution(spaced, options)
  }
  // A stamp's or watermark's letters cut among the lines (`concerted` / `VE` / `practical`) and a
  // draft's line numbers go first: the passes below read the lines they parted as one.
  const stamp = [...watermarkLetters(text), ...lineNumberMarks(text)]
  if (stamp.length > 0) return parseRewritten(text, stamp, options)
  const paragraphBreaks = paragraphLines(text)
  if (paragraphBreaks.length > 0) return parseRewritten(text, paragraphBreaks, options)
  // What Markdown converters write in their own way, read as the parser knows it: footnote
  // marks (`[^1]`, `^1^`, `$^{1}$` as `<sup>1</sup>`), nested numbered lists (as `(a)`, `(i)`)
  // operative numbers `1)`, `**1**.` (as `1.`), negotiators' labels `PP1.` / `OP1.` (as nothing / `1.`), `<br>` (as a space) and the tags of inline HTML
  // that only style words (`<strong>`: as nothing), a printed edition's page numbers (`[Page 308]`: as nothing), a page's rule glued to its last line (on its own),
  // block quotes of Word's indented paragraphs (`> `: as nothing), ligatures (`ﬃ`: as `ffi`),
  // soft hyphens and zero-width spaces (as nothing), pdf.js wrappers' page lines (`-- 2 of 3 --`:
  // as a form feed), and a web page's notes run in after their paragraph
  // (`…Convention;11UNEP/CHW.13/INF/19.`: on a line of their own), and two columns set side by
  // side on each line (`pdftotext -layout`, Ghostscript's txtwrite: read column by column), and
  // the tab's gap old pdf.js drops in a page's head and foot (`A/RES/76/130Persons…`, `2/421-19151`),
  // a draft's line numbers (`12     principles upon which…`: as nothing), and a note's number glued
  // to its first word (`1See resolution…`: a space after it) or set after it in a block of numbers
  // (`See resolution…` / `1`: the number before it), a page's notes set under its last line with
  // no blank line (txtwrite of a typeset PDF: a blank line before them), a note's number set at
  // the page's foot when its neighbours keep theirs (back before its text), reviewers' comments Word printed
  // with the draft (`Commented [S1]: …`: as nothing), an operative number pdftotext set apart
  // from its paragraph by another's line (`1.` / `representation of …,` / `Invites…`: the line back
  // above, the number before `Invites`), a Chinese dash a PDF drew at its paragraph's head (`—` /
  // `…延长 年,`: back in the gap it left), and kramdown's attribute lists (`{:toc}` and the `* TOC`
  // item it replaces: as nothing).
  const rewrites = [
    ...noteMarks(text),
    ...paragraphsAfterBareNote(text),
    ...inlineNotes(text),
    ...nestedListMarks(text),
    ...operativeNumberMarks(text),
    ...paragraphLabelMarks(text),
    ...lineBreakMarks(text),
    ...attributeListMarks(text),
    ...inlineTagMarks(text),
    ...editionPageMarks(text),
    ...gluedFormulaMarks(text),
    ...gluedRuleMarks(text),
    ...quoteMarks(text),
    ...characterMarks(text),
    ...pageCountMarks(text),
    ...ocrHanSpaces(text),
    ...raisedNumberLines(text),
    ...splitCallLines(text),
    ...pageJoinMarks(text),
    ...lostTabGaps(text),
    ...gluedPhraseSpaces(text),
    ...sideBySideColumns(text),
    ...gluedNoteNumbers(text),
    ...setApartNoteNumbers(text),
    ...notesUnderLastLine(text),
    ...strayNoteNumbers(text),
    ...printedComments(text),
    ...partedNumbers(text),
    ...strayDashes(text),
  ]
  if (rewrites.length === 0) return parseText(text, options)
  const rewritten = applyRewrites(text, rewrites)
  const tree = parseText(rewritten.text, options)
  mapPositionsBack(tree, text, rewritten.edits)
  return tree
}

/** The text read with `rewrites` made first (each pass above starts again on what it wrote), positions the file's. */
function parseRewritten(text: string, rewrites: readonly Rewrite[], options: ParseOptions): Resolution {
  const rewritten = applyRewrites(text, rewrites)
  const tree = parseResolution(rewritten.text, options)
  mapPositionsBack(tree, text, rewritten.edits)
  return tree
}

function parseText(text: string, options: ParseOptions): Resolution {
  const source = makeSource(text)
  const lang = options.lang ?? detectLanguage(text)
  // A resolution in French, Spanish, Russian or Arabic would be read as English, wrongly.
  const other = options.lang === undefined && lang === 'en' ? otherLanguage(text) : undefined
  if (other !== undefined)
    throw new NoStructureError(
      `the text is in ${other}: resdiff reads resolutions in English and Chinese (give --lang en to read it as English anyway)`,
    )
  // A PDF extractor's text of a Chinese page set vertically: one character a line, or rows across the columns.
  if (lang === 'zh' && isVerticalColumnStream(text))
    throw new NoStructureError(
      "the text is a Chinese page set vertically as a PDF extractor gives it (one character a line, or rows across the page's columns), which resdiff cannot read: give resdiff the PDF itself, which it reads column by column",
    )
  // Structure is recognised on a view of the text of the same length (normalise.ts); the
  // tree takes its texts from the source as written.
  // A Markdown file's YAML front matter is the file's metadata, not the resolution's text; a list
  // of strings, one for each paragraph (a dataset's viewer): each string a line.
  let view = withoutViewerHeads(stringListLines(recognitionView(withoutFrontMatter(text), lang)))
  // English and its Chinese on each line (a UN bitext): the other language's halves set aside.
  if (isBitext(text)) view = oneSide(view, lang)
  // English then its whole Chinese translation on one line: the Chinese set aside when reading the English.
  else if (lang === 'en') view = withoutBarLines(withoutChineseTails(view))
  // Chinese then its English on the lines below: the English set aside when reading the Chinese.
  else view = withoutEnglishAfter(view)
  // Chinese flattened onto one line; English beside its French in a bilingual printed volume.
  const recognised = view
  view =
    lang === 'zh'
      ? unflattened(pageNumberedMasthead(view))
      : runOnPreambleEn(
          bracketedParagraphsEn(
            formulaVerbEn(
              formulaRunInEn(runOnNumberedEn(unquotedParagraphs(quotedOnceEn(capitalsRunOnEn(unflattenedEn(view)))))),
            ),
          ),
        )
  const flattened = view !== recognised
  // Two Chinese paragraphs a copy ran together on one line, a space after the comma where the line broke.
  if (lang === 'zh' && !flattened) view = spacedParagraphBreaks(view)
  const bilingual = lang === 'en' && isBilingualText(text)
  if (bilingual) view = withoutFrench(view)
  const physical = splitLines(view === text ? source : makeSource(view))
  // In a web copy flattened onto one line, two Chinese preambular paragraphs the copy ran
  // together with no space between are two lines (elsewhere a merge is the drafter's, for align to report).
  const lines =
    lang === 'zh'
      ? splitFormulaVerbs(
          splitClosingDates(
            flattened || hasGluedFormulaLine(physical)
              ? splitGluedNumbers(splitRunOns(splitCommaParted(physical)))
              : splitBarePhrases(physical),
          ),
        )
      : splitGluedPreambleEn(physical)
  const frame = locateParts(lines, lang, options.fromVolume === true, bilingual, bulletedLines(text, lines))
  const context: Context = {source, lines, lang, markers: frame.markers, warnings: []}

  const units = groupUnits(lines, frame.bodyFrom, frame.annexFrom, frame.skip, {lang, markers: frame.markers})
  // The paragraph under a formula set after the preamble opens the operative part: it never carries on the one above.
  const formulaAt = frame.late && frame.formula ? frame.formula.start : -1
  const underFormula = units.find((unit) => (unit.lines[0] as number) > formulaAt)
  if (formulaAt >= 0 && underFormula) underFormula.ownParagraph = true
  const blocks = joinContinuations(units, lines, lang, context.markers)
  const sections = classify(blocks, context)
  if (formulaAt >= 0) afterFormula(sections, formulaAt)
  const adopted = oneSentence(frame.formula, sections, context)
  // The clause set before the formula is the first preambular paragraph, even of a resolution that is one sentence.
  if (frame.preFormula) sections.preamble.unshift({kind: 'text', lines: frame.preFormula})
  if (sections.preamble.length === 0 && sections.operative.length === 0) {
    throw new NoStructureError('no preambular or operative paragraphs were found: this does not read as a resolution')
  }

  const meta: Resolution['meta'] = {
    ...readFrontMatter(
      [
        // A masthead the extraction set at a page's end is read first, as it stands in the document.
        ...frame.masthead.map((index) => writtenText(lines[index]!, context)),
        ...lines
          .slice(0, frame.prefaceEnd)
          .map((line, index) => (frame.skip.has(index) ? '' : writtenText(line, context))),
      ],
      (prefix) => numberedByYear(prefix, lines),
    ).meta,
  }
  if (meta.symbol === undefined) {
    const declared = frontMatterSymbol(text)
    if (declared !== undefined) meta.symbol = declared
  }
  const preamble: Preamble = {type: 'preamble', children: []}
  if (frame.formula) {
    const formula = buildFormula(frame.formula.start, frame.formula.end, context)
    preamble.children.push(formula)
    // A Chinese formula led in by its matter (`关于…，大会：`) names the body after its comma; a
    // character's pinyin in brackets (`大會(huì)`) is no part of the name.
    const written = lang === 'zh' ? dropPinyin(formula.text) : formula.text
    const body = (frame.formula.body ?? (frame.formula.ledIn ? written.replace(/^.*[，,]/u, '') : written))
      .replace(/^['‘"“[](?=The\s)/u, '')
      .replace(/^The\s+/i, '')
      // A telegram's abbreviations of the organ.
      .replace(/^GA$/u, 'General Assembly')
      .replace(/^SC$/u, 'Security Council')
      .replace(/(?:[,，:：]|\s?[-–—])$/u, '')
      // `…Union (Busan, 2014)`: the conference's place and year are not the body's name.
      .replace(/\s\(\p{Lu}[^,;:.()]{1,40},\s\d{4}\)$/u, '')
      .replace(/(?<=[会局])[(（]\d{4}年[，,][^()（）]{1,16}[)）]$/u, '')
      .trim()
    if (body) meta.body = body
  }
  sections.preamble.forEach((block, index) => preamble.children.push(buildPreambular(block, index + 1, context)))
  const operative = buildOperative(sections.operative, sections.headings, context)
  // Prose is not a resolution: without a formula we need a numbered operative paragraph
  // or a paragraph that opens with a known phrase.
  const recognisable =
    frame.formula !== undefined ||
    operative.some((paragraph) => paragraph.num !== undefined || paragraph.leadingPhrase?.known) ||
    preamble.children.some((child) => child.type === 'preambularParagraph' && child.leadingPhrase?.known)
  if (!recognisable) {
    throw new NoStructureError(
      'no enacting formula, opening phrase or numbered paragraph was found: this does not read as a resolution',
    )
  }

  const children: Resolution['children'] = []
  const preface = buildPreface(frame.prefaceEnd, frame.skip, context)
  if (preface.children.length > 0) children.push(preface)
  if (preamble.children.length > 0) {
    const position = spanOf(preamble.children)
    if (position) preamble.position = position
    children.push(preamble)
  }
  if (operative.length > 0) {
    const mainBody: MainBody = {type: 'mainBody', children: operative}
    const position = spanOf(operative)
    if (position) mainBody.position = position
    children.push(mainBody)
  }
  if (sections.conclusions.length > 0) {
    const conclusions = buildConclusions(sections.conclusions, context)
    children.push(conclusions)
    if (!meta.adoptionDate && meta.stage === 'adopted') {
      const date = conclusionDate(conclusions.text)
      if (date) meta.adoptionDate = date
    }
  }
  const notes = buildNotes(frame.footnotes.notes, context)
  const layout = detectLayout(lines, frame.bodyFrom, frame.skip)
  // Text set in blocks (a PDF reader's paragraphs) has line breaks only where a word was
  // hyphenated at a line's end: those words are mended too.
  if (lang === 'en' && (layout === 'wrapped' || context.hyphenBreaks !== undefined))
    mendTexts([...preamble.children, ...operative, ...notes], context.hyphenBreaks, layout === 'wrapped')
  if (notes.length > 0) children.push({type: 'footnotes', children: notes})
  if (adopted.blocks.length > 0) children.push(inlineAnnex(adopted, context))
  children.push(...buildAnnexes(frame.annexFrom, frame.skip, context))
  if (!meta.date && meta.adoptionDate) meta.date = meta.adoptionDate

  const tree: Resolution = {
    type: 'resolution',
    lang,
    meta,
    children,
    data: {layout, warnings: context.warnings},
    position: positionOf(source, 0, text.length),
  }
  noteWriting(tree, source)
  return tree
}

/** Under a formula set after the preamble, the paragraphs are operative, unnumbered or not. */
function afterFormula(sections: Sections, formulaAt: number): void {
  const at = sections.preamble.findIndex((block) => (block.lines[0] as number) > formulaAt)
  if (at < 0) return
  const moved = sections.preamble.splice(at).map((block): Block => ({kind: 'operative', lines: block.lines}))
  const headings = new Map<number, string>()
  for (const [index, heading] of sections.headings) headings.set(index + moved.length, heading)
  sections.headings = headings
  sections.operative.unshift(...moved)
}

/** Where the parts of a resolution lie in its lines, and which lines are not text. */
interface Frame {
  formula: FormulaLines | undefined
  /** The first line after the formula (or of the first paragraph when there is none). */
  bodyFrom: number
  /** The first line that is not preface. */
  prefaceEnd: number
  /** The lines of a clause set before the formula, read as the first preambular paragraph. */
  preFormula?: number[]
  /** The line of the first "Annex" heading, or the end. */
  annexFrom: number
  footnotes: FootnoteResult
  /** Page furniture and footnote lines, left out of every paragraph. */
  skip: Set<number>
  /** A masthead an extraction set at the end of a page (masthead.ts), read as the preface's. */
  masthead: number[]
  /** The formula stands after the preamble (formulaAfterPreamble): what follows it is operative. */
  late?: true
  markers: Context['markers']
}

/**
 * Stage: lines → frame. Finds the formula, the page furniture (running heads, page and job
 * numbers), the footnotes and their markers, and where the annexes begin.
 */
/** Lines that open with a bullet in the source (`  • 中文名:…`), which the recognition view blanks. */
function bulletedLines(text: string, lines: readonly Line[]): number[] {
  if (!text.includes('•')) return []
  const found: number[] = []
  lines.forEach((line, index) => {
    let at = line.start - 1
    while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--
    if (line.text.startsWith('•') || (at >= 0 && text.charCodeAt(at) === 0x2022)) found.push(index)
  })
  return found
}

function locateParts(
  lines: readonly Line[],
  lang: Lang,
  fromVolume: boolean,
  bilingual: boolean,
  bulleted: readonly number[],
): Frame {
  const above = findFormula(lines, lang)
  let start: number | undefined
  const bodyStart = (): number => (start ??= findBodyStart(lines, lang))
  // A formula the body sets after its preamble (CITES, the IWC): the preamble starts the body.
  const zhLate = lang === 'zh' ? zhFormulaAfterPreamble(lines, above) : undefined
  if (zhLate) start = zhLate.from
  const late = lang === 'en' ? formulaAfterPreamble(lines, above, bodyStart) : zhLate?.formula
  const formula = late ?? above
  const bodyFrom = late || !formula ? bodyStart() : formula.end
  // A clause the resolution sets before its formula (`As a first step…,` / `The Security Council`) is its first preambular paragraph.
  let preFormula = formula && !late ? clauseBeforeFormula(lines, formula.start) : undefined
  // A Chinese formula after its preamble: the preface ends where the preamble begins.
  let prefaceEnd = preFormula?.[0] ?? (formula && !zhLate ? formula.start : bodyFrom)
  const displaced = displacedMasthead(lines, bodyFrom)
  const preface = [...displaced.map((index) => lines[index]!), ...lines.slice(0, prefaceEnd)]
  // The symbol alone on its line, or at the end of the masthead's first (`United Nations A/RES/80/7`).
  const symbol = preface
    .map((line) => line.text.replace(/\s{2,}|[^\S ]/g, ' '))
    .map((line) => (line.length <= 60 && /^United Nations /.test(line) ? line.slice(15) : line))
    .find((line) => symbolLine.test(line) && /\d/.test(line))
  const masthead = preface
    .map((line) =>
      line.text
        .replace(/[*#]/g, '')
        .replace(/\s{2,}|[^\S ]/g, ' ')
        .trim(),
    )
    .join(' ')
  const furniture = findFurniture(lines, bodyFrom, symbol, masthead, bulleted)
  for (const index of displaced) furniture.add(index)
  if (lang === 'en') for (const index of linkRowsAtEnd(lines, bodyFrom)) furniture.add(index)
  const annexFrom = findAnnex(lines, bodyFrom, lang)
  // A bilingual volume's French lines are not the English text, nor its notes (`2` /
  // `Ibid., Supplement d'avril…` beside `2` / `Ibid., Supplement for April…`).
  const french = bilingual ? frenchLines(lines) : undefined
  const noteSearch = french ? lines.map((line) => (french.has(line.index) ? {...line, text: ''} : line)) : lines
  const footnotes = extractFootnotes(noteSearch, 0, furniture, fromVolume)
  if (lang === 'en' && footnotes.notes.length === 0 && !fromVolume) {
    const lost = noteWithoutNumber(noteSearch, bodyFrom, furniture)
    if (lost) {
      footnotes.notes.push(lost)
      footnotes.used.add(lost.line)
    } else
      for (const note of notesWithoutNumbers(noteSearch, bodyFrom, furniture)) {
        footnotes.notes.push(note)
        footnotes.used.add(note.line)
      }
  }
  const skip = new Set([...furniture, ...footnotes.used])
  for (const index of closingReferences(lines)) skip.add(index)
  // A web page's words after the notes that end its text (a licence, a disclaimer).
  if (lang === 'en' && !fromVolume)
    for (const index of wordsAfterEndNotes(lines, footnotes.notes, annexFrom)) skip.add(index)
  if (french) for (const index of french) skip.add(index)
  if (late) for (let index = late.start; index < late.end; index++) skip.add(index)

  // The clause may stand at the foot of the page before the formula's, its notes between.
  if (formula && !late && !preFormula) {
    preFormula = clauseAcrossPageFoot(lines, formula.start, skip)
    if (preFormula) prefaceEnd = preFormula[0]!
  }
  const inTextMarkers = markersInText(lines.slice(0, annexFrom), skip)
  const lateMarked = lateMarkers(inTextMarkers, footnotes.notes)
  const pdfNotes = footnotes.notes.filter((note) => !inTextMarkers.has(note.marker) || lateMarked.has(note.marker))
  const markers = findPdfMarkers(lines, pdfNotes, (index) => index >= bodyFrom && index < annexFrom && !skip.has(index))
  // The page where an annex begins may carry the resolution's own notes; the annex's
  // notes (no marker in the resolution) stay with the annex.
  const marked = new Set([...inTextMarkers, ...[...markers.values()].flat().map((span) => span.marker)])
  footnotes.notes = footnotes.notes.filter((note) => note.line < annexFrom || marked.has(note.marker))
  return {
    formula,
    bodyFrom,
    prefaceEnd,
    annexFrom,
    footnotes,
    skip,
    markers,
    masthead: displaced,
    ...(preFormula ? {preFormula} : {}),
    ...(late ? {late: true} : {}),
  }
}

/**
 * Bodies that number their decisions by year (the UNDP Governing Council's `84/21`, `93/27`)
 * give no session before the slash. A two-digit first part is a year, not a session, where the
 * text names that year (`…in 1984`) and none later: a session's text is written some forty-five
 * years after 19NN. Asked only where no masthead line names a session; the first later year
 * ends the search.
 */
function numberedByYear(prefix: number, lines: readonly Line[]): boolean {
  if (prefix >= 100) return false
  const year = 1900 + prefix
  let named = false
  for (const line of lines) {
    for (const found of line.text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
      const value = Number(found[0])
      if (value > year) return false
      if (value === year) named = true
    }
  }
  return named
}
