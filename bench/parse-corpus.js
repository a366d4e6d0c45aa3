// The parse benches' corpus: the seeds and the top-level fixtures (text), repeated to a size.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The texts of the seeds and of fixtures/*.txt. */
export const sources = [
  ...readdirSync(path.join(root, 'seeds')).map((name) => path.join(root, 'seeds', name)),
  ...readdirSync(path.join(root, 'fixtures'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(root, 'fixtures', name)),
].map((file) => readFileSync(file, 'utf8'))

/** The sources repeated, whole, until they hold at least `target` bytes; and their size in MB. */
export function repeatedTo(target) {
  const corpus = []
  let bytes = 0
  while (bytes < target)
    for (const text of sources) {
      corpus.push(text)
      bytes += Buffer.byteLength(text)
    }
  return {corpus, megabytes: bytes / 1024 / 1024}
}
