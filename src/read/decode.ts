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

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252'

export interface Decoded {
  text: string
  encoding: Encoding
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/gu

/**
 * Decode the bytes of a resolution file: UTF-8 (with or without BOM), UTF-16 with BOM,
 * GB18030 or Big5 Chinese, or Windows-1252 English (Word's "plain text" on Windows). Anything
 * else, and anything that looks binary, is a DecodeError.
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

const unknownEncoding =
  'unknown encoding: the file is neither UTF-8, UTF-16 with a BOM, GB18030 or Big5 Chinese, nor Windows-1252 English'

/**
 * Characters found in nearly every Chinese resolution, in both scripts (的, 和, 会议/會議,
 * 国/國, 决议/決議, 联合/聯合, 大会/大會, 理事会/理事會 …): the share of them tells Chinese read
 * in its own encoding from Chinese bytes read in the other, which gives rare characters.
 */
const common = new Set(
  '的和在与於于并並及其各为為对對关關会會议議国國决決联聯合大理事员員年月日第号號條条款段又还還请請注意回顾顧重申认認识識表示',
)

/**
 * Real resolutions have 16-50 % of their Han characters in that set (every Chinese text of the
 * seeds, fixtures and corpus); bytes of another script or encoding read as Chinese have next
 * to none (Russian, Greek and Japanese bytes read as GB18030: 0 %).
 */
const commonMinimum = 0.05

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'}
  } catch {
    // Not UTF-8. Chinese without a BOM is GB18030 (simplified) or Big5 (traditional); both
    // accept most byte pairs, so each is kept only when it reads as Chinese, and of two the one
    // whose characters are the common ones wins.
  }
  let chinese: {encoding: 'gb18030' | 'big5'; text: string; share: number} | undefined
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = lenient(encoding, bytes)
    if (text === undefined || !readsAsChinese(text)) continue
    const share = commonShare(text)
    if (share >= commonMinimum && (chinese === undefined || share > chinese.share)) chinese = {encoding, text, share}
  }
  if (chinese) return {text: chinese.text, encoding: chinese.encoding}
  // English saved by Word as "plain text" on Windows: Windows-1252, which decodes any byte, so
  // kept only when nearly every letter is a Latin one (curly quotes and accents are the rest).
  const western = windows1252(bytes)
  if (readsAsEnglish(western)) return {text: western, encoding: 'windows-1252'}
  throw new DecodeError(unknownEncoding)
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (the WHATWG table): Node's TextDecoder reads that label as
 * Latin-1, which makes them C1 controls. The five bytes it leaves undefined stay controls.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/gu, (character) => windows1252High.charAt(character.charCodeAt(0) - 0x80))
}

function lenient(encoding: 'gb18030' | 'big5', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function readsAsChinese(text: string): boolean {
  const letters = text.replace(/[\s\p{P}\p{N}]/gu, '').length
  const chinese = text.match(cjk)?.length ?? 0
  return letters > 0 && chinese / letters >= gb18030ChineseShare
}

function commonShare(text: string): number {
  let found = 0
  let han = 0
  for (const character of text) {
    if (character < '\u3400') continue
    han++
    if (common.has(character)) found++
  }
  return han === 0 ? 0 : found / han
}

/** Nine letters in ten are ASCII, and no C1 control (bytes Windows-1252 leaves undefined). */
function readsAsEnglish(text: string): boolean {
  if (/[\u0080-\u009f]/u.test(text)) return false
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const ascii = text.match(/[a-z]/gi)?.length ?? 0
  return letters > 0 && ascii / letters >= 0.9
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
