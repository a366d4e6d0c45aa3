// `npm run bench -- align`: align a synthetic English/Chinese pair built from the 6/2 seeds,
// at growing sizes, to show the banded alignment grows near-linearly.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseResolution, preambularParagraphs, operativeParagraphs} from '../dist/index.js'
import {alignResolutions} from '../dist/bilingual/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const en = parseResolution(readFileSync(path.join(root, 'seeds/cop-6-2.en.txt'), 'utf8'))
const zh = parseResolution(readFileSync(path.join(root, 'seeds/cop-6-2.zh.txt'), 'utf8'))
const texts = (tree) => ({
  preamble: preambularParagraphs(tree).map((paragraph) => paragraph.text),
  operative: operativeParagraphs(tree).map((paragraph) => paragraph.text),
})
const source = {en: texts(en), zh: texts(zh)}

/**
 * A resolution of `size` paragraphs per side, about half preambular and half operative
 * (at most 900 operative: the parser reads paragraph numbers up to three digits), cycling
 * through the seed's paragraphs; each carries its own symbol so that paragraphs differ.
 * The Chinese drops every 250th paragraph, so the alignment has gaps to find.
 */
function synthetic(size) {
  const half = Math.max(size / 2, size - 900)
  const en = [
    'Resolution 99/1',
    '',
    'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
    '',
  ]
  const zh = ['第99/1号决议', '', '《联合国打击跨国有组织犯罪公约》缔约方会议，', '']
  let zhNumber = 0
  for (let index = 0; index < size; index++) {
    const operative = index >= half
    const pool = operative ? 'operative' : 'preamble'
    const seed = index % source.en[pool].length
    const symbol = `CTOC/COP/BENCH/${index + 1}`
    const enText = source.en[pool][seed].replace(/[,;.]$/, (mark) => `, as noted in ${symbol}${mark}`)
    const zhText = source.zh[pool][seed].replace(/[，；。]$/, (mark) => `，见${symbol}${mark}`)
    en.push(operative ? `${index - half + 1}. ${enText}` : enText, '')
    if ((index + 1) % 250 === 0) continue
    zh.push(operative ? `${++zhNumber}. ${zhText}` : zhText, '')
  }
  return {en: en.join('\n'), zh: zh.join('\n')}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

// Warm the JIT and the regular expressions once, so the smallest size is not charged for it.
{
  const {en: enText, zh: zhText} = synthetic(250)
  alignResolutions(parseResolution(enText), parseResolution(zhText))
}

const cli = []
for (let run = 0; run < 5; run++) {
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    [path.join(root, 'bin/resdiff.js'), 'align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt', '--format', 'json'],
    {cwd: root},
  )
  if (child.status !== 0) throw new Error(`resdiff align exited ${child.status}`)
  cli.push(performance.now() - started)
}
console.log(
  `resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --format json: median of 5 runs ${median(cli).toFixed(0)} ms end to end (process start included)\n`,
)

// CPU time as well as wall-clock: on a shared machine the wall-clock also counts the waits.
console.log('| paragraphs per side | parse EN + ZH | align, wall | align, CPU | CPU per paragraph | pairs | findings |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const size of (process.env.ALIGN_BENCH_SIZES ?? '250,500,1000,2000').split(',').map(Number)) {
  const {en: enText, zh: zhText} = synthetic(size)
  let started = performance.now()
  const enTree = parseResolution(enText)
  const zhTree = parseResolution(zhText)
  const parseMs = performance.now() - started
  const runs = []
  const cpu = []
  let result
  for (let run = 0; run < 3; run++) {
    started = performance.now()
    const usage = process.cpuUsage()
    result = alignResolutions(enTree, zhTree)
    const used = process.cpuUsage(usage)
    cpu.push((used.user + used.system) / 1000)
    runs.push(performance.now() - started)
  }
  const alignMs = median(runs)
  const cpuMs = median(cpu)
  const missing = result.pairs.filter((pair) => pair.kind === '1-0').length
  if (missing !== Math.floor(size / 250))
    throw new Error(`expected ${Math.floor(size / 250)} unpaired paragraphs, found ${missing}`)
  console.log(
    `| ${size} | ${parseMs.toFixed(0)} ms | ${alignMs.toFixed(0)} ms | ${cpuMs.toFixed(0)} ms | ${((cpuMs * 1000) / size).toFixed(0)} µs | ${result.pairs.length} | ${result.findings} |`,
  )
}
