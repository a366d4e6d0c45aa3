import type {Lang} from '../tree/types.js'
import {affinity, candidatePairs, gain, union, type Affinity, type Profile} from './similarity.js'
import {unitWords, type ComparedParagraph} from './units.js'
import type {Link} from './align-paragraphs.js'

// The links made so far between two versions, and the passes after the anchors: merges and
// splits by containment, slots between links, rewritten moves and weak runs. The entry that
// orders the passes is alignParagraphs (align-paragraphs.ts).

// A paragraph left between two links fills the same slot on the other side at this similarity.
const slotSimilarity = 0.15
// A paragraph is part of a merge or split when at least this share of it is found in the other
// side's paragraph — one and a half times as much as in any other — and it brings at least
// `mergeGain` of that paragraph's weight not already accounted for by the paragraphs it is
// grouped with.
const containedShare = 0.33
const containedMargin = 1.5
const mergeGain = 0.12
// ...or, for a piece of a long paragraph, at least this share when a third of the piece itself
// is the paragraph's text not yet accounted for.
const smallPieceGain = 0.06
// Runs of consecutive paragraphs that are each weakly alike and keep their order (a block of
// requests to the same office, all rewritten) are linked when the run is long enough.
const runSimilarity = 0.1
const runMeanSimilarity = 0.15
// A paragraph moved several places and rewritten (operative 13 becoming operative 3 with a new
// first half) keeps its other half: such a pair of otherwise unlinked paragraphs is linked when
// it is each one's best match and both end (or begin) with the same this many words.
const rewrittenSimilarity = 0.2
const rewrittenRun = 8
// Each paragraph is compared in full with the few paragraphs of the other side that share the
// most weighted words with it (both ways), not with every paragraph: cost stays linear.
const candidatesPerParagraph = 12
// A slot is filled by dynamic programming over its old × new paragraphs; past 200 × 200 (a
// rewrite of a whole long text with no link inside) it is left unfilled rather than slow.
const largestSlot = 40_000

export interface Pair {
  old: number
  new: number
  affinity: Affinity
}

export class AlignmentState {
  private readonly links: Array<Link | undefined> = []
  private readonly oldLink: Int32Array
  private readonly newLink: Int32Array
  private readonly cache = new Map<number, Affinity>()

  constructor(
    private readonly oldUnits: readonly ComparedParagraph[],
    private readonly newUnits: readonly ComparedParagraph[],
    private readonly oldProfiles: readonly Profile[],
    private readonly newProfiles: readonly Profile[],
  ) {
    this.oldLink = new Int32Array(oldUnits.length).fill(-1)
    this.newLink = new Int32Array(newUnits.length).fill(-1)
  }

  affinity(oldIndex: number, newIndex: number): Affinity {
    const key = oldIndex * this.newUnits.length + newIndex
    let found = this.cache.get(key)
    if (!found) {
      found = affinity(this.oldProfiles[oldIndex]!, this.newProfiles[newIndex]!)
      this.cache.set(key, found)
    }
    return found
  }

  /** Pairs worth scoring: those sharing rare features, and each new paragraph's counterpart by relative position. */
  candidates(): Pair[] {
    const seen = new Set<number>()
    const pairs: Pair[] = []
    const add = (oldIndex: number, newIndex: number): void => {
      const key = oldIndex * this.newUnits.length + newIndex
      if (seen.has(key)) return
      seen.add(key)
      pairs.push({old: oldIndex, new: newIndex, affinity: this.affinity(oldIndex, newIndex)})
    }
    // Both ways, so that swapping the versions proposes the same pairs.
    for (const [oldIndex, newIndex] of candidatePairs(this.oldProfiles, this.newProfiles, candidatesPerParagraph))
      add(oldIndex, newIndex)
    for (const [newIndex, oldIndex] of candidatePairs(this.newProfiles, this.oldProfiles, candidatesPerParagraph))
      add(oldIndex, newIndex)
    for (const section of ['preamble', 'operative'] as const) {
      const olds = this.oldUnits.filter((unit) => unit.section === section)
      const news = this.newUnits.filter((unit) => unit.section === section)
      if (olds.length === 0 || news.length === 0) continue
      news.forEach((unit, position) => {
        const centre = Math.round((position * olds.length) / news.length)
        for (let offset = -1; offset <= 1; offset++) {
          const counterpart = olds[centre + offset]
          if (counterpart) add(counterpart.order, unit.order)
        }
      })
      olds.forEach((unit, position) => {
        const centre = Math.round((position * news.length) / olds.length)
        for (let offset = -1; offset <= 1; offset++) {
          const counterpart = news[centre + offset]
          if (counterpart) add(unit.order, counterpart.order)
        }
      })
    }
    return pairs
  }

  linkIfFree(pair: Pair): void {
    if (this.oldLink[pair.old] !== -1 || this.newLink[pair.new] !== -1) return
    this.oldLink[pair.old] = this.newLink[pair.new] = this.links.length
    this.links.push({old: [pair.old], new: [pair.new]})
  }

  /** True when no link in the pair's section crosses it. */
  keepsOrder(pair: Pair): boolean {
    const section = this.oldUnits[pair.old]!.section
    for (let index = pair.old - 1; index >= 0 && this.oldUnits[index]!.section === section; index--) {
      const link = this.oldLink[index]!
      if (link === -1) continue
      if (Math.max(...this.links[link]!.new) > pair.new) return false
      break
    }
    for (let index = pair.old + 1; index < this.oldUnits.length && this.oldUnits[index]!.section === section; index++) {
      const link = this.oldLink[index]!
      if (link === -1) continue
      if (Math.min(...this.links[link]!.new) < pair.new) return false
      break
    }
    return true
  }

  /**
   * Merges and splits: an unlinked paragraph a good share of whose weight lies inside a paragraph
   * of the other version joins that paragraph's link, if it brings text the link did not yet
   * account for.
   */
  groupContained(candidates: readonly Pair[]): void {
    const events: Array<{pair: Pair; fromOld: boolean; share: number; dominant: boolean}> = []
    const runnerUp = {old: new Map<number, number[]>(), new: new Map<number, number[]>()}
    const keepTop = (map: Map<number, number[]>, key: number, share: number): void => {
      const top = map.get(key) ?? [0, 0]
      if (share > top[0]!) map.set(key, [share, top[0]!])
      else if (share > top[1]!) map.set(key, [top[0]!, share])
      else map.set(key, top)
    }
    for (const pair of candidates) {
      keepTop(runnerUp.old, pair.old, pair.affinity.oldContained)
      keepTop(runnerUp.new, pair.new, pair.affinity.newContained)
    }
    const dominant = (share: number, top: number[] | undefined): boolean =>
      share >= top![0]! && share >= containedMargin * top![1]!
    for (const pair of candidates) {
      for (const fromOld of [true, false]) {
        const share = fromOld ? pair.affinity.oldContained : pair.affinity.newContained
        const top = fromOld ? runnerUp.old.get(pair.old) : runnerUp.new.get(pair.new)
        if (share >= containedShare) events.push({pair, fromOld, share, dominant: dominant(share, top)})
      }
    }
    events.sort(
      (a, b) =>
        b.share - a.share ||
        a.pair.old - b.pair.old ||
        a.pair.new - b.pair.new ||
        Number(b.fromOld) - Number(a.fromOld),
    )
    for (const {pair, fromOld, dominant: clear} of events) {
      const free = fromOld ? this.oldLink[pair.old] === -1 : this.newLink[pair.new] === -1
      if (!free) continue
      const hostLinkId = fromOld ? this.newLink[pair.new]! : this.oldLink[pair.old]!
      if (hostLinkId === -1) {
        if (clear) this.linkIfFree(pair)
        continue
      }
      const host = this.links[hostLinkId]!
      // Text found about as much elsewhere (a shared opening, a near-copy) joins only a link it
      // stands next to, as the pieces of a split or merge usually do.
      if (!clear && !this.adjacent(fromOld ? pair.old : pair.new, fromOld ? host.old : host.new, fromOld)) continue
      // Only one-to-many: a paragraph cannot be both merged and split.
      if (fromOld ? host.new.length !== 1 : host.old.length !== 1) continue
      const hostProfile = fromOld ? this.newProfiles[pair.new]! : this.oldProfiles[pair.old]!
      const partners = fromOld
        ? host.old.map((index) => this.oldProfiles[index]!)
        : host.new.map((index) => this.newProfiles[index]!)
      const joining = fromOld ? this.oldProfiles[pair.old]! : this.newProfiles[pair.new]!
      const gained = gain(hostProfile, union(partners), joining)
      // A long paragraph cut into several may hand each piece only a small share of its text;
      // a piece still counts when a third of it is the host's text not yet accounted for.
      const ownShare = joining.weight > 0 ? (gained * hostProfile.weight) / joining.weight : 0
      if (gained < mergeGain && (gained < smallPieceGain || ownShare < containedShare)) continue
      if (fromOld) {
        host.old.push(pair.old)
        this.oldLink[pair.old] = hostLinkId
      } else {
        host.new.push(pair.new)
        this.newLink[pair.new] = hostLinkId
      }
    }
  }

  /** True when paragraph `index` is next to one of `members`, in the same section of the same version. */
  private adjacent(index: number, members: readonly number[], inOld: boolean): boolean {
    const units = inOld ? this.oldUnits : this.newUnits
    return members.some((member) => Math.abs(member - index) === 1 && units[member]!.section === units[index]!.section)
  }

  /**
   * Unlinked paragraphs of the same section that are each other's best match and keep a long
   * run of words in common: one paragraph moved and rewritten, not a drop and an addition.
   */
  linkRewrittenMoves(pairs: readonly Pair[], lang: Lang): void {
    const free = pairs.filter(
      (pair) =>
        this.oldLink[pair.old] === -1 &&
        this.newLink[pair.new] === -1 &&
        pair.affinity.similarity >= rewrittenSimilarity,
    )
    const bestOld = new Map<number, number>()
    const bestNew = new Map<number, number>()
    for (const pair of free) {
      bestOld.set(pair.old, Math.max(bestOld.get(pair.old) ?? 0, pair.affinity.similarity))
      bestNew.set(pair.new, Math.max(bestNew.get(pair.new) ?? 0, pair.affinity.similarity))
    }
    // The kept half is the paragraph's own end (or beginning), and no other paragraph of
    // either version ends (or begins) with those words: a title both cite in the middle, or a
    // formula every request opens with, is not enough.
    let counts: Map<string, number> | undefined
    const endsOf = (unit: ComparedParagraph): string[] => {
      const words = unitWords(unit, lang)
      if (words.length < rewrittenRun) return []
      return [`^${words.slice(0, rewrittenRun).join(' ')}`, `${words.slice(-rewrittenRun).join(' ')}$`]
    }
    for (const pair of free) {
      const similarity = pair.affinity.similarity
      if (similarity < (bestOld.get(pair.old) ?? 0) || similarity < (bestNew.get(pair.new) ?? 0)) continue
      if (!counts) {
        counts = new Map()
        for (const unit of [...this.oldUnits, ...this.newUnits])
          for (const end of endsOf(unit)) counts.set(end, (counts.get(end) ?? 0) + 1)
      }
      const newEnds = endsOf(this.newUnits[pair.new]!)
      if (endsOf(this.oldUnits[pair.old]!).some((end) => newEnds.includes(end) && counts!.get(end) === 2))
        this.linkIfFree(pair)
    }
  }

  /**
   * Runs of unlinked paragraphs, consecutive on both sides and each pair weakly alike: kept when
   * the run is at least two long and either fairly alike on average or opening with the same
   * phrases pair by pair (`Requests`, `Also requests`, `Further requests` to the same office).
   */
  linkWeakRuns(pairs: readonly Pair[]): void {
    const weak = (oldIndex: number, newIndex: number): Affinity | undefined => {
      const oldUnit = this.oldUnits[oldIndex]
      const newUnit = this.newUnits[newIndex]
      if (!oldUnit || !newUnit || oldUnit.section !== newUnit.section) return undefined
      if (this.oldLink[oldIndex] !== -1 || this.newLink[newIndex] !== -1) return undefined
      const found = this.affinity(oldIndex, newIndex)
      return found.similarity >= runSimilarity ? found : undefined
    }
    const seeds = pairs.filter((pair) => weak(pair.old, pair.new)).sort((a, b) => a.old - b.old || a.new - b.new)
    for (const seed of seeds) {
      if (!weak(seed.old, seed.new) || weak(seed.old - 1, seed.new - 1)) continue
      const run: Pair[] = []
      for (let step = 0; ; step++) {
        const found = weak(seed.old + step, seed.new + step)
        if (!found) break
        run.push({old: seed.old + step, new: seed.new + step, affinity: found})
      }
      if (run.length < 2) continue
      const mean = run.reduce((sum, pair) => sum + pair.affinity.similarity, 0) / run.length
      const samePhrases = run.every((pair) => {
        const oldPhrase = this.oldUnits[pair.old]!.leadingPhrase
        return (
          oldPhrase !== undefined && oldPhrase.toLowerCase() === this.newUnits[pair.new]!.leadingPhrase?.toLowerCase()
        )
      })
      if (mean >= runMeanSimilarity || samePhrases) for (const pair of run) this.linkIfFree(pair)
    }
  }

  /**
   * Unlinked paragraphs that sit in the same slot on both sides — right after the same link, or
   * right before it — are paired in order when similar enough: a paragraph rewritten in place is
   * still the same paragraph. Slots are read from the links themselves, not from which of them
   * count as moved, so the pairing is the same whichever version is called old.
   */
  fillSlots(): void {
    for (const side of ['after', 'before'] as const) {
      const oldRuns = freeRuns(this.oldUnits, this.oldLink, side)
      const newRuns = freeRuns(this.newUnits, this.newLink, side)
      for (const [key, olds] of oldRuns) {
        const news = newRuns.get(key)
        if (news) this.fillSlot(olds, news)
      }
    }
  }

  /** Monotonic pairing of the unlinked paragraphs of one slot that maximises total similarity. */
  private fillSlot(olds: readonly number[], news: readonly number[]): void {
    if (olds.length * news.length > largestSlot) return
    const width = news.length + 1
    const best = new Float64Array((olds.length + 1) * width)
    const score = (i: number, j: number): number => {
      const oldIndex = olds[i]!
      const newIndex = news[j]!
      if (this.oldUnits[oldIndex]!.section !== this.newUnits[newIndex]!.section) return 0
      const similarity = this.affinity(oldIndex, newIndex).similarity
      return similarity >= slotSimilarity ? similarity : 0
    }
    for (let i = 1; i <= olds.length; i++) {
      for (let j = 1; j <= news.length; j++) {
        const pairScore = score(i - 1, j - 1)
        best[i * width + j] = Math.max(
          best[(i - 1) * width + j]!,
          best[i * width + j - 1]!,
          pairScore > 0 ? best[(i - 1) * width + j - 1]! + pairScore : 0,
        )
      }
    }
    let i = olds.length
    let j = news.length
    while (i > 0 && j > 0) {
      const here = best[i * width + j]!
      if (here === best[(i - 1) * width + j]) i--
      else if (here === best[i * width + j - 1]) j--
      else {
        const oldIndex = olds[i - 1]!
        const newIndex = news[j - 1]!
        this.linkIfFree({old: oldIndex, new: newIndex, affinity: this.affinity(oldIndex, newIndex)})
        i--
        j--
      }
    }
  }

  /** Links sorted by old position, each side sorted. */
  result(): Link[] {
    return this.links
      .filter((link): link is Link => link !== undefined)
      .map((link) => ({old: [...link.old].sort((a, b) => a - b), new: [...link.new].sort((a, b) => a - b)}))
      .sort((a, b) => a.old[0]! - b.old[0]!)
  }
}

/**
 * Unlinked paragraphs of one section, in runs keyed by the link right before the run (`after`) or
 * right after it (`before`) — the section's start or end when there is none.
 */
function freeRuns(
  units: readonly ComparedParagraph[],
  linkOf: Int32Array,
  side: 'after' | 'before',
): Map<string, number[]> {
  const runs = new Map<string, number[]>()
  let index = 0
  while (index < units.length) {
    if (linkOf[index] !== -1) {
      index++
      continue
    }
    const section = units[index]!.section
    const run: number[] = []
    while (index < units.length && linkOf[index] === -1 && units[index]!.section === section) run.push(index++)
    const first = run[0]!
    const last = run[run.length - 1]!
    const neighbour = side === 'after' ? units[first - 1] : units[last + 1]
    const key = neighbour && neighbour.section === section ? `link ${linkOf[neighbour.order]}` : `${side} ${section}`
    // A merged or split link has several members, so several runs can touch it.
    runs.set(key, [...(runs.get(key) ?? []), ...run])
  }
  return runs
}
