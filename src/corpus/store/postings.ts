import {seedCrc} from './checksum.js'
import {damaged} from './format.js'

/**
 * A seed's posting rows (blob, checksum, segment; segments in order) as one list of text ids,
 * cut at `cap`: each row checked against its checksum, every id below `textLimit` (a posting to
 * a text past the table's last one means the texts table lost rows), and whether the list is in
 * strictly ascending order, as the index writes it (within a row the checksum vouches for it).
 */
export function joinPostings(
  seed: number,
  rows: ReadonlyArray<[Buffer, number, number]>,
  cap: number,
  textLimit: number,
  name: string,
): {ids: Uint32Array; ascending: boolean} {
  let total = 0
  for (const [blob, crc, segment] of rows) {
    if (blob.length % 4 !== 0 || seedCrc(seed, segment, blob) !== crc) throw damaged(name)
    total += blob.length / 4
  }
  let ids: Uint32Array
  const [first] = rows
  if (rows.length === 1 && total <= cap && first![0].byteOffset % 4 === 0)
    // One segment, aligned: its bytes are the list (no second copy for the collector).
    ids = new Uint32Array(first![0].buffer, first![0].byteOffset, total)
  else {
    ids = new Uint32Array(Math.min(total, cap))
    const bytes = new Uint8Array(ids.buffer)
    let at = 0
    for (const [blob] of rows) {
      if (at >= ids.length) break
      const take = Math.min(blob.length / 4, ids.length - at)
      bytes.set(blob.subarray(0, take * 4), at * 4)
      at += take
    }
  }
  // A row that passed its checksum is as the writer wrote it, in strictly ascending order, and a
  // later segment holds only texts stored after an earlier one's: the order is checked where the
  // rows meet, and the last id against the table (a posting past its last text means the texts
  // table lost rows). Only a list that is not in order is read id by id.
  let ascending = true
  let at = 0
  for (const [blob] of rows) {
    if (at >= ids.length) break
    if (at > 0 && ids[at]! <= ids[at - 1]!) ascending = false
    at += blob.length / 4
  }
  if (ascending) {
    if (ids.length > 0 && ids[ids.length - 1]! >= textLimit) throw damaged(name)
  } else
    for (let at = 0; at < ids.length; at++) {
      if (ids[at]! >= textLimit) throw damaged(name)
    }
  return {ids, ascending}
}
