// `npm run bench -- corpus-store`: the index store and trace at the scale of the whole body of
// UN resolutions (RESDIFF_BENCH_STORE documents, default 100,000), without parsing them. The
// seeds and fixtures are parsed once; each synthetic resolution is a digest mutated from one of
// them as bench/corpus.bench.js mutates the files (years shifted, numbers renumbered, long
// paragraphs reworded: three in ten, which gives the file corpus's 11–12 distinct texts and
// 15 KB of index per resolution), written through the real IndexWriter into a real SQLite file.
// Parsing is measured by bench/corpus.bench.js and is linear in the files; this measures what
// grows with the corpus: build time and peak memory of the store, its size, `--add` with
// compaction, trace of a 50-paragraph draft and `--text` once the index is open. It also writes
// the same postings as a hand-made file (sorted seeds, offsets, ids) and times the draft's
// look-ups in both stores, in the same run.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Database from 'better-sqlite3'
import {runParseJob} from '../dist/corpus/digest.js'
import {buildIndexFile, CorpusIndex, updateIndexFile} from '../dist/corpus/store.js'
import {decodeRow} from '../dist/corpus/store/posting-codec.js'
import {traceResolution, traceText} from '../dist/corpus/trace.js'
import {seedsOf, wordSpans} from '../dist/corpus/words.js'
import {parseResolution} from '../dist/parse/index.js'
import {paragraphs} from '../dist/tree/access.js'
import {
  baseFiles,
  clausesOf,
  fiftyParagraphDraft,
  generatorState,
  random,
  reword,
  rewind,
  vocabulary,
} from './corpus-synth.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const size = Number(process.env.RESDIFF_BENCH_STORE ?? 100_000)
const bases = []
for (const file of baseFiles) {
  const outcome = await runParseJob({file: path.join(root, file), want: 'digest'})
  if (!outcome.ok || !outcome.digest) throw new Error(`${file}: ${outcome.reason ?? 'no digest'}`)
  bases.push({file, digest: outcome.digest})
}
const words = vocabulary(
  bases.flatMap((base) =>
    base.digest.paragraphs.map((paragraph) => ({text: paragraph.text, chinese: base.digest.document.lang === 'zh'})),
  ),
)

/** One synthetic resolution's digest, and the stamp of the file it stands for. */
function synthetic(serial, work, round = 0) {
  const base = bases[serial % bases.length].digest
  const chinese = base.document.lang === 'zh'
  const shift = Math.floor(random() * 21) - 10
  const years = (text) => text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + shift))
  const session = 40 + Math.floor(serial / 2500)
  const number = `${session}/${serial % 2500}`
  const document = {
    ...base.document,
    file: `synthetic/${String(serial).padStart(6, '0')}-${path.basename(baseFiles[serial % bases.length])}`,
    sha256: createHash('sha256').update(`${serial} ${round}`).digest('hex'),
    number,
    session,
    symbol: `A/RES/${number}`,
  }
  if (base.document.date) document.date = years(base.document.date)
  const paragraphs = base.paragraphs.map((paragraph) => {
    let text = years(paragraph.text).replace(
      /A\/RES\/(\d+)\/(\d+)/g,
      () => `A/RES/${60 + (serial % 20)}/${100 + (serial % 900)}`,
    )
    if (text.length >= 60 && random() < 0.3) text = reword(text, chinese, words)
    return {...paragraph, text}
  })
  const bytes = paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph.text), 0)
  return {digest: {document, paragraphs}, stamp: {path: path.join(work, document.file), size: bytes, mtimeMs: round}}
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const maxRssMb = () => process.resourceUsage().maxRSS / 1024

const work = process.env.RESDIFF_BENCH_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'resdiff-bench-store-'))
const keep = process.env.RESDIFF_BENCH_DIR !== undefined
try {
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  )
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`)

  const indexFile = path.join(work, `store-${size}.rdx`)
  // RESDIFF_BENCH_REUSE=1 with RESDIFF_BENCH_DIR: measure trace again on the index a former run kept.
  const reuse = process.env.RESDIFF_BENCH_REUSE === '1' && keep && existsSync(indexFile)
  if (!reuse) await buildAndAdd(indexFile)
  else console.log(`reusing ${indexFile} (${mb(statSync(indexFile).size)} MB): build and --add not measured`)
  await traceAndCompare(indexFile)
} finally {
  if (!keep) rmSync(work, {recursive: true, force: true})
}

async function buildAndAdd(indexFile) {
  // What generating the digests costs alone, to tell it from the store's own time.
  const probe = Math.min(size, 5000)
  const saved = generatorState()
  let started = performance.now()
  for (let serial = 0; serial < probe; serial++) synthetic(serial, work)
  const generateMs = (performance.now() - started) / probe
  rewind(saved)

  rmSync(indexFile, {force: true})
  const rssBefore = process.memoryUsage().rss / 2 ** 20
  let peak = rssBefore
  started = performance.now()
  const cpuStart = process.cpuUsage()
  let paragraphCount = 0
  await buildIndexFile(indexFile, async (writer) => {
    for (let serial = 0; serial < size; serial++) {
      const {digest, stamp} = synthetic(serial, work)
      paragraphCount += digest.paragraphs.length
      writer.add(digest, stamp)
      if (serial % 2000 === 1999) {
        peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20)
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (serial % 20_000 === 19_999)
        console.log(
          `  … ${serial + 1} documents after ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
        )
    }
  })
  const buildSeconds = (performance.now() - started) / 1000
  const buildCpu = process.cpuUsage(cpuStart)
  peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20)
  const bytes = statSync(indexFile).size
  const opened = CorpusIndex.open(indexFile)
  const {header} = opened
  opened.close()
  console.log(
    `store build, ${size} documents (${paragraphCount} paragraphs): ${buildSeconds.toFixed(1)} s wall, ${((buildCpu.user + buildCpu.system) / 1e6).toFixed(1)} s CPU ` +
      `(of which generating the digests ≈ ${((generateMs * size) / 1000).toFixed(1)} s); RSS peak ${peak.toFixed(0)} MB sampled, ${maxRssMb().toFixed(0)} MB maxRSS of the process (from ${rssBefore.toFixed(0)} MB)`,
  )
  console.log(
    `index: ${header.documents} documents, ${header.paragraphs} paragraphs, ${header.texts} distinct texts; ${mb(bytes)} MB (${(bytes / header.documents / 1024).toFixed(1)} KB per resolution)`,
  )

  // --add: 100 documents replaced by changed versions (compaction removes their old texts), 100 new.
  started = performance.now()
  await updateIndexFile(indexFile, async (writer) => {
    for (let serial = 0; serial < 100; serial++) {
      const {digest, stamp} = synthetic(serial * 7, work, 1)
      writer.add(digest, stamp)
    }
    for (let serial = size; serial < size + 100; serial++) {
      const {digest, stamp} = synthetic(serial, work)
      writer.add(digest, stamp)
    }
  })
  const addSeconds = (performance.now() - started) / 1000
  console.log(
    `--add of 100 changed and 100 new documents: ${addSeconds.toFixed(1)} s; index ${mb(statSync(indexFile).size)} MB after`,
  )
}

async function traceAndCompare(indexFile) {
  let started

  // The draft: the tenth-session draft (45 paragraphs) plus five operative paragraphs of 74/60.
  const draftFile = path.join(work, 'draft-50.txt')
  writeFileSync(draftFile, fiftyParagraphDraft(root))
  const draft = parseResolution(readFileSync(draftFile, 'utf8'))
  const clauses = clausesOf(draft)

  const times = []
  const cpu = []
  const opens = []
  let traced
  for (let round = 0; round < 3; round++) {
    const at = performance.now()
    const usage = process.cpuUsage()
    const index = CorpusIndex.open(indexFile)
    opens.push(performance.now() - at)
    traced = traceResolution(index, draft)
    index.close()
    const spent = process.cpuUsage(usage)
    cpu.push((spent.user + spent.system) / 1000)
    times.push(performance.now() - at)
  }
  const found = traced.filter((paragraph) => !paragraph.new).length
  const cli = (args) => {
    const at = performance.now()
    const run = spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), 'trace', ...args], {maxBuffer: 1 << 28})
    return {ms: performance.now() - at, status: run.status}
  }
  const whole = cli([draftFile, '--index', indexFile, '--format', 'json'])
  const textRun = cli(['--text', clauses[0], '--index', indexFile, '--format', 'json'])
  const index = CorpusIndex.open(indexFile)
  const textTimes = clauses.map((clause) => {
    const at = performance.now()
    traceText(index, clause, 'en')
    return performance.now() - at
  })
  index.close()
  console.log(
    `trace of the ${traced.length}-paragraph draft: open ${median(opens).toFixed(0)} ms, open + trace median ${median(times).toFixed(0)} ms wall, ` +
      `${median(cpu).toFixed(0)} ms CPU (first ${times[0].toFixed(0)} ms); ${found} paragraphs found earlier; whole CLI run ${whole.ms.toFixed(0)} ms (exit ${whole.status})`,
  )
  console.log(
    `--text once open: median ${median(textTimes).toFixed(1)} ms, slowest ${Math.max(...textTimes).toFixed(1)} ms (${clauses.length} clauses); whole CLI --text run ${textRun.ms.toFixed(0)} ms (exit ${textRun.status})`,
  )

  // Same run, same postings: a hand-made file (sorted distinct seeds, an offset each, then the
  // ids as uint32, read with pread) against SQLite's seeds table, for the draft's seeds.
  const flatFile = path.join(work, `store-${size}.postings`)
  started = performance.now()
  const db = new Database(indexFile, {readonly: true})
  const seedsList = []
  const offsets = [0]
  const chunks = []
  let total = 0
  let current
  let parts = []
  const flushSeed = () => {
    if (current === undefined) return
    // Index@7 rows are varint-coded (posting-codec.ts): the hand-made file keeps uint32 ids.
    const joined = Buffer.concat(parts.map((part) => Buffer.from(decodeRow(part).buffer)))
    seedsList.push(current)
    chunks.push(joined)
    total += joined.length / 4
    offsets.push(total)
    parts = []
  }
  for (const [seedValue, blob] of db.prepare('SELECT seed, texts FROM seeds ORDER BY seed, segment').raw().iterate()) {
    if (seedValue !== current) flushSeed()
    current = seedValue
    parts.push(blob)
  }
  flushSeed()
  db.close()
  const header4 = Buffer.alloc(8)
  header4.writeUInt32LE(seedsList.length, 0)
  const keys = Buffer.from(Uint32Array.from(seedsList).buffer)
  const offsetBytes = Buffer.from(Float64Array.from(offsets).buffer)
  writeFileSync(flatFile, Buffer.concat([header4, keys, offsetBytes, ...chunks]))
  const flatBuild = (performance.now() - started) / 1000
  chunks.length = 0

  const draftSeeds = [
    ...new Set(paragraphs(draft).flatMap((paragraph) => [...seedsOf(wordSpans(paragraph.text, 'en').words)])),
  ]
  const cap = 50_000
  const timeFlat = () => {
    const at = performance.now()
    const fd = openSync(flatFile, 'r')
    const head = Buffer.alloc(8)
    readSync(fd, head, 0, 8, 0)
    const count = head.readUInt32LE(0)
    const keyBuffer = Buffer.alloc(count * 4)
    readSync(fd, keyBuffer, 0, keyBuffer.length, 8)
    const keyArray = new Uint32Array(keyBuffer.buffer, keyBuffer.byteOffset, count)
    const offsetBuffer = Buffer.alloc((count + 1) * 8)
    readSync(fd, offsetBuffer, 0, offsetBuffer.length, 8 + count * 4)
    const offsetArray = new Float64Array(offsetBuffer.buffer, offsetBuffer.byteOffset, count + 1)
    const dataStart = 8 + count * 4 + (count + 1) * 8
    let ids = 0
    for (const wanted of draftSeeds) {
      let low = 0
      let high = count
      while (low < high) {
        const middle = (low + high) >>> 1
        if (keyArray[middle] < wanted) low = middle + 1
        else high = middle
      }
      if (low === count || keyArray[low] !== wanted) continue
      const length = Math.min(offsetArray[low + 1] - offsetArray[low], cap)
      const out = Buffer.alloc(length * 4)
      readSync(fd, out, 0, out.length, dataStart + offsetArray[low] * 4)
      ids += length
    }
    closeSync(fd)
    return {ms: performance.now() - at, ids}
  }
  const timeSqlite = () => {
    const at = performance.now()
    const index = CorpusIndex.open(indexFile)
    let ids = 0
    for (const wanted of draftSeeds) ids += index.postings(wanted).length
    index.close()
    return {ms: performance.now() - at, ids}
  }
  const flat = [timeFlat(), timeFlat(), timeFlat()]
  const sqlite = [timeSqlite(), timeSqlite(), timeSqlite()]
  console.log(
    `postings of the draft's ${draftSeeds.length} seeds (${sqlite[0].ids} ids, capped at ${cap} a seed), open included, median of 3: ` +
      `SQLite (CRC-checked) ${median(sqlite.map((run) => run.ms)).toFixed(0)} ms; hand-made file ${median(flat.map((run) => run.ms)).toFixed(0)} ms (${flat[0].ids} ids); ` +
      `hand-made postings file ${mb(statSync(flatFile).size)} MB (written in ${flatBuild.toFixed(1)} s from the index) against the whole SQLite index ${mb(statSync(indexFile).size)} MB`,
  )
  rmSync(flatFile, {force: true})
}
