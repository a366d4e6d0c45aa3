import {realpathSync, rmSync, statSync} from 'node:fs'
import {rename, writeFile} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {TroubleError} from './errors.js'

/**
 * Are two names the same file? Device and inode decide, so a hard link or a second path
 * to an input is caught; names that do not exist (yet) are compared by resolved path.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const one = statSync(a)
    const two = statSync(b)
    return one.dev === two.dev && one.ino === two.ino
  } catch {
    const real = (file: string): string => {
      try {
        return realpathSync(file)
      } catch {
        return resolve(file)
      }
    }
    return real(a) === real(b)
  }
}

/** Refuse an output that is one of the inputs: a report must never replace what it reports on. */
export function refuseInputAsOutput(file: string, inputs: readonly string[]): void {
  const input = inputs.find((candidate) => sameFile(candidate, file))
  if (input !== undefined) throw new TroubleError(`${file}: is one of the input files; choose another output file`)
}

/**
 * Write a report to `-o FILE`, or to stdout when no file is given. Refuses to write over one of
 * the inputs, and writes through a temporary file renamed into place, so a failed or killed
 * run never leaves half a report.
 */
export async function writeOutput(output: string, file: string | undefined, inputs: readonly string[]): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(output)
    return
  }
  refuseInputAsOutput(file, inputs)
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    await writeFile(temporary, output)
    await rename(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    const reason =
      code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : `cannot be written (${code ?? String(error)})`
    throw new TroubleError(`${file}: ${reason}`)
  }
}
