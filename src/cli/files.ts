import {readFile, stat} from 'node:fs/promises'
import {DecodeError} from '../read/decode.js'
import {readDocument, remapTree, type ReadDocument, type ReadOptions as DocumentOptions} from '../read/document.js'
import {parseResolution} from '../parse/index.js'
import type {Lang, Resolution} from '../tree/types.js'
import {TroubleError} from './errors.js'

/** Files larger than this are refused: no resolution comes near it, and reading it would be a mistake. */
const maxBytes = 64 * 1024 * 1024

/** Read a file as resolution text, turning every way it can fail into one clear sentence. */
export async function readText(file: string): Promise<string> {
  return (await readDocumentFile(file)).text
}

/**
 * Read a resolution file of any kind resdiff reads (text, Word, PDF), turning every way it
 * can fail into one clear sentence; what the user should know about the reading goes to stderr.
 */
export async function readDocumentFile(file: string, options: DocumentOptions = {}): Promise<ReadDocument> {
  let info
  try {
    info = await stat(file)
  } catch (error) {
    throw new TroubleError(`${file}: ${describeFsError(error)}`)
  }
  if (info.isDirectory()) throw new TroubleError(`${file}: is a directory, not a file`)
  if (!info.isFile()) throw new TroubleError(`${file}: is not a regular file`)
  if (info.size > maxBytes) throw new TroubleError(`${file}: is too large (${info.size} bytes; the limit is ${maxBytes})`)
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new TroubleError(`${file}: ${describeFsError(error)}`)
  }
  let document: ReadDocument
  try {
    document = await readDocument(bytes, options)
  } catch (error) {
    if (error instanceof DecodeError) throw new TroubleError(`${file}: ${error.message}`)
    throw error
  }
  for (const notice of document.notices) process.stderr.write(`resdiff: ${file}: ${notice}\n`)
  return document
}

export interface ReadOptions {
  lang?: Lang | undefined
}

/** Read and parse one resolution file; any problem is a TroubleError naming the file. */
export async function readResolution(file: string, options: ReadOptions = {}): Promise<Resolution> {
  const document = await readDocumentFile(file)
  try {
    const tree = parseResolution(document.text, options.lang ? {lang: options.lang} : {})
    remapTree(tree, document)
    return tree
  } catch (error) {
    if (error instanceof Error && error.name === 'NoStructureError') throw new TroubleError(`${file}: ${error.message}`)
    throw error
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory, not a file'
    default:
      return `cannot be read (${code ?? String(error)})`
  }
}
