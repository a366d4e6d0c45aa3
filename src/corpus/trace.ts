import {diffParagraphWords, type WordChange} from '../diff/words.js'
import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'
import type {CorpusIndex, TextRecord} from './index-format.js'
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

const defaults = {top: 5, threshold: 0.35, postingBudget: 60_000}

/** How many candidates, per match asked for, are scored exactly. */
const candidatesPerMatch = 12

interface Scored {
  id: number
  record: TextRecord
  similarity: number
  earlier: number
  draft: number
}

/**
 * The earlier paragraphs closest to one passage. Candidates come from the inverted index,
 * probing the passage's rarest shingles first until a fixed number of postings has been
 * read, so common boilerplate cannot make the search scan the corpus; each candidate is
 * then scored on all its shingles, weighted by rarity (idf) so shared boilerplate counts little.
 */
export function tracePassage(index: CorpusIndex, text: string, lang: Lang, options: TraceOptions = {}): TraceMatch[] {
  const top = options.top ?? defaults.top
  const threshold = options.threshold ?? defaults.threshold
  const budget = options.postingBudget ?? defaults.postingBudget
  const total = index.header.texts
  const weightOf = (hash: number): number => Math.log((total + 1) / (index.documentFrequency(hash) + 0.5))

  const query = shingleHashes(text, lang)
  if (query.length === 0 || top <= 0) return []
  const queryWeights = new Map<number, number>()
  for (const hash of query) queryWeights.set(hash, weightOf(hash))
  const byRarity = [...query].sort((a, b) => queryWeights.get(b)! - queryWeights.get(a)! || a - b)

  const votes = new Map<number, number>()
  let read = 0
  for (const hash of byRarity) {
    const frequency = index.documentFrequency(hash)
    if (frequency === 0) continue
    if (read > 0 && read + frequency > budget) break
    read += frequency
    const weight = queryWeights.get(hash)!
    for (const id of index.postings(hash)) votes.set(id, (votes.get(id) ?? 0) + weight)
  }
  const candidates = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, top * candidatesPerMatch)

  const queryTotal = sum(queryWeights.values())
  const scored: Scored[] = []
  for (const [id] of candidates) {
    const record = index.text(id)
    if (record.lang !== lang) continue
    let shared = 0
    let own = 0
    for (const hash of shingleHashes(record.text, lang)) {
      const weight = queryWeights.get(hash) ?? weightOf(hash)
      own += weight
      if (queryWeights.has(hash)) shared += weight
    }
    const similarity = (2 * shared) / (queryTotal + own)
    if (similarity < threshold) continue
    scored.push({id, record, similarity, earlier: shared / own, draft: shared / queryTotal})
  }

  const matches: Array<TraceMatch & {order: number}> = []
  const diffs = new Map<number, WordChange[]>()
  for (const candidate of scored) {
    for (const [documentIndex, eId, section, phrase] of candidate.record.occurrences) {
      const document = index.documents[documentIndex]
      if (!document || !isEarlier(document, options)) continue
      matches.push({...describe(document), eId, section, ...(phrase === null ? {} : {leadingPhrase: phrase}),
        similarity: round(candidate.similarity),
        containment: {earlier: round(candidate.earlier), draft: round(candidate.draft)},
        text: candidate.record.text, words: [], order: candidate.id})
    }
  }
  matches.sort(newestFirstAmongEquals)
  return matches.slice(0, top).map(({order, ...match}) => {
    let words = diffs.get(order)
    if (!words) {
      words = diffParagraphWords(match.text, text, lang)
      diffs.set(order, words)
    }
    return {...match, words}
  })
}

/** Trace every paragraph of a parsed draft, preamble first, in document order. */
export function traceResolution(index: CorpusIndex, draft: Resolution, options: TraceOptions = {}): TracedParagraph[] {
  const traced: TracedParagraph[] = []
  const sections = [
    ['preamble', preambularParagraphs(draft)],
    ['operative', operativeParagraphs(draft)]
  ] as const
  for (const [section, paragraphs] of sections) {
    for (const paragraph of paragraphs) {
      const matches = tracePassage(index, paragraph.text, draft.lang, options)
      const entry: TracedParagraph = {eId: paragraph.eId, section, text: paragraph.text, new: matches.length === 0, matches}
      if (paragraph.leadingPhrase) entry.leadingPhrase = paragraph.leadingPhrase.text
      traced.push(entry)
    }
  }
  return traced
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

/** Higher similarity first; among equals the newest document, then a fixed order so output is stable. */
function newestFirstAmongEquals(a: TraceMatch & {order: number}, b: TraceMatch & {order: number}): number {
  return (
    b.similarity - a.similarity ||
    compare(b.date ?? '', a.date ?? '') ||
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
