import type {WordChange} from '../../diff/words.js'

export interface TraceOptions {
  /** Earlier texts reported per paragraph (default 5). */
  top?: number
  /** Similarity (0–1) at which a match counts as `close` rather than a `part` (default 0.35). */
  threshold?: number
  /** Only documents dated on or before this ISO date count as earlier (undated ones always do). */
  before?: string
  /** SHA-256 of files to leave out (the draft itself, when it is in the corpus). */
  exclude?: ReadonlySet<string>
  /**
   * With `exclude`, for a draft picked from a printed volume: leave out only this resolution
   * of the excluded file (`420 (1977)`); the other resolutions on its pages are earlier texts.
   */
  excludeResolution?: string
  /** A symbol to leave out (the draft's own: another copy or version of the same document). */
  excludeSymbol?: string
  /**
   * The draft's body and session: a document of the same body from a later session is not
   * earlier, even when one of the two is undated.
   */
  session?: {body: string; session: number}
  /** Fewest words a shared passage holds (default 5; a shorter passage or text counts whole). */
  minWords?: number
  /**
   * Read a draft's postings ahead on a worker thread while tracing (store/prefetch.ts); by
   * default when the index holds 100,000 distinct texts or more and the machine has three
   * cores or more (on two, busy, the worker's own costs outweigh what it moves). The answers
   * are the same.
   */
  prefetch?: boolean
}

/** A place in the corpus where a text occurs. */
export interface Place {
  file: string
  /** In a file that holds several resolutions (a printed volume), which one: `368 (1975)`. */
  resolution?: string
  symbol?: string
  number?: string
  date?: string
  body?: string
  eId: string
  /** `PP 3`, `OP 5`: how drafters cite the paragraph. */
  label: string
  section: 'preamble' | 'operative'
  leadingPhrase?: string
}

/** The same paragraph of the same resolution (a volume's resolutions share their file, and eIds repeat). */
export function samePlace(a: Place, b: Place): boolean {
  return a.file === b.file && a.resolution === b.resolution && a.eId === b.eId
}

/** Characters `[start, end)` of a paragraph, and their text. */
export interface Span {
  start: number
  end: number
  text: string
}

/** Wording shared by the draft paragraph and an earlier text: the span on each side and how it changed. */
export interface Passage {
  draft: Span
  earlier: Span
  /** Words the two spans share exactly (in order). */
  words: number
  /** Word diff from the earlier span to the draft span. */
  diff: WordChange[]
}

export interface TraceMatch extends Place {
  /** Share of the two paragraphs' words in shared passages: (shared in draft + shared in earlier) / (both lengths), 0–1. */
  similarity: number
  /** `close`: similar as a whole (similarity ≥ threshold); `part`: supplies a part of the draft paragraph, or holds it as a part. */
  relation: 'close' | 'part'
  /** Share of the earlier text's words in shared passages, and of the draft paragraph's. */
  containment: {earlier: number; draft: number}
  /** The earlier paragraph's text. */
  text: string
  /** Word diff from the whole earlier paragraph to the whole draft paragraph (`close` matches only: a part's is noise). */
  words?: WordChange[]
  passages: Passage[]
  /** Other earlier places holding exactly this text, newest first (at most ten). */
  alsoIn: Place[]
  /** The earliest place holding exactly this text. */
  first: Place
}

/** A piece of a draft paragraph: wording agreed before (where, and when first), or new. */
export interface MapSegment {
  text: string
  /** Index into `matches` of the match this wording comes from; absent for new wording. */
  match?: number
  /** The earliest place among the matches that share this wording. */
  firstAgreed?: Place
}

export interface TracedParagraph {
  eId?: string
  label?: string
  section?: 'preamble' | 'operative'
  leadingPhrase?: string
  text: string
  /** No earlier passage: this is new language. */
  new: boolean
  /** Words of the paragraph, and how many are in wording agreed before. */
  words: {total: number; agreed: number}
  matches: TraceMatch[]
  /** The paragraph cut into agreed and new wording; the segments' texts join to `text`. */
  map: MapSegment[]
}
