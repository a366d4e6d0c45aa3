import type {Lang} from '../../tree/types.js'
import type {DocumentSummary} from '../digest.js'
import {rowCrc} from './checksum.js'
import {damaged, paragraphId, positionsPerDocument, textKey, translateSqliteError} from './format.js'
import type {CorpusIndex} from './read.js'

/** What tells two documents of the same text apart: an adoption or masthead date, a symbol. */
export interface DraftIdentity {
  lang: Lang
  date?: string
  symbol?: string
}

/**
 * The documents of an index that are the draft itself in another file: the draft's paragraphs,
 * every one, in the same order, as the parser reads them (its normalisation: a Word document, a
 * PDF, a web page and a plain-text copy of one draft give the same paragraph texts), in the
 * draft's language, and nothing telling them apart — no other date, no other symbol (either may
 * be missing on one side). A trace leaves them out as it leaves out a file with the draft's bytes.
 * Pages of a printed volume are never taken for the draft (a volume is left out whole or not at
 * all). Found from the draft's rarest paragraph: only documents holding it at its position are read.
 */
export function findCopies(index: CorpusIndex, texts: readonly string[], draft: DraftIdentity): DocumentSummary[] {
  try {
    return copiesIn(index, texts, draft)
  } catch (error) {
    throw translateSqliteError(error, index.name)
  }
}

function copiesIn(index: CorpusIndex, texts: readonly string[], draft: DraftIdentity): DocumentSummary[] {
  const db = index.database
  const name = index.name
  const documentOf = (id: number): DocumentSummary => index.document(id)
  const textOf = (id: number): {lang: Lang; text: string} => index.text(id)
  if (texts.length === 0 || texts.length >= positionsPerDocument) return []
  const byKey = db.prepare('SELECT id FROM texts WHERE key = ?').pluck()
  const ids: number[] = []
  for (const text of texts) {
    const id = (byKey.all(textKey(draft.lang, text)) as number[]).find((candidate) => {
      const record = textOf(candidate)
      return record.lang === draft.lang && record.text === text
    })
    // A paragraph the index does not hold: no document holds the whole draft.
    if (id === undefined) return []
    ids.push(id)
  }
  // The stored counts of places choose where to start (a wrong count only makes the search longer).
  const stored = db.prepare('SELECT places FROM text_places WHERE text = ?').pluck()
  const counts = ids.map((id) => (stored.get(id) as number | undefined) ?? Number.MAX_SAFE_INTEGER)
  let rarest = 0
  for (let position = 1; position < ids.length; position++) if (counts[position]! < counts[rarest]!) rarest = position
  // Documents with as many paragraphs as the draft, holding its rarest paragraph where the draft does.
  const holders = db
    .prepare(
      'SELECT DISTINCT p.document FROM paragraphs p JOIN documents d ON d.id = p.document WHERE p.text = ? AND p.position = ? AND d.paragraphs = ?',
    )
    .pluck()
  const rows = db
    .prepare(
      'SELECT id, document, position, eid, label, section, leading_phrase, text, newness, crc FROM paragraphs WHERE id >= ? AND id < ? ORDER BY id',
    )
    .raw()
  const copies: DocumentSummary[] = []
  for (const id of holders.all(ids[rarest], rarest, ids.length) as number[]) {
    const document = documentOf(id)
    if (document.resolution !== undefined || document.lang !== draft.lang) continue
    if (draft.date !== undefined && document.date !== undefined && document.date !== draft.date) continue
    if (draft.symbol !== undefined && document.symbol !== undefined && document.symbol !== draft.symbol) continue
    const paragraphs = rows.all(paragraphId(id, 0), paragraphId(id + 1, 0)) as Array<
      [number, number, number, string, string, string, string | null, number, string, number]
    >
    if (paragraphs.length !== ids.length) continue
    const same = paragraphs.every((row, position) => {
      const [rowId, document, at, eid, label, section, leadingPhrase, text, newness, crc] = row
      if (
        rowId !== paragraphId(id, position) ||
        rowCrc([document, at, eid, label, section, leadingPhrase, text, newness]) !== crc
      )
        throw damaged(name)
      return text === ids[position]
    })
    if (same) copies.push(document)
  }
  return copies
}

/**
 * Does the index hold any resolution in this language? (A trace finds earlier wording in the
 * draft's own language only.) Asked when a trace found new language, to say why when the answer
 * is no: SQLite stops at the first such document, and walks the table only when there is none.
 */
export function holdsLanguage(index: CorpusIndex, lang: Lang): boolean {
  try {
    return index.database.prepare('SELECT EXISTS (SELECT 1 FROM documents WHERE lang = ?)').pluck().get(lang) === 1
  } catch (error) {
    throw translateSqliteError(error, index.name)
  }
}
