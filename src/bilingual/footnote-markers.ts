import type {Segment} from './segments.js'
import type {AlignPair} from './types.js'

/**
 * A footnote marker must sit in the paragraph that corresponds to the one holding it in the
 * other language. Each misplaced marker is reported once, on the pair holding the English marker.
 */
export function markerChecks(
  pairs: AlignPair[],
  enBody: readonly Segment[],
  zhBody: readonly Segment[],
  markerMap: ReadonlyMap<string, string>,
): void {
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
      pair.checks.push({
        id: 'footnote-marker',
        severity: 'error',
        message: `Footnote ${marker} is marked in English ${enEId} but ${where}`,
        en: enEId,
        zh: zhEIds.join(', '),
      })
      reported.add(marker)
    }
  }
  // A Chinese footnote with no English counterpart is reported as such, not through its marker.
  const pairedChinese = new Set(markerMap.values())
  for (const [marker, zhEIds] of zhHolders) {
    if (!pairedChinese.has(marker)) continue
    const enEIds = enHolders.get(marker) ?? []
    for (const zhEId of zhEIds) {
      const pair = pairOf.get(`zh:${zhEId}`)
      if (!pair || pair.en.length === 0 || pair.en.some((eId) => enEIds.includes(eId))) continue
      // Already told from the English side, where the marker belongs.
      if (reported.has(marker)) continue
      const where = enEIds.length > 0 ? `in English only in ${enEIds.join(', ')}` : 'nowhere in English'
      pair.checks.push({
        id: 'footnote-marker',
        severity: 'error',
        message: `Footnote ${marker} is marked in Chinese ${zhEId} but ${where}`,
        en: enEIds.join(', '),
        zh: zhEId,
      })
    }
  }
}
