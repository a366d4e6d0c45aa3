import type {AnchorKind} from './anchors.js'
import {chineseRenderings, englishPhraseKeys, judgePhrase, phraseOccursInside} from './phrase-map.js'
import type {Segment} from './segments.js'

/** What the scoring needs to know about the two whole sequences. */
export interface EvidenceContext {
  /** Chinese characters per English character over the sequences: the expected length ratio. */
  ratio: number
  /** How informative an anchor is: rarer anchors weigh more. */
  weight: (key: string) => number
  /** English footnote marker → Chinese marker of the footnote it was paired with. */
  markerMap: ReadonlyMap<string, string>
}

const kindWeight: Record<AnchorKind, number> = {date: 2.5, symbol: 2.5, reference: 2.5, number: 1.5, ordinal: 1}
// Spread of log(length ratio) between a paragraph and its translation; generous for short ones.
const lengthSpread = 0.25
const lengthSmoothing = 8

/** Anchors compare by key; numbers and ordinals share one space (`seventh` = `第七` = `7`). */
export function anchorSlot(kind: AnchorKind, key: string): string {
  return `${kind === 'ordinal' ? 'number' : kind}:${key}`
}

export function buildContext(
  en: readonly Segment[],
  zh: readonly Segment[],
  markerMap: ReadonlyMap<string, string>,
): EvidenceContext {
  const total = (segments: readonly Segment[]): number => segments.reduce((sum, item) => sum + item.length, 0)
  const enLength = total(en)
  const ratio = enLength > 0 && total(zh) > 0 ? total(zh) / enLength : 0.3
  const frequency = (segments: readonly Segment[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const item of segments)
      for (const slot of new Set(item.anchors.map((anchor) => anchorSlot(anchor.kind, anchor.key))))
        counts.set(slot, (counts.get(slot) ?? 0) + 1)
    return counts
  }
  const enFrequency = frequency(en)
  const zhFrequency = frequency(zh)
  const weights = new Map<string, number>()
  for (const slot of [...enFrequency.keys(), ...zhFrequency.keys()]) {
    const kind = slot.slice(0, slot.indexOf(':')) as AnchorKind
    weights.set(slot, kindWeight[kind] / Math.max(1, enFrequency.get(slot) ?? 0, zhFrequency.get(slot) ?? 0))
  }
  return {ratio, weight: (slot) => weights.get(slot) ?? 1, markerMap}
}

/** Log-odds that the English segments and the Chinese segments are translations of each other. */
export function segmentEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  const firstEn = en[0]
  const firstZh = zh[0]
  if (!firstEn || !firstZh) return 0
  // A bead never joins units of different sections on one side.
  if (en.some((item) => item.section !== firstEn.section) || zh.some((item) => item.section !== firstZh.section))
    return Number.NEGATIVE_INFINITY
  let evidence = 0
  if (firstEn.section !== firstZh.section)
    evidence -= firstEn.section === 'formula' || firstZh.section === 'formula' ? 12 : 8
  evidence += numberEvidence(firstEn, firstZh)
  evidence += phraseEvidence(en, zh)
  evidence += anchorEvidence(en, zh, context)
  evidence += markerEvidence(en, zh, context)
  evidence += lengthEvidence(en, zh, context)
  // A text has one formula and one closing: the two texts' are counterparts whatever their words
  // (an OCR page may glue its notes to the closing line), and what differs is then reported.
  if (en.length === 1 && zh.length === 1 && firstEn.section === firstZh.section && singular.has(firstEn.section))
    return Math.max(evidence, 0)
  return evidence
}

const singular = new Set<string>(['formula', 'conclusions'])

function numberEvidence(en: Segment, zh: Segment): number {
  if (en.num === undefined || zh.num === undefined) return 0
  // Footnotes are renumbered more often than paragraphs: a marker is weaker evidence against.
  if (en.section === 'footnote') return en.num === zh.num ? 3 : -1
  return en.num === zh.num ? 2 : -2
}

function phraseEvidence(en: readonly Segment[], zh: readonly Segment[]): number {
  let evidence = 0
  const [firstEn, secondEn] = en
  const [firstZh, secondZh] = zh
  if (firstEn?.phrase && firstZh) {
    const verdict = phraseVerdict(firstEn.phrase, firstZh)
    if (verdict !== undefined) evidence += verdict ? 2 : -2
  }
  // Two English paragraphs in one Chinese: the second opening should be inside it.
  if (secondEn?.phrase && firstZh && chineseRenderings(secondEn.phrase))
    evidence += phraseOccursInside(secondEn.phrase, firstZh.text) ? 1.5 : -1.5
  // One English paragraph in two Chinese: the second Chinese opening should render a phrase inside the English.
  if (secondZh && firstEn) evidence += innerOpening(firstEn, secondZh.text) ? 1.5 : -1.5
  return evidence
}

const keyPatterns = englishPhraseKeys.map((key) => ({key, pattern: new RegExp(`\\b${key}\\b`)}))
const innerPhrases = new WeakMap<Segment, string[]>()

function innerOpening(english: Segment, chineseText: string): boolean {
  let keys = innerPhrases.get(english)
  if (!keys) {
    const body = english.text.toLowerCase().slice(1)
    keys = keyPatterns.filter(({pattern}) => pattern.test(body)).map(({key}) => key)
    innerPhrases.set(english, keys)
  }
  const opening = chineseText.replace(/^[又还]/, '')
  return keys.some((key) => (chineseRenderings(key) ?? []).some((rendering) => opening.startsWith(rendering)))
}

// The DP asks about each unit many times: what does not depend on the pairing is kept.
const verdicts = new WeakMap<Segment, Map<string, boolean | undefined>>()
const slotSets = new WeakMap<Segment, Set<string>>()

function phraseVerdict(phrase: string, chinese: Segment): boolean | undefined {
  let known = verdicts.get(chinese)
  if (!known) verdicts.set(chinese, (known = new Map()))
  if (!known.has(phrase)) {
    const verdict = judgePhrase(phrase, chinese.text)
    known.set(phrase, verdict.known ? verdict.maps : undefined)
  }
  return known.get(phrase)
}

function slotsOf(segment: Segment): Set<string> {
  let slots = slotSets.get(segment)
  if (!slots)
    slotSets.set(segment, (slots = new Set(segment.anchors.map((anchor) => anchorSlot(anchor.kind, anchor.key)))))
  return slots
}

function anchorEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  if (en.length === 1 && zh.length === 1) {
    const enSlots = slotsOf(en[0] as Segment)
    const zhSlots = slotsOf(zh[0] as Segment)
    let evidence = 0
    for (const slot of enSlots) evidence += zhSlots.has(slot) ? context.weight(slot) : -0.5 * context.weight(slot)
    for (const slot of zhSlots) if (!enSlots.has(slot)) evidence -= 0.5 * context.weight(slot)
    return evidence
  }
  const enSets = en.map(slotsOf)
  const zhSets = zh.map(slotsOf)
  // Each slot counts once per side, even when both units of a merged side carry it.
  const visit = (sets: ReadonlyArray<Set<string>>, other: ReadonlyArray<Set<string>>, matched: boolean): number => {
    let evidence = 0
    sets.forEach((slots, index) => {
      for (const slot of slots) {
        if (index > 0 && sets.slice(0, index).some((earlier) => earlier.has(slot))) continue
        const shared = other.some((set) => set.has(slot))
        if (shared && matched) evidence += context.weight(slot)
        else if (!shared) evidence -= 0.5 * context.weight(slot)
      }
    })
    return evidence
  }
  return visit(enSets, zhSets, true) + visit(zhSets, enSets, false)
}

function markerEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  if (en.every((item) => item.markers.length === 0) && zh.every((item) => item.markers.length === 0)) return 0
  const enMarkers = new Set(
    en.flatMap((item) => item.markers).map((marker) => context.markerMap.get(marker) ?? `en:${marker}`),
  )
  const zhMarkers = new Set(zh.flatMap((item) => item.markers))
  let evidence = 0
  for (const marker of enMarkers) evidence += zhMarkers.has(marker) ? 2 : -1
  for (const marker of zhMarkers) if (!enMarkers.has(marker)) evidence -= 1
  return evidence
}

function lengthEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  const enLength = en.reduce((sum, item) => sum + item.length, 0)
  const zhLength = zh.reduce((sum, item) => sum + item.length, 0)
  const deviation = Math.log((zhLength + lengthSmoothing) / (context.ratio * enLength + lengthSmoothing)) / lengthSpread
  return Math.max(-10, 1.5 - 0.5 * deviation * deviation)
}
