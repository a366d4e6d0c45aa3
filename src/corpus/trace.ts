import {diffParagraphWords, type WordChange} from '../diff/words.js'
import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'
import {newerFirst} from './series.js'
import type {CorpusIndex, Occurrence} from './store.js'
import {seedSize, seedsOf, wordSpans, type WordSpans} from './words.js'

export interface TraceOptions {
  /** Earlier texts reported per paragraph (default 5). */
  top?: number
  /** Similarity (0–1) at which a match counts as `close` rather than a `part` (default 0.35). */
  threshold?: number
  /** Only documents dated on or before this ISO date count as earlier (undated ones always do). */
  before?: string
  /** SHA-256 of files to leave out (the draft itself, when it is in the corpus). */
  exclude?: ReadonlySet<string>
  /** A symbol to leave out (the draft's own: another copy or version of the same document). */
  excludeSymbol?: string
  /**
   * The draft's body and session: a document of the same body from a later session is not
   * earlier, even when one of the two is undated.
   */
  session?: {body: string; session: number}
  /** Fewest words a shared passage holds (default 5; a shorter passage or text counts whole). */
  minWords?: number
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

const defaults = {top: 5, threshold: 0.35, minWords: 5}

/** Candidates per reported match that are aligned word by word. */
const candidatesPerMatch = 6
/** At least this many candidates are aligned, so a small `top` still sees alternatives. */
const minimumCandidates = 24
/** Words between two exact runs that still belong to one passage (an edit, not a new passage). */
const maxGap = 8

/** An exact run of words: `[q, q + length)` in the draft, `[t, t + length)` in the earlier text. */
interface Run {
  q: number
  t: number
  length: number
}

interface Aligned {
  id: number
  text: string
  spans: WordSpans
  passages: Run[][]
  /** Positions of the draft's words inside the passages' exact runs. */
  draftWords: Set<number>
  matchedDraft: number
  matchedEarlier: number
  /** Words of edit inside the passages: between two texts sharing as many words, the more verbatim ranks first. */
  edits: number
  similarity: number
  /** The newest places of the text that count as earlier (read when needed). */
  places?: Array<{occurrence: Occurrence; document: DocumentSummary}>
}

/** Exact runs of at least `seedSize` words shared by two word sequences (all of them when one is shorter than a seed). */
/** Where each seed of the query starts (built once per passage, used for every candidate). */
function seedPositions(querySeeds: Uint32Array): Map<number, number[]> {
  const positions = new Map<number, number[]>()
  querySeeds.forEach((seed, position) => {
    const list = positions.get(seed)
    if (list) list.push(position)
    else positions.set(seed, [position])
  })
  return positions
}

function exactRuns(
  query: WordSpans,
  positions: ReadonlyMap<number, number[]>,
  earlier: WordSpans,
  earlierSeeds: Uint32Array,
): Run[] {
  const q = query.words
  const t = earlier.words
  if (q.length === 0 || t.length === 0) return []
  if (q.length < seedSize || t.length < seedSize) {
    const [short, long, shortIsQuery] = q.length <= t.length ? [q, t, true] : [t, q, false]
    const runs: Run[] = []
    for (let at = 0; at + short.length <= long.length; at++) {
      let same = true
      for (let index = 0; index < short.length && same; index++) same = long[at + index] === short[index]
      if (same) runs.push(shortIsQuery ? {q: 0, t: at, length: short.length} : {q: at, t: 0, length: short.length})
    }
    return runs
  }
  // Hits on one diagonal (t - q) that follow each other make one run.
  const hits: Array<[number, number]> = []
  earlierSeeds.forEach((seed, tPosition) => {
    const list = positions.get(seed)
    if (!list) return
    for (const qPosition of list) {
      if (
        q[qPosition] === t[tPosition] &&
        q[qPosition + 1] === t[tPosition + 1] &&
        q[qPosition + 2] === t[tPosition + 2]
      )
        hits.push([qPosition, tPosition])
    }
  })
  hits.sort((a, b) => a[1] - a[0] - (b[1] - b[0]) || a[0] - b[0])
  const runs: Run[] = []
  for (let index = 0; index < hits.length;) {
    const [q0, t0] = hits[index]!
    let end = index + 1
    while (end < hits.length && hits[end]![0] === q0 + (end - index) && hits[end]![1] - hits[end]![0] === t0 - q0) end++
    runs.push({q: q0, t: t0, length: end - index + seedSize - 1})
    index = end
  }
  return runs
}

/**
 * Chain exact runs into passages: in order on both sides, with gaps of at most `maxGap`
 * words (edits). The best chain (most shared words) is taken first; runs it crosses are
 * dropped and the next chain is sought among the rest, so wording moved elsewhere in the
 * paragraph becomes a passage of its own.
 */
function chainRuns(runs: Run[]): Run[][] {
  let rest = [...runs].sort((a, b) => a.q - b.q || a.t - b.t)
  const passages: Run[][] = []
  while (rest.length > 0) {
    const score = new Array<number>(rest.length)
    const from = new Array<number>(rest.length).fill(-1)
    let best = 0
    rest.forEach((run, index) => {
      score[index] = run.length
      for (let previous = 0; previous < index; previous++) {
        const before = rest[previous]!
        const qGap = run.q - (before.q + before.length)
        const tGap = run.t - (before.t + before.length)
        if (qGap < 0 || tGap < 0 || qGap > maxGap || tGap > maxGap) continue
        if (score[previous]! + run.length > score[index]!) {
          score[index] = score[previous]! + run.length
          from[index] = previous
        }
      }
      if (score[index]! > score[best]!) best = index
    })
    const chain: Run[] = []
    for (let at = best; at >= 0; at = from[at]!) chain.unshift(rest[at]!)
    passages.push(chain)
    const usedQ = covered([chain], 'q')
    const usedT = covered([chain], 't')
    const overlaps = (from: number, length: number, used: Set<number>): boolean => {
      for (let index = from; index < from + length; index++) if (used.has(index)) return true
      return false
    }
    rest = rest.filter(
      (run) => !chain.includes(run) && !overlaps(run.q, run.length, usedQ) && !overlaps(run.t, run.length, usedT),
    )
  }
  return passages
}

/** Words between the exact runs of each passage: the larger side of each gap (a substitution counts once). */
function editWords(passages: readonly Run[][]): number {
  let total = 0
  for (const passage of passages) {
    for (let index = 1; index < passage.length; index++) {
      const before = passage[index - 1]!
      const run = passage[index]!
      total += Math.max(run.q - (before.q + before.length), run.t - (before.t + before.length))
    }
  }
  return total
}

/** Words skipped on either side when a passage is extended past an edit. */
const extendSkip = 2

/**
 * Extend a passage past its seeds at both ends, over small edits: a word or two changed,
 * dropped or added, then words that agree again ("harmonize their [national] legislation").
 * A run of one word is taken only where it ends the text, so stray common words do not
 * stretch a passage.
 */
function extendPassage(passage: Run[], q: readonly string[], t: readonly string[]): Run[] {
  const runs = [...passage]
  for (;;) {
    const last = runs[runs.length - 1]!
    const qi = last.q + last.length
    const ti = last.t + last.length
    let best: Run | undefined
    for (let skip = 1; skip <= extendSkip * 2 && !best; skip++) {
      for (let dq = 0; dq <= Math.min(skip, extendSkip) && !best; dq++) {
        const dt = skip - dq
        if (dt > extendSkip || qi + dq >= q.length || ti + dt >= t.length || q[qi + dq] !== t[ti + dt]) continue
        let length = 0
        while (
          qi + dq + length < q.length &&
          ti + dt + length < t.length &&
          q[qi + dq + length] === t[ti + dt + length]
        )
          length++
        if (length >= 2 || qi + dq + length === q.length || ti + dt + length === t.length)
          best = {q: qi + dq, t: ti + dt, length}
      }
    }
    if (!best) break
    runs.push(best)
  }
  for (;;) {
    const first = runs[0]!
    let best: Run | undefined
    for (let skip = 1; skip <= extendSkip * 2 && !best; skip++) {
      for (let dq = 0; dq <= Math.min(skip, extendSkip) && !best; dq++) {
        const dt = skip - dq
        const qEnd = first.q - dq
        const tEnd = first.t - dt
        if (dt > extendSkip || qEnd < 1 || tEnd < 1 || q[qEnd - 1] !== t[tEnd - 1]) continue
        let length = 0
        while (qEnd - length > 0 && tEnd - length > 0 && q[qEnd - 1 - length] === t[tEnd - 1 - length]) length++
        if (length >= 2 || qEnd - length === 0 || tEnd - length === 0)
          best = {q: qEnd - length, t: tEnd - length, length}
      }
    }
    if (!best) break
    runs.unshift(best)
  }
  return runs
}

function runWords(passage: readonly Run[]): number {
  let total = 0
  for (const run of passage) total += run.length
  return total
}

/** Words of one side covered by the passages' exact runs. */
function covered(passages: readonly Run[][], side: 'q' | 't'): Set<number> {
  const words = new Set<number>()
  for (const passage of passages)
    for (const run of passage) for (let index = 0; index < run.length; index++) words.add(run[side] + index)
  return words
}

function placeOf(occurrence: Occurrence, document: DocumentSummary): Place {
  const place = {file: document.file} as Place
  if (document.resolution !== undefined) place.resolution = document.resolution
  if (document.symbol !== undefined) place.symbol = document.symbol
  if (document.number !== undefined) place.number = document.number
  if (document.date !== undefined) place.date = document.date
  if (document.body !== undefined) place.body = document.body
  place.eId = occurrence.eId
  place.label = occurrence.label
  place.section = occurrence.section
  if (occurrence.leadingPhrase !== undefined) place.leadingPhrase = occurrence.leadingPhrase
  return place
}

const votesFor = new WeakMap<CorpusIndex, Uint16Array>()

/**
 * Earlier texts that share seeds with the passage, most shared seeds first. Every seed of
 * the passage is looked up (a seed's postings are read up to a fixed cap, in index order),
 * and the count of shared seeds depends on the two texts alone: documents added to the
 * corpus can add candidates but never change how an existing one is counted.
 */
function candidates(index: CorpusIndex, query: WordSpans, seeds: Uint32Array, limit: number): number[] {
  if (query.words.length < seedSize) return index.phrase(query.words, limit * 4)
  let votes = votesFor.get(index)
  const size = index.textLimit
  if (!votes || votes.length < size) {
    votes = new Uint16Array(size)
    votesFor.set(index, votes)
  }
  const touched: number[] = []
  for (const seed of new Set(seeds)) {
    for (const id of index.postings(seed)) {
      if (id >= votes.length) continue
      if (votes[id] === 0) touched.push(id)
      if (votes[id]! < 65535) votes[id]!++
    }
  }
  // Most shared seeds first, ties in index order: buckets by count, sorting only what is taken.
  let most = 0
  for (const id of touched) if (votes[id]! > most) most = votes[id]!
  const buckets: number[][] = Array.from({length: most + 1}, () => [])
  for (const id of touched) buckets[votes[id]!]!.push(id)
  const ranked: number[] = []
  for (let count = most; count > 0 && ranked.length < limit; count--) {
    const bucket = buckets[count]!.sort((a, b) => a - b)
    for (const id of bucket) {
      if (ranked.length === limit) break
      ranked.push(id)
    }
  }
  for (const id of touched) votes[id] = 0
  return ranked
}

/**
 * The earlier texts sharing wording with one passage. Candidates come from the seeds
 * (every word 3-gram of the passage); each is aligned word by word — exact runs found from
 * shared seeds, chained across small edits into passages — and scored on the shared words
 * alone, with no corpus-wide weights, so a match's score never moves when unrelated
 * documents join the corpus. The best-covering texts are reported, then texts that cover
 * wording the earlier ones do not (merged or split paragraphs), then other versions.
 */
export function traceText(
  index: CorpusIndex,
  text: string,
  lang: Lang,
  options: TraceOptions = {},
): Omit<TracedParagraph, 'eId' | 'label' | 'section' | 'leadingPhrase'> {
  const top = options.top ?? defaults.top
  const threshold = options.threshold ?? defaults.threshold
  const query = wordSpans(text, lang)
  const seeds = seedsOf(query.words)
  const total = query.words.length
  const empty = {text, new: true, words: {total, agreed: 0}, matches: [], map: [{text}]}
  if (total === 0 || top <= 0) return empty

  const aligned: Aligned[] = []
  const positions = seedPositions(seeds)
  // Texts found only in left-out documents (the draft itself, later ones) do not take a candidate's place.
  const limit = Math.max(minimumCandidates, top * candidatesPerMatch)
  let tried = 0
  for (const id of candidates(index, query, seeds, limit * 20)) {
    if (tried === limit) break
    if (!index.hasPlace(id, options)) continue
    const record = index.text(id)
    if (record.lang !== lang) continue
    tried++
    const {spans, seeds: earlierSeeds} = index.wordsOf(id)
    const minWords = Math.min(options.minWords ?? defaults.minWords, total, spans.words.length)
    const passages = chainRuns(exactRuns(query, positions, spans, earlierSeeds))
      .filter((passage) => runWords(passage) >= minWords)
      .map((passage) => extendPassage(passage, query.words, spans.words))
    if (passages.length === 0) continue
    const draftWords = covered(passages, 'q')
    const matchedDraft = draftWords.size
    const matchedEarlier = covered(passages, 't').size
    const edits = editWords(passages)
    aligned.push({
      id,
      text: record.text,
      spans,
      passages,
      draftWords,
      matchedDraft,
      matchedEarlier,
      edits,
      similarity: (matchedDraft + matchedEarlier) / (total + spans.words.length),
    })
  }
  if (aligned.length === 0) return empty

  // Rank: most of the draft's words shared, then the fewer edits inside the passages, then the closer as a whole, then the newest.
  const placesOf = (candidate: Aligned): Array<{occurrence: Occurrence; document: DocumentSummary}> => {
    candidate.places ??= index
      .places(candidate.id, options, 11)
      .map((occurrence) => ({occurrence, document: index.document(occurrence.document)}))
      .sort(
        (a, b) =>
          newerFirst(a.document, b.document) ||
          compare(a.document.file, b.document.file) ||
          compare(a.occurrence.eId, b.occurrence.eId),
      )
    return candidate.places
  }
  aligned.sort(
    (a, b) =>
      b.matchedDraft - a.matchedDraft ||
      a.edits - b.edits ||
      b.similarity - a.similarity ||
      newerFirst(placesOf(a)[0]!.document, placesOf(b)[0]!.document) ||
      a.id - b.id,
  )
  const chosen = choose(aligned, top, Math.max(options.minWords ?? defaults.minWords, Math.ceil(total / 10)))
  for (const candidate of chosen) for (const place of placesOf(candidate)) index.checkFresh(place.occurrence.document)

  const matches = chosen.map((candidate): TraceMatch => {
    const places = placesOf(candidate)
    const [newest, ...others] = places
    const [first] = index
      .places(candidate.id, options, 1, true)
      .map((occurrence) => ({occurrence, document: index.document(occurrence.document)}))
    if (first) index.checkFresh(first.occurrence.document)
    const oldest =
      first !== undefined && newerFirst(first.document, places[places.length - 1]!.document) > 0
        ? first
        : places[places.length - 1]!
    const close = candidate.similarity >= threshold
    return {
      ...placeOf(newest!.occurrence, newest!.document),
      similarity: round(candidate.similarity),
      relation: close ? 'close' : 'part',
      containment: {
        earlier: round(candidate.matchedEarlier / candidate.spans.words.length),
        draft: round(candidate.matchedDraft / total),
      },
      text: candidate.text,
      ...(close ? {words: diffParagraphWords(candidate.text, text, lang)} : {}),
      passages: candidate.passages
        .map((passage) => describePassage(passage, query, candidate, text, lang))
        .sort((a, b) => a.draft.start - b.draft.start),
      alsoIn: others.slice(0, 10).map((place) => placeOf(place.occurrence, place.document)),
      first: placeOf(oldest.occurrence, oldest.document),
    }
  })
  const {map, agreed} = agreedMap(text, query, chosen, matches)
  return {text, new: matches.length === 0, words: {total, agreed}, matches, map}
}

/**
 * The best-covering text first; then, while some text covers enough of the draft's words
 * not yet covered, the one covering most of them (a paragraph merged into the draft's, or
 * split from it); then the rest in rank order (other versions of the same wording).
 */
function choose(ranked: Aligned[], top: number, minimumGain: number): Aligned[] {
  const chosen: Aligned[] = []
  const done = new Set<number>()
  const rest = [...ranked]
  while (chosen.length < top && rest.length > 0) {
    let pick = 0
    if (chosen.length > 0) {
      let bestGain = 0
      rest.forEach((candidate, position) => {
        let gain = 0
        for (const word of candidate.draftWords) if (!done.has(word)) gain++
        if (gain >= minimumGain && gain > bestGain) {
          bestGain = gain
          pick = position
        }
      })
    }
    const [picked] = rest.splice(pick, 1)
    chosen.push(picked!)
    for (const word of picked!.draftWords) done.add(word)
  }
  return chosen
}

function describePassage(
  passage: readonly Run[],
  query: WordSpans,
  candidate: Aligned,
  text: string,
  lang: Lang,
): Passage {
  const first = passage[0]!
  const last = passage[passage.length - 1]!
  const draft = {start: query.starts[first.q]!, end: query.ends[last.q + last.length - 1]!}
  const earlier = {start: candidate.spans.starts[first.t]!, end: candidate.spans.ends[last.t + last.length - 1]!}
  const draftText = text.slice(draft.start, draft.end)
  const earlierText = candidate.text.slice(earlier.start, earlier.end)
  return {
    draft: {...draft, text: draftText},
    earlier: {...earlier, text: earlierText},
    words: runWords(passage),
    diff: diffParagraphWords(earlierText, draftText, lang),
  }
}

/** Cut the draft paragraph into runs of words owned by the same match (the first chosen that shares them), or new. */
function agreedMap(
  text: string,
  query: WordSpans,
  chosen: readonly Aligned[],
  matches: readonly TraceMatch[],
): {map: MapSegment[]; agreed: number} {
  const owner = new Array<number>(query.words.length).fill(-1)
  const firstOf = new Array<Place | undefined>(query.words.length)
  chosen.forEach((candidate, position) => {
    const first = matches[position]!.first
    for (const word of candidate.draftWords) {
      if (owner[word] === -1) owner[word] = position
      const known = firstOf[word]
      if (!known || earlierPlace(first, known)) firstOf[word] = first
    }
  })
  let agreed = 0
  for (const value of owner) if (value >= 0) agreed++
  const map: MapSegment[] = []
  let segmentStart = 0
  for (let word = 0; word < query.words.length; word++) {
    const changes = word === 0 || owner[word] !== owner[word - 1] || firstOf[word] !== firstOf[word - 1]
    if (!changes) continue
    if (word > 0) map.push(segment(text.slice(segmentStart, query.starts[word]!), owner[word - 1]!, firstOf[word - 1]))
    segmentStart = word === 0 ? 0 : query.starts[word]!
  }
  map.push(segment(text.slice(segmentStart), owner[query.words.length - 1]!, firstOf[query.words.length - 1]))
  return {map, agreed}
}

function segment(text: string, owner: number, first: Place | undefined): MapSegment {
  if (owner < 0) return {text}
  return {text, match: owner, ...(first ? {firstAgreed: first} : {})}
}

/** Is `a` dated before `b`? Undated places are never earlier than dated ones. */
function earlierPlace(a: Place, b: Place): boolean {
  if (a.date === undefined) return false
  if (b.date === undefined) return true
  return a.date < b.date
}

/** Trace one passage (`--text`). */
export function tracePassage(index: CorpusIndex, text: string, lang: Lang, options: TraceOptions = {}): TraceMatch[] {
  return traceText(index, text, lang, options).matches
}

/** Trace every paragraph of a parsed draft, preamble first, in document order. */
export function traceResolution(index: CorpusIndex, draft: Resolution, options: TraceOptions = {}): TracedParagraph[] {
  const traced: TracedParagraph[] = []
  const sections = [
    ['preamble', preambularParagraphs(draft)],
    ['operative', operativeParagraphs(draft)],
  ] as const
  for (const [section, paragraphs] of sections) {
    paragraphs.forEach((paragraph, position) => {
      const label =
        section === 'preamble'
          ? `PP ${position + 1}`
          : `OP ${'num' in paragraph && paragraph.num !== undefined ? paragraph.num : position + 1}`
      traced.push({
        eId: paragraph.eId,
        label,
        section,
        ...(paragraph.leadingPhrase ? {leadingPhrase: paragraph.leadingPhrase.text} : {}),
        ...traceText(index, paragraph.text, draft.lang, options),
      })
    })
  }
  return traced
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
