import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution} from '../src/tree/types.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const documents = {
  cop62en: 'seeds/cop-6-2.en.txt',
  cop62zh: 'seeds/cop-6-2.zh.txt',
  cop83: 'seeds/cop-8-3.en.md',
  cop10draft: 'seeds/cop-10-draft-mexico.en.txt',
  ga7460: 'fixtures/ga-74-60.en.txt',
  ga75241: 'fixtures/ga-75-241.en.txt',
  ga7817: 'fixtures/ga-78-17.en.txt',
  ga7916: 'fixtures/ga-79-16.en.txt',
} as const

export type DocumentName = keyof typeof documents

export function readDocument(name: DocumentName): string {
  return readFileSync(path.join(root, documents[name]), 'utf8')
}

const cache = new Map<string, Resolution>()

export function parseDocument(name: DocumentName): Resolution {
  let tree = cache.get(name)
  if (!tree) {
    tree = parseResolution(readDocument(name))
    cache.set(name, tree)
  }
  return tree
}

/**
 * A real index of 6/2 and 8/3 (English) built by the CLI in a new folder, with a parse cache of
 * its own; the caller removes the folder. Throws with the CLI's stderr when the build fails.
 */
export function buildSeedIndex(prefix: string): {folder: string; index: string} {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  const index = path.join(folder, 'corpus.rdx')
  const built = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin/resdiff.js'),
      'index',
      path.join(root, documents.cop62en),
      path.join(root, documents.cop83),
      '-o',
      index,
    ],
    {encoding: 'utf8', env: {...process.env, RESDIFF_CACHE_DIR: path.join(folder, 'cache')}},
  )
  if (built.status !== 0) throw new Error(`index build failed: ${built.stderr}`)
  return {folder, index}
}

/** A real document under a folder of the repository (`fixtures/field`, `fixtures/corpus`…), parsed. */
export function parseFixture(folder: string, name: string): Resolution {
  return parseResolution(readFileSync(path.join(root, folder, name), 'utf8'))
}

/** The text of a resolution's closing (vote, meeting, adoption line), if it has one. */
export function conclusions(tree: Resolution): string | undefined {
  const node = tree.children.find((child) => child.type === 'conclusions')
  return node?.type === 'conclusions' ? node.text : undefined
}

/** Each paragraph's leading phrase as read. */
export const phrases = (paragraphs: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.text)

/** The first characters (code points) of each text. */
export const starts = (texts: string[], length: number): string[] =>
  texts.map((text) => [...text].slice(0, length).join(''))
