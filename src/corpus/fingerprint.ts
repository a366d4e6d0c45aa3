import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The stages whose code decides what tree a text parses to. */
const parserFolders = ['../read', '../parse', '../tree']

/** …and, with these, what an index digest of the tree holds (paragraph texts, shingles). */
const digestFolders = [...parserFolders, '../diff', '.']

const computed = new Map<string, string>()

// The bundled CLI (scripts/bundle.js) is built from dist/ as it stands, and carries the two
// fingerprints of that dist/ (esbuild `define`): its code and its fingerprints cannot disagree,
// and a command that reads one file does not read the parser's hundred files to hash them.
declare const RESDIFF_FINGERPRINTS: {parser: string; digest: string} | undefined
const builtIn = typeof RESDIFF_FINGERPRINTS === 'undefined' ? undefined : RESDIFF_FINGERPRINTS

/**
 * A hash of the parser's own code. Cached trees are keyed by it, so any change to the
 * parser (a release or a local edit) makes every cached tree a miss instead of a stale hit.
 */
export function parserFingerprint(): string {
  return builtIn?.parser ?? fingerprintOf(parserFolders)
}

/** A hash of the code behind an index digest: the parser, the tokenizer and this folder. */
export function digestFingerprint(): string {
  return builtIn?.digest ?? fingerprintOf(digestFolders)
}

/** Both fingerprints, computed from the code (for scripts/bundle.js to build in). */
export function computedFingerprints(): {parser: string; digest: string} {
  return {parser: fingerprintOf(parserFolders), digest: fingerprintOf(digestFolders)}
}

function fingerprintOf(folders: readonly string[]): string {
  const known = computed.get(folders.join('\0'))
  if (known) return known
  const hash = createHash('sha256')
  const here = path.dirname(fileURLToPath(import.meta.url))
  for (const folder of folders) {
    const root = path.resolve(here, folder)
    for (const file of listCode(root)) {
      hash.update(path.relative(root, file))
      hash.update('\0')
      hash.update(readFileSync(file))
      hash.update('\0')
    }
  }
  const fingerprint = hash.digest('hex').slice(0, 16)
  computed.set(folders.join('\0'), fingerprint)
  return fingerprint
}

function listCode(folder: string): string[] {
  let entries
  try {
    entries = readdirSync(folder, {withFileTypes: true})
  } catch {
    return []
  }
  const files: string[] = []
  for (const entry of entries) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) files.push(...listCode(file))
    else if (/\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(file)
  }
  return files.sort()
}
