// Field check: every real resolution in fixtures/field-manifest.json, parsed, against the
// paragraph and footnote counts a person read from the document; then every English/Chinese
// pair of the manifest aligned. Prints one row per document and the totals.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as lib from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(path.join(root, 'fixtures/field-manifest.json'), 'utf8'))

/** The tree of the document, or of the resolution the manifest picks from a volume. Word (.docx, .doc), OpenDocument and PDF files are read as the CLI reads them. */
async function parse(entry) {
  if (/\.(?:docx|doc|odt|pdf)$/.test(entry.file)) {
    const document = await lib.readDocument(readFileSync(path.join(root, entry.file)))
    return lib.parseResolution(document.text, {lang: entry.lang})
  }
  const text = readFileSync(path.join(root, entry.file), 'utf8')
  if (entry.pick && typeof lib.pickResolution === 'function')
    return lib.pickResolution(text, entry.pick, {lang: entry.lang})
  return lib.parseResolution(text, {lang: entry.lang})
}

function counts(tree) {
  return {
    P: lib.preambularParagraphs(tree).length,
    O: lib.operativeParagraphs(tree).length,
    F: lib.footnotes(tree).length,
  }
}

const pad = (value, width) => String(value).padEnd(width)
let exact = 0
let paragraphsExpected = 0
let paragraphsOff = 0
let notesExpected = 0
let notesOff = 0
const trees = new Map()
console.log(`${pad('document', 44)} ${pad('expected P/O/F', 15)} ${pad('parsed P/O/F', 15)} result`)
for (const entry of manifest.documents) {
  const expected = `${entry.P}/${entry.O}/${entry.F ?? '-'}`
  let got
  let failure
  try {
    const tree = await parse(entry)
    trees.set(entry.file, tree)
    // A bitext holds both languages: its tree in each, for a pair that names the file twice.
    trees.set(`${entry.file}@${entry.lang}`, tree)
    if (entry.pick) trees.set(`${entry.file}#${entry.pick}`, tree)
    got = counts(tree)
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  }
  paragraphsExpected += entry.P + entry.O
  if (entry.F !== null) notesExpected += entry.F
  const name = entry.pick
    ? `${entry.file.replace(/^fixtures\//, '')} [${entry.pick}]`
    : entry.file.replace(/^fixtures\//, '')
  if (!got) {
    paragraphsOff += entry.P + entry.O
    if (entry.F !== null) notesOff += entry.F
    console.log(`${pad(name, 44)} ${pad(expected, 15)} ${pad('—', 15)} FAILS: ${failure.slice(0, 60)}`)
    continue
  }
  const off = Math.abs(got.P - entry.P) + Math.abs(got.O - entry.O)
  const noteOff = entry.F === null ? 0 : Math.abs(got.F - entry.F)
  paragraphsOff += off
  notesOff += noteOff
  const ok = off === 0 && noteOff === 0
  if (ok) exact++
  console.log(`${pad(name, 44)} ${pad(expected, 15)} ${pad(`${got.P}/${got.O}/${got.F}`, 15)} ${ok ? 'ok' : 'DIFFERS'}`)
}
const total = manifest.documents.length
console.log(`\ndocuments with every count right: ${exact}/${total}`)
console.log(`paragraphs (P+O): ${paragraphsExpected} expected, counts off by ${paragraphsOff} in total`)
console.log(`footnotes: ${notesExpected} expected, counts off by ${notesOff} in total`)

console.log(`\n${pad('English ↔ Chinese pair', 44)} ${pad('pairs (1-1)', 12)} ${pad('unpaired', 9)} findings`)
let pairsClean = 0
let findingsTotal = 0
let unpairedTotal = 0
// A pair may name the resolution of a volume it aligns (a third item, the manifest's pick), or a
// bitext's file twice (its English and its Chinese).
for (const [enFile, zhFile, pick] of manifest.pairs) {
  const bitext = enFile === zhFile
  const en = trees.get(pick ? `${enFile}#${pick}` : bitext ? `${enFile}@en` : enFile)
  const zh = trees.get(bitext ? `${zhFile}@zh` : zhFile)
  const name = path.basename(zhFile)
  if (!en || !zh) {
    console.log(`${pad(name, 44)} not aligned: a side does not parse`)
    continue
  }
  const result = lib.alignResolutions(en, zh)
  const unpaired = result.summary.beads['1-0'] + result.summary.beads['0-1']
  if (unpaired === 0 && result.summary.beads['1-2'] + result.summary.beads['2-1'] === 0) pairsClean++
  findingsTotal += result.findings
  unpairedTotal += unpaired
  console.log(
    `${pad(name, 44)} ${pad(`${result.summary.pairs} (${result.summary.beads['1-1']})`, 12)} ${pad(unpaired, 9)} ${result.findings}`,
  )
}
console.log(
  `\npairs aligned 1-1 throughout: ${pairsClean}/${manifest.pairs.length}; unpaired units ${unpairedTotal}; findings ${findingsTotal}`,
)
