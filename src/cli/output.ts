// Every file resdiff writes for `-o/--output` goes through here (issue 15):
// - an output is never one of the inputs: files are compared by device and inode, so a hard
//   link or a symbolic link to an input is caught, and an output that is a text file inside an
//   input folder (which the folder walk would read) is refused too;
// - the file is written whole to a temporary file in the same folder and renamed over the
//   target, so a failure or a kill never leaves half a report or half an index behind; a
//   temporary file still pending when resdiff is interrupted is removed on the way out, and one
//   left by a process that was killed outright (SIGKILL) is removed by the next write.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs'
import path from 'node:path'
import {TroubleError} from './errors.js'
import {sniffContent} from '../corpus/walk.js'
import {isDiskTrouble, writeCause} from '../write-errors.js'
import {isRunning} from '../temporaries.js'

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

function realOf(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/** Would a folder walk read this file as a resolution (not empty, not binary)? */
function textLike(file: string): boolean {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'r')
    const head = new Uint8Array(4096)
    const length = readSync(descriptor, head, 0, head.length, 0)
    return length > 0 && sniffContent(head.subarray(0, length)) !== 'binary'
  } catch {
    return false
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * Refuse `output` when it is one of `inputs` (files or folders named on the command line, or
 * the files a command read from them). Throws a TroubleError with one sentence.
 */
export function checkOutput(output: string, inputs: readonly string[]): void {
  // Before any work: a folder that is not there is said now, not after parsing a corpus.
  const folder = statOf(path.dirname(output))
  if (folder === undefined) throw new TroubleError(`${output}: its folder does not exist`)
  if (!folder.isDirectory()) throw new TroubleError(`${output}: ${path.dirname(output)} is a file, not a folder`)
  const target = statOf(output)
  if (target === undefined) return
  if (target.isDirectory()) throw new TroubleError(`${output}: is a folder; give a file name for the output`)
  for (const input of inputs) {
    const stats = statOf(input)
    if (stats === undefined) continue
    if (stats.dev === target.dev && stats.ino === target.ino) {
      throw new TroubleError(
        `${output}: is one of the input files${input === output ? '' : ` (${input})`}; choose another output file`,
      )
    }
    if (stats.isDirectory()) {
      const folder = realOf(input)
      const real = realOf(output)
      if (real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep) && textLike(real)) {
        throw new TroubleError(`${output}: is a text file inside the input folder ${input}; choose another output file`)
      }
    }
  }
}

const pending = new Set<string>()
let handlersInstalled = false

function installHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  const cleanUp = (): void => {
    for (const file of pending) rmSync(file, {force: true})
    pending.clear()
  }
  process.on('exit', cleanUp)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUp()
      // Die of the same signal, so the parent sees how resdiff ended.
      process.kill(process.pid, signal)
    })
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist'
  if (code === 'EISDIR') return 'is a folder'
  // A full disk, a quota, a size limit, a read-only disk: the temporary file goes, the file stays as it was.
  if (isDiskTrouble(code)) return `${writeCause(code)}; nothing was written`
  return writeCause(code) ?? `cannot be written (${code ?? String(error)})`
}

/** A write of `file` that failed, as one sentence naming the file and the cause. */
export function outputTrouble(file: string, error: unknown): TroubleError {
  return new TroubleError(`${file}: ${reasonOf(error)}`)
}

/**
 * Temporary files of earlier writes of `file` whose process is gone (killed with SIGKILL, which
 * leaves no time to clean up): nobody else will remove them.
 */
function removeAbandoned(file: string): void {
  const folder = path.dirname(file)
  const prefix = `.${path.basename(file)}.`
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const pid = /^(\d+)\.[\da-f]{8}\.tmp$/u.exec(name.slice(prefix.length))?.[1]
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue
    rmSync(path.join(folder, name), {force: true})
  }
}

/**
 * `bytes` random bytes in hex, from the Web Crypto global: node:crypto itself would load with
 * this module on every run (some 4 ms of start-up), though only a write with -o needs it.
 */
function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex')
}

/**
 * Write `content` to `file` whole: to a temporary file beside it, flushed, then renamed over
 * it. `inputs` are checked with {@link checkOutput} first. Errors are one-sentence TroubleErrors.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, inputs: readonly string[] = []): void {
  checkOutput(file, inputs)
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  // A device, a named pipe or a socket (`-o /dev/stdout`, `-o /dev/null`, `-o >(gzip)`) is a
  // stream, not a file to replace: renamed over, it would become a plain file (even /dev/null, as root).
  const target = statOf(file)
  if (target !== undefined && !target.isFile()) return writeStream(file, bytes)
  // A symbolic link stays a link: the file it points to is the one written (as the shell's `>` does).
  const real = linkTarget(file)
  if (real !== undefined) return writeFileAtomic(real, bytes, inputs)
  installHandlers()
  removeAbandoned(file)
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomHex(4)}.tmp`)
  pending.add(temporary)
  try {
    const descriptor = openSync(temporary, 'wx', 0o666)
    try {
      let written = 0
      while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, file)
  } catch (error) {
    try {
      rmSync(temporary, {force: true})
    } catch {
      // No folder to hold it (ENOTDIR, EACCES): nothing was written.
    }
    throw outputTrouble(file, error)
  } finally {
    pending.delete(temporary)
  }
}

/** The file a symbolic link `file` points to (followed to the end, or as far as it goes), or undefined when `file` is no link. */
export function linkTarget(file: string): string | undefined {
  if (!entryOf(file)?.isSymbolicLink()) return undefined
  try {
    return realpathSync(file)
  } catch {
    // A link to a file not yet there: the file is created where the link points (not along a
    // chain of links that loops, which is replaced as before).
    const next = path.resolve(path.dirname(file), readlinkSync(file))
    return entryOf(next) === undefined ? next : undefined
  }
}

/** The file's own entry (a link not followed), or undefined where there is none: no such file, or a file where its folder should be (ENOTDIR), which the write then reports. */
function entryOf(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file, {throwIfNoEntry: false})
  } catch {
    return undefined
  }
}

/** Write `bytes` straight into a device, a named pipe or a socket. */
function writeStream(file: string, bytes: Uint8Array): void {
  try {
    const descriptor = openSync(file, 'w')
    try {
      let written = 0
      while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    throw outputTrouble(file, error)
  }
}

/**
 * Write a report to `-o FILE`, or to stdout when no file is given (or `-`). Refuses to write
 * over one of the inputs: a report must never replace the text it reports on.
 */
export async function writeOutput(output: string, file: string | undefined, inputs: readonly string[]): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(output)
    return
  }
  writeFileAtomic(file, output, inputs)
}
