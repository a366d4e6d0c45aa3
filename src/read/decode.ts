/** Why some bytes cannot be read as a resolution text. */
export class DecodeError extends Error {
  override name = 'DecodeError'
}

// GB18030 decodes almost any byte pairs, so its result is kept only when at least half of its
// letters are Chinese: a Western file in another encoding reads as scattered Han characters.
const gb18030ChineseShare = 0.5
// A text file has next to no control characters: more than one in a thousand, or eight in a
// row, means binary data (an executable, a picture, a zip).
const binaryControlShare = 0.001
const binaryControlRun = 8

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface Decoded {
  text: string
  encoding: Encoding
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/gu

/**
 * Decode the bytes of a resolution file: UTF-8 (with or without BOM), UTF-16 with BOM,
 * or GB18030 Chinese. Anything else, and anything that looks binary, is a DecodeError.
 */
export function decodeResolution(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty')
  let decoded: Decoded
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = {text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom'}
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = {text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le'}
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = {text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be'}
  } else {
    if (bytes.includes(0)) throw new DecodeError('the file is binary, not text (it contains NUL bytes)')
    decoded = decodeWithoutBom(bytes)
  }
  if (looksBinary(decoded.text)) throw new DecodeError('the file is binary, not text (it contains control characters)')
  if (decoded.text.trim() === '') throw new DecodeError('the file is empty (it holds only white space)')
  return decoded
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'}
  } catch {
    // Not UTF-8: the only other BOM-less encoding we accept is GB18030, and only when
    // the result reads as Chinese, since GB18030 accepts most byte pairs.
  }
  let text: string
  try {
    text = new TextDecoder('gb18030', {fatal: true}).decode(bytes)
  } catch {
    throw new DecodeError('unknown encoding: the file is neither UTF-8, UTF-16 with a BOM, nor GB18030')
  }
  const letters = text.replace(/[\s\p{P}\p{N}]/gu, '').length
  const chinese = text.match(cjk)?.length ?? 0
  if (letters === 0 || chinese / letters < gb18030ChineseShare) {
    throw new DecodeError('unknown encoding: the file is neither UTF-8, UTF-16 with a BOM, nor GB18030')
  }
  return {text, encoding: 'gb18030'}
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    throw new DecodeError(
      `the file starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`,
    )
  }
}

/**
 * Control characters other than tab, newline, carriage return and form feed mean binary data:
 * a NUL anywhere, more than one in a thousand characters over the whole text, or a run of
 * eight (binary data pasted into a text). The whole text is looked at, so binary after the
 * first 64K characters is caught too; a few escape sequences in a text do not make it binary
 * (they are shown escaped, see src/cli/display.ts).
 */
function looksBinary(text: string): boolean {
  let control = 0
  let run = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) {
      control++
      if (++run >= binaryControlRun) return true
    } else {
      run = 0
    }
  }
  return control > 0 && control / text.length > binaryControlShare
}
