import type {Position} from 'unist'

export type {Position} from 'unist'

/** Languages resdiff parses. */
export type Lang = 'en' | 'zh'

/** The two parts of a resolution that hold paragraphs. */
export type Part = 'preamble' | 'operative'

// ---------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------

export interface Text {
  type: 'text'
  value: string
  position?: Position
}

export interface Emphasis {
  type: 'emphasis'
  children: Inline[]
  position?: Position
}

/** A footnote marker in the text (`¹`, `<sup>1</sup>`, a bare PDF digit, `*`). */
export interface NoteRef {
  type: 'noteRef'
  marker: string
  /**
   * The eId of the note called, where the mark alone does not tell (two notes of a Word file
   * show the same mark: footnote 1 and endnote 1, or numbers restarted on each page).
   */
  note?: string
  position?: Position
}

export type CitationKind = 'resolution' | 'decision' | 'symbol'

/**
 * A reference to an earlier text: `resolution 5/4 of 22 October 2010`,
 * `decision 4/6`, `A/60/88`, `2010年10月22日第5/4号决议`.
 */
export interface Citation {
  type: 'citation'
  kind: CitationKind
  /** The number or symbol as written, normalised: `5/4`, `1540 (2004)`, `A/60/88`. */
  ref: string
  /** ISO date (`2010-10-22`) when the citation gives one. */
  date?: string
  /** The cited words as they read in the paragraph. */
  value: string
  position?: Position
}

export type Inline = Text | Emphasis | NoteRef | Citation

// ---------------------------------------------------------------------------
// Block content
// ---------------------------------------------------------------------------

export interface LeadingPhrase {
  /** The phrase as written, without emphasis markers: `Also requests`, `Recalling further`, `又请`. */
  text: string
  /** The lemma without the sequence word: `Requests`, `Recalling`, `请`. */
  base: string
  /** The sequence word, normalised: `Also`, `Further`, `Again`; Chinese `又`, `还`. */
  modifier?: string
  /** True when the phrase is in the language's lexicon, false when it was guessed. */
  known: boolean
  /** True when the phrase was set in emphasis (italics) in the source. */
  emphasized: boolean
  /**
   * Where the phrase stands in the paragraph's text when it does not open it: a Chinese phrase
   * that closes the clause of its object (`对…表示满意，`, Expressing satisfaction with…;
   * `以…为基础，`, Building upon…). Absent when the text opens with the phrase.
   */
  offset?: number
}

/** The enacting formula: `The General Assembly,` / `大会，`. */
export interface Formula {
  type: 'formula'
  text: string
  children: Inline[]
  position?: Position
}

export interface PreambularParagraph {
  type: 'preambularParagraph'
  /** `preamble_1` … in document order. */
  eId: string
  leadingPhrase?: LeadingPhrase
  /** Words of the paragraph without footnote markers, emphasis marks or page debris. */
  text: string
  children: Inline[]
  position?: Position
}

/** A lettered or numbered sub-item: `(a)`, `(ii)`. */
export interface Point {
  type: 'point'
  /** `para_12__point_a`, `para_12__point_a__point_ii`. */
  eId: string
  /** The marker as written: `(a)`, `(ii)`. */
  num: string
  text: string
  children: Array<Inline | List>
  position?: Position
}

export interface List {
  type: 'list'
  children: Point[]
  position?: Position
}

/** A sub-item marker that opens a line of its own, as written: `(b)`, `（ii）`. */
export interface ItemMarker {
  /** `b`, `ii`. */
  label: string
  position: Position
}

export interface OperativeParagraph {
  type: 'paragraph'
  /** `para_5`; an unnumbered single operative paragraph is `para_1`. */
  eId: string
  /** The number as written in the source; absent when the paragraph is unnumbered. */
  num?: number
  /** The section heading set just before this paragraph (`II Follow-up`), if any. */
  heading?: string
  leadingPhrase?: LeadingPhrase
  /** Whole text of the paragraph including its sub-items, without markers or debris. */
  text: string
  /** The lead-in's inline content, then at most one list of points. */
  children: Array<Inline | List>
  /**
   * The sub-item markers that open lines of their own, in the order written, in sequence or
   * not: the list in `children` is built only from items in sequence, and a marker out of
   * sequence is what a reviewer looks for. Absent when no line opens with one.
   */
  itemMarkers?: ItemMarker[]
  position?: Position
}

export interface Preamble {
  type: 'preamble'
  children: Array<Formula | PreambularParagraph>
  position?: Position
}

export interface MainBody {
  type: 'mainBody'
  children: OperativeParagraph[]
  position?: Position
}

/** One line of the masthead, kept as text. */
export interface PrefaceLine {
  type: 'prefaceLine'
  value: string
  position?: Position
}

export interface Preface {
  type: 'preface'
  children: PrefaceLine[]
  position?: Position
}

/** Closing lines: `82nd plenary meeting`, `4 December 2023`. */
export interface Conclusions {
  type: 'conclusions'
  text: string
  children: PrefaceLine[]
  position?: Position
}

/**
 * An annex set after the resolution proper ("Annex", "Annex I"): a declaration, a
 * convention, a programme. Kept as lines; it is not part of the resolution's paragraphs.
 */
export interface Annex {
  type: 'annex'
  /** The heading as written: `Annex`, `Annex II`. */
  title: string
  children: PrefaceLine[]
  position?: Position
}

export interface AuthorialNote {
  type: 'authorialNote'
  /** `1`, `2`, `*`. */
  marker: string
  /** `fn_1`, `fn_star`. */
  eId: string
  text: string
  children: Inline[]
  /**
   * How the text calls this footnote: by a marker in a paragraph or another note (`marker`),
   * by a mark in the masthead (`masthead`: `agenda*`, `agenda¹`), or, in text extracted from a
   * PDF, by a bare number after punctuation that could not be taken for a marker with certainty
   * (`number`: `Assembly,1`), or from an annex the tree keeps as lines (`annex`: a declaration the
   * resolution adopts, `Persons 1 and`). Absent when nothing calls it.
   */
  calledBy?: 'marker' | 'masthead' | 'number' | 'annex'
  /** `end` for an endnote of a Word or OpenDocument file (printed at the end, not at the page foot). */
  placement?: 'end'
  position?: Position
}

export interface Footnotes {
  type: 'footnotes'
  children: AuthorialNote[]
}

export type Distribution = 'General' | 'Limited' | 'Restricted'

export interface ResolutionMeta {
  /** Document symbol: `A/RES/75/241`, `CTOC/COP/2020/L.5`. */
  symbol?: string
  /** The body that adopts it, from the formula: `General Assembly`. */
  body?: string
  /** Session number (`10`, `75`). */
  session?: number
  /** Date of the document (the masthead date), ISO. */
  date?: string
  /** Date of adoption when the text gives it, ISO. */
  adoptionDate?: string
  distribution?: Distribution
  originalLanguage?: string
  agendaItem?: string
  sponsors: string[]
  stage: 'draft' | 'adopted'
  /** Resolution number: `8/3`, `75/241`. */
  number?: string
  title?: string
}

/** Something the parser noticed and could not fit: an unknown opening phrase, a dangling marker. */
export interface ParseWarning {
  message: string
  ruleId: string
  position?: Position
}

export interface Resolution {
  type: 'resolution'
  lang: Lang
  meta: ResolutionMeta
  children: Array<Preface | Preamble | MainBody | Conclusions | Footnotes | Annex>
  data: {
    /** How the source was laid out: blank-line blocks (`blocks`) or hard-wrapped PDF text (`wrapped`). */
    layout: 'blocks' | 'wrapped'
    warnings: ParseWarning[]
  }
  position?: Position
}

export type Paragraph = PreambularParagraph | OperativeParagraph

export type Node =
  | Resolution
  | Preface
  | PrefaceLine
  | Preamble
  | Formula
  | PreambularParagraph
  | MainBody
  | OperativeParagraph
  | List
  | Point
  | Conclusions
  | Footnotes
  | Annex
  | AuthorialNote
  | Inline
