// Diff cost against size: two synthetic resolutions of 100, 1,000 and 5,000 paragraphs made by
// mutating the seeds and fixtures (reword, move, merge, split, insert, delete), aligned by the
// library and end to end by the CLI, and `git diff --no-index --word-diff` on the same files.
// Each size runs in a fresh process so its peak memory (max RSS) is its own.
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {operativeParagraphs, parseResolution, preambularParagraphs} from '../dist/index.js'
import {diffResolutions} from '../dist/diff/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sizes = [100, 1000, 5000]

// A small deterministic generator (mulberry32), so every run builds the same files.
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pool() {
  const files = [
    ...readdirSync(path.join(root, 'seeds'))
      .filter((name) => name.includes('.en.'))
      .map((name) => path.join(root, 'seeds', name)),
    ...readdirSync(path.join(root, 'fixtures'))
      .filter((name) => /^ga-.*\.en\.txt$/u.test(name))
      .map((name) => path.join(root, 'fixtures', name)),
  ]
  const trees = files.map((file) => parseResolution(readFileSync(file, 'utf8')))
  const preamble = trees.flatMap((tree) => preambularParagraphs(tree).map((p) => p.text.replace(/[,;.]$/u, '')))
  const operative = trees.flatMap((tree) => operativeParagraphs(tree).map((p) => p.text.replace(/[,;.]$/u, '')))
  const vocabulary = [
    ...new Set(
      [...preamble, ...operative]
        .join(' ')
        .split(/\s+/u)
        .filter((word) => /^[a-z]{4,}$/u.test(word)),
    ),
  ]
  return {preamble, operative, vocabulary}
}

// A paragraph made of the head of one pool paragraph and the tail of another, with some words
// replaced and a reference of its own: distinct paragraphs in the seeds' language, without the
// near-copies that repeating the pool would give.
function distinct(texts, rand, vocabulary, index) {
  const head = texts[Math.floor(rand() * texts.length)].split(' ')
  const tail = texts[Math.floor(rand() * texts.length)].split(' ')
  const words = [...head.slice(0, Math.ceil(head.length / 2)), ...tail.slice(Math.ceil(tail.length / 2))]
  for (let i = 1; i < words.length; i++)
    if (rand() < 0.08) words[i] = vocabulary[Math.floor(rand() * vocabulary.length)]
  return `${words.join(' ')}, as set out in document A/${70 + (index % 30)}/${100 + index}`
}

function reword(text, rand, vocabulary) {
  const words = text.split(' ')
  for (let i = 1; i < words.length; i++) {
    const roll = rand()
    if (roll < 0.06) words[i] = vocabulary[Math.floor(rand() * vocabulary.length)]
    else if (roll < 0.09) words[i] = `${words[i]} ${vocabulary[Math.floor(rand() * vocabulary.length)]}`
  }
  return words.join(' ')
}

function build(size) {
  const rand = random(size)
  const {preamble, operative, vocabulary} = pool()
  // The parser reads operative numbers up to 999 (no resolution has more), so the rest of a
  // large synthetic text goes into the preamble.
  const preambleCount = Math.max(Math.round(size * 0.3), size - 900)
  const old = {
    preamble: Array.from({length: preambleCount}, (_, i) => distinct(preamble, rand, vocabulary, i)),
    operative: Array.from({length: size - preambleCount}, (_, i) =>
      distinct(operative, rand, vocabulary, preambleCount + i),
    ),
  }
  const made = {reworded: 0, merged: 0, split: 0, added: 0, dropped: 0, moved: 0}
  // The second piece of a split opens like a paragraph of its section, or the parser rightly
  // reads it as the first piece going on.
  const mutate = (paragraphs, offset, opening) => {
    const result = []
    for (let i = 0; i < paragraphs.length; i++) {
      const text = paragraphs[i]
      const roll = rand()
      const cut = text.indexOf(', ', Math.floor(text.length / 3))
      if (roll < 0.05) made.dropped++
      else if (roll < 0.15) {
        result.push(reword(text, rand, vocabulary))
        made.reworded++
      } else if (roll < 0.17 && i + 1 < paragraphs.length) {
        result.push(`${text}, and ${paragraphs[++i]}`)
        made.merged++
      } else if (roll < 0.19 && cut > 0) {
        result.push(text.slice(0, cut), `${opening} ${text.slice(cut + 2)}`)
        made.split++
      } else result.push(text)
      if (rand() < 0.05) {
        result.push(distinct(operative, rand, vocabulary, 100_000 + offset + i))
        made.added++
      }
    }
    for (let moves = Math.floor(result.length * 0.03); moves > 0; moves--, made.moved++) {
      const [moved] = result.splice(Math.floor(rand() * result.length), 1)
      result.splice(Math.floor(rand() * result.length), 0, moved)
    }
    return result
  }
  const now = {
    preamble: mutate(old.preamble, 0, 'Noting also'),
    operative: mutate(old.operative, 50_000, 'Also decides'),
  }
  return {old: render(old, 1), now: render(now, 2), made}
}

function render(version, session) {
  const lines = [
    `Resolution ${session}/1`,
    '',
    'Synthetic resolution for the diff benchmark',
    '',
    'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
    '',
  ]
  for (const text of version.preamble) lines.push(`${text},`, '')
  version.operative.forEach((text, index) => lines.push(`${index + 1}. ${text};`, ''))
  return lines.join('\n')
}

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9
}

if (process.argv[2] === '--write') {
  // For a closer look at one size: writes OLD and NEW to the two paths given.
  const {old, now} = build(Number(process.argv[3]))
  writeFileSync(process.argv[4], old)
  writeFileSync(process.argv[5], now)
} else if (process.argv[2] === '--child') {
  const size = Number(process.argv[3])
  const {old, now, made} = build(size)
  let start = process.hrtime.bigint()
  const oldTree = parseResolution(old)
  const newTree = parseResolution(now)
  const parse = seconds(start)
  start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  const result = diffResolutions(oldTree, newTree)
  const diff = seconds(start)
  const cpu = process.cpuUsage(cpuStart)
  const diffCpu = (cpu.user + cpu.system) / 1e6
  const paragraphs = preambularParagraphs(oldTree).length + operativeParagraphs(oldTree).length
  const newParagraphs = preambularParagraphs(newTree).length + operativeParagraphs(newTree).length
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  console.log(
    JSON.stringify({size, paragraphs, newParagraphs, parse, diff, diffCpu, maxRssMb, made, summary: result.summary}),
  )
} else {
  const directory = mkdtempSync(path.join(tmpdir(), 'resdiff-bench-'))
  const rows = []
  try {
    for (const size of sizes) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(size)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
      if (child.status !== 0) throw new Error(child.stderr)
      const measured = JSON.parse(child.stdout)
      const {old, now} = build(size)
      const oldFile = path.join(directory, `old-${size}.txt`)
      const newFile = path.join(directory, `new-${size}.txt`)
      writeFileSync(oldFile, old)
      writeFileSync(newFile, now)
      let start = process.hrtime.bigint()
      // The real CLI, with its CPU time reported on stderr at exit (wall time suffers on a busy machine).
      const withCpu = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(String((u.userCPUTime + u.systemCPUTime) / 1e6)) }); await import(${JSON.stringify(path.join(root, 'bin/resdiff.js'))})`
      const cli = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', withCpu, 'resdiff', 'diff', oldFile, newFile, '--format', 'json'],
        {maxBuffer: 1 << 28, encoding: 'utf8'},
      )
      const endToEnd = seconds(start)
      if (cli.status !== 1) throw new Error(`resdiff diff exited ${cli.status}: ${cli.stderr}`)
      const endToEndCpu = Number(cli.stderr)
      start = process.hrtime.bigint()
      const git = spawnSync('git', ['diff', '--no-index', '--word-diff', oldFile, newFile], {maxBuffer: 1 << 28})
      const gitSeconds = seconds(start)
      rows.push({
        ...measured,
        endToEnd,
        endToEndCpu,
        git: git.error ? NaN : gitSeconds,
        megabytes: Buffer.byteLength(old) / 1024 / 1024,
      })
    }
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
  console.log(
    '| paragraphs (old → new) | size | parse both | align + word diffs (wall / CPU) | CPU per paragraph | max RSS | CLI end to end, json (wall / CPU) | git diff --word-diff |',
  )
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    console.log(
      `| ${row.paragraphs} → ${row.newParagraphs} | ${row.megabytes.toFixed(2)} MB | ${row.parse.toFixed(3)} s | ${row.diff.toFixed(3)} s / ${row.diffCpu.toFixed(3)} s | ${((row.diffCpu / row.paragraphs) * 1000).toFixed(3)} ms | ${row.maxRssMb.toFixed(0)} MB | ${row.endToEnd.toFixed(3)} s / ${row.endToEndCpu.toFixed(3)} s | ${row.git.toFixed(3)} s |`,
    )
  }
  console.log('\nmutations made (moves are random re-insertions, some land near their place) and what the diff found:')
  for (const row of rows)
    console.log(
      `${row.size}: made ${JSON.stringify(row.made)}\n${' '.repeat(String(row.size).length)}  found ${JSON.stringify(row.summary)}`,
    )
  const first = rows[0]
  const last = rows[rows.length - 1]
  const growth = last.diffCpu / last.paragraphs / (first.diffCpu / first.paragraphs)
  console.log(
    `\nCPU per paragraph at ${last.paragraphs} vs ${first.paragraphs} paragraphs: ${growth.toFixed(2)}x (1 = linear)`,
  )
  console.log(
    `5,000 paragraphs under 10 s end to end: ${last.endToEnd < 10 ? 'met' : 'NOT met'} (wall ${last.endToEnd.toFixed(1)} s, CPU ${last.endToEndCpu.toFixed(1)} s)`,
  )
}
