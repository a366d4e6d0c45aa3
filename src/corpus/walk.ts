import {open, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {sniffFormat} from '../read/sniff.js'

/** Extensions resolution texts come in; other files are read only if their content is text. */
const textExtensions = new Set(['.txt', '.text', '.md', '.markdown'])

/** Extensions that are never plain resolution text, so they are skipped without opening them. */
const otherExtensions = new Set([
  '.rtf',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.zip',
  '.gz',
  '.tgz',
  '.bz2',
  '.xz',
  '.7z',
  '.rar',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.tif',
  '.tiff',
  '.bmp',
  '.svg',
  '.json',
  '.jsonl',
  '.xml',
  '.html',
  '.htm',
  '.css',
  '.js',
  '.ts',
  '.exe',
  '.bin',
  '.rdx',
])

/** How many leading bytes are read to tell text from binary. */
const sniffBytes = 8192

export interface SkippedFile {
  file: string
  /** Why it was left out, as a short phrase: `hidden`, `binary`, `not a text file (.pdf)`. */
  reason: string
}

export interface CorpusFiles {
  /** Files to parse, in a stable order: roots as given, then by path within each root. */
  files: string[]
  skipped: SkippedFile[]
  /**
   * The folders looked at, by absolute path: each folder walked (`walked`), and the folder of
   * each file named directly. An index records them (store/folders.ts), so a trace need look only
   * in folders changed since.
   */
  folders: Map<string, FolderStamp>
}

/**
 * A folder's time of last change as it was before its listing was read (`mtimeMs`), or null
 * when that time is too recent to vouch for the listing: a file created within the same tick
 * of the file system's clock may leave the time unchanged (ext4 keeps the kernel's coarse
 * clock; FAT counts in 2 s), so a folder changed in the last few seconds is always looked at.
 */
export interface FolderStamp {
  mtimeMs: number | null
  /** Its listing was read (a folder walked), not only one file of it named. */
  walked: boolean
}

/** A change of a folder this recent is not taken as a stamp (see FolderStamp). */
const racyMs = 3000

export function folderStamp(mtimeMs: number, walked: boolean, now = Date.now()): FolderStamp {
  return {mtimeMs: now - mtimeMs < racyMs ? null : mtimeMs, walked}
}

/** A path the user named that is neither a file nor a folder we can read. */
export class WalkError extends Error {
  override name = 'WalkError'
}

/**
 * The resolution files under some folders (and files named directly). Hidden entries,
 * binary files and files of other types are skipped with a note; symbolic links to folders
 * are not followed, so a link cannot make the walk loop.
 */
export async function walkCorpus(roots: readonly string[]): Promise<CorpusFiles> {
  const files: string[] = []
  const skipped: SkippedFile[] = []
  const folders = new Map<string, FolderStamp>()
  const seen = new Set<string>()
  const take = (file: string): void => {
    const key = path.resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    files.push(file)
  }

  for (const root of roots) {
    let info
    try {
      info = await stat(root)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new WalkError(
        `${root}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`}`,
      )
    }
    // A file named on the command line is the user's choice: it is read whatever its extension.
    if (info.isFile()) {
      take(root)
      const parent = path.dirname(path.resolve(root))
      if (!folders.has(parent)) {
        const stamp = await stat(parent).catch(() => undefined)
        folders.set(parent, stamp ? folderStamp(stamp.mtimeMs, false) : {mtimeMs: null, walked: false})
      }
    } else if (info.isDirectory()) await walkFolder(root, take, skipped, folders)
    else throw new WalkError(`${root}: is neither a file nor a folder`)
  }
  return {files, skipped, folders}
}

async function walkFolder(
  folder: string,
  take: (file: string) => void,
  skipped: SkippedFile[],
  folders: Map<string, FolderStamp>,
): Promise<void> {
  let entries
  try {
    // The folder's time before its listing: a file added after the listing changes it.
    const before = (await stat(folder)).mtimeMs
    entries = await readdir(folder, {withFileTypes: true})
    folders.set(path.resolve(folder), folderStamp(before, true))
  } catch (error) {
    skipped.push({file: folder, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`})
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const file = path.join(folder, entry.name)
    if (entry.name.startsWith('.')) {
      skipped.push({file, reason: 'hidden'})
      continue
    }
    if (entry.isDirectory()) {
      await walkFolder(file, take, skipped, folders)
      continue
    }
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(file).catch(() => undefined)
      if (!target) {
        skipped.push({file, reason: 'broken symbolic link'})
        continue
      }
      if (target.isDirectory()) {
        skipped.push({file, reason: 'symbolic link to a folder (not followed)'})
        continue
      }
      isFile = target.isFile()
    }
    if (!isFile) {
      skipped.push({file, reason: 'not a regular file'})
      continue
    }
    const reason = await reasonToSkip(file)
    if (reason) skipped.push({file, reason})
    else take(file)
  }
}

/** Why a file found in a folder is not a resolution text, or undefined when it may be one. */
export async function reasonToSkip(file: string): Promise<string | undefined> {
  const extension = path.extname(file).toLowerCase()
  // A folder's own documentation is not one of its resolutions.
  if (/^(?:readme|license|licence|changelog|manifest|notice)(?:\.[a-z]+)?$/i.test(path.basename(file)))
    return 'documentation of the folder'
  if (extension === '.html' || extension === '.htm') return 'a web page (name it on the command line to read it)'
  if (otherExtensions.has(extension)) return `not a text file (${extension})`
  const head = await readHead(file)
  if (head === undefined) return 'cannot be read'
  if (head.length === 0) return 'empty'
  const office = officeKind(head)
  // Word (.docx, .doc), OpenDocument text and PDF files are read; the reader says what is wrong with a damaged one.
  if (office === 'docx' || office === 'odt' || office === 'doc' || office === 'pdf') return undefined
  if (office === 'zip') return 'zip archive, not a Word document'
  const kind = sniffContent(head)
  if (kind === 'binary') return 'binary'
  if (kind === 'unknown' && !textExtensions.has(extension)) return 'not text in a known encoding'
  return undefined
}

/** Word, OpenDocument and PDF files are read by content: a zip holding a Word document or an OpenDocument text, `%PDF-`, an OLE container (.doc). */
function officeKind(head: Uint8Array): 'docx' | 'odt' | 'pdf' | 'doc' | 'zip' | undefined {
  const format = sniffFormat(head)
  if (format === 'pdf') return 'pdf'
  if (format === 'ole') return 'doc'
  if (format !== 'zip') return undefined
  // The names of the first entries are in the head: a Word package names its parts there, an
  // OpenDocument package stores its kind first, uncompressed (`mimetype`).
  const names = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1')
  if (/mimetype\s*application\/vnd\.oasis\.opendocument\.text/.test(names)) return 'odt'
  return /\[Content_Types\]\.xml|word\//.test(names) ? 'docx' : 'zip'
}

async function readHead(file: string): Promise<Uint8Array | undefined> {
  let handle
  try {
    handle = await open(file, 'r')
    const buffer = new Uint8Array(sniffBytes)
    const {bytesRead} = await handle.read(buffer, 0, sniffBytes, 0)
    return buffer.subarray(0, bytesRead)
  } catch {
    return undefined
  } finally {
    await handle?.close()
  }
}

/**
 * Tell text from binary by the first bytes: a Unicode BOM is text; NUL bytes or many control
 * characters are binary; otherwise UTF-8 or GB18030 that decodes is text. A text-named file
 * in another encoding is still handed to the reader, which says what is wrong with it.
 */
export function sniffContent(head: Uint8Array): 'text' | 'binary' | 'unknown' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'text'
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text'
  if (head.includes(0)) return 'binary'
  let controls = 0
  for (const byte of head)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++
  if (controls > head.length / 100 + 2) return 'binary'
  // The sniffed window may end inside a multi-byte character: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
    if (decodes('utf-8', head.subarray(0, head.length - cut))) return 'text'
  }
  for (let cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
    if (decodes('gb18030', head.subarray(0, head.length - cut))) return 'text'
  }
  return 'unknown'
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}
