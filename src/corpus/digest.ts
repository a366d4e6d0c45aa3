import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {readDocument, remapTree} from '../read/document.js'
import {parseResolution} from '../parse/index.js'
import {readVolume} from '../parse/volume.js'
import {operativeParagraphs, preambularParagraphs} from '../tree/access.js'
import type {Lang, Resolution} from '../tree/types.js'
import {digestKey, TreeCache, treeKey} from './cache.js'
import {maxInputBytes, megabytes} from '../limits.js'

/** Files larger than this are refused: no resolution comes near it. */
const maxBytes = maxInputBytes

/** What the index keeps about one resolution. */
export interface DocumentSummary {
  file: string
  /** SHA-256 of the file's bytes. */
  sha256: string
  lang: Lang
  symbol?: string
  number?: string
  session?: number
  /** Adoption date when the text gives it, else the masthead date (ISO). */
  date?: string
  body?: string
  stage: 'draft' | 'adopted'
  title?: string
  /** In a file that holds several resolutions (a printed volume), which one: `368 (1975)`. */
  resolution?: string
}

export interface ParagraphDigest {
  eId: string
  /** `PP 3`, `OP 5`: how drafters cite the paragraph (the printed number of an operative paragraph). */
  label: string
  section: 'preamble' | 'operative'
  leadingPhrase?: string
  text: string
}

export interface DocumentDigest {
  document: DocumentSummary
  paragraphs: ParagraphDigest[]
}

export interface ParseJob {
  file: string
  lang?: Lang
  /** Cache folder, or undefined for no cache. */
  cacheDir?: string
  /** `tree`: the tree as JSON text; `digest`: what the index needs. */
  want: 'tree' | 'digest'
}

/** One resolution of a printed volume: its number as printed, and its tree or digest. */
export interface VolumePart {
  resolution: string
  tree?: string
  digest?: DocumentDigest
}

/**
 * A file that holds one resolution gives `tree` or `digest`; a printed volume (several
 * resolutions under their numbered headings) gives `volume`, one part per resolution, and
 * no `tree` or `digest`: its resolutions are never merged into one.
 */
export type ParseOutcome =
  | {
      file: string
      ok: true
      cached: boolean
      tree?: string
      digest?: DocumentDigest
      volume?: VolumePart[]
      /** Resolutions of the volume whose part of the page gave no paragraphs. */
      unread?: string[]
    }
  | {file: string; ok: false; reason: string}

/** What an outcome holds, one entry per resolution (`resolution` set for the parts of a volume). */
export function outcomeParts(
  outcome: ParseOutcome,
): Array<{resolution?: string; tree?: string; digest?: DocumentDigest}> {
  if (!outcome.ok) return []
  if (outcome.volume) return outcome.volume
  return [
    {...(outcome.tree === undefined ? {} : {tree: outcome.tree}), ...(outcome.digest ? {digest: outcome.digest} : {})},
  ]
}

/** A volume's trees (and digests) are cached as one entry for the file, beginning so (a tree begins `{"type"`). */
const volumeKey = '{"volume":'

/** Read, decode and parse one file (or take its tree from the cache); never throws. */
export async function runParseJob(job: ParseJob): Promise<ParseOutcome> {
  const {file} = job
  let bytes: Buffer
  try {
    const info = statSync(file)
    if (!info.isFile()) return {file, ok: false, reason: 'is not a regular file'}
    if (info.size > maxBytes)
      return {
        file,
        ok: false,
        reason: `is too large (${megabytes(info.size)}; resdiff reads files of up to ${megabytes(maxBytes)})`,
      }
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {file, ok: false, reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}
  }

  const cache = job.cacheDir === undefined ? undefined : new TreeCache(job.cacheDir)
  const key = cache ? treeKey(bytes, job.lang) : ''
  // An index needs only the digest: cached on its own, it spares reading the tree and cutting shingles.
  if (cache && job.want === 'digest') {
    const stored = cache.get(digestKey(key), 'digests')
    if (stored !== undefined) return {file, ok: true, cached: true, ...decodeDigest(stored, file)}
  }
  let json = cache?.get(key)
  const cached = json !== undefined
  let parsed: Resolution | ParsedVolume | undefined
  if (json === undefined) {
    try {
      const document = await readDocument(bytes)
      const options = job.lang ? {lang: job.lang} : {}
      const volume = readVolume(document.text, options)
      if (volume && volume.resolutions.length > 0) {
        for (const part of volume.resolutions) remapTree(part.tree, document)
        parsed = {
          volume: volume.resolutions.map((part) => ({resolution: part.label, tree: part.tree})),
          unread: volume.unread,
        }
      } else {
        const tree = parseResolution(document.text, options)
        remapTree(tree, document)
        parsed = tree
      }
    } catch (error) {
      if (error instanceof Error && (error.name === 'DecodeError' || error.name === 'NoStructureError')) {
        return {file, ok: false, reason: error.message}
      }
      return {file, ok: false, reason: `the parser failed (${error instanceof Error ? error.message : String(error)})`}
    }
    json = JSON.stringify(parsed)
    cache?.set(key, json)
  }
  const isVolume = json.startsWith(volumeKey)
  if (job.want === 'tree' && !isVolume) return {file, ok: true, cached, tree: json}
  parsed ??= JSON.parse(json) as Resolution | ParsedVolume
  if (job.want === 'tree') {
    const {volume, unread} = parsed as ParsedVolume
    return {
      file,
      ok: true,
      cached,
      volume: volume.map((part) => ({resolution: part.resolution, tree: JSON.stringify(part.tree)})),
      ...(unread.length ? {unread} : {}),
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (!isVolume) {
    const digest = digestTree(parsed as Resolution, file, sha256)
    cache?.set(digestKey(key), encodeDigest(digest), 'digests')
    return {file, ok: true, cached, digest}
  }
  const {volume: parts, unread} = parsed as ParsedVolume
  const volume = parts.map((part) => ({
    resolution: part.resolution,
    digest: digestTree(part.tree, file, sha256, part.resolution),
  }))
  const stored: StoredVolume = {volume: volume.map((part) => storedOf(part.digest)), unread}
  cache?.set(digestKey(key), JSON.stringify(stored), 'digests')
  return {file, ok: true, cached, volume, ...(unread.length ? {unread} : {})}
}

/** A printed volume as parsed (and cached): each resolution's tree, and those that could not be read. */
interface ParsedVolume {
  volume: Array<{resolution: string; tree: Resolution}>
  unread: string[]
}

interface StoredVolume {
  volume: StoredDigest[]
  unread: string[]
}

interface StoredDigest {
  document: Omit<DocumentSummary, 'file'>
  paragraphs: ParagraphDigest[]
}

/** A digest as cache text, without the file name (content decides the key). */
function encodeDigest(digest: DocumentDigest): string {
  return JSON.stringify(storedOf(digest))
}

function storedOf(digest: DocumentDigest): StoredDigest {
  const {file, ...document} = digest.document
  void file
  return {document, paragraphs: digest.paragraphs}
}

/** A cached digest, or a volume's digests, back with the file name. */
function decodeDigest(json: string, file: string): Pick<ParseOutcome & {ok: true}, 'digest' | 'volume' | 'unread'> {
  const withFile = (stored: StoredDigest): DocumentDigest => ({
    document: {file, ...stored.document},
    paragraphs: stored.paragraphs,
  })
  if (json.startsWith(volumeKey)) {
    const stored = JSON.parse(json) as StoredVolume
    return {
      volume: stored.volume.map((part) => ({resolution: part.document.resolution ?? '', digest: withFile(part)})),
      ...(stored.unread.length ? {unread: stored.unread} : {}),
    }
  }
  return {digest: withFile(JSON.parse(json) as StoredDigest)}
}

/** The index's view of a parsed resolution: who adopted it when, and each paragraph's words. */
export function digestTree(tree: Resolution, file: string, sha256: string, resolution?: string): DocumentDigest {
  const {meta} = tree
  const document: DocumentSummary = {file, sha256, lang: tree.lang, stage: meta.stage}
  if (resolution !== undefined) document.resolution = resolution
  if (meta.symbol !== undefined) document.symbol = meta.symbol
  if (meta.number !== undefined) document.number = meta.number
  if (meta.session !== undefined) document.session = meta.session
  const date = meta.adoptionDate ?? meta.date
  if (date !== undefined) document.date = date
  if (meta.body !== undefined) document.body = meta.body
  if (meta.title !== undefined) document.title = meta.title
  const paragraphs: ParagraphDigest[] = []
  const add = (
    section: ParagraphDigest['section'],
    eId: string,
    label: string,
    text: string,
    phrase: string | undefined,
  ): void => {
    const digest: ParagraphDigest = {eId, label, section, text}
    if (phrase !== undefined) digest.leadingPhrase = phrase
    paragraphs.push(digest)
  }
  preambularParagraphs(tree).forEach((paragraph, position) =>
    add('preamble', paragraph.eId, `PP ${position + 1}`, paragraph.text, paragraph.leadingPhrase?.text),
  )
  operativeParagraphs(tree).forEach((paragraph, position) =>
    add(
      'operative',
      paragraph.eId,
      `OP ${paragraph.num ?? position + 1}`,
      paragraph.text,
      paragraph.leadingPhrase?.text,
    ),
  )
  return {document, paragraphs}
}
