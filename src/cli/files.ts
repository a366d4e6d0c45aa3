import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {DecodeError} from '../read/decode.js'
import {readDocument, remapTree, type ReadDocument, type ReadOptions as DocumentOptions} from '../read/document.js'
import {parseThroughCache} from './parse-cache.js'
import {pickFromFile, pickResolution, readVolume, volumeLabels} from '../parse/volume.js'
import type {Lang, Resolution} from '../tree/types.js'
import {TroubleError} from './errors.js'
import {unreadNote} from './volume-notes.js'
import {claimStdin, inputName, stdinArgument} from './stdin.js'
import {walkCorpus, WalkError, type CorpusFiles} from '../corpus/walk.js'
import {maxInputBytes, megabytes} from '../limits.js'

/** Files larger than this are refused: no resolution comes near it, and reading it would be a mistake. */
const maxBytes = maxInputBytes

/** True when any argument is a folder: then parse, lint and history walk it. */
export async function namesAFolder(paths: readonly string[]): Promise<boolean> {
  for (const path of paths)
    if (path !== stdinArgument && (await stat(path).catch(() => undefined))?.isDirectory()) return true
  return false
}

export {inputName, resetInputs, stdinArgument} from './stdin.js'

/** Read a stream to its end, refusing more than `maxBytes`. */
async function readStream(stream: NodeJS.ReadableStream, name: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      size += buffer.length
      if (size > maxBytes)
        throw new TroubleError(
          `${name}: is too large (more than ${megabytes(maxBytes)}; resdiff reads files of up to that size)`,
        )
      chunks.push(buffer)
    }
  } catch (error) {
    if (error instanceof TroubleError) throw error
    throw new TroubleError(`${name}: ${describeFsError(error)}`)
  }
  return Buffer.concat(chunks)
}

/**
 * The bytes of an input: a regular file, `-` (standard input, once per run), or anything else
 * that can be read to its end — /dev/stdin, a named pipe, a process substitution `<(…)`.
 */
export async function readInput(file: string): Promise<Buffer> {
  const name = inputName(file)
  if (file === stdinArgument) {
    claimStdin()
    return readStream(process.stdin, name)
  }
  let info
  try {
    info = await stat(file)
  } catch (error) {
    throw new TroubleError(`${name}: ${describeFsError(error)}`)
  }
  if (info.isDirectory()) throw new TroubleError(`${name}: is a directory, not a file`)
  if (!info.isFile()) return readStream(createReadStream(file), name)
  if (info.size > maxBytes)
    throw new TroubleError(
      `${name}: is too large (${megabytes(info.size)}; resdiff reads files of up to ${megabytes(maxBytes)})`,
    )
  try {
    return await readFile(file)
  } catch (error) {
    throw new TroubleError(`${name}: ${describeFsError(error)}`)
  }
}

/** Read an input (see readInput) as resolution text, turning every way it can fail into one clear sentence. */
export async function readText(file: string): Promise<string> {
  return (await readDocumentFile(file)).text
}

/**
 * Read an input of any kind resdiff reads (text, Word, PDF), turning every way it can fail
 * into one clear sentence; what the user should know about the reading goes to stderr.
 */
export async function readDocumentFile(file: string, options: DocumentOptions = {}): Promise<ReadDocument> {
  return decodeInput(file, await readInput(file), options)
}

/** The bytes of an input made ready for the parser (see readDocumentFile). */
async function decodeInput(file: string, bytes: Uint8Array, options: DocumentOptions = {}): Promise<ReadDocument> {
  let document: ReadDocument
  try {
    document = await readDocument(bytes, options)
  } catch (error) {
    if (error instanceof DecodeError) throw new TroubleError(`${inputName(file)}: ${error.message}`)
    throw error
  }
  for (const notice of document.notices) process.stderr.write(`resdiff: ${inputName(file)}: ${notice}\n`)
  return document
}

export interface ReadOptions {
  lang?: Lang | undefined
  /** In a file that holds several resolutions (a printed volume), the one to read: `368 (1975)`. */
  pick?: string | undefined
}

/**
 * Read and parse one resolution file; any problem is a TroubleError naming the file. A file
 * that holds several resolutions is never read as one: `pick` names the one to read.
 */
export async function readResolution(file: string, options: ReadOptions = {}): Promise<Resolution> {
  return (await readResolutionInput(file, options)).tree
}

/**
 * readResolution, with the bytes the tree was read from: an input is read once, so standard
 * input and pipes, which cannot be read again, can still be hashed or compared by their bytes.
 */
export async function readResolutionInput(
  file: string,
  options: ReadOptions = {},
): Promise<{tree: Resolution; bytes: Uint8Array; resolution?: string}> {
  const bytes = await readInput(file)
  const document = await decodeInput(file, bytes)
  const text = document.text
  const parseOptions = options.lang ? {lang: options.lang} : {}
  return parsingFile(file, () => {
    let tree: Resolution
    let resolution: string | undefined
    if (options.pick !== undefined) ({tree, resolution} = pickFromFile(text, options.pick, parseOptions))
    else {
      const volume = volumeOf(file, text, parseOptions)
      if (volume && volume.resolutions.length > 1) throw volumeTrouble(file, volume)
      // A volume of which one resolution can be read is read as that one, as `parse` reads it.
      const only = volume?.resolutions[0]
      if (only) ({tree, label: resolution} = only)
      else tree = parseThroughCache(text, parseOptions)
      if (volume?.unread.length) process.stderr.write(`resdiff: ${unreadNote(inputName(file), volume.unread)}`)
    }
    remapTree(tree, document)
    return resolution === undefined ? {tree, bytes} : {tree, bytes, resolution}
  })
}

/**
 * Read the two inputs of `diff` or `align`, each meant to hold one resolution. When one is a
 * printed volume (several resolutions on its pages) and the other holds one, the volume's
 * resolution that `closeness` finds nearest the other is read, and stderr says which, with
 * --pick to choose another: a translator holding page 12 of a volume and one resolution's
 * Chinese means that resolution. Two volumes, or a volume with no clear nearest resolution,
 * are refused with the labels to pick from, as a volume alone is.
 */
export async function readResolutionPair(
  files: readonly [string, string],
  options: ReadOptions,
  closeness: (first: Resolution, second: Resolution) => number,
): Promise<[Resolution, Resolution]> {
  const parseOptions = options.lang ? {lang: options.lang} : {}
  const inputs: Array<PairInput> = []
  for (const file of files) {
    const document = await decodeInput(file, await readInput(file))
    inputs.push({file, document, volume: volumeOf(file, document.text, parseOptions)})
  }
  const several = (input: PairInput): boolean => (input.volume?.resolutions.length ?? 0) > 1
  const volumeAt = inputs.findIndex(several)
  if (options.pick !== undefined) {
    // --pick chooses in the volumes; beside a volume, a text of one resolution is read as it is
    // (368 (1975) from the page against 369 (1975) on its own). Without a volume it must be the one named.
    const pick = options.pick
    const picked = (input: (typeof inputs)[number]): Resolution => {
      if (volumeAt !== -1 && !several(input)) return treeOf(input, parseOptions)
      const tree = parsingFile(input.file, () => pickFromFile(input.document.text, pick, parseOptions).tree)
      remapTree(tree, input.document)
      return tree
    }
    return [picked(inputs[0]!), picked(inputs[1]!)]
  }
  if (volumeAt === -1 || inputs.every(several))
    return [treeOf(inputs[0]!, parseOptions), treeOf(inputs[1]!, parseOptions)]
  const single = inputs[1 - volumeAt]!
  const volume = inputs[volumeAt]!
  const other = treeOf(single, parseOptions)
  const candidates = volume.volume!.resolutions.map(({label, tree}) => {
    remapTree(tree, volume.document)
    const score = volumeAt === 0 ? closeness(tree, other) : closeness(other, tree)
    return {label, tree, score}
  })
  candidates.sort((a, b) => b.score - a.score)
  // The other text's own number names the resolution (`第408(1977)号决议`); else the nearest, if clearly so.
  const key = (label: string | undefined): string => (label ?? '').replace(/\s/g, '').toLowerCase()
  const named = other.meta.number
    ? candidates.find((candidate) => key(candidate.label) === key(other.meta.number))
    : undefined
  const [nearest, next] = candidates
  const clear = nearest && nearest.score >= pickFloor && (!next || nearest.score - next.score >= pickMargin)
  const best = named ?? (clear ? nearest : undefined)
  if (!best) throw volumeTrouble(volume.file, volume.volume!)
  const why = named ? `the one ${inputName(single.file)} names` : `the one nearest ${inputName(single.file)}`
  process.stderr.write(
    `resdiff: ${inputName(volume.file)}: holds ${candidates.length} resolutions; reading ${best.label}, ${why} (give --pick to choose another)\n`,
  )
  if (volume.volume!.unread.length)
    process.stderr.write(`resdiff: ${unreadNote(inputName(volume.file), volume.volume!.unread)}`)
  return volumeAt === 0 ? [best.tree, other] : [other, best.tree]
}

// A volume's resolution is taken for the other input when it is this close to it (0–1, as the
// command measures it) and this much closer than the volume's next nearest resolution.
const pickFloor = 0.3
const pickMargin = 0.1

interface PairInput {
  file: string
  document: ReadDocument
  volume: Volume | undefined
}

type Volume = NonNullable<ReturnType<typeof readVolume>>

/**
 * The resolutions a file holds as `parse` splits it (a printed volume's, each with its label,
 * and those on its pages that give no paragraphs), or undefined when it reads as one text:
 * every command counts and names a volume's resolutions the same way. Trees keep the text's
 * offsets (not yet remapped).
 */
function volumeOf(file: string, text: string, parseOptions: {lang?: Lang}): Volume | undefined {
  if (!volumeLabels(text)) return undefined
  const volume = parsingFile(file, () => readVolume(text, parseOptions))
  return volume && volume.resolutions.length > 0 ? volume : undefined
}

function treeOf(input: PairInput, parseOptions: {lang?: Lang}): Resolution {
  const volume = input.volume
  if (volume && volume.resolutions.length > 1) throw volumeTrouble(input.file, volume)
  // A volume of which one resolution can be read is read as that one, as `parse` reads it.
  const tree = volume
    ? volume.resolutions[0]!.tree
    : parsingFile(input.file, () => parseThroughCache(input.document.text, parseOptions))
  if (volume?.unread.length) process.stderr.write(`resdiff: ${unreadNote(inputName(input.file), volume.unread)}`)
  remapTree(tree, input.document)
  return tree
}

/** A printed volume where one resolution was wanted: the labels to pick from (those `parse` reads). */
function volumeTrouble(file: string, volume: Volume): TroubleError {
  const labels = volume.resolutions.map((resolution) => resolution.label)
  return new TroubleError(
    `${inputName(file)}: holds ${labels.length} resolutions (${labels.join(', ')}); give --pick with the number of the one to read`,
  )
}

/** Run a parse, turning a text that is not a resolution (or not the one picked) into trouble naming the file. */
export function parsingFile<T>(file: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof Error && (error.name === 'NoStructureError' || error.name === 'PickError'))
      throw new TroubleError(`${inputName(file)}: ${error.message}`)
    throw error
  }
}

/** Read a file as every resolution it holds: one, or each resolution of a printed volume with its number. */
export async function readResolutions(
  file: string,
  options: ReadOptions = {},
): Promise<Array<{label?: string; tree: Resolution}> & {unread?: string[]}> {
  const document = await readDocumentFile(file)
  const text = document.text
  const parseOptions = options.lang ? {lang: options.lang} : {}
  const remapped = (found: Array<{label?: string; tree: Resolution}>): Array<{label?: string; tree: Resolution}> => {
    for (const item of found) remapTree(item.tree, document)
    return found
  }
  return parsingFile(file, () => {
    if (options.pick !== undefined)
      return remapped([{label: options.pick, tree: pickResolution(text, options.pick, parseOptions)}])
    const volume = readVolume(text, parseOptions)
    if (volume && volume.resolutions.length > 0)
      return Object.assign(remapped(volume.resolutions.map(({label, tree}) => ({label, tree}))), {
        unread: volume.unread,
      })
    return remapped([{tree: parseThroughCache(text, parseOptions)}])
  })
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

/** Walk the folders, saying on stderr what was skipped and why. */
export async function findCorpusFiles(roots: readonly string[]): Promise<CorpusFiles> {
  let found: CorpusFiles
  try {
    found = await walkCorpus(roots)
  } catch (error) {
    if (error instanceof WalkError) throw new TroubleError(error.message)
    throw error
  }
  for (const {file, reason} of found.skipped) process.stderr.write(`resdiff: skipped ${file} (${reason})\n`)
  if (found.files.length === 0) throw new TroubleError(`no resolution files found in ${roots.join(', ')}`)
  return found
}
