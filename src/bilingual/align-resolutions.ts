import {footnotes, operativeParagraphs, pointList, preambularParagraphs} from '../tree/access.js'
import type {Lang, List, Resolution} from '../tree/types.js'
import {alignSequences, type Bead, type BeadKind} from './align.js'
import {anchorChecks, countChecks, ordinalOf, phraseCheck, punctuationCheck, structureChecks} from './checks.js'
import {buildContext, segmentEvidence, type EvidenceContext} from './evidence.js'
import {bodySegments, footnoteSegments, type Part, type Segment} from './segments.js'
import type {AlignCheck, AlignCounts, AlignPair, AlignResult, AlignSide} from './types.js'

/** Both files are in one language, or in a language align does not pair. */
export class LanguagePairError extends Error {
  override name = 'LanguagePairError'
}

export interface AlignResolutionsOptions {
  /** File names to report, in the order the resolutions were given. */
  files?: [string, string]
}

/**
 * Pair the paragraphs, sub-items and footnotes of the English and Chinese versions of one
 * resolution and check each pair. The resolutions may be given in either order.
 */
export function alignResolutions(first: Resolution, second: Resolution, options: AlignResolutionsOptions = {}): AlignResult {
  const swapped = first.lang === 'zh' && second.lang === 'en'
  if (!swapped && !(first.lang === 'en' && second.lang === 'zh')) {
    throw new LanguagePairError(`align pairs an English and a Chinese text; these are ${languageName(first.lang)} and ${languageName(second.lang)}`)
  }
  const en = swapped ? second : first
  const zh = swapped ? first : second
  const files = options.files ? (swapped ? [options.files[1], options.files[0]] : options.files) : undefined

  const enNotes = footnoteSegments(en)
  const zhNotes = footnoteSegments(zh)
  const noteBeads = alignSequences(enNotes.length, zhNotes.length, scorer(enNotes, zhNotes, buildContext(enNotes, zhNotes, new Map())))
  const markerMap = new Map<string, string>()
  for (const bead of noteBeads) {
    const target = zhNotes[bead.zh[0] ?? -1]?.num
    if (target === undefined) continue
    for (const index of bead.en) {
      const marker = enNotes[index]?.num
      if (marker !== undefined) markerMap.set(marker, target)
    }
  }

  const enBody = bodySegments(en)
  const zhBody = bodySegments(zh)
  const context = buildContext(enBody, zhBody, markerMap)
  const bodyBeads = alignSequences(enBody.length, zhBody.length, scorer(enBody, zhBody, context))

  const pairs: AlignPair[] = []
  emitPairs(bodyBeads, enBody, zhBody, context, pairs)
  emitPairs(noteBeads, enNotes, zhNotes, buildContext(enNotes, zhNotes, new Map()), pairs)
  markerChecks(pairs, enBody, zhBody, markerMap)

  const enSide = side(en, files?.[0])
  const zhSide = side(zh, files?.[1])
  const checks = countChecks(enSide.counts, zhSide.counts)
  const all = [...checks, ...pairs.flatMap((pair) => pair.checks)]
  const beads: Record<BeadKind, number> = {'1-1': 0, '1-2': 0, '2-1': 0, '1-0': 0, '0-1': 0}
  for (const pair of pairs) beads[pair.kind]++
  return {
    schema: 'resdiff/align@1',
    source: first.lang,
    en: enSide,
    zh: zhSide,
    summary: {
      pairs: pairs.length,
      beads,
      errors: all.filter((check) => check.severity === 'error').length,
      warnings: all.filter((check) => check.severity === 'warning').length
    },
    checks,
    pairs,
    findings: all.length
  }
}

function scorer(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext) {
  return (enIndexes: readonly number[], zhIndexes: readonly number[]): number =>
    segmentEvidence(
      enIndexes.map((index) => en[index] as Segment),
      zhIndexes.map((index) => zh[index] as Segment),
      context
    )
}

/** Turn beads into pairs with their checks; sub-items of paired paragraphs follow their paragraph. */
function emitPairs(beads: readonly Bead[], en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext, pairs: AlignPair[]): void {
  const numbering = numberingTracker()
  for (const bead of beads) {
    const left = bead.en.map((index) => en[index] as Segment)
    const right = bead.zh.map((index) => zh[index] as Segment)
    const [firstEn] = left
    const [firstZh] = right
    const pairedPoints = bead.kind === '1-1' && firstEn !== undefined && firstZh !== undefined && firstEn.points.length > 0 && firstZh.points.length > 0
    const part = (item: Segment): Part => (pairedPoints && item.leadIn ? item.leadIn : item)
    const enParts = left.map(part)
    const zhParts = right.map(part)
    const checks: AlignCheck[] = structureChecks(bead.kind, left, right)
    if (firstEn && firstZh) {
      checks.push(...numbering(bead.kind, firstEn, firstZh))
      if (!pairedPoints) checks.push(...pointsCheck(left, right))
      checks.push(...anchorChecks(enParts.flatMap((item) => item.anchors), zhParts.flatMap((item) => item.anchors)))
      checks.push(...phraseCheck(firstEn.phrase, firstZh.text))
      checks.push(...punctuationCheck(enParts.at(-1)?.text ?? '', zhParts.at(-1)?.text ?? ''))
    } else {
      numbering(bead.kind, firstEn, firstZh)
    }
    pairs.push({
      en: left.map((item) => item.eId),
      zh: right.map((item) => item.eId),
      kind: bead.kind,
      section: (firstEn ?? firstZh)?.section ?? 'preamble',
      score: firstEn && firstZh ? Math.round(1000 / (1 + Math.exp(-bead.evidence / 2))) / 1000 : 0,
      text: {en: enParts.map((item) => item.text).join(' '), zh: zhParts.map((item) => item.text).join('')},
      checks
    })
    if (pairedPoints && firstEn && firstZh) {
      const pointContext = {...buildContext(firstEn.points, firstZh.points, context.markerMap), ratio: context.ratio}
      emitPairs(alignSequences(firstEn.points.length, firstZh.points.length, scorer(firstEn.points, firstZh.points, pointContext)), firstEn.points, firstZh.points, pointContext, pairs)
    }
  }
}

/**
 * Operative numbers and item letters of paired units should move in step. A shift right
 * after a missing, merged or split paragraph is expected (the rest was renumbered); a
 * shift between two plain pairs is reported once, where it starts.
 */
function numberingTracker() {
  let offset = 0
  let settled = true
  return (kind: BeadKind, en: Segment | undefined, zh: Segment | undefined): AlignCheck[] => {
    if ((en ?? zh)?.section === 'footnote') return []
    if (kind !== '1-1' || !en || !zh) {
      if ((en ?? zh)?.num !== undefined) settled = false
      return []
    }
    const left = ordinalOf(en.num)
    const right = ordinalOf(zh.num)
    if (left === undefined || right === undefined) return []
    const shift = right - left
    const wasSettled = settled
    const expected = offset
    offset = shift
    settled = true
    if (!wasSettled || shift === expected) return []
    const what = en.section === 'point' ? 'item' : 'paragraph'
    return [{id: 'numbering', severity: 'warning', message: `English ${what} ${en.num} is numbered ${zh.num} in Chinese`, en: en.num ?? '', zh: zh.num ?? ''}]
  }
}

/** Sub-items on one side only: fine when the other side writes the same letters inline. */
function pointsCheck(en: readonly Segment[], zh: readonly Segment[]): AlignCheck[] {
  const count = (segments: readonly Segment[]): number => segments.reduce((sum, item) => sum + item.points.length, 0)
  const enCount = count(en)
  const zhCount = count(zh)
  if (enCount === zhCount) return []
  const inline = (segments: readonly Segment[], letters: readonly string[]): boolean => {
    const text = segments.map((item) => item.text).join(' ')
    let from = 0
    for (const letter of letters) {
      const at = text.slice(from).search(new RegExp(`[(（]${letter}[)）]`))
      if (at < 0) return false
      from += at + 1
    }
    return letters.length > 0
  }
  const letters = (segments: readonly Segment[]): string[] => segments.flatMap((item) => item.points.map((point) => point.num ?? ''))
  if (zhCount === 0 && inline(zh, letters(en))) return []
  if (enCount === 0 && inline(en, letters(zh))) return []
  return [{id: 'points', severity: 'error', message: `${enCount} sub-items in English, ${zhCount} in Chinese`, en: String(enCount), zh: String(zhCount)}]
}

/**
 * A footnote marker must sit in the paragraph that corresponds to the one holding it in the
 * other language. Each misplaced marker is reported once, on the pair holding the English marker.
 */
function markerChecks(pairs: AlignPair[], enBody: readonly Segment[], zhBody: readonly Segment[], markerMap: ReadonlyMap<string, string>): void {
  const holders = (segments: readonly Segment[], translate: (marker: string) => string): Map<string, string[]> => {
    const found = new Map<string, string[]>()
    const visit = (item: Segment): void => {
      const markers = item.points.length > 0 && item.leadIn ? item.leadIn.markers : item.markers
      for (const marker of markers) found.set(translate(marker), [...(found.get(translate(marker)) ?? []), item.eId])
      item.points.forEach(visit)
    }
    segments.forEach(visit)
    return found
  }
  const translate = (marker: string): string => markerMap.get(marker) ?? `unpaired:${marker}`
  const enHolders = holders(enBody, translate)
  const zhHolders = holders(zhBody, (marker) => marker)
  const pairOf = new Map<string, AlignPair>()
  for (const pair of pairs) for (const eId of pair.en) pairOf.set(`en:${eId}`, pair)
  for (const pair of pairs) for (const eId of pair.zh) pairOf.set(`zh:${eId}`, pair)

  const reported = new Set<string>()
  for (const [marker, enEIds] of enHolders) {
    if (marker.startsWith('unpaired:')) continue
    const zhEIds = zhHolders.get(marker) ?? []
    for (const enEId of enEIds) {
      const pair = pairOf.get(`en:${enEId}`)
      if (!pair || pair.zh.length === 0 || pair.zh.some((eId) => zhEIds.includes(eId))) continue
      const where = zhEIds.length > 0 ? `in Chinese ${zhEIds.join(', ')}` : 'nowhere in Chinese'
      pair.checks.push({id: 'footnote-marker', severity: 'error', message: `Footnote ${marker} is marked in English ${enEId} but ${where}`, en: enEId, zh: zhEIds.join(', ')})
      reported.add(marker)
    }
  }
  for (const [marker, zhEIds] of zhHolders) {
    const enEIds = enHolders.get(marker) ?? []
    for (const zhEId of zhEIds) {
      const pair = pairOf.get(`zh:${zhEId}`)
      if (!pair || pair.en.length === 0 || pair.en.some((eId) => enEIds.includes(eId))) continue
      // Already told from the English side, where the marker belongs.
      if (reported.has(marker) || enEIds.length > 0) continue
      pair.checks.push({id: 'footnote-marker', severity: 'error', message: `Footnote ${marker} is marked in Chinese ${zhEId} but nowhere in English`, zh: zhEId})
    }
  }
}

function side(tree: Resolution, file: string | undefined): AlignSide {
  const result: AlignSide = {lang: tree.lang, counts: counts(tree)}
  if (file !== undefined) result.file = file
  if (tree.meta.symbol) result.symbol = tree.meta.symbol
  else if (tree.meta.number) result.symbol = tree.meta.number
  return result
}

function counts(tree: Resolution): AlignCounts {
  const pointCount = (list: List | undefined): number =>
    list ? list.children.reduce((sum, point) => sum + 1 + pointCount(point.children.find((child): child is List => child.type === 'list')), 0) : 0
  return {
    preamble: preambularParagraphs(tree).length,
    operative: operativeParagraphs(tree).length,
    points: operativeParagraphs(tree).reduce((sum, paragraph) => sum + pointCount(pointList(paragraph)), 0),
    footnotes: footnotes(tree).length
  }
}

function languageName(lang: Lang): string {
  return lang === 'en' ? 'English' : 'Chinese'
}
