import type {Resolution} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'

interface SeriesKey {
  session?: number
  date?: string
  number?: number[]
}

function keyOf(tree: Resolution): SeriesKey {
  const key: SeriesKey = {}
  const {meta} = tree
  // `8/3` and `75/241` carry the session first: use it when the masthead gave none.
  const parts = meta.number?.match(/\d+/g)?.map(Number)
  if (meta.session !== undefined) key.session = meta.session
  else if (parts && parts.length > 1) key.session = parts[0]!
  const date = meta.adoptionDate ?? meta.date
  if (date !== undefined) key.date = date
  if (parts) key.number = parts
  return key
}

function compareNumbers(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = a[index]! - b[index]!
    if (difference !== 0) return difference
  }
  return a.length - b.length
}

/**
 * The positions of a series of resolutions in the order they were adopted: by session,
 * then date, then resolution number, using whichever of these both texts give. File
 * names play no part; texts that give none of them keep the order they came in.
 */
export function seriesOrder(trees: readonly Resolution[]): number[] {
  const keys = trees.map(keyOf)
  const compare = (a: number, b: number): number => {
    const x = keys[a]!
    const y = keys[b]!
    if (x.session !== undefined && y.session !== undefined && x.session !== y.session) return x.session - y.session
    if (x.date !== undefined && y.date !== undefined && x.date !== y.date) return x.date < y.date ? -1 : 1
    if (x.number && y.number) {
      const byNumber = compareNumbers(x.number, y.number)
      if (byNumber !== 0) return byNumber
    }
    return a - b
  }
  return trees.map((_, index) => index).sort(compare)
}

/** A series of resolutions in the order they were adopted (see seriesOrder). */
export function orderSeries(trees: readonly Resolution[]): Resolution[] {
  return seriesOrder(trees).map((index) => trees[index]!)
}

/**
 * Newer document first: by date when both are dated, else by session, else by resolution
 * number; 0 when nothing tells them apart.
 */
export function newerFirst(a: DocumentSummary, b: DocumentSummary): number {
  if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.session !== undefined && b.session !== undefined && a.session !== b.session) return b.session - a.session
  const x = a.number?.match(/\d+/g)?.map(Number)
  const y = b.number?.match(/\d+/g)?.map(Number)
  return x && y ? compareNumbers(y, x) : 0
}
