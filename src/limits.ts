/**
 * The largest input file resdiff reads: 16 MB. Parsing takes about 90 times the file's size
 * in memory (a 25 MB file took 2.3 GB and a 50 MB one ran out of string length after 34 s),
 * so a larger file is refused with one sentence instead. A long resolution is 50–100 kB.
 */
export const maxInputBytes = 16 * 1024 * 1024

/** `17825792 bytes` as `17.0 MB`, for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
