// `--text` once the index is open, from two or more builds in the same minutes: `node
// bench/text-ab.js ROUNDS DRAFT APP@INDEX…` (APP a checkout with dist/ built, INDEX an index it
// reads). Each run is a new process that opens the index and traces, one after the other, the 20
// clauses of ten words cut from the middle of the draft's paragraphs (clausesOf in
// corpus-synth.js, as bench/corpus.bench.js does); prints per build the median and slowest
// clause over every run, the median open, and the load average around the runs. Not run by `npm
// run bench` (no .bench.js).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {alternate, loadRange, median} from './alternate.js'

if (process.env.RESDIFF_TEXT_CHILD) {
  const [app, index, draftFile] = process.argv.slice(2)
  const load = (module) => import(path.resolve(app, 'dist', module))
  const {CorpusIndex, traceText} = await load('corpus/index.js')
  const {parseResolution} = await load('parse/index.js')
  const {clausesOf} = await import('./corpus-synth.js')
  const clauses = clausesOf(parseResolution(readFileSync(draftFile, 'utf8')))
  const opening = performance.now()
  const opened = CorpusIndex.open(index)
  const openMs = performance.now() - opening
  const times = clauses.map((clause) => {
    const at = performance.now()
    traceText(opened, clause, 'en')
    return performance.now() - at
  })
  opened.close()
  console.log(JSON.stringify({openMs, times}))
  process.exit(0)
}

const [rounds, draft, ...named] = process.argv.slice(2)
if (!rounds || !draft || named.length === 0) {
  process.stderr.write('usage: node bench/text-ab.js ROUNDS DRAFT APP@INDEX…\n')
  process.exit(2)
}
const {results, loads} = alternate(fileURLToPath(import.meta.url), rounds, draft, named, 'RESDIFF_TEXT_CHILD')
for (const [name, runs] of results) {
  const times = runs.flatMap((run) => run.times)
  console.log(
    `${name}: --text once open median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms ` +
      `(${times.length} clauses in ${runs.length} runs); open ${median(runs.map((run) => run.openMs)).toFixed(0)} ms`,
  )
}
console.log(loadRange(loads))
