import {closeSync, fstatSync, openSync, readSync, writeFileSync, renameSync, rmSync} from 'node:fs'
import os from 'node:os'
import type {Lang} from '../tree/types.js'
import type {DocumentSummary} from './digest.js'

/**
 * The on-disk index: an 8-byte magic, the header length, a JSON header naming each
 * section's place, then the sections, 8-byte aligned, numbers little-endian:
 *
 * - `documentStarts`: Float64 × (documents + 1): byte offsets into `documents`
 * - `documents`: one JSON line per DocumentSummary
 * - `shingles`: Uint32 sorted shingle keys (hash prefixes)
 * - `postingStarts`: Uint32 × (shingles + 1): where each key's postings begin
 * - `postings`: Uint32 text ids, ascending within a key
 * - `shingleListStarts`: Uint32 × (texts + 1): where each text's shingles begin
 * - `shingleLists`: Uint32 full shingle hashes of each text, ascending (for scoring)
 * - `textStarts`: Float64 × (texts + 1): byte offsets into `texts`
 * - `texts`: one JSON line per distinct paragraph text (TextRecord)
 *
 * A trace reads the header and the key tables, then only the postings, texts and
 * documents it needs, so its cost does not grow with the corpus's text.
 */
export const indexMagic = 'RESDIFFX'
export const indexFormat = 1

export type SectionName = 'documentStarts' | 'documents' | 'shingles' | 'postingStarts' | 'postings' | 'shingleListStarts' | 'shingleLists' | 'textStarts' | 'texts'

export interface IndexHeader {
  schema: 'resdiff/index@1'
  format: number
  /** Fingerprint of the parser that read the corpus. */
  parser: string
  shingleSize: number
  /** A shingle's key is the top `hashBits` bits of its 32-bit hash. */
  hashBits: number
  documents: number
  /** Paragraph occurrences (every paragraph of every document). */
  paragraphs: number
  /** Distinct paragraph texts. */
  texts: number
  shingles: number
  postings: number
  sections: Record<SectionName, {offset: number; length: number}>
}

/** Where one distinct text occurs: document index, eId, section, leading phrase. Newest document first. */
export type Occurrence = [document: number, eId: string, section: 'preamble' | 'operative', leadingPhrase: string | null]

export interface TextRecord {
  lang: Lang
  text: string
  occurrences: Occurrence[]
}

/** Everything an index holds, in memory. */
export interface IndexData {
  header: Omit<IndexHeader, 'sections'>
  documents: DocumentSummary[]
  shingles: Uint32Array
  postingStarts: Uint32Array
  postings: Uint32Array
  shingleListStarts: Uint32Array
  shingleLists: Uint32Array
  /** Each distinct text's record as one JSON line (no newline). */
  texts: string[]
}

export class IndexError extends Error {
  override name = 'IndexError'
}

function checkEndianness(): void {
  if (os.endianness() !== 'LE') throw new IndexError('resdiff indexes are little-endian; this machine is big-endian')
}

const align = (value: number): number => Math.ceil(value / 8) * 8

/** Lay an index out as bytes. */
export function serializeIndex(data: IndexData): Buffer {
  checkEndianness()
  const [documentStarts, documentBuffers] = jsonLines(data.documents.map((document) => JSON.stringify(document)))
  const [textStarts, textBuffers] = jsonLines(data.texts)
  const parts: Array<[SectionName, Buffer[]]> = [
    ['documentStarts', [bytesOf(documentStarts)]],
    ['documents', documentBuffers],
    ['shingles', [bytesOf(data.shingles)]],
    ['postingStarts', [bytesOf(data.postingStarts)]],
    ['postings', [bytesOf(data.postings)]],
    ['shingleListStarts', [bytesOf(data.shingleListStarts)]],
    ['shingleLists', [bytesOf(data.shingleLists)]],
    ['textStarts', [bytesOf(textStarts)]],
    ['texts', textBuffers]
  ]
  // The header holds the offsets, and its own length moves them: measure it with room to spare.
  const sections = {} as IndexHeader['sections']
  const draftHeader = (): Buffer => Buffer.from(JSON.stringify({...data.header, sections}))
  for (const [name] of parts) sections[name] = {offset: Number.MAX_SAFE_INTEGER, length: Number.MAX_SAFE_INTEGER}
  const headerRoom = align(draftHeader().length)
  let offset = 16 + headerRoom
  for (const [name, buffers] of parts) {
    const length = buffers.reduce((sum, buffer) => sum + buffer.length, 0)
    sections[name] = {offset, length}
    offset = align(offset + length)
  }
  const header = draftHeader()
  const out = Buffer.alloc(offset)
  out.write(indexMagic, 0, 'latin1')
  out.writeUInt32LE(header.length, 8)
  header.copy(out, 16)
  out.fill(0x20, 16 + header.length, 16 + headerRoom)
  for (const [name, buffers] of parts) {
    let at = sections[name].offset
    for (const buffer of buffers) {
      buffer.copy(out, at)
      at += buffer.length
    }
  }
  return out
}

/** Lines as buffers, with the byte offset where each starts (and the total at the end). */
function jsonLines(lines: readonly string[]): [Float64Array, Buffer[]] {
  const buffers = lines.map((line) => Buffer.from(`${line}\n`))
  const starts = new Float64Array(buffers.length + 1)
  let bytes = 0
  buffers.forEach((buffer, index) => {
    starts[index] = bytes
    bytes += buffer.length
  })
  starts[buffers.length] = bytes
  return [starts, buffers]
}

function bytesOf(array: Uint32Array | Float64Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/** Write an index file whole (through a temporary file), so a reader never sees half of one. */
export function writeIndexFile(file: string, data: IndexData): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, serializeIndex(data))
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** Random access to index bytes, from a file or from memory. */
interface ByteSource {
  size: number
  read(offset: number, length: number): Buffer
  close(): void
}

function fileSource(file: string): ByteSource {
  const fd = openSync(file, 'r')
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const buffer = Buffer.alloc(length)
      let done = 0
      while (done < length) {
        const got = readSync(fd, buffer, done, length - done, offset + done)
        if (got === 0) throw new IndexError(`${file}: the index is truncated`)
        done += got
      }
      return buffer
    },
    close() {
      closeSync(fd)
    }
  }
}

function memorySource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read(offset, length) {
      if (offset + length > bytes.length) throw new IndexError('the index is truncated')
      return bytes.subarray(offset, offset + length)
    },
    close() {}
  }
}

/** An index opened for lookups; postings and texts are read on demand. */
export class CorpusIndex {
  readonly header: IndexHeader
  private readonly source: ByteSource
  private readonly shingles: Uint32Array
  private readonly postingStarts: Uint32Array
  private readonly shingleListStarts: Uint32Array
  private readonly textStarts: Float64Array
  private readonly documentStarts: Float64Array
  private readonly documentCache = new Map<number, DocumentSummary>()
  private readonly textCache = new Map<number, TextRecord>()
  private readonly shingleCache = new Map<number, Uint32Array>()
  private readonly frequencyCache = new Map<number, number>()

  private constructor(source: ByteSource, name: string) {
    checkEndianness()
    this.source = source
    const start = source.read(0, 16)
    if (start.toString('latin1', 0, 8) !== indexMagic) throw new IndexError(`${name}: not a resdiff index`)
    const headerLength = start.readUInt32LE(8)
    let header: IndexHeader
    try {
      header = JSON.parse(source.read(16, headerLength).toString('utf8')) as IndexHeader
    } catch {
      throw new IndexError(`${name}: the index header is damaged`)
    }
    if (header.schema !== 'resdiff/index@1' || header.format !== indexFormat) {
      throw new IndexError(`${name}: index format ${String(header.format)} is not one this resdiff reads (${indexFormat}); rebuild it with resdiff index`)
    }
    const names: SectionName[] = ['documentStarts', 'documents', 'shingles', 'postingStarts', 'postings', 'shingleListStarts', 'shingleLists', 'textStarts', 'texts']
    if (typeof header.sections !== 'object' || names.some((section) => typeof header.sections[section]?.offset !== 'number')) {
      throw new IndexError(`${name}: the index header is damaged; rebuild it with resdiff index`)
    }
    for (const {offset, length} of Object.values(header.sections)) {
      if (offset + length > source.size) throw new IndexError(`${name}: the index is truncated; rebuild it with resdiff index`)
    }
    this.header = header
    this.documentStarts = toFloat64(this.section('documentStarts'))
    this.shingles = toUint32(this.section('shingles'))
    this.postingStarts = toUint32(this.section('postingStarts'))
    this.shingleListStarts = toUint32(this.section('shingleListStarts'))
    this.textStarts = toFloat64(this.section('textStarts'))
  }

  static open(file: string): CorpusIndex {
    const source = fileSource(file)
    try {
      return new CorpusIndex(source, file)
    } catch (error) {
      source.close()
      throw error
    }
  }

  static fromData(data: IndexData): CorpusIndex {
    return new CorpusIndex(memorySource(serializeIndex(data)), 'index')
  }

  close(): void {
    this.source.close()
  }

  /** Number of distinct texts holding the shingle with this 32-bit hash. */
  documentFrequency(hash: number): number {
    let frequency = this.frequencyCache.get(hash)
    if (frequency === undefined) {
      const slot = this.slot(hash)
      frequency = slot < 0 ? 0 : this.postingStarts[slot + 1]! - this.postingStarts[slot]!
      this.frequencyCache.set(hash, frequency)
    }
    return frequency
  }

  /** Ids of the distinct texts holding the shingle with this 32-bit hash. */
  postings(hash: number): Uint32Array {
    const slot = this.slot(hash)
    if (slot < 0) return new Uint32Array(0)
    const from = this.postingStarts[slot]!
    const to = this.postingStarts[slot + 1]!
    const {offset} = this.header.sections.postings
    return toUint32(this.source.read(offset + from * 4, (to - from) * 4))
  }

  /** The distinct shingle hashes of a text, ascending. */
  shinglesOf(id: number): Uint32Array {
    const known = this.shingleCache.get(id)
    if (known) return known
    const from = this.shingleListStarts[id]
    const to = this.shingleListStarts[id + 1]
    if (from === undefined || to === undefined) throw new IndexError(`no text ${id} in the index`)
    const hashes = toUint32(this.source.read(this.header.sections.shingleLists.offset + from * 4, (to - from) * 4))
    this.shingleCache.set(id, hashes)
    return hashes
  }

  text(id: number): TextRecord {
    const known = this.textCache.get(id)
    if (known) return known
    const record = this.line<TextRecord>('texts', this.textStarts, id)
    this.textCache.set(id, record)
    return record
  }

  /** The summary of document `number` (0-based, in index order). */
  document(number: number): DocumentSummary {
    const known = this.documentCache.get(number)
    if (known) return known
    const document = this.line<DocumentSummary>('documents', this.documentStarts, number)
    this.documentCache.set(number, document)
    return document
  }

  private line<T>(section: SectionName, starts: Float64Array, number: number): T {
    const from = starts[number]
    const to = starts[number + 1]
    if (from === undefined || to === undefined) throw new IndexError(`no entry ${number} in the index's ${section}`)
    return JSON.parse(this.source.read(this.header.sections[section].offset + from, to - from).toString('utf8')) as T
  }

  private slot(hash: number): number {
    const key = hash >>> (32 - this.header.hashBits)
    let low = 0
    let high = this.shingles.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = this.shingles[middle]!
      if (value === key) return middle
      if (value < key) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  private section(name: SectionName): Buffer {
    const {offset, length} = this.header.sections[name]
    return this.source.read(offset, length)
  }
}

function toUint32(buffer: Buffer): Uint32Array {
  if (buffer.byteOffset % 4 === 0) return new Uint32Array(buffer.buffer, buffer.byteOffset, buffer.length / 4)
  return new Uint32Array(Uint8Array.prototype.slice.call(buffer).buffer)
}

function toFloat64(buffer: Buffer): Float64Array {
  if (buffer.byteOffset % 8 === 0) return new Float64Array(buffer.buffer, buffer.byteOffset, buffer.length / 8)
  return new Float64Array(Uint8Array.prototype.slice.call(buffer).buffer)
}
