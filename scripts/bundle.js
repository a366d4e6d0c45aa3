// Bundle the CLI into dist/cli/bundle/ (program.js and a chunk per command), for start-up time:
// Node loads a few modules instead of some six hundred (micromark alone is hundreds of small
// files), so a command starts in a fraction of the time. Run by `npm run build` after tsc, so `prepare` (npm ci, npm
// pack, a git install) makes it too; bin/resdiff.js uses it when present.
//
// Left outside the bundle, loaded from dist/ and node_modules as before: the modules that find files
// next to their own (the worker pool and the index's freshness check their worker scripts, the parser fingerprint the parser's code,
// version.js the package.json), and the large packages that only some commands load,
// through dynamic import (pdfjs-dist, docx, opencc-js).
import {build} from 'esbuild'
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {relative, resolve} from 'node:path'

const dist = resolve('dist')
const keepOutside = [
  'corpus/workers.js',
  'corpus/parse-worker.js',
  'corpus/store/fresh.js',
  'corpus/store/fresh-worker.js',
  'corpus/fingerprint.js',
  'version.js',
].map((file) => resolve(dist, file))
const outdir = resolve(dist, 'cli/bundle')

rmSync(outdir, {recursive: true, force: true})
await build({
  entryPoints: [resolve(dist, 'cli/program.js')],
  outdir,
  // Each command's module (program.ts imports them dynamically) becomes a chunk of its own, with
  // the imports outside the bundle at its top: they load only when that command runs.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // better-sqlite3 is a native addon: it finds its .node file from its own path, so it stays outside.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'docx', 'opencc-js', 'opencc-js/*', 'better-sqlite3'],
  // Some bundled packages are CommonJS and call require(): give the ES module one.
  banner: {
    js: "import {createRequire as __resdiffRequire} from 'node:module'; const require = __resdiffRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'keep-outside',
      setup(bundle) {
        bundle.onResolve({filter: /^\.\.?\//}, (args) => {
          const path = resolve(args.resolveDir, args.path)
          if (!keepOutside.some((kept) => path === kept || path.startsWith(`${kept}/`))) return undefined
          let specifier = relative(outdir, path)
          if (!specifier.startsWith('.')) specifier = `./${specifier}`
          return {path: specifier, external: true}
        })
      },
    },
  ],
})

// A CommonJS package that finds files from its own path (__filename, __dirname) breaks once
// bundled, at run time and only on the command that reaches it: refuse the build instead, so the
// package is added to `external` above.
for (const file of readdirSync(outdir)) {
  const code = readFileSync(resolve(outdir, file), 'utf8')
  const found = /\b__(?:filename|dirname)\b/.exec(code)
  if (found) throw new Error(`${file}: bundled code uses ${found[0]}; mark its package external in scripts/bundle.js`)
}

// The same for a module that finds a file next to its own (`new URL('./worker.js', import.meta.url)`):
// once bundled, the URL points into dist/cli/bundle/, where the file is not. Keep such a module
// outside (keepOutside above).
for (const file of readdirSync(outdir)) {
  const code = readFileSync(resolve(outdir, file), 'utf8')
  for (const found of code.matchAll(/new URL\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)) {
    if (!existsSync(resolve(outdir, found[1])))
      throw new Error(
        `${file}: bundled code finds ${found[1]} next to itself; keep its module outside in scripts/bundle.js`,
      )
  }
}
