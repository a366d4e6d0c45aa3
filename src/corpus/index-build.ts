import type {Lang} from '../tree/types.js'
import type {DocumentDigest, DocumentSummary, ParseJob} from './digest.js'
import {parserFingerprint} from './fingerprint.js'
import {indexFormat, type IndexData, type Occurrence, type TextRecord} from './index-format.js'
import {newerFirst} from './series.js'
import {shingleSize} from './shingle-hash.js'
import {parseFiles, type PoolOptions} from './workers.js'

/** Keys and text ids share one float64 while sorting: together they fit in its 53 exact bits. */
const sortBits = 53

/**
 * Collects parsed resolutions into an index. Identical paragraph texts (agreed language
 * repeated across sessions) are stored once with every place they occur; each distinct
 * text's shingles go into the inverted index.
 */
export class IndexBuilder {
  private readonly documents: DocumentSummary[] = []
  private readonly textIds = new Map<string, number>()
  private readonly records: TextRecord[] = []
  private hashes = new Uint32Array(1 << 16)
  private ids = new Uint32Array(1 << 16)
  private pairs = 0
  private paragraphs = 0
  private readonly listStarts: number[] = [0]

  add(digest: DocumentDigest): void {
    const document = this.documents.length
    this.documents.push(digest.document)
    for (const paragraph of digest.paragraphs) {
      this.paragraphs++
      const occurrence: Occurrence = [document, paragraph.eId, paragraph.section, paragraph.leadingPhrase ?? null]
      const textKey = `${digest.document.lang}\u0000${paragraph.text}`
      const known = this.textIds.get(textKey)
      if (known !== undefined) {
        this.records[known]!.occurrences.push(occurrence)
        continue
      }
      const id = this.records.length
      this.textIds.set(textKey, id)
      this.records.push({lang: digest.document.lang, text: paragraph.text, occurrences: [occurrence]})
      this.addPostings(paragraph.shingles, id)
    }
  }

  private addPostings(shingles: Uint32Array, id: number): void {
    while (this.pairs + shingles.length > this.hashes.length) {
      const hashes = new Uint32Array(this.hashes.length * 2)
      hashes.set(this.hashes)
      this.hashes = hashes
      const ids = new Uint32Array(this.ids.length * 2)
      ids.set(this.ids)
      this.ids = ids
    }
    this.hashes.set(shingles, this.pairs)
    this.ids.fill(id, this.pairs, this.pairs + shingles.length)
    this.pairs += shingles.length
    this.listStarts.push(this.pairs)
  }

  /** Occurrences newest first, so a trace reads only the first few of a much-repeated paragraph. */
  private newestFirst(occurrences: Occurrence[]): Occurrence[] {
    if (occurrences.length < 2) return occurrences
    return [...occurrences].sort((a, b) => newerFirst(this.documents[a[0]]!, this.documents[b[0]]!) || a[0] - b[0])
  }

  finish(): IndexData {
    const texts = this.records.length
    const idBits = Math.max(1, Math.ceil(Math.log2(texts + 1)))
    // Short keys collide more, which only adds candidates: scoring reads the real texts.
    const hashBits = Math.min(32, sortBits - idBits)
    if (hashBits < 16) throw new Error(`too many distinct paragraphs for one index (${texts})`)
    const keyShift = 32 - hashBits
    const idScale = 2 ** idBits
    const sorted = new Float64Array(this.pairs)
    for (let index = 0; index < this.pairs; index++) {
      sorted[index] = (this.hashes[index]! >>> keyShift) * idScale + this.ids[index]!
    }
    sorted.sort()

    const keys: number[] = []
    const starts: number[] = []
    const postings = new Uint32Array(this.pairs)
    let count = 0
    let previous = -1
    for (let index = 0; index < sorted.length; index++) {
      const value = sorted[index]!
      if (value === previous) continue
      previous = value
      const key = Math.floor(value / idScale)
      if (keys.length === 0 || keys[keys.length - 1] !== key) {
        keys.push(key)
        starts.push(count)
      }
      postings[count++] = value - key * idScale
    }
    starts.push(count)

    return {
      header: {
        schema: 'resdiff/index@1',
        format: indexFormat,
        parser: parserFingerprint(),
        shingleSize,
        hashBits,
        documents: this.documents.length,
        paragraphs: this.paragraphs,
        texts,
        shingles: keys.length,
        postings: count
      },
      documents: this.documents,
      shingles: Uint32Array.from(keys),
      postingStarts: Uint32Array.from(starts),
      postings: postings.slice(0, count),
      shingleListStarts: Uint32Array.from(this.listStarts),
      shingleLists: this.hashes.slice(0, this.pairs),
      texts: this.records.map((record) => JSON.stringify({...record, occurrences: this.newestFirst(record.occurrences)}))
    }
  }
}

export interface IndexFilesOptions {
  lang?: Lang
  /** Cache folder for parsed trees, or undefined for none. */
  cacheDir?: string
  threads?: number
  onProgress?: (done: number) => void
}

export interface FileFailure {
  file: string
  reason: string
}

/** Parse files on every core (through the cache) and index every paragraph of those that parse. */
export async function indexFiles(files: readonly string[], options: IndexFilesOptions = {}): Promise<{data: IndexData; failures: FileFailure[]}> {
  const builder = new IndexBuilder()
  const failures: FileFailure[] = []
  const jobs = files.map((file): ParseJob => ({
    file,
    want: 'digest',
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir})
  }))
  const pool: PoolOptions = {}
  if (options.threads !== undefined) pool.threads = options.threads
  if (options.onProgress) pool.onProgress = options.onProgress
  for await (const outcome of parseFiles(jobs, pool)) {
    if (outcome.ok) builder.add(outcome.digest!)
    else failures.push({file: outcome.file, reason: outcome.reason})
  }
  return {data: builder.finish(), failures}
}
