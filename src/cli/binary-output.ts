import {TroubleError} from './errors.js'
import {writeFileAtomic} from './output.js'

/**
 * Write a binary report (a Word redline) to `--output FILE`: never to a terminal or stdout,
 * never over an input (compared by device and inode), and never half-written — it goes to a
 * temporary file beside the target, renamed into place once complete (see writeFileAtomic).
 */
export async function writeBinaryOutput(
  bytes: Uint8Array,
  file: string | undefined,
  inputs: readonly string[],
  what: string,
): Promise<void> {
  if (file === undefined || file === '-')
    throw new TroubleError(`${what} is a binary file: name it with --output FILE (it is not written to the terminal)`)
  writeFileAtomic(file, bytes, inputs)
}
