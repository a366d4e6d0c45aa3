// `npm run bench -- corpus`: build a corpus of resolutions mutated from the seeds and fixtures
// (RESDIFF_BENCH_CORPUS of them, default 10,000; in a temporary folder, removed afterwards), then
// measure parse throughput on one core and on all, index build time and peak memory (cold and
// with a warm cache), an incremental --add, index size, trace of a 50-paragraph draft against
// indexes of 1,000, 3,000 and the whole corpus, and --text look-ups once the index is open.
// RESDIFF_BENCH_DIR=DIR keeps the corpus, cache and indexes in DIR; with RESDIFF_BENCH_REUSE=1 a
// later run takes the corpus and the indexes it finds there (same RESDIFF_BENCH_CORPUS) and only
// measures the traces, so the figure at 100,000 can be re-measured without a 20-minute build.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  addToIndex,
  CorpusIndex,
  defaultThreads,
  parseFiles,
  traceResolution,
  traceText,
  writeIndex,
} from '../dist/corpus/index.js'
import {parseResolution} from '../dist/parse/index.js'
import {paragraphs} from '../dist/tree/access.js'
import {baseFiles, clausesOf, fiftyParagraphDraft, random, reword, vocabulary} from './corpus-synth.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const size = Number(process.env.RESDIFF_BENCH_CORPUS ?? 10_000)
const bases = baseFiles.map((file) => ({file, text: readFileSync(path.join(root, file), 'utf8')}))
const words = vocabulary(bases.map((base) => ({text: base.text, chinese: base.file.includes('.zh.')})))

/**
 * One mutated resolution: years shifted (as the next session's text would be), symbols
 * renumbered, and about one long line in six reworded (words replaced, dropped or
 * inserted after the leading phrase), so most paragraphs repeat agreed language verbatim
 * and the rest are near variants, as in a real series.
 */
function mutate(base, serial) {
  const shift = Math.floor(random() * 21) - 10
  const chinese = base.file.includes('.zh.')
  let text = base.text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + shift))
  text = text.replace(/A\/RES\/(\d+)\/(\d+)/g, () => `A/RES/${60 + (serial % 20)}/${100 + (serial % 900)}`)
  const lines = text.split('\n').map((line) => {
    if (line.length < 60 || random() > 1 / 6) return line
    return reword(line, chinese, words)
  })
  return lines.join('\n')
}

/** The file of one resolution of the corpus (the same name in every run). */
function fileOf(dir, serial) {
  const folder = path.join(dir, `session-${String(Math.floor(serial / 500)).padStart(2, '0')}`)
  return path.join(folder, `${String(serial).padStart(5, '0')}-${path.basename(bases[serial % bases.length].file)}`)
}

function generate(dir, count) {
  const files = []
  for (let serial = 0; serial < count; serial++) {
    const file = fileOf(dir, serial)
    if (serial % 500 === 0) mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, mutate(bases[serial % bases.length], serial))
    files.push(file)
  }
  // Written last: a corpus whose generation was interrupted is not reused.
  writeFileSync(path.join(dir, 'complete.json'), JSON.stringify({files: count}))
  return files
}

/** The files of a corpus a run left in `dir`, if it was generated whole at this size. */
function existingCorpus(dir, count) {
  try {
    if (JSON.parse(readFileSync(path.join(dir, 'complete.json'), 'utf8')).files !== count) return undefined
  } catch {
    return undefined
  }
  return Array.from({length: count}, (_, serial) => fileOf(dir, serial))
}

/** Run and time an async task while sampling the process's resident memory. */
async function measure(task) {
  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const started = performance.now()
  const result = await task()
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return {result, seconds, peakMb: peak / 2 ** 20, baseMb: before / 2 ** 20}
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// RESDIFF_BENCH_DIR keeps the corpus, cache and indexes in a folder of your choice (see the top).
const keep = process.env.RESDIFF_BENCH_DIR
const reuse = keep !== undefined && process.env.RESDIFF_BENCH_REUSE === '1'
const work = keep ?? mkdtempSync(path.join(os.tmpdir(), 'resdiff-bench-corpus-'))
try {
  const threads = defaultThreads()
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  )
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${threads} worker threads`,
  )

  const corpusDir = path.join(work, 'corpus')
  let all = reuse ? existingCorpus(corpusDir, size + 100) : undefined
  let made = 'reused'
  if (!all) {
    rmSync(corpusDir, {recursive: true, force: true})
    const generated = await measure(async () => generate(corpusDir, size + 100))
    all = generated.result
    made = `generated in ${generated.seconds.toFixed(1)} s`
  }
  const files = all.slice(0, size)
  const later = all.slice(size)
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  console.log(
    `corpus: ${files.length} resolutions, ${mb(bytes)} MB, mean ${(bytes / files.length / 1024).toFixed(1)} KB (${made})`,
  )
  const indexes = {}
  const indexFile = path.join(work, `corpus-${size}.rdx`)
  const cacheDir = path.join(work, 'cache')
  if (reuse && existsSync(indexFile)) console.log(`index: reusing ${indexFile}`)
  else await build()
  indexes[size] = indexFile
  for (const subset of [1000, 3000].filter((count) => count < size)) {
    indexes[subset] = path.join(work, `corpus-${subset}.rdx`)
    if (!(reuse && existsSync(indexes[subset]))) await writeIndex(indexes[subset], files.slice(0, subset), {cacheDir})
  }

  /** Parse throughput, then the index builds (cold, warm, --add). */
  async function build() {
    // Parse throughput: the same 400 files on one thread and on every core, no cache.
    const sample = files.slice(0, 400).map((file) => ({file, want: 'tree'}))
    const sampleBytes = sample.reduce((sum, job) => sum + statSync(job.file).size, 0)
    for (const count of [1, threads]) {
      const run = await measure(async () => {
        let parsed = 0
        for await (const outcome of parseFiles(sample, {threads: count})) if (outcome.ok) parsed++
        return parsed
      })
      console.log(
        `parse, ${count} thread${count === 1 ? '' : 's'}: ${run.result}/${sample.length} files in ${run.seconds.toFixed(2)} s = ${(sample.length / run.seconds).toFixed(0)} files/s, ${(sampleBytes / 2 ** 20 / run.seconds).toFixed(2)} MB/s`,
      )
    }

    // Index build: cold (parse everything, filling the cache), then warm (digests from the cache).
    rmSync(cacheDir, {recursive: true, force: true})
    const cold = await measure(() => writeIndex(indexFile, files, {cacheDir}))
    console.log(
      `index build, cold (parse + cache fill + SQLite): ${cold.seconds.toFixed(1)} s, peak RSS ${cold.peakMb.toFixed(0)} MB (from ${cold.baseMb.toFixed(0)} MB); ${cold.result.failures.length} files failed`,
    )
    const opened = CorpusIndex.open(indexFile)
    const {header} = opened
    opened.close()
    console.log(
      `index: ${header.documents} documents, ${header.paragraphs} paragraphs, ${header.texts} distinct texts; file ${mb(statSync(indexFile).size)} MB (${(statSync(indexFile).size / header.documents / 1024).toFixed(1)} KB per resolution)`,
    )
    const warmFile = path.join(work, 'warm.rdx')
    const warm = await measure(() => writeIndex(warmFile, files, {cacheDir}))
    console.log(`index build, warm cache: ${warm.seconds.toFixed(1)} s, peak RSS ${warm.peakMb.toFixed(0)} MB`)
    const added = await measure(() =>
      addToIndex(warmFile, [...later, ...files.slice(0, 1000)], {cacheDir: path.join(work, 'cache-add')}),
    )
    console.log(
      `index --add of ${later.length} new files (and 1,000 unchanged ones, checked by SHA-256): ${added.seconds.toFixed(1)} s, ${added.result.indexed} read, ${added.result.unchanged} unchanged`,
    )
    rmSync(warmFile, {force: true})
  }

  // The draft: the tenth-session draft (45 paragraphs) plus five operative paragraphs of 74/60.
  const draftFile = path.join(work, 'draft-50.txt')
  writeFileSync(draftFile, fiftyParagraphDraft(root))
  const draft = parseResolution(readFileSync(draftFile, 'utf8'))
  console.log(`draft: ${paragraphs(draft).length} paragraphs`)
  const clauses = clausesOf(draft)

  for (const [count, file] of Object.entries(indexes).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const times = []
    const cpu = []
    let traced
    for (let round = 0; round < 5; round++) {
      const started = performance.now()
      const usage = process.cpuUsage()
      const index = CorpusIndex.open(file)
      traced = traceResolution(index, draft)
      index.close()
      const spent = process.cpuUsage(usage)
      cpu.push((spent.user + spent.system) / 1000)
      times.push(performance.now() - started)
    }
    const found = traced.filter((paragraph) => !paragraph.new).length
    // The whole command, as a user runs it (start-up, the stale-file check beside the trace, output):
    // three runs, the median wall-clock time and the CPU time of the process (every thread).
    const runs = []
    let cli
    for (let round = 0; round < 3; round++) {
      const started = performance.now()
      cli = spawnSync(
        process.execPath,
        [
          '--require',
          path.join(root, 'bench/cpu-report.cjs'),
          path.join(root, 'bin/resdiff.js'),
          'trace',
          draftFile,
          '--index',
          file,
          '--format',
          'json',
        ],
        {maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe', 'pipe']},
      )
      const usage = JSON.parse(String(cli.output[3]))
      runs.push({wall: performance.now() - started, cpu: (usage.user + usage.system) / 1000, main: usage.mainMs})
    }
    const cliMs = median(runs.map((run) => run.wall))
    const cliCpu = median(runs.map((run) => run.cpu))
    const cliMain = runs[0].main === undefined ? undefined : median(runs.map((run) => run.main))
    const index = CorpusIndex.open(file)
    const textTimes = clauses.map((clause) => {
      const at = performance.now()
      traceText(index, clause, 'en')
      return performance.now() - at
    })
    index.close()
    console.log(
      `trace of the ${traced.length}-paragraph draft, ${count} resolutions (${mb(statSync(file).size)} MB index): ` +
        `open + trace median ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (first ${times[0].toFixed(0)} ms); whole CLI command (resdiff trace DRAFT --index INDEX) median of 3: ${cliMs.toFixed(0)} ms wall, ${cliCpu.toFixed(0)} ms CPU${cliMain === undefined ? '' : ` (main thread ${cliMain.toFixed(0)} ms)`} (exit ${cli.status}); ` +
        `${found} paragraphs found earlier; --text once open: median ${median(textTimes).toFixed(1)} ms, slowest ${Math.max(...textTimes).toFixed(1)} ms (${clauses.length} clauses)`,
    )
  }
} finally {
  if (!keep) rmSync(work, {recursive: true, force: true})
}
