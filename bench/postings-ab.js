// The draft's postings read from two or more index formats in the same minutes (the machine is
// shared: runs side by side see the same load): `node bench/postings-ab.js ROUNDS DRAFT
// APP@INDEX…`, where APP is a checkout with dist/ built and INDEX an index that build reads (index@6
// from a build before index@7, index@7 from one after). Each run is a new process that opens the
// index and reads the postings of every distinct seed of the draft's paragraphs once, as a trace
// does (`CorpusIndex.postings`: rows read, checked against the seed directory and their checksums,
// decoded, cut at the cap), on its main thread; prints per format the median wall and CPU, the ids
// read, and the load average around the runs. Not run by `npm run bench` (no .bench.js).
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {alternate, loadRange, median} from './alternate.js'

const [rounds, draft, ...named] = process.argv.slice(2)

if (process.env.RESDIFF_POSTINGS_CHILD) {
  // One run: APP INDEX DRAFT.
  const [app, index, draftFile] = process.argv.slice(2)
  const {readFileSync} = await import('node:fs')
  const load = (module) => import(path.resolve(app, 'dist', module))
  const {CorpusIndex, wordSpans, seedsOf} = await load('corpus/index.js')
  const {parseResolution} = await load('parse/index.js')
  const {paragraphs} = await load('tree/access.js')
  const parsed = parseResolution(readFileSync(draftFile, 'utf8'))
  const seeds = new Set()
  for (const paragraph of paragraphs(parsed)) {
    const {words} = wordSpans(paragraph.text, parsed.lang)
    if (words.length >= 3) for (const seed of seedsOf(words)) seeds.add(seed)
  }
  const usage = process.cpuUsage()
  const started = performance.now()
  const opened = CorpusIndex.open(index)
  let ids = 0
  opened.reading(() => {
    for (const seed of seeds) ids += opened.postings(seed).length
  })
  opened.close()
  const spent = process.cpuUsage(usage)
  console.log(
    JSON.stringify({
      wallMs: performance.now() - started,
      cpuMs: (spent.user + spent.system) / 1000,
      seeds: seeds.size,
      ids,
    }),
  )
  process.exit(0)
}

if (!rounds || !draft || named.length === 0) {
  process.stderr.write('usage: node bench/postings-ab.js ROUNDS DRAFT APP@INDEX…\n')
  process.exit(2)
}
const {results, loads} = alternate(fileURLToPath(import.meta.url), rounds, draft, named, 'RESDIFF_POSTINGS_CHILD')
for (const [name, runs] of results)
  console.log(
    `${name}: median ${median(runs.map((run) => run.wallMs)).toFixed(0)} ms wall, ${median(runs.map((run) => run.cpuMs)).toFixed(0)} ms CPU ` +
      `(${runs.map((run) => run.wallMs.toFixed(0)).join(', ')}); ${runs[0].seeds} seeds, ${runs[0].ids} ids`,
  )
console.log(loadRange(loads))
