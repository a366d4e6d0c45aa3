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

/** parseResolution of a whole text, through the parse cache. */
export function parseThroughCache(text: string, options: {lang?: Lang}): Resolution {
  // A text far longer than any resolution (a book, a hostile file) is parsed without keeping
  // its tree, whose JSON would be several times its size in memory.
  if (process.env['RESDIFF_NO_CACHE'] || text.length > cachedTextLength) return parseResolution(text, options)
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
  const tree = parseResolution(text, options)
  store.set(key, JSON.stringify(tree))
  return tree
}
