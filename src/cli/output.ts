import {realpathSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {TroubleError} from './errors.js'

function samePath(a: string, b: string): boolean {
  const real = (file: string): string => {
    try {
      return realpathSync(file)
    } catch {
      return resolve(file)
    }
  }
  return real(a) === real(b)
}

/**
 * Write a report to `-o FILE`, or to stdout when no file is given. Refuses to write over one of
 * the inputs: a report must never replace the text it reports on.
 */
export async function writeOutput(output: string, file: string | undefined, inputs: readonly string[]): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(output)
    return
  }
  const input = inputs.find((candidate) => samePath(candidate, file))
  if (input !== undefined) throw new TroubleError(`${file}: is one of the input files; choose another output file`)
  try {
    await writeFile(file, output)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    const reason =
      code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be written (${code ?? String(error)})`
    throw new TroubleError(`${file}: ${reason}`)
  }
}
