import {readdir, stat} from 'node:fs/promises'
import type {Dirent} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {reasonToSkip} from '../walk.js'
import {pathsUnder} from './folders.js'
import {fileState} from './fresh.js'

// Files added to an index's folders since it was built (the stale-file check, fresh.ts): found by
// the same rules as `resdiff index` walks a folder.

/**
 * Files added to one changed folder (under a folder the index was built from): its own files the
 * index does not hold, and every file under a subfolder it has no stamp of (new since). Stamped
 * subfolders are looked at on their own, if they changed.
 */
export async function findAddedIn(
  index: string,
  folder: string,
  indexed: ReadonlySet<string>,
  known: ReadonlySet<string>,
  added: string[],
  unreadable: ReadonlyMap<string, [number, number]>,
): Promise<void> {
  for (const entry of await visibleEntries(folder)) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!known.has(file)) await findAdded(file, indexedUnder(index, file), added, unreadable)
      continue
    }
    await judgeAdded(file, entry, indexed, added, unreadable)
  }
}

/** The files an index holds anywhere under a folder (one range query on its index of paths). */
function indexedUnder(index: string, folder: string): ReadonlySet<string> {
  const db = new Database(index, {readonly: true, fileMustExist: true})
  try {
    return new Set(
      db
        .prepare('SELECT path FROM documents WHERE path >= ? AND path < ?')
        .pluck()
        .all(...pathsUnder(folder)) as string[],
    )
  } finally {
    db.close()
  }
}

/**
 * Files under a folder the index was built from that it does not hold (nor tried and could not
 * read, as they were then) and that `resdiff index` would read (the walk's own rules: hidden entries skipped, links to folders not followed, other
 * files judged by extension and first bytes — only those not indexed are opened).
 */
export async function findAdded(
  folder: string,
  indexed: ReadonlySet<string>,
  added: string[],
  unreadable: ReadonlyMap<string, [number, number]> = new Map(),
): Promise<void> {
  for (const entry of await visibleEntries(folder)) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      await findAdded(file, indexed, added, unreadable)
      continue
    }
    await judgeAdded(file, entry, indexed, added, unreadable)
  }
}

/** A file found in a folder, not indexed, that `resdiff index` would read: added to the folder since. */
async function judgeAdded(
  file: string,
  entry: Dirent,
  indexed: ReadonlySet<string>,
  added: string[],
  unreadable: ReadonlyMap<string, [number, number]>,
): Promise<void> {
  if (indexed.has(file)) return
  // A file the build could not read is not new, until its bytes change.
  const failed = unreadable.get(file)
  if (failed !== undefined && fileState(file, failed[0], failed[1], '') === 'same') return
  const isFile = entry.isSymbolicLink() ? (await stat(file).catch(() => undefined))?.isFile() : entry.isFile()
  if (isFile && (await reasonToSkip(file)) === undefined) added.push(file)
}

/** A folder's entries in name order, hidden ones left out (the walk's rule); none when it cannot be read. */
async function visibleEntries(folder: string): Promise<Dirent[]> {
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch {
    return []
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
