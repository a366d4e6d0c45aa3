import type {Aligned} from './align.js'
import type {MapSegment, Place, TraceMatch} from './types.js'
import type {WordSpans} from '../words.js'

/**
 * The best-covering text first; then, while some text covers enough of the draft's words
 * not yet covered, the one covering most of them (a paragraph merged into the draft's, or
 * split from it); then the rest in rank order (other versions of the same wording).
 */
export function choose(ranked: Aligned[], top: number, minimumGain: number): Aligned[] {
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
/** Cut the draft paragraph into runs of words owned by the same match (the first chosen that shares them), or new. */
export function agreedMap(
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
