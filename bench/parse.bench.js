// Parse throughput on a >= 5 MB corpus built from the seeds and fixtures, against
// remark-parse on the same documents whole; and linear time on pathological input.
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {parseResolution, NoStructureError} from '../dist/index.js'
import {repeatedTo, sources} from './parse-corpus.js'

const {corpus, megabytes} = repeatedTo(5.5 * 1024 * 1024)

function time(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

// Warm up both, then take the best of three runs.
for (const text of sources) parseResolution(text)
const best = (fn) => Math.min(time(fn), time(fn), time(fn))
const ours = best(() => {
  for (const text of corpus) parseResolution(text)
})
const processor = unified().use(remarkParse)
const remark = best(() => {
  for (const text of corpus) processor.parse(text)
})

console.log(`corpus: ${corpus.length} documents, ${megabytes.toFixed(2)} MB (seeds and fixtures, repeated)`)
console.log(`resdiff parse : ${ours.toFixed(3)} s  ${(megabytes / ours).toFixed(2)} MB/s`)
console.log(
  `remark-parse  : ${remark.toFixed(3)} s  ${(megabytes / remark).toFixed(2)} MB/s (documents whole, mdast only)`,
)
console.log(`ratio         : resdiff is ${(remark / ours).toFixed(2)}x the speed of remark-parse`)
console.log(`target        : >= 5 MB/s on one core: ${megabytes / ours >= 5 ? 'met' : 'NOT met'}`)

console.log('\nlinear time on pathological input (seconds; doubling the size should double the time):')
const cases = {
  'one line of words': (n) => 'word '.repeat(n / 5),
  'blank lines': (n) => '\n'.repeat(n),
  'one line of seed text': (n) =>
    sources[1]
      .replace(/\n/g, ' ')
      .repeat(Math.ceil(n / sources[1].length))
      .slice(0, n),
  asterisks: (n) => '*a '.repeat(n / 3),
}
for (const [name, make] of Object.entries(cases)) {
  const row = []
  for (const size of [1_250_000, 2_500_000, 5_000_000]) {
    const text = make(size)
    const seconds = time(() => {
      try {
        parseResolution(text)
      } catch (error) {
        if (!(error instanceof NoStructureError)) throw error
      }
    })
    row.push(`${(size / 1e6).toFixed(2)} MB ${seconds.toFixed(3)}`)
  }
  console.log(`  ${name.padEnd(22)} ${row.join('   ')}`)
}
