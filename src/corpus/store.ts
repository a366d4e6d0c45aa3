/**
 * The index store: one SQLite database (docs/index.md). Split by what each part does:
 * - `store/format.ts`: the schema, its version, errors in one sentence, opening and checking a file;
 * - `store/writer.ts`: `IndexWriter`, which stores texts once and writes seed postings in segments;
 * - `store/files.ts`: a whole build (temporary file, rename), `--add` (one transaction), an index in memory;
 * - `store/read.ts` and `store/places.ts`: `CorpusIndex`, what a trace reads;
 * - `store/fresh.ts`: every indexed file checked against the disk (stat, then SHA-256 if needed);
 * - `store/checksum.ts` and `store/check.ts`: each row's checksum, and a whole index checked (`index --check`).
 */
export {
  applicationId,
  damaged,
  indexSchema,
  IndexError,
  newnessOf,
  translateSqliteError,
  userVersion,
  type FileStamp,
  type IndexHeader,
  type Occurrence,
  type TextRecord,
} from './store/format.js'
export {IndexWriter} from './store/writer.js'
export {buildIndexFile, memoryDatabase, updateIndexFile} from './store/files.js'
export {type PlaceFilter} from './store/places.js'
export {CorpusIndex, newestPlacesRead, postingCap} from './store/read.js'
export {checkIndexFiles, staleFilesOf, type StaleFiles} from './store/fresh.js'
export {describeStale, shownPath} from './store/stale-note.js'
export {holdsLanguage} from './store/copies.js'
export {checkIndexFile, type IndexCheck} from './store/check.js'
