// Upgrade a benchmark's index@5 in place to index@6 (its seed directory, store/directory.ts), so
// `RESDIFF_BENCH_REUSE=1 node bench/corpus.bench.js` can measure the current trace on an index of
// 100,000 resolutions without the 20-minute rebuild. The directory is written from the seeds table
// as the file holds it (run `resdiff index --check` on it first if in doubt) by the function a
// build uses; every other table is left as it is. A bench tool, not a user's: users rebuild (the
// CLI refuses an index@5 in one sentence). Usage: node bench/corpus-upgrade.js INDEX…
import Database from 'better-sqlite3'
import {chunkBitsFor, writeDirectory} from '../dist/corpus/store/directory.js'

for (const file of process.argv.slice(2)) {
  const started = performance.now()
  const db = new Database(file)
  const version = db.pragma('user_version', {simple: true})
  if (version !== 5) {
    console.log(`${file}: index version ${version}, left as it is`)
    db.close()
    continue
  }
  db.exec('BEGIN')
  db.exec('CREATE TABLE seed_rows(chunk INTEGER PRIMARY KEY, entries BLOB NOT NULL, crc INTEGER NOT NULL)')
  const rows = db.prepare('SELECT count(*) FROM seeds').pluck().get()
  writeDirectory(db, chunkBitsFor(rows))
  db.prepare("UPDATE meta SET value = 'resdiff/index@6' WHERE key = 'schema'").run()
  db.pragma('user_version = 6')
  db.exec('COMMIT')
  db.close()
  console.log(`${file}: ${rows} posting rows, seed directory written in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
