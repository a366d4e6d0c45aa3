// Lint throughput: every rule over the seeds and corpus texts (parsed once, outside the
// timing), the cost of each rule, and time on pathological input (one huge paragraph full
// of what the regular-expression rules look for), which must grow linearly.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseResolution} from '../dist/index.js'
import {lintResolution, lintRules, resolveSeverities} from '../dist/lint/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const files = [
  ...readdirSync(path.join(root, 'seeds')).map((name) => path.join(root, 'seeds', name)),
  ...readdirSync(path.join(root, 'fixtures'))
    .filter((name) => /\.(?:txt|md)$/u.test(name))
    .map((name) => path.join(root, 'fixtures', name)),
]
const documents = files.map((file) => {
  const source = readFileSync(file, 'utf8')
  return {source, tree: parseResolution(source)}
})
const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.source), 0)

function time(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}
const best = (fn) => Math.min(time(fn), time(fn), time(fn))

// Repeat the documents to about 5 MB so the figure is not dominated by timer noise.
const rounds = Math.ceil((5 * 1024 * 1024) / bytes)
const lintAll = (rules) => {
  for (let round = 0; round < rounds; round++)
    for (const document of documents) lintResolution(document.tree, document.source, {rules})
}
lintAll(lintRules)
const all = best(() => lintAll(lintRules))
const megabytes = (bytes * rounds) / 1024 / 1024
console.log(
  `lint, all ${lintRules.length} rules: ${megabytes.toFixed(1)} MB (${documents.length} texts × ${rounds}) in ${all.toFixed(2)} s = ${(megabytes / all).toFixed(1)} MB/s, ${((all / (documents.length * rounds)) * 1000).toFixed(2)} ms per text`,
)

const perRule = lintRules
  .map((rule) => ({id: rule.id, seconds: best(() => lintAll([rule]))}))
  .sort((a, b) => b.seconds - a.seconds)
console.log(
  `slowest rules: ${perRule
    .slice(0, 5)
    .map((rule) => `${rule.id} ${(rule.seconds * 1000).toFixed(0)} ms`)
    .join(', ')}`,
)

// Pathological: one preambular paragraph of n kilobytes made of debris-like tokens.
const unit = 'record -keeping and , where ( A/60/88 ) the the  [draft] CT OC/COP 5 bis '
for (const kilobytes of [100, 400, 1600]) {
  const paragraph = unit.repeat(Math.ceil((kilobytes * 1024) / unit.length))
  const source = `The General Assembly,\n\nRecalling ${paragraph},\n\n1. Decides to remain seized of the matter.\n`
  const tree = parseResolution(source)
  const seconds = best(() => lintResolution(tree, source, {severities: resolveSeverities(lintRules)}))
  console.log(`pathological paragraph of ${kilobytes} KB: lint ${seconds.toFixed(2)} s`)
}
