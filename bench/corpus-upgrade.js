// Upgrade a benchmark's index@5 in place to index@6 (its seed directory, store/directory.ts, and
// its texts' counts of places, store/text-places.ts), so `RESDIFF_BENCH_REUSE=1 node
// bench/corpus.bench.js` can measure the current trace on an index of 100,000 resolutions without
// the 20-minute rebuild. The new tables are written from the seeds and paragraphs tables as the
// file holds them (run `resdiff index --check` on it afterwards if in doubt) by the functions a
// build uses; every other table is left as it is. A bench tool, not a user's: users rebuild (the
// CLI refuses an index@5 in one sentence). Usage: node bench/corpus-upgrade.js INDEX…
// Index@7 changed the posting rows themselves (varints, a row per seed): an index@6 is not
// upgraded to it; write a new one with bench/index-from-cache.js.
import Database from 'better-sqlite3'
import {chunkBitsFor, writeDirectory} from '../dist/corpus/store/directory.js'
import {writeTextPlaces} from '../dist/corpus/store/text-places.js'

for (const file of process.argv.slice(2)) {
  const started = performance.now()
  const db = new Database(file)
  const version = db.pragma('user_version', {simple: true})
  const has = (table) => db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table) !== undefined
  if (version !== 5 && version !== 6) {
    console.log(`${file}: index version ${version}, left as it is`)
    db.close()
    continue
  }
  db.exec('BEGIN')
  const done = []
  if (!has('seed_rows')) {
    db.exec('CREATE TABLE seed_rows(chunk INTEGER PRIMARY KEY, entries BLOB NOT NULL, crc INTEGER NOT NULL)')
    const rows = db.prepare('SELECT count(*) FROM seeds').pluck().get()
    writeDirectory(db, chunkBitsFor(rows))
    done.push(`seed directory (${rows} posting rows)`)
  }
  if (!has('text_places')) {
    db.exec('CREATE TABLE text_places(text INTEGER PRIMARY KEY, places INTEGER NOT NULL, crc INTEGER NOT NULL)')
    writeTextPlaces(db)
    done.push("texts' counts of places")
  }
  db.prepare("UPDATE meta SET value = 'resdiff/index@6' WHERE key = 'schema'").run()
  db.pragma('user_version = 6')
  db.exec('COMMIT')
  db.close()
  console.log(
    `${file}: ${done.join(' and ') || 'nothing'} written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}
