import {crc32} from 'node:zlib'

/**
 * Checksums of the rows of an index (docs/index.md, "Damage"). Every row a trace reads into
 * a result carries a CRC-32 of all its values, its key included, so a damaged value, a row
 * read under another key, or an index entry that points to the wrong row is found when the
 * row is read. Values are written with their type and length, so a value that slid into the
 * next column changes the sum.
 */
export type RowValue = string | number | null

function serialise(values: readonly RowValue[]): string {
  let out = ''
  for (const value of values as readonly unknown[]) {
    if (value === null) out += 'n;'
    else if (typeof value === 'number') out += `i${String(value)};`
    else if (typeof value === 'string') out += `s${value.length}:${value};`
    // A value of a type the index never writes (a flipped bit in a record header can make a text a blob with the same bytes).
    else out += 'x;'
  }
  return out
}

export function rowCrc(values: readonly RowValue[]): number {
  return crc32(serialise(values))
}

/** A posting row: its seed and segment (the key), then its bytes. */
export function seedCrc(seed: number, segment: number, blob: Uint8Array): number {
  return crc32(blob, crc32(`${seed};${segment};`))
}

/** A text row: its id and language (the id is what postings and paragraphs point by), then its text. */
export function textCrc(id: number, lang: string, text: string): number {
  // Only texts: a blob with the same bytes (a flipped bit in a record header) must not pass.
  if (typeof lang !== 'string' || typeof text !== 'string') return -1
  return crc32(text, crc32(`${id};${lang};`))
}

/** The columns of a document row, in the order its checksum covers them. */
export const documentColumns = [
  'id',
  'file',
  'path',
  'resolution',
  'sha256',
  'size',
  'mtime_ms',
  'lang',
  'symbol',
  'number',
  'session',
  'date',
  'body',
  'stage',
  'title',
  'paragraphs',
] as const

export function documentCrc(row: Record<string, unknown>): number {
  return rowCrc(documentColumns.map((column) => row[column] as RowValue))
}

/** The columns of a paragraph row, in the order its checksum covers them (read.ts reads them in this order too). */
export const paragraphColumns = [
  'document',
  'position',
  'eid',
  'label',
  'section',
  'leading_phrase',
  'text',
  'newness',
] as const

export function paragraphCrc(row: Record<string, unknown>): number {
  return rowCrc(paragraphColumns.map((column) => row[column] as RowValue))
}

/** Does a posting list hold a text? (A binary search when the list is ascending, as the index writes it.) */
export function postsTo(ids: Uint32Array, id: number, ascending: boolean): boolean {
  if (!ascending) return ids.includes(id)
  let low = 0
  let high = ids.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ids[middle]! < id) low = middle + 1
    else high = middle
  }
  return ids[low] === id
}
