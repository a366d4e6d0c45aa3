import {footnotes, operativeParagraphs, pointList, preambularParagraphs} from '../tree/access.js'
import type {Lang, List, Resolution} from '../tree/types.js'
import {closingAdoption, titleAdoption} from './adoption.js'
import {alignSequences, type Bead, type BeadKind} from './align.js'
import {
  anchorChecks,
  countChecks,
  numberingTracker,
  phraseCheck,
  pointsCheck,
  punctuationCheck,
  structureChecks,
} from './checks.js'
import {buildContext, segmentEvidence, type EvidenceContext} from './evidence.js'
import {markerChecks} from './footnote-markers.js'
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
export function alignResolutions(
  first: Resolution,
  second: Resolution,
  options: AlignResolutionsOptions = {},
): AlignResult {
  const swapped = first.lang === 'zh' && second.lang === 'en'
  if (!swapped && !(first.lang === 'en' && second.lang === 'zh')) {
    throw new LanguagePairError(
      `align pairs an English and a Chinese text; these are ${languageName(first.lang)} and ${languageName(second.lang)}`,
    )
  }
  const en = swapped ? second : first
  const zh = swapped ? first : second
  const files = options.files ? (swapped ? [options.files[1], options.files[0]] : options.files) : undefined

  const enNotes = footnoteSegments(en)
  const zhNotes = footnoteSegments(zh)
  const noteBeads = alignSequences(
    enNotes.length,
    zhNotes.length,
    scorer(enNotes, zhNotes, buildContext(enNotes, zhNotes, new Map())),
  )
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
  const adoption = adoptionPair(en, zh, enBody, zhBody)
  const context = buildContext(enBody, zhBody, markerMap)
  const bodyBeads = alignSequences(enBody.length, zhBody.length, scorer(enBody, zhBody, context))

  const pairs: AlignPair[] = []
  emitPairs(bodyBeads, enBody, zhBody, context, pairs)
  if (adoption) pairs.push(adoption)
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
      warnings: all.filter((check) => check.severity === 'warning').length,
    },
    checks,
    pairs,
    findings: all.length,
  }
}

/**
 * When one text ends with its statement of adoption and the other says it not at its end (no
 * closing, or closing lines that name no meeting, such as a web page's source line) but under
 * its title (see adoption.ts), those two are the same statement: take that closing out of the
 * body's alignment and pair it with the title lines, checking the meeting they name.
 */
function adoptionPair(en: Resolution, zh: Resolution, enBody: Segment[], zhBody: Segment[]): AlignPair | undefined {
  const enClosing = closingAdoption(en)
  const zhClosing = closingAdoption(zh)
  if ((enClosing === undefined) === (zhClosing === undefined)) return undefined
  const enCloses = enClosing !== undefined
  const closing = (enClosing ?? zhClosing)!
  const title = titleAdoption(enCloses ? zh : en)
  const body = enCloses ? enBody : zhBody
  if (!title || body.at(-1)?.section !== 'conclusions') return undefined
  body.pop()
  const [enStatement, zhStatement] = enCloses ? [closing, title] : [title, closing]
  const checks: AlignCheck[] =
    enStatement.meeting === zhStatement.meeting
      ? []
      : [
          {
            id: 'number',
            severity: 'error',
            message: `The meeting differs: ${enStatement.meeting} in English, ${zhStatement.meeting} in Chinese`,
            en: enStatement.text,
            zh: zhStatement.text,
          },
        ]
  return {
    en: [enCloses ? 'conclusions' : 'preface'],
    zh: [enCloses ? 'preface' : 'conclusions'],
    kind: '1-1',
    section: 'conclusions',
    score: checks.length === 0 ? 1 : 0.5,
    text: {en: enStatement.text, zh: zhStatement.text},
    checks,
  }
}

function scorer(en: readonly Segment[], zh: readonly Segment[], context: EvidenceContext) {
  // One-unit groups are by far the most asked for: build them once.
  const enSingles = en.map((item) => [item])
  const zhSingles = zh.map((item) => [item])
  return (enStart: number, enCount: number, zhStart: number, zhCount: number): number =>
    segmentEvidence(
      enCount === 1 ? (enSingles[enStart] as Segment[]) : en.slice(enStart, enStart + enCount),
      zhCount === 1 ? (zhSingles[zhStart] as Segment[]) : zh.slice(zhStart, zhStart + zhCount),
      context,
    )
}

/** Turn beads into pairs with their checks; sub-items of paired paragraphs follow their paragraph. */
function emitPairs(
  beads: readonly Bead[],
  en: readonly Segment[],
  zh: readonly Segment[],
  context: EvidenceContext,
  pairs: AlignPair[],
): void {
  const numbering = numberingTracker()
  for (const bead of beads) {
    const left = bead.en.map((index) => en[index] as Segment)
    const right = bead.zh.map((index) => zh[index] as Segment)
    const [firstEn] = left
    const [firstZh] = right
    const pairedPoints =
      bead.kind === '1-1' &&
      firstEn !== undefined &&
      firstZh !== undefined &&
      firstEn.points.length > 0 &&
      firstZh.points.length > 0
    const part = (item: Segment): Part => (pairedPoints && item.leadIn ? item.leadIn : item)
    const enParts = left.map(part)
    const zhParts = right.map(part)
    const checks: AlignCheck[] = structureChecks(bead.kind, left, right)
    if (firstEn && firstZh) {
      checks.push(...numbering(bead.kind, firstEn, firstZh))
      if (!pairedPoints) checks.push(...pointsCheck(left, right))
      checks.push(
        ...anchorChecks(
          enParts.flatMap((item) => item.anchors),
          zhParts.flatMap((item) => item.anchors),
        ),
      )
      checks.push(...phraseCheck(firstEn.phrase, firstZh.text))
      // Closing lines (meeting, date, vote) are no sentence: a volume prints its vote line
      // without a stop where the Chinese sets 。, a web copy ends it with a table bar.
      if (firstEn.section !== 'conclusions')
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
      checks,
    })
    if (pairedPoints && firstEn && firstZh) {
      const pointContext = {...buildContext(firstEn.points, firstZh.points, context.markerMap), ratio: context.ratio}
      emitPairs(
        alignSequences(
          firstEn.points.length,
          firstZh.points.length,
          scorer(firstEn.points, firstZh.points, pointContext),
        ),
        firstEn.points,
        firstZh.points,
        pointContext,
        pairs,
      )
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
    list
      ? list.children.reduce(
          (sum, point) => sum + 1 + pointCount(point.children.find((child): child is List => child.type === 'list')),
          0,
        )
      : 0
  return {
    preamble: preambularParagraphs(tree).length,
    operative: operativeParagraphs(tree).length,
    points: operativeParagraphs(tree).reduce((sum, paragraph) => sum + pointCount(pointList(paragraph)), 0),
    footnotes: footnotes(tree).length,
  }
}

function languageName(lang: Lang): string {
  return lang === 'en' ? 'English' : 'Chinese'
}
