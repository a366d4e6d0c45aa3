// Time to render the HTML reports of the seed pairs, from results already computed: the cost
// `--format html` adds on top of parsing and aligning.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {decodeResolution, parseResolution} from '../dist/index.js'
import {diffResolutions, traceHistory} from '../dist/diff/index.js'
import {alignResolutions} from '../dist/bilingual/align-resolutions.js'
import {renderAlignHtml, renderDiffHtml, renderHistoryHtml} from '../dist/report/html/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const parse = (file) => parseResolution(decodeResolution(readFileSync(path.join(root, file))).text)

const cop62 = parse('seeds/cop-6-2.en.txt')
const cop62zh = parse('seeds/cop-6-2.zh.txt')
const cop83 = parse('seeds/cop-8-3.en.md')
const draft = parse('seeds/cop-10-draft-mexico.en.txt')
const ga7460 = parse('fixtures/ga-74-60.en.txt')
const ga75241 = parse('fixtures/ga-75-241.en.txt')

// Each case: the engine's result, computed once, and the renderer under test.
const cases = [
  ['diff 8/3 → tenth-session draft', diffResolutions(cop83, draft), (result) => renderDiffHtml(result, cop83, draft)],
  ['diff 74/60 → 75/241', diffResolutions(ga7460, ga75241), (result) => renderDiffHtml(result, ga7460, ga75241)],
  // The history report runs the word diff of each step itself: the history JSON carries none.
  [
    'history 6/2 → 8/3 → draft',
    traceHistory([cop62, cop83, draft]),
    (result) => renderHistoryHtml(result, [cop62, cop83, draft]),
  ],
  ['align 6/2 EN ↔ ZH', alignResolutions(cop62, cop62zh), (result) => renderAlignHtml(result, cop62, cop62zh)],
]

const runs = 50
console.log('| report | median render | page size |')
console.log('| --- | --- | --- |')
for (const [name, result, draw] of cases) {
  for (let warm = 0; warm < 5; warm++) draw(result)
  const times = []
  let html = ''
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    html = draw(result)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  console.log(`| ${name} | ${median.toFixed(2)} ms | ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB |`)
}
