/*
 * How a posting row stores its text ids (index@7, docs/index.md): the count of ids, then each id
 * less the one before it (the first less 0), every number an unsigned LEB128 varint (7 bits a
 * byte, low bits first, the high bit set on every byte but the last). Ids are strictly ascending,
 * so every difference is at least 1. At 100,000 resolutions this is a third of the bytes of
 * little-endian uint32 ids (most differences take one or two bytes), and a reader decodes only as
 * many ids as it wants (a seed read up to the posting cap).
 */

/** Longest varint of a 32-bit number. */
const maxVarintBytes = 5

/** The bytes of a row holding `ids` (strictly ascending, each at least 1). */
export function encodePostings(ids: ArrayLike<number>): Buffer {
  const out = Buffer.allocUnsafe((ids.length + 1) * maxVarintBytes)
  let at = writeVarint(out, 0, ids.length)
  let previous = 0
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!
    if (id <= previous || id > 0xffffffff) throw new Error(`posting ids must ascend strictly: ${id} after ${previous}`)
    at = writeVarint(out, at, id - previous)
    previous = id
  }
  return Buffer.from(out.subarray(0, at))
}

function writeVarint(out: Buffer, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80
    value = Math.floor(value / 0x80)
  }
  out[at++] = value
  return at
}

/** How many ids a row holds (its first varint), or -1 when the bytes cannot be a row. */
export function postingCount(blob: Uint8Array): number {
  let value = 0
  let scale = 1
  for (let at = 0; at < maxVarintBytes && at < blob.length; at++) {
    const byte = blob[at]!
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return value <= 0xffffffff ? value : -1
    scale *= 0x80
  }
  return -1
}

/**
 * Decode the first `take` ids of a row into `out` from `offset`; each must be above `floor` (the
 * last id of the row before, or 0). Returns the last id written, or -1 when the bytes are not a
 * row (a difference of 0, a varint too long or cut short, an id past 32 bits, and, when the row
 * is read whole, bytes left over or a count the bytes do not hold).
 */
export function decodePostings(
  blob: Uint8Array,
  out: Uint32Array,
  offset: number,
  take: number,
  floor: number,
): number {
  const count = postingCount(blob)
  if (count < 0 || take > count) return -1
  if (take === 0) return floor
  let at = 0
  while (blob[at]! >= 0x80) at++
  at++
  // The first id (a difference from 0) must lie above the row before; the rest follow in one loop.
  const end = differences(blob, at, offset === 0 ? out : out.subarray(offset), take)
  if (end < 0 || (take === count && end !== blob.length)) return -1
  return out[offset]! <= floor ? -1 : out[offset + take - 1]!
}

/**
 * The loop of decodePostings: `take` differences from `at`, summed into `out`.
 * Returns where the bytes read end, or -1 for bytes cut short, a difference of 0, a varint past
 * 32 bits or a sum past 32 bits. Most differences are one byte, taken first.
 */
function differences(blob: Uint8Array, at: number, out: Uint32Array, take: number): number {
  const length = blob.length
  let previous = 0
  for (let index = 0; index < take; index++) {
    if (at >= length) return -1
    let byte = blob[at++]!
    if (byte < 0x80) {
      if (byte === 0) return -1
      previous += byte
      out[index] = previous
      continue
    }
    let delta = byte & 0x7f
    let shift = 7
    do {
      if (at >= length) return -1
      byte = blob[at++]!
      if (shift === 28 && byte > 0x0f) return -1
      delta |= (byte & 0x7f) << shift
      shift += 7
    } while (byte >= 0x80 && shift <= 28)
    if (byte >= 0x80 || delta === 0) return -1
    previous += delta >>> 0
    out[index] = previous
  }
  // Sums only grow: one past 32 bits shows at the end.
  return previous > 0xffffffff ? -1 : at
}

/**
 * A row with differences of every length, one to five bytes, decoded once when the module loads:
 * V8 then optimises the decoding loop with feedback for each of its branches. Without it, the
 * first rows a trace decodes (differences of one and two bytes) left the longer branches without
 * any, and each first longer difference threw the optimised loop away (nine times a trace on the
 * trace's thread at 100,000 resolutions).
 */
const warmRow = encodePostings([1, 201, 20_201, 3_020_201, 403_020_201])
decodePostings(warmRow, new Uint32Array(5), 0, 5, 0)

/** Every id of a row, or undefined when its bytes are not a row (compaction, `index --check`). */
export function decodeRow(blob: Uint8Array): Uint32Array | undefined {
  const count = postingCount(blob)
  // Each id takes a byte at least: a count past the bytes is damage, not an allocation.
  if (count < 0 || count > blob.length) return undefined
  const ids = new Uint32Array(count)
  return decodePostings(blob, ids, 0, count, 0) < 0 ? undefined : ids
}
