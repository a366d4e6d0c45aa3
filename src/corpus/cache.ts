import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Lang} from '../tree/types.js'
import {digestFingerprint, parserFingerprint} from './fingerprint.js'
import {isRunning} from '../temporaries.js'

/** Marks a folder as ours (and as a cache to backup tools): `clearCache` refuses folders without it. */
const tagName = 'CACHEDIR.TAG'
const tagText =
  'Signature: 8a477f597d28d172789f06886806bc55\n# This is the resdiff parse cache; `resdiff cache clear` removes it.\n'

/** The per-user cache folder: `$RESDIFF_CACHE_DIR`, else `resdiff` in the platform's user cache. */
export function defaultCacheDir(): string {
  const override = process.env['RESDIFF_CACHE_DIR']
  if (override) return override
  const home = os.homedir()
  if (process.platform === 'win32')
    return path.join(process.env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local'), 'resdiff', 'cache')
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'resdiff')
  return path.join(process.env['XDG_CACHE_HOME'] || path.join(home, '.cache'), 'resdiff')
}

/**
 * The key of a parsed tree: the file's bytes, the language asked for and the parser's code.
 * Two files with the same bytes share one entry; a new parser never sees an old entry.
 */
export function treeKey(bytes: Uint8Array, lang: Lang | undefined, fingerprint = parserFingerprint()): string {
  return createHash('sha256')
    .update(`resdiff-tree\0${fingerprint}\0${lang ?? 'auto'}\0`)
    .update(bytes)
    .digest('hex')
}

/** What an entry holds: a parsed tree, or the index's digest of one. */
export type CacheKind = 'trees' | 'digests'

/** The key of a digest: the tree's key and the code that digests trees. */
export function digestKey(treeKeyValue: string, fingerprint = digestFingerprint()): string {
  return createHash('sha256').update(`resdiff-digest\0${fingerprint}\0${treeKeyValue}`).digest('hex')
}

/** Parsed trees (and index digests) as JSON text, one file per key; synchronous so worker threads can use it freely. */
export class TreeCache {
  readonly dir: string

  constructor(dir: string) {
    this.dir = dir
  }

  /** The cached tree's JSON, or undefined. An unreadable or torn entry is a miss, not an error. */
  get(key: string, kind: CacheKind = 'trees'): string | undefined {
    const file = this.entryPath(key, kind)
    let json: string
    try {
      json = readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
    // Entries are written whole (rename) and begin with their own key, so a torn or
    // foreign file is never taken for a tree.
    const header = `${key}\n`
    if (!json.startsWith(header) || !json.endsWith('}')) return undefined
    return json.slice(header.length)
  }

  set(key: string, json: string, kind: CacheKind = 'trees'): void {
    const file = this.entryPath(key, kind)
    // The writer's pid and the time, so a temporary file a killed writer left can be told from one being written.
    const temporary = `${file}.${process.pid}.${Date.now()}.${(this.written++).toString(36)}.tmp`
    try {
      this.ensureDir(path.dirname(file))
      this.sweep(path.dirname(file))
      writeFileSync(temporary, `${key}\n${json}`)
      renameSync(temporary, file)
    } catch {
      // A cache that cannot be written (read-only disk, full disk) only costs speed; the part
      // of the entry that was written goes (if there is a folder to hold it at all).
      try {
        rmSync(temporary, {force: true})
      } catch {
        // No folder (ENOTDIR, EACCES): nothing was written.
      }
    }
  }

  /** Entries written by this process (part of each temporary file's name). */
  private written = 0
  /** Folders already swept by this process. */
  private readonly swept = new Set<string>()

  /**
   * Remove the temporary files a killed writer left in a folder (SIGKILL or a power cut: no
   * handler ran), once per folder per process, before the first write into it. A temporary
   * file is abandoned when its writer's process is gone, or whatever its pid when it is over
   * 10 minutes old (an entry is written in milliseconds, and a pid may be reused). In a cache
   * shared between machines a pid from another machine may look gone: removing its temporary
   * file only makes that write fail quietly, a cache miss later.
   */
  private sweep(folder: string): void {
    if (this.swept.has(folder)) return
    this.swept.add(folder)
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      return
    }
    const now = Date.now()
    for (const name of names) {
      const match = abandonedName.exec(name)
      if (!match) continue
      if (now - Number(match[2]) <= 600_000 && isRunning(Number(match[1]))) continue
      try {
        rmSync(path.join(folder, name), {force: true})
      } catch {
        // Not ours to remove (permissions): it only takes room.
      }
    }
  }

  private entryPath(key: string, kind: CacheKind): string {
    return path.join(this.dir, kind, key.slice(0, 2), `${key}.json`)
  }

  private ensureDir(folder: string): void {
    if (existsSync(folder)) return
    makeFolders(folder)
    const tag = path.join(this.dir, tagName)
    if (!existsSync(tag)) writeFileSync(tag, tagText)
  }
}

/**
 * `mkdir -p`, a folder at a time: Node 20's `mkdirSync(…, {recursive: true})` spins forever where
 * mkdir answers ENOENT under a folder that exists (`RESDIFF_CACHE_DIR=/proc/cache`, other
 * pseudo file systems); here that folder's error is thrown, and the cache is only a miss.
 */
function makeFolders(folder: string): void {
  try {
    mkdirSync(folder)
    return
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    const parent = path.dirname(folder)
    if (code !== 'ENOENT' || parent === folder) throw error
    makeFolders(parent)
  }
  mkdirSync(folder)
}

/** A cache entry's temporary file: `KEY.json.PID.MILLISECONDS.N.tmp`. */
const abandonedName = /^[0-9a-f]{64}\.json\.(\d+)\.(\d+)\.[0-9a-z]+\.tmp$/u

/** Thrown when asked to clear a folder that is not a resdiff cache. */
export class CacheError extends Error {
  override name = 'CacheError'
}

/** Remove every cached tree. Returns false when there was no cache; refuses a folder that is not ours. */
export function clearCache(dir: string): boolean {
  if (!existsSync(dir)) return false
  if (!existsSync(path.join(dir, tagName))) {
    throw new CacheError(`${dir} is not a resdiff cache (it has no ${tagName}); not removing it`)
  }
  rmSync(dir, {recursive: true, force: true})
  return true
}
