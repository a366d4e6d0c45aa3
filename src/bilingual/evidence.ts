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
const lengthSpread = 0.3
const lengthSmoothing = 8

/** Anchors compare by key; numbers and ordinals share one space (`seventh` = `第七` = `7`). */
export function anchorSlot(kind: AnchorKind, key: string): string {
  return `${kind === 'ordinal' ? 'number' : kind}:${key}`
}

export function buildContext(en: readonly Segment[], zh: readonly Segment[], markerMap: ReadonlyMap<string, string>): EvidenceContext {
  const total = (segments: readonly Segment[]): number => segments.reduce((sum, item) => sum + item.length, 0)
  const enLength = total(en)
  const ratio = enLength > 0 && total(zh) > 0 ? total(zh) / enLength : 0.3
  const frequency = (segments: readonly Segment[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const item of segments) for (const slot of new Set(item.anchors.map((anchor) => anchorSlot(anchor.kind, anchor.key)))) counts.set(slot, (counts.get(slot) ?? 0) + 1)
    return counts
  }
  const enFrequency = frequency(en)
  const zhFrequency = frequency(zh)
  const weight = (slot: string): number => {
    const kind = slot.slice(0, slot.indexOf(':')) as AnchorKind
    return kindWeight[kind] / Math.max(1, enFrequency.get(slot) ?? 0, zhFrequency.get(slot) ?? 0)
  }
  return {ratio, weight, markerMap}
}

/** Log-odds that the English segments and the Chinese segments are translations of each other. */
export function segmentEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  const firstEn = en[0]
  const firstZh = zh[0]
  if (!firstEn || !firstZh) return 0
  // A bead never joins units of different sections on one side.
  if (en.some((item) => item.section !== firstEn.section) || zh.some((item) => item.section !== firstZh.section)) return Number.NEGATIVE_INFINITY
  let evidence = 0
  if (firstEn.section !== firstZh.section) evidence -= firstEn.section === 'formula' || firstZh.section === 'formula' ? 12 : 8
  evidence += numberEvidence(firstEn, firstZh)
  evidence += phraseEvidence(en, zh)
  evidence += anchorEvidence(en, zh, context)
  evidence += markerEvidence(en, zh, context)
  evidence += lengthEvidence(en, zh, context)
  return evidence
}

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
    const verdict = judgePhrase(firstEn.phrase, firstZh.text)
    if (verdict.known) evidence += verdict.maps ? 2 : -2
  }
  // Two English paragraphs in one Chinese: the second opening should be inside it.
  if (secondEn?.phrase && firstZh && chineseRenderings(secondEn.phrase)) evidence += phraseOccursInside(secondEn.phrase, firstZh.text) ? 1.5 : -1.5
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

function anchorEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  const slots = (segments: readonly Segment[]): Set<string> => new Set(segments.flatMap((item) => item.anchors.map((anchor) => anchorSlot(anchor.kind, anchor.key))))
  const enSlots = slots(en)
  const zhSlots = slots(zh)
  let evidence = 0
  for (const slot of enSlots) evidence += zhSlots.has(slot) ? context.weight(slot) : -0.5 * context.weight(slot)
  for (const slot of zhSlots) if (!enSlots.has(slot)) evidence -= 0.5 * context.weight(slot)
  return evidence
}

function markerEvidence(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext): number {
  const enMarkers = new Set(en.flatMap((item) => item.markers).map((marker) => context.markerMap.get(marker) ?? `en:${marker}`))
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
