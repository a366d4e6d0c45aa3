// Why a write failed, in words a user can act on (issue 15). An output (-o), a cache entry or
// an index that cannot be written is one sentence naming the file and the cause — a full disk,
// a used-up quota, a size limit on files, a read-only file system — never an error code alone.
import {closeSync, fsyncSync, openSync, rmSync, statSync, writeSync} from 'node:fs'
import path from 'node:path'

/** The causes of a failed write resdiff names, by the system's error code. */
const causes: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would pass the size limit for files (ulimit -f)',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'the disk reported an input/output error',
}

/** The cause of a failed write, from the system's error code; undefined for another code. */
export function writeCause(code: string | undefined): string | undefined {
  return code === undefined ? undefined : causes[code]
}

/** Causes that come from the disk, not from the file's name or folder: the write left nothing behind. */
export function isDiskTrouble(code: string | undefined): boolean {
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' || code === 'EROFS' || code === 'EIO'
}

/**
 * SQLite says only that a write failed (SQLITE_IOERR_WRITE), not why. Find out by doing what
 * it did: in the same folder, write 64 KB at the offset where `file` stopped growing, and see
 * what the system answers (EFBIG past a size limit, ENOSPC, EDQUOT, EROFS, EACCES). The probe
 * file is removed. Returns the cause in words, or undefined when the probe write succeeds.
 */
export function probeWriteCause(file: string): string | undefined {
  let size = 0
  try {
    size = statSync(file).size
  } catch {
    // Not created yet: the probe writes from the start.
  }
  const probe = path.join(path.dirname(file), `.resdiff-probe.${process.pid}.tmp`)
  let descriptor: number | undefined
  try {
    descriptor = openSync(probe, 'wx')
    const block = Buffer.alloc(64 * 1024)
    // A write that reaches a size limit is cut short; the next one is refused (EFBIG).
    let written = 0
    while (written < block.length)
      written += writeSync(descriptor, block, written, block.length - written, size + written)
    fsyncSync(descriptor)
    return undefined
  } catch (error) {
    return writeCause((error as NodeJS.ErrnoException).code)
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
    rmSync(probe, {force: true})
  }
}
