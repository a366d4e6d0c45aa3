import {readFileSync} from 'node:fs'
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
