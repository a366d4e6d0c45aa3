// Random damage to a real index (issue 15): copies of an index of two resolutions are damaged
// at random (a run of bytes overwritten, bits flipped, a page-sized block zeroed, a block copied
// over another), opened and traced with the tenth-session draft, and each answer is compared
// with the undamaged index's. Counts: refused with the one sentence, the same answer, a
// different answer with no error (silent: what must not happen), and any other error.
// HOSTILE_DAMAGES trials (default 200), HOSTILE_SEED (default 15). Silent cases are listed
// with the table whose page was hit (SQLite's dbstat).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Database from 'better-sqlite3'
import {CorpusIndex, IndexError, traceResolution} from '../dist/corpus/index.js'
import {parseResolution} from '../dist/parse/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const trials = Number(process.env.HOSTILE_DAMAGES ?? 200)
// HOSTILE_KEEP=DIR keeps the copies that gave a different answer silently, and the undamaged index.
const keep = process.env.HOSTILE_KEEP
// HOSTILE_ROUNDS=4231,4781 runs only those rounds (the damages are drawn as in the whole run), to look at one again.
const only = process.env.HOSTILE_ROUNDS ? new Set(process.env.HOSTILE_ROUNDS.split(',').map(Number)) : undefined
let seed = Number(process.env.HOSTILE_SEED ?? 15)
const random = (n) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed % n
}

const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-damage-bench-'))
try {
  const index = path.join(folder, 'corpus.rdx')
  const built = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin/resdiff.js'),
      'index',
      path.join(root, 'seeds/cop-6-2.en.txt'),
      path.join(root, 'seeds/cop-8-3.en.md'),
      '-o',
      index,
    ],
    {encoding: 'utf8', env: {...process.env, RESDIFF_CACHE_DIR: path.join(folder, 'cache')}},
  )
  if (built.status !== 0) throw new Error(built.stderr)
  const draft = parseResolution(readFileSync(path.join(root, 'seeds/cop-10-draft-mexico.en.txt'), 'utf8'))
  const options = {before: draft.meta.adoptionDate ?? draft.meta.date}

  const trace = (file) => {
    const opened = CorpusIndex.open(file)
    try {
      return JSON.stringify(traceResolution(opened, draft, options))
    } finally {
      opened.close()
    }
  }
  const expected = trace(index)
  if (keep) writeFileSync(path.join(keep, 'undamaged.rdx'), readFileSync(index))

  // Which table or index each page belongs to, to name what a silent damage hit.
  const db = new Database(index, {readonly: true})
  const pageSize = db.pragma('page_size', {simple: true})
  const owners = new Map(db.prepare('SELECT pageno, name FROM dbstat').raw().all())
  db.close()

  const bytes = readFileSync(index)
  const copy = path.join(folder, 'damaged.rdx')
  const kinds = ['overwrite', 'flip', 'zero', 'copy']
  const outcomes = {refused: 0, same: 0, silent: 0, other: 0}
  const silent = []
  const started = performance.now()
  for (let round = 0; round < trials; round++) {
    const damaged = Buffer.from(bytes)
    const at = random(damaged.length)
    const kind = kinds[round % 4]
    const hit = []
    switch (kind) {
      case 'overwrite':
        damaged.fill(random(256), at, Math.min(damaged.length, at + 1 + random(64)))
        hit.push(at)
        break
      case 'flip':
        for (let flip = 0; flip < 8; flip++) {
          const where = random(damaged.length)
          damaged[where] ^= 1 << random(8)
          hit.push(where)
        }
        break
      case 'zero':
        damaged.fill(0, at, Math.min(damaged.length, at + 4096))
        hit.push(at)
        break
      default: {
        const from = random(damaged.length)
        damaged.copy(damaged, at, from, from + 512)
        hit.push(at)
      }
    }
    if (only && !only.has(round)) continue
    writeFileSync(copy, damaged)
    try {
      const answer = trace(copy)
      if (answer === expected) outcomes.same++
      else {
        outcomes.silent++
        const pages = hit.map((where) => {
          const page = Math.floor(where / pageSize) + 1
          return `page ${page} (${owners.get(page) ?? (page === 1 ? 'header' : 'free')})`
        })
        silent.push(`round ${round}, ${kind} at byte ${at}: ${[...new Set(pages)].join(', ')}`)
        if (keep) writeFileSync(path.join(keep, `silent-${round}.rdx`), damaged)
      }
    } catch (error) {
      if (
        error instanceof IndexError &&
        /is damaged \(or stale\)|not a resdiff index|another version/u.test(error.message)
      )
        outcomes.refused++
      else {
        outcomes.other++
        silent.push(`round ${round}, ${kind} at byte ${at}: other error: ${String(error).slice(0, 200)}`)
      }
    }
  }
  const seconds = (performance.now() - started) / 1000
  console.log(
    `index of 2 resolutions, ${bytes.length} bytes (${bytes.length / pageSize} pages of ${pageSize}); ${trials} damages in ${seconds.toFixed(1)} s:`,
  )
  console.log(
    `refused with the sentence ${outcomes.refused}, same answer ${outcomes.same}, different answer with no error (silent) ${outcomes.silent}, other errors ${outcomes.other}`,
  )
  for (const line of silent) console.log(`  ${line}`)
  process.exitCode = outcomes.silent + outcomes.other > 0 ? 1 : 0
} finally {
  rmSync(folder, {recursive: true, force: true})
}
