/*
 * A file's kind from its first bytes, in a module of its own: the corpus walk and the stale-file
 * check's worker tell files apart without loading the readers and the parser they lead to.
 */

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Tell a file's kind from its first bytes. */
export function sniffFormat(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07))
    return 'zip'
  if (oleMagic.every((byte, index) => bytes[index] === byte)) return 'ole'
  // `%PDF-` may follow a little junk; readers accept it within the first kilobyte.
  const head = bytes.subarray(0, 1024)
  for (let index = 0; index + 5 <= head.length; index++) {
    if (
      head[index] === 0x25 &&
      head[index + 1] === 0x50 &&
      head[index + 2] === 0x44 &&
      head[index + 3] === 0x46 &&
      head[index + 4] === 0x2d
    )
      return 'pdf'
  }
  return 'text'
}
