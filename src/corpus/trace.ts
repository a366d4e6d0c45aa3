import {diffParagraphWords, type WordChange} from '../diff/words.js'
import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'
import type {CorpusIndex, TextRecord} from './index-format.js'
import {newerFirst} from './series.js'
import {shingleHashes} from './shingle-hash.js'

export interface TraceOptions {
  /** Matches reported per paragraph (default 5). */
  top?: number
  /** Weighted similarity below which an earlier paragraph is not a match (default 0.35). */
  threshold?: number
  /** Only documents dated on or before this ISO date count as earlier (undated ones always do). */
  before?: string
  /** SHA-256 of files to leave out (the draft itself, when it is in the corpus). */
  exclude?: ReadonlySet<string>
  /** Postings read per paragraph while looking for candidates: bounds the cost on any corpus. */
  postingBudget?: number
}

export interface TraceMatch {
  file: string
  symbol?: string
  number?: string
  date?: string
  body?: string
  eId: string
  section: 'preamble' | 'operative'
  leadingPhrase?: string
  /** Weighted Dice similarity of the two paragraphs' word shingles, 0–1. */
  similarity: number
  /**
   * `close`: similar as a whole (similarity at or above the threshold); `part`: supplies a
   * distinct part of the draft paragraph (merged into it, or split from it).
   */
  relation: 'close' | 'part'

  /** Share of the earlier paragraph's wording found in the draft's, and of the draft's in the earlier one. */
  containment: {earlier: number; draft: number}
  text: string
  /** Word diff from the earlier paragraph to the draft paragraph. */
  words: WordChange[]
}

export interface TracedParagraph {
  eId?: string
  section?: 'preamble' | 'operative'
  leadingPhrase?: string
  text: string
  /** No earlier paragraph reaches the threshold: this is new language. */
  new: boolean
  matches: TraceMatch[]
}

const defaults = {top: 5, threshold: 0.35, postingBudget: 20_000}

/** How many candidates, per match asked for, are scored exactly. */
const candidatesPerMatch = 12

/** A part-source must have a good part (a quarter) of its own wording reused… */
const minimumReuse = 0.25
/** …and supply this share of the passage's wording that closer matches do not. */
const minimumGain = 0.1

interface Scored {
  id: number
  record: TextRecord
  /** Query shingles this candidate holds. */
  shared: Set<number>
  similarity: number
  earlier: number
  draft: number
}

/**
 * Shingle counts of the draft's own paragraphs. Added to the corpus's counts, they make the
 * draft's boilerplate (a treaty title repeated in half its paragraphs) weigh little even
 * when the corpus is small.
 */
export type LocalFrequencies = ReadonlyMap<number, number>

export function localFrequencies(texts: readonly string[], lang: Lang): Map<number, number> {
  const counts = new Map<number, number>()
  for (const text of texts) for (const hash of shingleHashes(text, lang)) counts.set(hash, (counts.get(hash) ?? 0) + 1)
  return counts
}

/**
 * The earlier paragraphs closest to one passage. Candidates come from the inverted index,
 * probing the passage's rarest shingles first until a fixed number of postings has been
 * read, so common boilerplate cannot make the search scan the corpus. Each candidate is
 * then scored on all its shingles, weighted by rarity (idf). A candidate is a match when
 * its weighted Dice similarity reaches the threshold, or when it supplies a distinct part
 * of the passage (a paragraph merged into it, or one it was split from): most of the
 * candidate is reused and it covers wording no better match already covers.
 */
export function tracePassage(
  index: CorpusIndex,
  text: string,
  lang: Lang,
  options: TraceOptions = {},
  local: LocalFrequencies = new Map()
): TraceMatch[] {
  const top = options.top ?? defaults.top
  const threshold = options.threshold ?? defaults.threshold
  const budget = options.postingBudget ?? defaults.postingBudget
  let localTotal = 0
  for (const count of local.values()) localTotal = Math.max(localTotal, count)
  const total = index.header.texts + localTotal
  const weightOf = (hash: number): number =>
    Math.log((total + 1) / (index.documentFrequency(hash) + (local.get(hash) ?? 0) + 0.5))

  const query = shingleHashes(text, lang)
  if (query.length === 0 || top <= 0) return []
  const queryWeights = new Map<number, number>()
  for (const hash of query) queryWeights.set(hash, weightOf(hash))
  const byRarity = [...query].sort((a, b) => queryWeights.get(b)! - queryWeights.get(a)! || a - b)

  // Votes live in one reusable array per index (as many slots as texts); only touched slots are reset.
  const votes = scratchFor(index)
  const touched: number[] = []
  let read = 0
  for (const hash of byRarity) {
    const frequency = index.documentFrequency(hash)
    if (frequency === 0) continue
    if (read > 0 && read + frequency > budget) break
    read += frequency
    const weight = queryWeights.get(hash)!
    for (const id of index.postings(hash)) {
      if (votes[id] === 0) touched.push(id)
      votes[id] = votes[id]! + weight
    }
  }
  const candidates = touched.sort((a, b) => votes[b]! - votes[a]! || a - b).slice(0, top * candidatesPerMatch)
  for (const id of touched) votes[id] = 0

  const queryTotal = sum(queryWeights.values())
  const scored: Scored[] = []
  for (const id of candidates) {
    const shared = new Set<number>()
    let sharedWeight = 0
    let own = 0
    for (const hash of index.shinglesOf(id)) {
      const weight = queryWeights.get(hash) ?? weightOf(hash)
      own += weight
      if (queryWeights.has(hash)) {
        shared.add(hash)
        sharedWeight += weight
      }
    }
    if (sharedWeight === 0) continue
    const similarity = (2 * sharedWeight) / (queryTotal + own)
    const earlier = sharedWeight / own
    if (similarity < threshold && earlier < minimumReuse) continue
    const record = index.text(id)
    if (record.lang !== lang) continue
    scored.push({id, record, shared, similarity, earlier, draft: sharedWeight / queryTotal})
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.id - b.id)
  const chosen = choose(scored, threshold, queryWeights, queryTotal, top)

  // Occurrences are stored newest first: the first `top` that count as earlier are all a
  // candidate can contribute, however often its text was repeated.
  const matches: Ranked[] = []
  for (const candidate of chosen) {
    let taken = 0
    for (const [documentIndex, eId, section, phrase] of candidate.record.occurrences) {
      if (taken === top) break
      const document = index.document(documentIndex)
      if (!isEarlier(document, options)) continue
      taken++
      matches.push({...describe(document), eId, section, ...(phrase === null ? {} : {leadingPhrase: phrase}),
        similarity: round(candidate.similarity),
        relation: candidate.similarity >= threshold ? 'close' : 'part',
        containment: {earlier: round(candidate.earlier), draft: round(candidate.draft)},
        text: candidate.record.text, words: [], order: candidate.id, series: document})
    }
  }
  matches.sort(newestFirstAmongEquals)
  const diffs = new Map<number, WordChange[]>()
  return matches.slice(0, top).map(({order, series, ...match}) => {
    void series
    let words = diffs.get(order)
    if (!words) {
      words = diffParagraphWords(match.text, text, lang)
      diffs.set(order, words)
    }
    return {...match, words}
  })
}

/**
 * Close matches first; then, greedily, candidates that are mostly reused in the passage and
 * cover at least `minimumGain` of its wording that no chosen match covers yet.
 */
function choose(scored: Scored[], threshold: number, weights: ReadonlyMap<number, number>, total: number, top: number): Scored[] {
  const chosen = scored.filter((candidate) => candidate.similarity >= threshold)
  const covered = new Set<number>()
  for (const candidate of chosen) for (const hash of candidate.shared) covered.add(hash)
  const rest = scored.filter((candidate) => candidate.similarity < threshold)
  while (rest.length > 0 && chosen.length < top) {
    let best = -1
    let bestGain = 0
    rest.forEach((candidate, position) => {
      let gain = 0
      for (const hash of candidate.shared) if (!covered.has(hash)) gain += weights.get(hash)!
      if (gain > bestGain) {
        bestGain = gain
        best = position
      }
    })
    if (best < 0 || bestGain / total < minimumGain) break
    const [picked] = rest.splice(best, 1)
    chosen.push(picked!)
    for (const hash of picked!.shared) covered.add(hash)
  }
  return chosen
}

/** Trace every paragraph of a parsed draft, preamble first, in document order. */
export function traceResolution(index: CorpusIndex, draft: Resolution, options: TraceOptions = {}): TracedParagraph[] {
  const traced: TracedParagraph[] = []
  const sections = [
    ['preamble', preambularParagraphs(draft)],
    ['operative', operativeParagraphs(draft)]
  ] as const
  const local = localFrequencies([...preambularParagraphs(draft), ...operativeParagraphs(draft)].map((paragraph) => paragraph.text), draft.lang)
  for (const [section, paragraphs] of sections) {
    for (const paragraph of paragraphs) {
      const matches = tracePassage(index, paragraph.text, draft.lang, options, local)
      traced.push({
        eId: paragraph.eId,
        section,
        ...(paragraph.leadingPhrase ? {leadingPhrase: paragraph.leadingPhrase.text} : {}),
        text: paragraph.text,
        new: matches.length === 0,
        matches
      })
    }
  }
  return traced
}

const scratch = new WeakMap<CorpusIndex, Float64Array>()

function scratchFor(index: CorpusIndex): Float64Array {
  let votes = scratch.get(index)
  if (!votes) {
    votes = new Float64Array(index.header.texts)
    scratch.set(index, votes)
  }
  return votes
}

function isEarlier(document: DocumentSummary, options: TraceOptions): boolean {
  if (options.exclude?.has(document.sha256)) return false
  if (options.before !== undefined && document.date !== undefined && document.date > options.before) return false
  return true
}

function describe(document: DocumentSummary): Pick<TraceMatch, 'file' | 'symbol' | 'number' | 'date' | 'body'> {
  const described: Pick<TraceMatch, 'file' | 'symbol' | 'number' | 'date' | 'body'> = {file: document.file}
  if (document.symbol !== undefined) described.symbol = document.symbol
  if (document.number !== undefined) described.number = document.number
  if (document.date !== undefined) described.date = document.date
  if (document.body !== undefined) described.body = document.body
  return described
}

type Ranked = TraceMatch & {order: number; series: DocumentSummary}

/** Higher similarity first; among equals the newest document, then a fixed order so output is stable. */
function newestFirstAmongEquals(a: Ranked, b: Ranked): number {
  return (
    b.similarity - a.similarity ||
    newerFirst(a.series, b.series) ||
    compare(a.symbol ?? '', b.symbol ?? '') ||
    compare(a.file, b.file) ||
    a.order - b.order ||
    compare(a.eId, b.eId)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

function sum(values: Iterable<number>): number {
  let total = 0
  for (const value of values) total += value
  return total
}
