import v8 from 'node:v8'
import {defaultCacheDir, TreeCache, treeKey} from '../corpus/cache.js'
import {parseResolution} from '../parse/index.js'
import type {Lang, Resolution} from '../tree/types.js'

// The commands that read one resolution per file (diff, align, history of files, parse of a
// file, trace's draft) keep its tree in the parse cache that folders use: a drafter diffs last
// session's text against a draft again and again, and the unchanged file's tree is read back
// (a few milliseconds) instead of parsed (tens of milliseconds at start-up, before the code is
// warm). The key is the text, the language asked for and the parser's code, as for folders; a
// cache that cannot be read or written only costs the parse. `RESDIFF_NO_CACHE=1` parses every
// file afresh and writes nothing.

const cachedTextLength = 2_000_000

let compilingAtOnce = false

/**
 * A parse runs some two hundred regular expressions, most of them many times. V8 compiles an
 * expression to bytecode for its first run and to machine code for its second; in a process
 * that is about to parse, compiling to machine code at once spares the first compilation (some
 * 10 ms of a first `resdiff diff`, docs/benchmarks.md). Set once, only when a parse is due: a
 * run that reads its trees from the cache runs few expressions, few times, and keeps V8's
 * default. V8 reads the flag when it compiles an expression, so it holds from here on.
 */
function compileExpressionsAtOnce(): void {
  if (compilingAtOnce) return
  compilingAtOnce = true
  try {
    v8.setFlagsFromString('--no-regexp-tier-up')
  } catch {
    // A runtime without the flag parses as before.
  }
}

/** parseResolution of a whole text, through the parse cache. */
export function parseThroughCache(text: string, options: {lang?: Lang}): Resolution {
  // A text far longer than any resolution (a book, a hostile file) is parsed without keeping
  // its tree, whose JSON would be several times its size in memory.
  if (process.env['RESDIFF_NO_CACHE'] || text.length > cachedTextLength) {
    compileExpressionsAtOnce()
    return parseResolution(text, options)
  }
  const store = new TreeCache(defaultCacheDir())
  const key = treeKey(Buffer.from(text, 'utf8'), options.lang)
  const stored = store.get(key)
  if (stored !== undefined) {
    try {
      return JSON.parse(stored) as Resolution
    } catch {
      // An entry that is not JSON is a miss (it ends with `}` but is not whole).
    }
  }
  compileExpressionsAtOnce()
  const tree = parseResolution(text, options)
  store.set(key, JSON.stringify(tree))
  return tree
}
