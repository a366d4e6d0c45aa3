import {statSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import {diffParagraphWords, type WordChange} from '../diff/words.js'
import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'
import {newerFirst} from './series.js'
import {newestPlacesRead, type CorpusIndex, type Occurrence} from './store.js'
import {
  chainRuns,
  covered,
  coveredCount,
  editWords,
  exactRuns,
  extendPassage,
  runWords,
  seedPositions,
  type Aligned,
  type Run,
} from './trace/align.js'
import {candidates} from './trace/candidates.js'
import {findCopies} from './store/copies.js'
import {PostingPrefetch} from './store/prefetch.js'
import {agreedMap, choose} from './trace/choose.js'
import type {Passage, Place, TraceMatch, TraceOptions, TracedParagraph} from './trace/types.js'
import {seedSize, seedsOf, wordSpans, type WordSpans} from './words.js'

/*
 * Trace: where a draft's wording was agreed before (docs/trace.md). Seed and extend, in parts:
 * `trace/candidates.ts` finds the earlier texts sharing seeds, `trace/align.ts` aligns each word by
 * word into passages, `trace/choose.ts` picks the matches and draws the agreed-language map; this
 * file ranks the candidates and describes the matches.
 */
export type {MapSegment, Passage, Place, Span, TraceMatch, TraceOptions, TracedParagraph} from './trace/types.js'
export {samePlace} from './trace/types.js'

const defaults = {top: 5, threshold: 0.35, minWords: 5}

/** Candidates per reported match that are aligned word by word. */
const candidatesPerMatch = 6
/** At least this many candidates are aligned, so a small `top` still sees alternatives. */
const minimumCandidates = 24
/** Candidates ranked by shared seeds, per candidate aligned, at most: the rest are left out even when the first are not earlier. */
const rankedPerCandidate = 20
/**
 * Candidates ranked at first, per candidate aligned (and a margin). Ranking 152 texts costs
 * little more than ranking 38 (the 152nd text's count prunes the commonest seeds nearly as
 * early: 266 against 245 ms of CPU for the 50-paragraph draft at 100,000), while a paragraph
 * whose best-sharing texts are all in documents left out (dated after the draft, of a later
 * session) ranks again, a second full count: 46 of that draft's 50 paragraphs did. The rankings
 * are prefixes of one order, so where the first one stops changes no answer.
 */
const firstPerCandidate = 4
const firstMargin = 8
/** Places of a text read: the newest is the match, ten more are `alsoIn`. */
const placesRead = newestPlacesRead

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
  return index.reading(() => traceOne(index, text, lang, options))
}

function traceOne(
  index: CorpusIndex,
  text: string,
  lang: Lang,
  options: TraceOptions,
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
  // The candidates are ranked a few more than needed at a time (the ranking is a total order, so a
  // longer one begins with the shorter): the fewer ranked, the sooner the commonest seeds need not be counted.
  let ranked: number[] = []
  let wanted = 0
  for (let at = 0; tried < limit; at++) {
    if (at === ranked.length) {
      if (at < wanted || wanted === limit * rankedPerCandidate) break
      wanted = Math.min(
        wanted === 0 ? (limit + firstMargin) * firstPerCandidate : wanted * 4,
        limit * rankedPerCandidate,
      )
      ranked = candidates(index, query, seeds, wanted)
      if (at === ranked.length) break
    }
    const id = ranked[at]!
    // A text found only in left-out documents is not earlier: one indexed look-up (its places are read only when it is reported, or ranked by date).
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
    const matchedDraft = draftWords.length
    const matchedEarlier = coveredCount(passages, 't')
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
      .places(candidate.id, options, placesRead)
      .map((occurrence) => ({occurrence, document: index.document(occurrence.document)}))
      .sort(
        (a, b) =>
          newerFirst(a.document, b.document) ||
          compare(a.document.file, b.document.file) ||
          compare(a.occurrence.eId, b.occurrence.eId),
      )
    return candidate.places
  }
  // Equal matches by date: the newest document of each, read without its paragraph rows (placesOf reads those for the matches reported).
  const newest = new Map<number, DocumentSummary>()
  const newestOf = (candidate: Aligned): DocumentSummary => {
    let document = newest.get(candidate.id)
    if (!document) {
      document = index
        .newestDocuments(candidate.id, options, placesRead)
        .sort((a, b) => newerFirst(a, b) || compare(a.file, b.file))[0]!
      newest.set(candidate.id, document)
    }
    return document
  }
  aligned.sort(
    (a, b) =>
      b.matchedDraft - a.matchedDraft ||
      a.edits - b.edits ||
      b.similarity - a.similarity ||
      newerFirst(newestOf(a), newestOf(b)) ||
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
      ...(close ? {words: wordDiff(candidate.text, text, lang)} : {}),
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
    diff: wordDiff(earlierText, draftText, lang),
  }
}
/** Trace one passage (`--text`). */
export function tracePassage(index: CorpusIndex, text: string, lang: Lang, options: TraceOptions = {}): TraceMatch[] {
  return traceText(index, text, lang, options).matches
}

/**
 * Distinct texts an index holds from which a trace of a draft reads postings ahead on a worker
 * (`prefetch`): at 100,000 resolutions (1.09 million texts) the worker takes 240 ms off the
 * trace's thread; at 1,000 and 3,000 it costs more than it saves.
 */
const prefetchTexts = 100_000

/**
 * Is a core free for a worker now? Three cores or more; or two, when the one-minute load average
 * says the other is idle (below 1). Windows gives no load average: there, three cores or more.
 */
function coreToSpare(): boolean {
  const cores = availableParallelism()
  if (cores >= 3) return true
  if (cores < 2 || process.platform === 'win32') return false
  return loadavg()[0]! < cores - 1
}

/** Trace every paragraph of a parsed draft, preamble first, in document order. */
export function traceResolution(index: CorpusIndex, draft: Resolution, options: TraceOptions = {}): TracedParagraph[] {
  return index.reading(() => {
    const stop = readDraftAhead(index, draft, options)
    try {
      return traceParagraphs(index, draft, options)
    } finally {
      stop()
    }
  })
}

/**
 * Have a worker read the draft's postings ahead where a trace of it would (at 100,000 distinct
 * texts and more, with a core to spare, or as `options.prefetch` says), from now on: called inside
 * a read (`index.reading`), it lets what a caller does before tracing in that read (finding the
 * draft's copies, starting other checks) overlap the worker's reading; a trace of the draft in the
 * same read uses the same worker. Returns what stops it.
 */
export function readDraftAhead(index: CorpusIndex, draft: Resolution, options: TraceOptions = {}): () => void {
  // The worker needs a core of its own: on two busy ones it only adds its own work (benchmarks.md).
  const ahead = options.prefetch ?? (index.header.texts >= prefetchTexts && coreToSpare())
  return ahead ? index.prefetch(draftSeeds(draft)) : () => {}
}

/**
 * Start the worker a trace reads postings ahead on, before the draft is parsed and the index
 * opened, when a core is free for it and the index file is large enough to hold the texts that
 * make a trace read ahead: its start (50-100 ms) then overlaps them. The next trace that reads
 * ahead in this process uses it; one never used idles and does not keep the process alive.
 */
export function warmReadAhead(indexFile: string): void {
  let size = 0
  try {
    size = statSync(indexFile).size
  } catch {
    // Not there or not readable: opening it says so, and nothing is read ahead.
  }
  if (size >= warmBytes && coreToSpare()) PostingPrefetch.warm()
}

/** An index file smaller than this holds too few texts for a trace to read ahead (100,000 texts take some 130 MB: 1.43 GB for 1.09 million at 100,000 resolutions). */
const warmBytes = 64 * 2 ** 20

/**
 * The documents of an index that are this draft in another file — its Word, PDF or web copy:
 * every paragraph the same, in order, as the parser reads it, and no other date or symbol
 * (store/copies.ts). `resdiff trace` leaves them out of the draft's results, as it leaves out a
 * file with the draft's own bytes (`TraceOptions.exclude`).
 */
export function draftCopies(index: CorpusIndex, draft: Resolution): DocumentSummary[] {
  const texts = sectionsOf(draft).flatMap(([, paragraphs]) => paragraphs.map((paragraph) => paragraph.text))
  const date = draft.meta.adoptionDate ?? draft.meta.date
  return index.reading(() =>
    findCopies(index, texts, {
      lang: draft.lang,
      ...(date === undefined ? {} : {date}),
      ...(draft.meta.symbol === undefined ? {} : {symbol: draft.meta.symbol}),
    }),
  )
}

function sectionsOf(draft: Resolution) {
  return [
    ['preamble', preambularParagraphs(draft)],
    ['operative', operativeParagraphs(draft)],
  ] as const
}

/** The seeds whose postings a trace of the draft reads, in the order it reads them (each paragraph's distinct seeds, ascending; candidates.ts). */
function draftSeeds(draft: Resolution): Uint32Array {
  const seen = new Set<number>()
  const order: number[] = []
  for (const [, paragraphs] of sectionsOf(draft))
    for (const paragraph of paragraphs) {
      const {words} = wordSpans(paragraph.text, draft.lang)
      if (words.length < seedSize) continue
      for (const seed of [...new Set(seedsOf(words))].sort((a, b) => a - b))
        if (!seen.has(seed)) {
          seen.add(seed)
          order.push(seed)
        }
    }
  return Uint32Array.from(order)
}

function traceParagraphs(index: CorpusIndex, draft: Resolution, options: TraceOptions): TracedParagraph[] {
  const traced: TracedParagraph[] = []
  for (const [section, paragraphs] of sectionsOf(draft)) {
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
        ...traceOne(index, paragraph.text, draft.lang, options),
      })
    })
  }
  return traced
}

/** The word diff of two spans; a span agreed word for word (most of them) is one unchanged run, without running the diff. */
function wordDiff(earlier: string, draft: string, lang: Lang): WordChange[] {
  return earlier === draft && earlier !== '' ? [{value: draft}] : diffParagraphWords(earlier, draft, lang)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
