import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {readDocument, remapTree} from '../read/document.js'
import {parseResolution} from '../parse/index.js'
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

export type ParseOutcome =
  | {file: string; ok: true; cached: boolean; tree?: string; digest?: DocumentDigest}
  | {file: string; ok: false; reason: string}

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
    if (stored !== undefined) return {file, ok: true, cached: true, digest: decodeDigest(stored, file)}
  }
  let json = cache?.get(key)
  const cached = json !== undefined
  let tree: Resolution | undefined
  if (json === undefined) {
    try {
      const document = await readDocument(bytes)
      tree = parseResolution(document.text, job.lang ? {lang: job.lang} : {})
      remapTree(tree, document)
    } catch (error) {
      if (error instanceof Error && (error.name === 'DecodeError' || error.name === 'NoStructureError')) {
        return {file, ok: false, reason: error.message}
      }
      return {file, ok: false, reason: `the parser failed (${error instanceof Error ? error.message : String(error)})`}
    }
    json = JSON.stringify(tree)
    cache?.set(key, json)
  }
  if (job.want === 'tree') return {file, ok: true, cached, tree: json}
  tree ??= JSON.parse(json) as Resolution
  const digest = digestTree(tree, file, createHash('sha256').update(bytes).digest('hex'))
  cache?.set(digestKey(key), encodeDigest(digest), 'digests')
  return {file, ok: true, cached, digest}
}

interface StoredDigest {
  document: Omit<DocumentSummary, 'file'>
  paragraphs: ParagraphDigest[]
}

/** A digest as cache text, without the file name (content decides the key). */
function encodeDigest(digest: DocumentDigest): string {
  const {file, ...document} = digest.document
  void file
  const stored: StoredDigest = {document, paragraphs: digest.paragraphs}
  return JSON.stringify(stored)
}

function decodeDigest(json: string, file: string): DocumentDigest {
  const stored = JSON.parse(json) as StoredDigest
  return {document: {file, ...stored.document}, paragraphs: stored.paragraphs}
}

/** The index's view of a parsed resolution: who adopted it when, and each paragraph's words. */
export function digestTree(tree: Resolution, file: string, sha256: string): DocumentDigest {
  const {meta} = tree
  const document: DocumentSummary = {file, sha256, lang: tree.lang, stage: meta.stage}
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
