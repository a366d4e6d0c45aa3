import path from 'node:path'
import type {StaleFiles} from './fresh.js'

/**
 * A file as a person at this prompt would type it: relative to the current folder when it lies
 * under it, else as it is (absolute). Indexes record absolute paths; a corpus is usually below
 * the folder the command runs in.
 */
export function shownPath(file: string, from: string = process.cwd()): string {
  if (!path.isAbsolute(file)) return file
  const relative = path.relative(from, file)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file
  return relative
}

/** One sentence for the user, or undefined when every file is as indexed. */
export function describeStale(index: string, stale: StaleFiles): string | undefined {
  const changed = stale.changed.map((file) => shownPath(file))
  const gone = stale.gone.map((file) => shownPath(file))
  const added = stale.added.map((file) => shownPath(file))
  const {checked, folders} = stale
  if (changed.length === 0 && gone.length === 0 && added.length === 0) return undefined
  const names = (files: readonly string[]): string =>
    files.slice(0, 3).join(', ') + (files.length > 3 ? `, and ${files.length - 3} more` : '')
  const parts: string[] = []
  if (changed.length > 0)
    parts.push(
      `${changed.length} of the ${checked} files looked at changed since they were indexed (${names(changed)})`,
    )
  if (gone.length > 0) parts.push(`${gone.length} ${gone.length === 1 ? 'is' : 'are'} gone (${names(gone)})`)
  if (added.length > 0)
    parts.push(
      `${added.length} ${added.length === 1 ? 'file' : 'files'} in ${folders.length === 1 ? 'its folder' : 'its folders'} ${added.length === 1 ? 'is' : 'are'} not indexed (${names(added)})`,
    )
  const advice: string[] = []
  if (changed.length > 0)
    advice.push(
      `resdiff index --add ${changed.length <= 3 ? changed.join(' ') : 'FILE…'} -o ${index} re-indexes ${changed.length === 1 ? 'it' : 'them'}`,
    )
  if (added.length > 0) {
    const where = folders.filter((folder) => stale.added.some((file) => file.startsWith(folder + path.sep)))
    advice.push(
      `resdiff index --add ${where.length <= 3 ? where.map((folder) => shownPath(folder)).join(' ') : 'FOLDER…'} -o ${index} indexes ${added.length === 1 ? 'it' : 'them'}`,
    )
  }
  if (gone.length > 0 && advice.length === 0) advice.push('their text is still traced from the index')
  // What was not looked at, said where the user is already told the index is out of date.
  const unlooked =
    stale.unchanged === undefined || stale.unchanged === 0
      ? ''
      : ` (${stale.unchanged === 1 ? 'the 1 file of folders unchanged since was' : `the ${stale.unchanged} files of folders unchanged since were`} not looked at; a match quoting a file edited since is refused)`
  return `${index} may be out of date: ${parts.join(' and ')}; ${advice.join('; ')}${unlooked}`
}
