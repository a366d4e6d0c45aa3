// Write a synthetic corpus's index with this checkout's store from the digests a cold build
// cached, without parsing 100,000 files again: `node bench/index-from-cache.js DIR COUNT OUT
// [PARSER_APP]`, where DIR is a RESDIFF_BENCH_DIR that bench/corpus.bench.js filled (DIR/corpus,
// DIR/cache), COUNT how many of its files, and PARSER_APP a checkout whose parser made the cache
// (its digests are found by that parser's fingerprint; default: this checkout). Prints the time,
// the peak RSS and the file's size. The SQLite part of a build (texts, paragraphs, postings merged
// per seed, seed directory, counts of places) is the same code as `resdiff index`; how the index
// of 100,000 resolutions in benchmarks.md was made (index@5 and @7). Not run by `npm run bench`.
import {statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const [dir, count, out, parserApp] = process.argv.slice(2)
if (!dir || !count || !out) {
  process.stderr.write('usage: node bench/index-from-cache.js DIR COUNT OUT [PARSER_APP]\n')
  process.exit(2)
}
const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const parser = await import(path.resolve(parserApp ?? here, 'dist/corpus/index.js'))
const {buildIndexFile} = await import(path.join(here, 'dist/corpus/store.js'))
// The names corpus-synth.js gives: 500 files a session folder, each mutated from one of eight bases.
const bases = [
  'cop-6-2.en.txt',
  'cop-6-2.zh.txt',
  'cop-8-3.en.md',
  'cop-10-draft-mexico.en.txt',
  'ga-74-60.en.txt',
  'ga-75-241.en.txt',
  'ga-78-17.en.txt',
  'ga-79-16.en.txt',
]
const files = Array.from({length: Number(count)}, (_, serial) =>
  path.join(
    dir,
    'corpus',
    `session-${String(Math.floor(serial / 500)).padStart(2, '0')}`,
    `${String(serial).padStart(5, '0')}-${bases[serial % 8]}`,
  ),
)
const jobs = files.map((file) => ({file, want: 'digest', cacheDir: path.join(dir, 'cache')}))
const started = performance.now()
let peak = 0
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200)
let indexed = 0
await buildIndexFile(out, async (writer) => {
  for await (const outcome of parser.parseFiles(jobs, {threads: 2})) {
    if (!outcome.ok) throw new Error(`${outcome.file}: ${outcome.reason}`)
    const info = statSync(outcome.file)
    writer.addFile(
      parser.outcomeParts(outcome).map((part) => part.digest),
      {path: path.resolve(outcome.file), size: info.size, mtimeMs: info.mtimeMs},
    )
    indexed++
  }
})
clearInterval(sampler)
console.log(
  `${indexed} files into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, ${(statSync(out).size / 2 ** 20).toFixed(1)} MB`,
)
