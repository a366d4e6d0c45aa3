import {spawn, spawnSync} from 'node:child_process'
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  addToIndex,
  checkIndexFile,
  checkIndexFiles,
  CorpusIndex,
  describeStale,
  IndexError,
  orderSeries,
  traceText,
  writeIndex,
} from '../src/corpus/index.js'
import {decodeRow} from '../src/corpus/store/posting-codec.js'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution, ResolutionMeta} from '../src/tree/types.js'
import {documents, root} from './helpers.js'

let dir: string
let cacheDir: string

const cli = path.join(root, 'bin/resdiff.js')
const env = (): NodeJS.ProcessEnv => ({...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: cacheDir})

function run(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', cwd: root, env: env()})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The same, without waiting: independent runs of the command line overlap. */
function runAsync(...args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: env()})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

/*
 * The command line is run where its own behaviour is the proof (a sentence and an exit code, a
 * process killed, two processes writing at once); indexes a case only needs are built in this
 * process, through the same library the command line calls, and read back through it.
 */

/**
 * The compiled library the command line runs (dist/, built before the tests, as every test of the
 * command line needs). An index the command line reads later is built with it: one built from the
 * TypeScript sources carries another parser fingerprint, and the command line would say so.
 */
const compiled = (): Promise<typeof import('../src/corpus/index.js')> =>
  import(path.join(root, 'dist/corpus/index.js')) as Promise<typeof import('../src/corpus/index.js')>

/** A folder holding copies of the two past sessions, and an index of it. */
async function pastCorpus(name: string): Promise<{folder: string; index: string}> {
  const folder = path.join(dir, name)
  mkdirSync(folder)
  const files = [path.join(folder, 'cop-6-2.en.txt'), path.join(folder, 'cop-8-3.en.md')]
  cpSync(path.join(root, documents.cop62en), files[0]!)
  cpSync(path.join(root, documents.cop83), files[1]!)
  const index = path.join(dir, `${name}.rdx`)
  const outcome = await (await compiled()).writeIndex(index, files, {cacheDir, threads: 1})
  expect(outcome).toMatchObject({failures: [], indexed: 2})
  return {folder, index}
}

/** The past sessions' index, built once: a case that neither edits the corpus nor needs a folder of its own copies it. */
let past: {folder: string; index: string}

function copyOfShared(name: string): string {
  const index = path.join(dir, `${name}.rdx`)
  copyFileSync(past.index, index)
  return index
}

/** What an index answers for a passage, opened afresh (as a new `trace --text` would). */
function answer(index: string, text = passage): string {
  const opened = CorpusIndex.open(index)
  try {
    return JSON.stringify(traceText(opened, text, 'en'))
  } finally {
    opened.close()
  }
}

const passage = 'Also requests the Secretariat to support the Working Group in the performance of its functions;'

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-index-'))
  cacheDir = path.join(dir, 'cache')
  past = await pastCorpus('shared')
})

describe('the index is a SQLite database other tools can read', () => {
  it('holds documents, paragraphs with their PP/OP labels, distinct texts, and an FTS5 table of their words', () => {
    const db = new Database(past.index, {readonly: true})
    expect(db.pragma('application_id', {simple: true})).toBe(0x52445832)
    const documentsRows = db.prepare('SELECT number, session, lang FROM documents ORDER BY number').all()
    expect(documentsRows).toEqual([
      {number: '6/2', session: 6, lang: 'en'},
      {number: '8/3', session: 8, lang: 'en'},
    ])
    // 8/3 OP 31 as a person reads it in the file.
    const op31 = db
      .prepare(
        "SELECT p.label, p.leading_phrase AS phrase, t.text FROM paragraphs p JOIN documents d ON d.id = p.document JOIN texts t ON t.id = p.text WHERE d.number = '8/3' AND p.eid = 'para_31'",
      )
      .get() as {label: string; phrase: string; text: string}
    expect(op31).toEqual({label: 'OP 31', phrase: 'Also requests', text: passage})
    // 8/3 OP 2 repeats 6/2 OP 2: one text, two places.
    const shared = db
      .prepare(
        "SELECT count(*) AS places FROM paragraphs WHERE text = (SELECT text FROM paragraphs p JOIN documents d ON d.id = p.document WHERE d.number = '8/3' AND p.eid = 'para_2')",
      )
      .get()
    expect(shared).toEqual({places: 2})
    const phrase = db
      .prepare(
        'SELECT t.text FROM phrases JOIN texts t ON t.id = phrases.rowid WHERE phrases MATCH \'"harmonize their national legislation"\'',
      )
      .all() as Array<{text: string}>
    expect(phrase.length).toBe(2)
    for (const row of phrase) expect(row.text).toContain('harmonize their national legislation')
    db.close()
  })
})

describe('resdiff index --add', () => {
  it('adds new files, re-reads only changed ones, and serves the new wording', async () => {
    const {folder, index} = await pastCorpus('grow')
    const draft = path.join(folder, 'cop-10-draft.en.txt')
    cpSync(path.join(root, documents.cop10draft), draft)
    const added = run('index', '--add', folder, '-o', index)
    expect(added.status).toBe(0)
    expect(added.stderr).toContain('indexed 3 resolutions')
    expect(added.stderr).toContain('1 read, 2 unchanged')
    const files = readdirSync(folder).map((name) => path.join(folder, name))
    expect(await addToIndex(index, files, {cacheDir, threads: 1})).toMatchObject({indexed: 0, unchanged: 3})
    // Edit the draft: it alone is read again, and its new wording is found.
    appendFileSync(
      draft,
      '\n30. Decides to hold its next meeting on the shores of Lake Titicaca in the presence of every delegation;\n',
    )
    expect(await addToIndex(index, [draft], {cacheDir, threads: 1})).toMatchObject({indexed: 1, unchanged: 0})
    const opened = CorpusIndex.open(index)
    expect(opened.header.documents).toBe(3)
    const found = traceText(opened, 'hold its next meeting on the shores of Lake Titicaca', 'en')
    expect(found.matches[0]!.file).toBe(draft)
    opened.close()
  })

  it('keeps its size bounded when a changed file is added again and again, and forgets the old wording', async () => {
    const {folder, index} = await pastCorpus('re-add')
    // The same corpus in an index without auto_vacuum (as a tool that ran VACUUM leaves it): free
    // pages are given back by a full VACUUM there instead of an incremental one.
    const plain = path.join(dir, 're-add-plain.rdx')
    copyFileSync(index, plain)
    const converted = new Database(plain)
    converted.pragma('auto_vacuum = NONE')
    converted.exec('VACUUM')
    expect(converted.pragma('auto_vacuum', {simple: true})).toBe(0)
    converted.close()
    const file = path.join(folder, 'cop-8-3.en.md')
    const original = readFileSync(file, 'utf8')
    // Every paragraph (a line of 60 characters and more) gains a word of the round after its first: each round replaces most of its texts.
    const edit = (round: number): void =>
      writeFileSync(file, original.replace(/^((?:\d+\. )?\S+)(?=.{60})/gm, `$1 round${round}`))
    const rounds = 12
    const sizes = new Map<string, number[]>([
      [index, []],
      [plain, []],
    ])
    for (let round = 1; round <= rounds; round++) {
      edit(round)
      for (const [indexFile, grown] of sizes) {
        const outcome = await addToIndex(indexFile, [file], {cacheDir, threads: 1})
        expect(outcome.indexed).toBe(1)
        grown.push(statSync(indexFile).size)
      }
    }
    for (const [indexFile, grown] of sizes) {
      // Without compaction every round kept its old texts, their postings and phrases (with forty a
      // round, about 68 KB a round here, 800 KB after twelve rounds).
      expect(Math.max(...grown)).toBeLessThan(grown[1]! * 1.5)
      // Free pages passed a fifth of the file at least once, and were given back to the disk.
      expect(grown.some((size, round) => round > 0 && size < grown[round - 1]!)).toBe(true)
      const db = new Database(indexFile, {readonly: true})
      const count = (sql: string): number => db.prepare(sql).pluck().get() as number
      expect(count('SELECT count(*) FROM texts')).toBe(count('SELECT count(DISTINCT text) FROM paragraphs'))
      expect(count(`SELECT count(*) FROM texts WHERE text LIKE '%round${rounds - 1} %'`)).toBe(0)
      expect(count(`SELECT count(*) FROM texts WHERE text LIKE '%round${rounds} %'`)).toBeGreaterThan(20)
      const texts = new Set(db.prepare('SELECT id FROM texts').pluck().all() as number[])
      let postings = 0
      for (const blob of db.prepare('SELECT texts FROM seeds').pluck().all() as Buffer[]) {
        for (const id of decodeRow(blob)!) {
          expect(texts.has(id)).toBe(true)
          postings++
        }
      }
      expect(postings).toBeGreaterThan(1000)
      expect(count(`SELECT count(*) FROM phrases WHERE phrases MATCH 'round${rounds - 1}'`)).toBe(0)
      expect(count(`SELECT count(*) FROM phrases WHERE phrases MATCH 'round${rounds}'`)).toBeGreaterThan(20)
      expect(db.pragma('integrity_check', {simple: true})).toBe('ok')
      expect(db.pragma('auto_vacuum', {simple: true})).toBe(indexFile === plain ? 0 : 2)
      db.close()
      const [found] = JSON.parse(
        answer(indexFile, `Also round${rounds} requests the Secretariat to support the Working Group`),
      ).matches
      expect(found).toMatchObject({number: '8/3', label: 'OP 31'})
      // Twelve --adds that each added and removed posting rows kept the seed directory right (docs/index.md, "Damage").
      expect(checkIndexFile(indexFile).postingRows).toBeGreaterThan(1000)
    }
  })

  it('lets two writers add at once: the second waits, and the index holds both', async () => {
    const index = copyOfShared('two-writers')
    const one = path.join(dir, 'writer-one')
    const two = path.join(dir, 'writer-two')
    mkdirSync(one)
    mkdirSync(two)
    cpSync(path.join(root, documents.ga7460), path.join(one, 'ga-74-60.en.txt'))
    cpSync(path.join(root, documents.ga7817), path.join(two, 'ga-78-17.en.txt'))
    const start = (folder: string): Promise<number | null> =>
      new Promise((resolve) =>
        spawn(process.execPath, [cli, 'index', '--add', folder, '-o', index, '--no-cache'], {
          cwd: root,
          env: env(),
          stdio: 'ignore',
        }).on('exit', resolve),
      )
    expect(await Promise.all([start(one), start(two)])).toEqual([0, 0])
    const opened = CorpusIndex.open(index)
    expect(opened.header.documents).toBe(4)
    opened.close()
  })
})

describe('an index survives a killed build', () => {
  /** Start a command and kill it (SIGKILL) as soon as `ready` sees it has started writing. */
  async function killWhen(args: string[], ready: () => boolean): Promise<void> {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: env(), stdio: 'ignore'})
    const exited = new Promise((resolve) => child.on('exit', resolve))
    const started = Date.now()
    while (!ready() && child.exitCode === null && Date.now() - started < 20_000)
      await new Promise((resolve) => setTimeout(resolve, 5))
    expect(child.exitCode).toBe(null)
    child.kill('SIGKILL')
    await exited
  }

  function bigFolder(name: string): string {
    const folder = path.join(dir, name)
    mkdirSync(folder)
    // Many distinct files, so the build takes long enough to be killed in the middle.
    const text = readFileSync(path.join(root, documents.ga7460), 'utf8')
    for (let copy = 0; copy < 60; copy++)
      writeFileSync(
        path.join(folder, `copy-${copy}.txt`),
        `${text}\n${copy + 1}0. Decides to meet again in session ${copy};\n`,
      )
    return folder
  }

  it('keeps the old index whole when a rebuild is killed, and clears the abandoned temporary file later', async () => {
    const index = copyOfShared('killed-build')
    const before = answer(index)
    const folder = bigFolder('killed-build-big')
    const temporaries = (): string[] => readdirSync(dir).filter((name) => name.startsWith('.killed-build.rdx.'))
    await killWhen(['index', folder, '-o', index, '--no-cache', '--threads', '1'], () => temporaries().length > 0)
    expect(answer(index)).toBe(before)
    expect(temporaries().length).toBeGreaterThan(0)
    // The next build of that index clears what the killed one left.
    await writeIndex(index, [path.join(root, documents.cop83)], {cacheDir, threads: 1})
    expect(temporaries()).toEqual([])
  })

  it('rolls back an --add that is killed while writing', async () => {
    const index = copyOfShared('killed-add')
    const before = answer(index)
    const folder = bigFolder('killed-add-big')
    await killWhen(['index', '--add', folder, '-o', index, '--no-cache', '--threads', '1'], () =>
      existsSync(`${index}-journal`),
    )
    expect(answer(index)).toBe(before)
    const opened = CorpusIndex.open(index)
    expect(opened.header.documents).toBe(2)
    opened.close()
  })
})

/** Mount a tiny RAM disk; undefined where the machine does not let us (not root, not Linux, no privilege). */
function tinyDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined
  const mount = mkdtempSync(path.join(tmpdir(), 'resdiff-full-'))
  const made = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', mount])
  return made.status === 0 ? mount : undefined
}

/** Whether a tiny disk can be mounted here: tried once, and unmounted at once. */
const canMount = ((): boolean => {
  const probe = tinyDisk()
  if (probe === undefined) return false
  spawnSync('umount', [probe])
  return true
})()

/**
 * Run resdiff with the size a process may write capped (`ulimit -f`, in KiB): the kernel refuses a
 * write past it (EFBIG), as a full disk refuses one, and no privilege is needed.
 */
function runCapped(kib: number, ...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const quoted = [cli, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')
  const result = spawnSync('bash', ['-c', `ulimit -f ${kib}; exec '${process.execPath}' ${quoted}`], {
    encoding: 'utf8',
    cwd: root,
    env: env(),
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('an index survives a full disk', () => {
  // With root, a real full disk (a 400 KB tmpfs, ENOSPC); elsewhere a capped file size (EFBIG).
  // Either way the build and the --add fail in one sentence naming the index and leave it whole.
  it('fails a build or an --add in one sentence and leaves the old index whole', async () => {
    const disk = canMount ? tinyDisk() : mkdtempSync(path.join(tmpdir(), 'resdiff-capped-'))
    expect(disk).toBeDefined()
    try {
      const index = path.join(disk!, 'c.rdx')
      await writeIndex(index, [path.join(root, documents.cop62en)], {cacheDir, threads: 1})
      const clause = passage.replace(
        'Also requests the Secretariat to support the Working Group',
        'Urges States parties to the Firearms Protocol',
      )
      const before = answer(index, clause)
      expect(JSON.parse(before).matches[0]).toMatchObject({number: '6/2'})
      // What is left of the disk (about 30 KB), or of the size a process may write, cannot hold the index of 8/3.
      if (canMount) writeFileSync(path.join(disk!, 'filler'), Buffer.alloc(250_000))
      const cap = Math.ceil(statSync(index).size / 1024) + 8
      for (const args of [
        ['index', '--add', documents.cop83, '-o', index],
        ['index', documents.cop62en, documents.cop83, '-o', index],
      ]) {
        const result = canMount ? run(...args) : runCapped(cap, ...args)
        expect(result.status).toBe(2)
        const lines = result.stderr.split('\n').filter((line) => line.includes(index))
        if (canMount) expect(lines).toEqual([`resdiff: ${index}: the disk is full; the index was left as it was`])
        else expect(lines).toHaveLength(1)
        expect(readdirSync(disk!).sort()).toEqual(canMount ? ['c.rdx', 'filler'] : ['c.rdx'])
        const opened = CorpusIndex.open(index)
        expect(opened.header).toMatchObject({documents: 1, paragraphs: 27})
        opened.close()
        expect(answer(index, clause)).toBe(before)
      }
    } finally {
      if (canMount) spawnSync('umount', [disk!])
    }
  })
})

describe('a damaged or stale index is refused in one sentence', () => {
  function damagedCopy(name: string, damage: (bytes: Buffer) => Buffer): string {
    const copy = path.join(dir, `${name}-damaged.rdx`)
    writeFileSync(copy, damage(readFileSync(past.index)))
    return copy
  }

  const sentence = (file: string): string => `resdiff: ${file} is damaged (or stale); rebuild it with resdiff index\n`

  it('catches overwritten postings (they would otherwise give wrong answers)', () => {
    const index = damagedCopy('postings', (bytes) => {
      // The postings of one seed of the passage: find its stored bytes and overwrite them.
      const db = new Database(past.index, {readonly: true})
      const blobs = db.prepare('SELECT texts FROM seeds WHERE length(texts) >= 8').pluck().all() as Buffer[]
      db.close()
      const damaged = Buffer.from(bytes)
      let hits = 0
      for (const blob of blobs) {
        const at = damaged.indexOf(blob)
        if (at < 0) continue
        damaged.fill(0x7f, at, at + blob.length)
        hits++
      }
      expect(hits).toBeGreaterThan(10)
      return damaged
    })
    const result = run('trace', '--index', index, '--text', passage)
    expect(result).toMatchObject({status: 2, stdout: '', stderr: sentence(index)})
  })

  // The library throws the sentence the command line prints (the cases above and below run the command line).
  const refused = (file: string): string => sentence(file).slice('resdiff: '.length, -1)

  it('catches an overwritten paragraph text', () => {
    const index = damagedCopy('texts', (bytes) => {
      const damaged = Buffer.from(bytes)
      const at = damaged.indexOf(Buffer.from('support the Working Group in the performance'))
      expect(at).toBeGreaterThan(0)
      damaged.write('XXXXXXX', at, 'latin1')
      return damaged
    })
    expect(() => answer(index)).toThrow(new IndexError(refused(index)))
  })

  it('catches an index cut short by one byte, and one with its pages garbled', () => {
    const short = damagedCopy('short', (bytes) => bytes.subarray(0, bytes.length - 1))
    expect(() => CorpusIndex.open(short)).toThrow(new IndexError(refused(short)))
    const garbled = damagedCopy('garbled', (bytes) => {
      const damaged = Buffer.from(bytes)
      for (let at = 4096; at < damaged.length; at += 4096) damaged.fill(0xa5, at + 100, at + 400)
      return damaged
    })
    const result = run('trace', path.join(root, documents.cop10draft), '--index', garbled)
    expect(result).toMatchObject({status: 2, stdout: '', stderr: sentence(garbled)})
  })

  it('refuses an index whose corpus file changed since it was indexed, until it is added again', async () => {
    const {folder, index} = await pastCorpus('stale')
    const file = path.join(folder, 'cop-8-3.en.md')
    const edited = readFileSync(file, 'utf8').replace(
      'the Secretariat to support the Working Group',
      'the Secretariat to assist the Working Group',
    )
    expect(edited).not.toBe(readFileSync(file, 'utf8'))
    writeFileSync(file, edited)
    const stale = run('trace', '--index', index, '--text', passage)
    expect(stale).toMatchObject({status: 2, stdout: ''})
    expect(stale.stderr).toBe(
      `resdiff: ${index} is stale (${file} changed since it was indexed); rebuild it with resdiff index, or resdiff index --add ${file} -o ${index}\n`,
    )
    await addToIndex(index, [file], {cacheDir, threads: 1})
    const fresh = (JSON.parse(answer(index)).matches as Array<{number: string; words?: unknown[]}>).find(
      (match) => match.number === '8/3',
    )!
    expect(fresh).toMatchObject({number: '8/3', label: 'OP 31'})
    expect(fresh.words).toContainEqual({value: 'assist', removed: true})
    expect(fresh.words).toContainEqual({value: 'support', added: true})
  })

  it('names the indexed files that changed or are gone since the index was built, and still answers', async () => {
    const {folder, index} = await pastCorpus('outdated')
    cpSync(path.join(root, documents.cop62zh), path.join(folder, 'cop-6-2.zh.txt'))
    await (await compiled()).addToIndex(index, [path.join(folder, 'cop-6-2.zh.txt')], {cacheDir, threads: 1})
    // Touched, same bytes: a stat sees a new time, the SHA-256 says nothing changed.
    const touched = path.join(folder, 'cop-8-3.en.md')
    utimesSync(touched, new Date(), new Date(Date.now() + 60_000))
    // Edited in place to the same length: only the SHA-256 tells.
    const edited = path.join(folder, 'cop-6-2.zh.txt')
    const before = readFileSync(edited, 'utf8')
    const after = before.replace('有增无己', '有增无已')
    expect(after).not.toBe(before)
    expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before))
    writeFileSync(edited, after)
    const gone = path.join(folder, 'cop-6-2.en.txt')
    rmSync(gone)
    const result = run('trace', '--index', index, '--text', passage)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('8/3 OP 31')
    expect(result.stderr).toBe(
      `resdiff: ${index} may be out of date: 1 of the 3 files looked at changed since they were indexed (${edited}) and 1 is gone (${gone}); resdiff index --add ${edited} -o ${index} re-indexes it\n`,
    )
    await addToIndex(index, [edited], {cacheDir, threads: 1})
    expect(describeStale(index, (await checkIndexFiles(index))!)).toBe(
      `${index} may be out of date: 1 is gone (${gone}); their text is still traced from the index`,
    )
  })

  it('names stale files relative to the current folder when they lie under it, as a person there types them', () => {
    const base = path.join(dir, 'relative-names')
    mkdirSync(path.join(base, 'corpus'), {recursive: true})
    cpSync(path.join(root, documents.cop62en), path.join(base, 'corpus', 'cop-6-2.en.txt'))
    cpSync(path.join(root, documents.cop83), path.join(base, 'corpus', 'cop-8-3.en.md'))
    const inBase = (...args: string[]) => {
      const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', cwd: base, env: env()})
      return {status: result.status, stdout: result.stdout, stderr: result.stderr}
    }
    expect(inBase('index', 'corpus', '-o', 'corpus.rdx').status).toBe(0)
    rmSync(path.join(base, 'corpus', 'cop-6-2.en.txt'))
    cpSync(path.join(root, documents.cop10draft), path.join(base, 'corpus', 'cop-10-draft.en.txt'))
    const outdated = inBase('trace', '--index', 'corpus.rdx', '--text', passage)
    expect(outdated.status).toBe(0)
    expect(outdated.stderr).toBe(
      'resdiff: corpus.rdx may be out of date: 1 is gone (corpus/cop-6-2.en.txt) and 1 file in its folder is not indexed (corpus/cop-10-draft.en.txt); resdiff index --add corpus -o corpus.rdx indexes it\n',
    )
    // The file a match comes from, edited: the answer is refused, naming the file the same way.
    appendFileSync(path.join(base, 'corpus', 'cop-8-3.en.md'), '\nA line added after indexing.\n')
    expect(inBase('trace', '--index', 'corpus.rdx', '--text', passage)).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'resdiff: corpus.rdx is stale (corpus/cop-8-3.en.md changed since it was indexed); rebuild it with resdiff index, or resdiff index --add corpus/cop-8-3.en.md -o corpus.rdx\n',
    })
    // Run from elsewhere, the same files are named by their absolute paths.
    expect(run('trace', '--index', path.join(base, 'corpus.rdx'), '--text', passage).stderr).toContain(
      `(${path.join(base, 'corpus', 'cop-8-3.en.md')} changed since it was indexed)`,
    )
  })

  it('looks only at the files of folders changed since the build, and refuses a match from a file edited in place', async () => {
    const folder = path.join(dir, 'stamped')
    mkdirSync(path.join(folder, 'session-8'), {recursive: true})
    const first = path.join(folder, 'cop-6-2.en.txt')
    const second = path.join(folder, 'session-8', 'cop-8-3.en.md')
    cpSync(path.join(root, documents.cop62en), first)
    cpSync(path.join(root, documents.cop83), second)
    // Folders last changed an hour ago: their times vouch for their listings (a folder changed seconds ago would not).
    const hourAgo = new Date(Date.now() - 3_600_000)
    for (const each of [path.join(folder, 'session-8'), folder]) utimesSync(each, hourAgo, hourAgo)
    const index = path.join(dir, 'stamped.rdx')
    expect(run('index', folder, '-o', index).status).toBe(0)
    const db = new Database(index, {readonly: true})
    const stamps = JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'folderStamps'").pluck().get() as string)
    db.close()
    expect(stamps).toEqual({
      [folder]: statSync(folder).mtimeMs,
      [path.join(folder, 'session-8')]: statSync(path.join(folder, 'session-8')).mtimeMs,
    })
    expect(stamps[folder]).toBeLessThan(Date.now() - 3_000_000)
    expect(await checkIndexFiles(index)).toEqual({
      checked: 0,
      changed: [],
      gone: [],
      added: [],
      damaged: false,
      folders: [folder],
      unchanged: 0,
    })
    // Edited in place (its folder's time unchanged): not looked at by the check, but a match quoting it is refused.
    appendFileSync(first, '\nA line added after indexing.\n')
    expect((await checkIndexFiles(index))!.checked).toBe(0)
    // An index without stamps for every folder its files are in (one built before stamps) has every file looked at.
    for (const [name, kept] of [
      ['no-stamps', undefined],
      ['one-folder-stamped', {[folder]: stamps[folder]}],
    ] as const) {
      const older = path.join(dir, `stamped-${name}.rdx`)
      copyFileSync(index, older)
      const edit = new Database(older)
      if (kept === undefined) edit.prepare("DELETE FROM meta WHERE key = 'folderStamps'").run()
      else edit.prepare("UPDATE meta SET value = ? WHERE key = 'folderStamps'").run(JSON.stringify(kept))
      edit.close()
      expect(await checkIndexFiles(older)).toMatchObject({checked: 2, changed: [first], gone: [], added: []})
    }
    const quoting = run(
      'trace',
      '--index',
      index,
      '--text',
      'Urges States parties to the Firearms Protocol to harmonize their national legislation',
    )
    expect(quoting).toMatchObject({status: 2, stdout: ''})
    expect(quoting.stderr).toContain(`(${first} changed since it was indexed)`)
    // Saved as editors save (a new file renamed over the old one): its folder changed, and only its files are looked at.
    const saved = readFileSync(second, 'utf8').replace('the Secretariat to support', 'the Secretariat to assist')
    writeFileSync(second + '.tmp', saved)
    renameSync(second + '.tmp', second)
    const resaved = (await checkIndexFiles(index))!
    expect(resaved).toMatchObject({checked: 1, changed: [second], gone: [], added: [], unchanged: 1})
    expect(describeStale(index, resaved)).toBe(
      `${index} may be out of date: 1 of the 1 files looked at changed since they were indexed (${second}); resdiff index --add ${second} -o ${index} re-indexes it (the 1 file of folders unchanged since was not looked at; a match quoting a file edited since is refused)`,
    )
    // A new subfolder with a resolution in it changes the top folder: its files are looked at, the new one named.
    mkdirSync(path.join(folder, 'session-10'))
    const added = path.join(folder, 'session-10', 'cop-10-draft.en.txt')
    cpSync(path.join(root, documents.cop10draft), added)
    expect(await checkIndexFiles(index)).toMatchObject({checked: 2, changed: [first, second], gone: [], added: [added]})
    // Indexed again as a folder, every folder is stamped anew (each changed seconds ago: looked at until they are older).
    expect(run('index', '--add', folder, '-o', index).stderr).toContain('3 read, 0 unchanged')
    expect(await checkIndexFiles(index)).toMatchObject({checked: 3, changed: [], gone: [], added: []})
  })

  it('looks at a printed volume once, though it holds several resolutions, with or without its folder recorded', async () => {
    const folder = path.join(dir, 'volumes')
    mkdirSync(folder)
    // A Yearbook page with five General Assembly resolutions, one with two Security Council resolutions, and a single resolution.
    const volume = path.join(folder, 'ga-3379-1975.en.txt')
    cpSync(path.join(root, 'fixtures/corpus/ga-3379-1975.en.txt'), volume)
    cpSync(path.join(root, 'fixtures/corpus/sc-0368-1975.en.txt'), path.join(folder, 'sc-0368-1975.en.txt'))
    cpSync(path.join(root, documents.cop62en), path.join(folder, 'cop-6-2.en.txt'))
    const fromFolder = path.join(dir, 'volumes-folder.rdx')
    const fromFiles = path.join(dir, 'volumes-files.rdx')
    expect(run('index', folder, '-o', fromFolder).status).toBe(0)
    const files = ['ga-3379-1975.en.txt', 'sc-0368-1975.en.txt', 'cop-6-2.en.txt'].map((name) =>
      path.join(folder, name),
    )
    expect(run('index', ...files, '-o', fromFiles).status).toBe(0)
    const db = new Database(fromFiles, {readonly: true})
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(8)
    db.close()
    // Saved as editors save (a new file renamed over the old): the folder changed, so its files are looked at.
    writeFileSync(volume + '.tmp', readFileSync(volume, 'utf8') + '\nA line added after indexing.\n')
    renameSync(volume + '.tmp', volume)
    for (const index of [fromFolder, fromFiles]) {
      const stale = (await checkIndexFiles(index))!
      expect(stale).toMatchObject({checked: 3, changed: [volume], gone: [], added: [], damaged: false})
    }
  })

  it('names resolution files added to its folders since it was built, until they are added', () => {
    const folder = path.join(dir, 'grown-folder')
    mkdirSync(path.join(folder, 'session-8'), {recursive: true})
    cpSync(path.join(root, documents.cop62en), path.join(folder, 'cop-6-2.en.txt'))
    cpSync(path.join(root, documents.cop83), path.join(folder, 'session-8', 'cop-8-3.en.md'))
    const index = path.join(dir, 'grown-folder.rdx')
    expect(run('index', folder, '-o', index).status).toBe(0)
    // A new resolution in a subfolder; a hidden file and an image are not what index reads.
    const added = path.join(folder, 'session-8', 'cop-10-draft.en.txt')
    cpSync(path.join(root, documents.cop10draft), added)
    writeFileSync(path.join(folder, '.notes.txt'), 'Decides to remain seized of the matter.\n')
    writeFileSync(path.join(folder, 'scan.png'), 'not a resolution')
    const result = run('trace', '--index', index, '--text', passage)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('8/3 OP 31')
    expect(result.stderr).toBe(
      `resdiff: ${index} may be out of date: 1 file in its folder is not indexed (${added}); resdiff index --add ${folder} -o ${index} indexes it\n`,
    )
    expect(run('index', '--add', folder, '-o', index).stderr).toContain('1 read, 2 unchanged')
    expect(run('trace', '--index', index, '--text', passage).stderr).toBe('')
  })

  it("index --add over an index of another parser keeps saying so: the files it does not re-read are the old parser's", async () => {
    const folder = path.join(dir, 'older-parser')
    mkdirSync(folder)
    const files = [path.join(folder, 'cop-6-2.en.txt'), path.join(folder, 'cop-8-3.en.md')]
    cpSync(path.join(root, documents.cop62en), files[0]!)
    cpSync(path.join(root, documents.cop83), files[1]!)
    // Built from the TypeScript sources: another parser fingerprint than the command line's.
    const index = path.join(dir, 'older-parser.rdx')
    await writeIndex(index, files, {cacheDir, threads: 1})
    expect(run('trace', '--index', index, '--text', passage).stderr).toContain('another version of the parser')
    cpSync(path.join(root, documents.cop10draft), path.join(folder, 'cop-10-draft.en.txt'))
    expect(run('index', '--add', folder, '-o', index).stderr).toContain('1 read, 2 unchanged')
    expect(run('trace', '--index', index, '--text', passage).stderr).toContain('another version of the parser')
    // Built afresh, it is the command line's own.
    expect(run('index', folder, '-o', index).status).toBe(0)
    expect(run('trace', '--index', index, '--text', passage).stderr).toBe('')
  })

  it('does not name as added a file of its folder that the build could not read, until its bytes change', () => {
    const folder = path.join(dir, 'with-a-scan')
    mkdirSync(folder, {recursive: true})
    cpSync(path.join(root, documents.cop62en), path.join(folder, 'cop-6-2.en.txt'))
    cpSync(path.join(root, documents.cop83), path.join(folder, 'cop-8-3.en.md'))
    // A scanned PDF: no text layer, so index names it as failed (exit 1) and holds the rest.
    const scan = path.join(folder, 'scan.pdf')
    cpSync(path.join(root, 'fixtures/office-bad/scanned.pdf'), scan)
    const index = path.join(dir, 'with-a-scan.rdx')
    const built = run('index', folder, '-o', index)
    expect(built.status).toBe(1)
    expect(built.stderr).toContain('scan.pdf')
    // --add would not index it either: a trace has nothing to say of it.
    expect(run('trace', '--index', index, '--text', passage).stderr).toBe('')
    // Replaced by a resolution's text, it is a file to index.
    // Removed and written anew (its folder changes with it, whenever the folder was stamped).
    rmSync(scan)
    cpSync(path.join(root, documents.cop10draft), scan)
    expect(run('trace', '--index', index, '--text', passage).stderr).toContain(`not indexed (${scan})`)
  })

  it('finds a damaged document row that the trace leaves out unread, by the check beside the trace', async () => {
    const index = copyOfShared('document-row')
    // The tenth session's draft: a document of its body from a later session is not earlier (trace.md).
    const draft = path.join(root, documents.cop10draft)
    const {body, session} = parseResolution(readFileSync(draft, 'utf8')).meta
    expect([body, session]).toEqual([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      10,
    ])
    const leftOut = {session: {body: body!, session: session!}}
    expect((await checkIndexFiles(index, leftOut))!.damaged).toBe(false)
    expect(run('trace', draft, '--index', index).stdout).toContain('8/3 OP 31')
    // 8/3's session changed under its checksum (as a flipped bit would): the trace would leave it out in SQL, never reading it.
    const db = new Database(index)
    expect(db.prepare("UPDATE documents SET session = 11 WHERE number = '8/3'").run().changes).toBe(1)
    db.close()
    expect((await checkIndexFiles(index, leftOut))!.damaged).toBe(true)
    expect(run('trace', draft, '--index', index)).toMatchObject({status: 2, stdout: '', stderr: sentence(index)})
    // A value no trace leaves a document out by is found when the row is read, and by index --check.
    const titled = copyOfShared('document-title')
    const other = new Database(titled)
    expect(other.prepare("UPDATE documents SET title = 'Altered' WHERE number = '6/2'").run().changes).toBe(1)
    other.close()
    expect(run('index', '--check', titled)).toMatchObject({status: 2, stderr: sentence(titled)})
  })

  it('refuses an index of the versions before (uint32 postings; no seed directory) in one sentence, for a trace and an --add', () => {
    for (const version of [6, 5]) {
      const index = copyOfShared(`version-${version}`)
      const db = new Database(index)
      db.pragma(`user_version = ${version}`)
      db.close()
      const said = `resdiff: ${index} was written by another version of resdiff (index version ${version}); rebuild it with resdiff index\n`
      expect(run('trace', '--index', index, '--text', passage)).toMatchObject({status: 2, stdout: '', stderr: said})
      expect(run('index', '--add', path.join(root, documents.cop10draft), '-o', index)).toMatchObject({
        status: 2,
        stderr: said,
      })
    }
  })

  it('says an index from before SQLite must be rebuilt', () => {
    const old = path.join(dir, 'old.rdx')
    writeFileSync(old, Buffer.concat([Buffer.from('RESDIFFX'), Buffer.alloc(100)]))
    expect(() => CorpusIndex.open(old)).toThrow(
      new IndexError(`${old} was written by an older resdiff; rebuild it with resdiff index`),
    )
  })

  it('throws IndexError from the library', () => {
    const text = path.join(dir, 'resolution.txt')
    writeFileSync(text, 'Recalling its resolution 5/4 of 22 October 2010,\n')
    expect(() => CorpusIndex.open(text)).toThrow(IndexError)
    expect(() => CorpusIndex.open(text)).toThrow(`${text}: not a resdiff index`)
  })
})

describe('an output is never an input', () => {
  it('refuses to write the index over a file it reads, whether named, found in a folder or hard-linked', async () => {
    const folder = path.join(dir, 'inputs')
    mkdirSync(folder)
    const a = path.join(folder, 'a.txt')
    const b = path.join(folder, 'b.md')
    copyFileSync(path.join(root, documents.cop62en), a)
    copyFileSync(path.join(root, documents.cop83), b)
    const original = readFileSync(a)
    const link = path.join(dir, 'hard-link.txt')
    linkSync(a, link)
    const draftLink = path.join(dir, 'draft-link.txt')
    const draft = path.join(dir, 'draft.txt')
    copyFileSync(path.join(root, documents.cop10draft), draft)
    linkSync(draft, draftLink)
    // Every case at once: they are separate processes, each refused before it writes anything.
    const [named, inFolder, linked, linkedInFolder, traceOverCorpusFile, traceOverDraft] = await Promise.all([
      runAsync('index', a, b, '-o', a),
      runAsync('index', folder, '-o', a),
      runAsync('index', a, '-o', link),
      runAsync('index', folder, '-o', link),
      // A trace report over a corpus file, or over the draft through a hard link.
      runAsync('trace', path.join(root, documents.cop10draft), '--corpus', folder, '-o', a),
      runAsync('trace', draft, '--corpus', folder, '-o', draftLink),
    ])
    for (const result of [named, inFolder, linked, linkedInFolder]) {
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(
        /: is (?:one of the input files|a text file inside the input folder)[^\n]*; choose another output file\n$/,
      )
    }
    expect(traceOverCorpusFile.status).toBe(2)
    expect(traceOverDraft.status).toBe(2)
    expect(readFileSync(a).equals(original)).toBe(true)
    expect(readFileSync(draft).equals(readFileSync(path.join(root, documents.cop10draft)))).toBe(true)
  })

  it('refuses to replace a file that is not a resdiff index', () => {
    const notes = path.join(dir, 'notes.txt')
    writeFileSync(notes, 'my notes\n')
    expect(run('index', path.join(root, documents.cop62en), '-o', notes)).toMatchObject({
      status: 2,
      stderr: `resdiff: ${notes}: exists and is not a resdiff index; choose another output file\n`,
    })
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n')
  })

  it('caps --threads at the cores', () => {
    const result = run(
      'index',
      path.join(root, documents.cop62en),
      path.join(root, documents.cop83),
      '-o',
      path.join(dir, 'threads.rdx'),
      '--threads',
      '99999',
      '--no-cache',
    )
    expect(result.status).toBe(0)
  })
})

function tree(meta: Partial<ResolutionMeta>): Resolution {
  return {
    type: 'resolution',
    lang: 'en',
    meta: {sponsors: [], stage: 'adopted', ...meta},
    children: [],
    data: {layout: 'blocks', warnings: []},
  }
}

describe('orderSeries', () => {
  it('orders by session, then date, then number, never by the order given', () => {
    const tenth = tree({session: 10, date: '2020-10-09', stage: 'draft'})
    const sixth = tree({number: '6/2', session: 6})
    const eighth = tree({number: '8/3'})
    expect(orderSeries([tenth, eighth, sixth])).toEqual([sixth, eighth, tenth])
  })

  it('uses the date when sessions are missing and the number when dates tie', () => {
    const later = tree({symbol: 'A/RES/75/241', date: '2020-12-31'})
    const earlier = tree({symbol: 'A/RES/74/60', date: '2019-12-12'})
    const b = tree({number: '75/242', date: '2020-12-31'})
    expect(orderSeries([later, b, earlier])).toEqual([earlier, later, b])
  })

  it('keeps the given order for texts that say nothing about when they were adopted', () => {
    const first = tree({title: 'one'})
    const second = tree({title: 'two'})
    expect(orderSeries([first, second])).toEqual([first, second])
  })
})
