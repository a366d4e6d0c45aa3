// Bundle the CLI into one script, dist/cli/bundle/resdiff.cjs, for start-up time: Node loads one
// file instead of some six hundred modules (micromark alone is hundreds of small files), and, the
// bundle being a plain script, bin/load-bundle.js can hand V8 a code cache for it, which Node 20
// offers no module. Run by `npm run build` after tsc, so `prepare` (npm ci, npm pack, a git
// install) makes it too; bin/resdiff.js uses it when present.
//
// Each command's implementation (program.ts and the command files import it dynamically) is
// evaluated only when that command runs, as in dist/. Every module keeps seeing its own place in
// dist/ as import.meta.url, so what it finds next to itself (the worker scripts, the parser's
// code for the cache fingerprint, package.json) is found as without the bundle. The packages
// some inputs and formats load (pdfjs-dist, docx, opencc-js) and better-sqlite3 (a native addon)
// stay outside, loaded from node_modules when needed.
//
// Then the build runs the bundle on a few real inputs and saves V8's code cache of what they
// compiled beside it (resdiff.cjs.cache): a later run starts from that bytecode.
import {build} from 'esbuild'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadBundle} from '../bin/load-bundle.js'

const dist = resolve('dist')
const outdir = resolve(dist, 'cli/bundle')
const outfile = resolve(outdir, 'resdiff.cjs')
const external = ['pdfjs-dist', 'docx', 'opencc-js', 'better-sqlite3', 'parse5', 'word-extractor']

rmSync(outdir, {recursive: true, force: true})
// The fingerprints of the parser's code in dist/, built into the bundle (src/corpus/fingerprint.ts).
const {computedFingerprints} = await import(pathToFileURL(resolve(dist, 'corpus/fingerprint.js')).href)
const result = await build({
  entryPoints: [resolve(dist, 'cli/program.js')],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'silent',
  external: external.flatMap((name) => [name, `${name}/*`]),
  define: {RESDIFF_FINGERPRINTS: JSON.stringify(computedFingerprints())},
  banner: {
    js: 'const __resdiffUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__resdiffDir, file)).href;',
  },
  plugins: [
    {
      // Two builtins packages load at their top level for what resdiff never asks of them:
      // commander requires child_process (some 7 ms) for executable subcommands, which resdiff
      // has none of, so it gets child_process on first use; chalk detects the terminal's colours
      // (loading tty, some 3 ms), which resdiff decides itself (src/cli/color.ts), so it gets
      // no detection.
      name: 'spare-builtins',
      setup(bundle) {
        bundle.onResolve({filter: /^(?:node:)?child_process$/}, (args) =>
          /[/\\]node_modules[/\\]commander[/\\]/.test(args.importer)
            ? {path: 'child_process', namespace: 'on-first-use'}
            : undefined,
        )
        bundle.onLoad({filter: /.*/, namespace: 'on-first-use'}, (args) => ({
          contents: `module.exports = new Proxy({}, {get: (_, key) => require(${JSON.stringify(`node:${args.path}`)})[key]})`,
          loader: 'js',
        }))
        bundle.onResolve({filter: /^#supports-color$/}, (args) =>
          /[/\\]node_modules[/\\]chalk[/\\]/.test(args.importer)
            ? {path: 'supports-color', namespace: 'no-detection'}
            : undefined,
        )
        bundle.onLoad({filter: /.*/, namespace: 'no-detection'}, () => ({
          contents: 'export default {stdout: false, stderr: false}',
          loader: 'js',
        }))
      },
    },
    {
      name: 'dist-in-place',
      setup(bundle) {
        bundle.onLoad({filter: /\.js$/}, (args) => {
          if (!args.path.startsWith(dist + sep)) return undefined
          const place = relative(outdir, args.path).split(sep).join('/')
          const contents = readFileSync(args.path, 'utf8')
            // The module's own URL, where it lies in dist/.
            .replace(/\bimport\.meta\.url\b/g, `__resdiffUrl(${JSON.stringify(place)})`)
            // import() of a package left outside: the loader's, since a script has no import() of its own.
            .replace(/\bimport\((["'])([^."'][^"']*)\1\)/g, (call, quote, specifier) =>
              external.some((name) => specifier === name || specifier.startsWith(`${name}/`))
                ? `__resdiffImport(${JSON.stringify(specifier)})`
                : call,
            )
          return {contents, loader: 'js'}
        })
      },
    },
  ],
})

// What cannot work once bundled is refused here rather than found at run time on the one command
// that reaches it: a package that finds files from its own path (__filename, __dirname,
// import.meta), or an import() the script cannot make.
const problems = result.warnings.filter((warning) => /import\.meta|import\(\)/.test(warning.text))
if (problems.length > 0) throw new Error(`bundle: ${problems.map((warning) => warning.text).join('; ')}`)
const code = readFileSync(outfile, 'utf8')
const found = /\b__(?:filename|dirname)\b|\bimport\.meta\b|\bimport\(/.exec(code)
if (found)
  throw new Error(
    `bundle: bundled code uses ${found[0]}, which points into dist/cli/bundle/ or cannot run in a script; keep its package external in scripts/bundle.js`,
  )

// Train the code cache: a few commands on real texts (not the ones bench/startup.bench.js times),
// each through main() as bin/resdiff.js calls it, with their output set aside. Without the texts
// (a checkout without seeds/) the bundle goes without a cache: it runs as well, only starts slower.
const {exports, script} = loadBundle(outfile, {cache: false})
const training = [
  'seeds/cop-8-3.en.md',
  'seeds/cop-10-draft-mexico.en.txt',
  'seeds/cop-6-2.en.txt',
  'seeds/cop-6-2.zh.txt',
]
if (!training.every((file) => existsSync(file))) {
  process.stderr.write('bundle: seeds/ not found, so no code cache (resdiff starts slower)\n')
  process.exit(0)
}
// The first diff parses both texts and keeps their trees in a parse cache of its own (whatever
// the builder's own cache holds), the second reads them back: both paths get trained.
const runs = [
  ['--help'],
  ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
  ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt', '--format', 'markdown'],
  ['parse', 'seeds/cop-6-2.zh.txt', '--format', 'outline'],
  ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt'],
  ['lint', 'seeds/cop-10-draft-mexico.en.txt'],
]
const writes = [process.stdout.write, process.stderr.write]
const exitCode = process.exitCode
const environment = {cacheDir: process.env.RESDIFF_CACHE_DIR, noCache: process.env.RESDIFF_NO_CACHE}
const trainingCache = mkdtempSync(join(tmpdir(), 'resdiff-training-'))
process.env.RESDIFF_CACHE_DIR = trainingCache
delete process.env.RESDIFF_NO_CACHE
try {
  process.stdout.write = process.stderr.write = (chunk, encoding, callback) => {
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') queueMicrotask(done)
    return true
  }
  for (const args of runs) {
    const status = await exports.main(args)
    if (status === 2) throw new Error(`bundle: resdiff ${args.join(' ')} failed while training the code cache`)
  }
} finally {
  ;[process.stdout.write, process.stderr.write] = writes
  process.exitCode = exitCode
  for (const [name, value] of [
    ['RESDIFF_CACHE_DIR', environment.cacheDir],
    ['RESDIFF_NO_CACHE', environment.noCache],
  ]) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  rmSync(trainingCache, {recursive: true, force: true})
}
writeFileSync(`${outfile}.cache`, script.createCachedData())
