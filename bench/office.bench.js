// What reading Word and PDF adds (issue 12): for a 22-page PDF and its Word file (the three
// English seeds one after another, made by pandoc and LibreOffice: scripts/make-office-fixtures.sh)
// and for the 9-page resolution 8/3, the time to turn the file into the parser's text
// (readDocument), against parsing that text. Median of 5 runs after one warm-up, in a fresh
// process so the PDF.js and XML modules' first load is counted once, as a user's run pays it.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseResolution, readDocument} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const files = [
  'bench/office/three-resolutions.en.pdf',
  'bench/office/three-resolutions.en.docx',
  'fixtures/office/cop-8-3.en.pdf',
  'fixtures/office/cop-8-3.en.docx',
  'fixtures/office/cop-6-2.zh.pdf',
]

async function measure(fn) {
  const wall = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(cpu)
  return {wall: Number(process.hrtime.bigint() - wall) / 1e6, cpu: (used.user + used.system) / 1000}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

console.log('| file | first read (wall) | read, median (wall / CPU) | parse of its text (wall) |')
console.log('| --- | ---: | ---: | ---: |')
for (const file of files) {
  const bytes = readFileSync(path.join(root, file))
  let document
  const first = await measure(async () => {
    document = await readDocument(bytes)
  })
  const reads = []
  for (let run = 0; run < 5; run++) reads.push(await measure(() => readDocument(bytes)))
  const parses = []
  for (let run = 0; run < 5; run++) parses.push(await measure(() => parseResolution(document.text)))
  const ms = (value) => `${value.toFixed(0)} ms`
  console.log(
    `| ${file} | ${ms(first.wall)} | ${ms(median(reads.map((r) => r.wall)))} / ${ms(median(reads.map((r) => r.cpu)))} | ${ms(median(parses.map((p) => p.wall)))} |`,
  )
}
