import {realpathSync} from 'node:fs'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {TroubleError} from './errors.js'

function real(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return resolve(file)
  }
}

/**
 * Write a binary report (a Word redline) to `--output FILE`: never to a terminal or stdout,
 * never over an input, and never half-written — it goes to a temporary file beside the target,
 * renamed into place once complete.
 */
export async function writeBinaryOutput(
  bytes: Uint8Array,
  file: string | undefined,
  inputs: readonly string[],
  what: string,
): Promise<void> {
  if (file === undefined || file === '-')
    throw new TroubleError(`${what} is a binary file: name it with --output FILE (it is not written to the terminal)`)
  if (inputs.some((input) => real(input) === real(file)))
    throw new TroubleError(`${file}: is one of the input files; choose another output file`)
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    await writeFile(temporary, bytes, {flag: 'wx'})
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : `cannot be written (${code ?? String(error)})`
    throw new TroubleError(`${file}: ${reason}`)
  }
}
