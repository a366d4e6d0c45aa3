// Load the bundled CLI (dist/cli/bundle/resdiff.cjs, made by scripts/bundle.js) with V8's code
// cache: the bytecode of the functions a run compiles, saved by the build beside the bundle
// (resdiff.cjs.cache), so a run deserialises them instead of compiling them again. Node 20 keeps
// no such cache for modules of its own (Node 22's module.enableCompileCache does), hence the
// bundle is one CommonJS script, run here through vm.Script, which takes one.
//
// V8 checks the cache against the source and its own version and flags, and ignores a cache
// that does not fit (another Node, a changed bundle): the run then compiles as without it.
// CommonJS, as bin/resdiff.js (bin/package.json): see there why.
const {existsSync, readFileSync} = require('node:fs')
const {createRequire} = require('node:module')
const {dirname} = require('node:path')
const vm = require('node:vm')

/** The bundle's parameters: CommonJS's, and the import() of packages left outside it (see scripts/bundle.js). */
const parameters = ['exports', 'require', 'module', '__resdiffFile', '__resdiffDir', '__resdiffImport']

/**
 * Run the bundle's top level and return its exports (main, buildProgram) and the script, whose
 * createCachedData() gives the code cache of everything compiled so far. `cache: false` ignores
 * the saved cache, as does NODE_DISABLE_COMPILE_CACHE (Node's own switch for its compile cache).
 */
function loadBundle(file, {cache = process.env.NODE_DISABLE_COMPILE_CACHE === undefined} = {}) {
  const source = readFileSync(file, 'utf8')
  const cacheFile = `${file}.cache`
  const cachedData = cache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const script = new vm.Script(`(function (${parameters.join(', ')}) {${source}\n})`, {
    filename: file,
    ...(cachedData ? {cachedData} : {}),
  })
  const module = {exports: {}}
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    (specifier) => import(specifier),
  )
  return {exports: module.exports, script}
}

exports.loadBundle = loadBundle
