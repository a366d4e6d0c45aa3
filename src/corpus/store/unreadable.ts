/*
 * What an index recorded of the files it could not read, in a module of its own: the stale-file
 * check's worker reads it without loading the index writer (and the tokenizer and parser modules
 * that writer leads to).
 */

/** The files an index recorded as unreadable (`meta.unreadable`: path → [size, mtime]); an entry that does not read is left out. */
export function unreadableFiles(recorded: unknown): Map<string, [number, number]> {
  const files = new Map<string, [number, number]>()
  try {
    const parsed: unknown = typeof recorded === 'string' ? JSON.parse(recorded) : {}
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return files
    for (const [file, stamp] of Object.entries(parsed as Record<string, unknown>))
      if (Array.isArray(stamp) && typeof stamp[0] === 'number' && typeof stamp[1] === 'number')
        files.set(file, [stamp[0], stamp[1]])
  } catch {
    // A list that does not read is no list: such files are named as not indexed.
  }
  return files
}
