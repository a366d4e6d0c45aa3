import {rowCrc} from './checksum.js'
import {paragraphId} from './format.js'

/** What makes a document earlier than the draft (see TraceOptions). */
export interface PlaceFilter {
  before?: string
  exclude?: ReadonlySet<string>
  /** With `exclude`: leave out only this resolution of the excluded file (a draft picked from a printed volume). */
  excludeResolution?: string
  excludeSymbol?: string
  session?: {body: string; session: number}
}

/**
 * The parameters of a filter, made once per filter object and what it holds (a trace passes the
 * same one for thousands of look-ups; one changed since is made anew).
 */
const madeFor = new WeakMap<PlaceFilter, {made: PlaceFilter; parameters: Record<string, string | number | null>}>()

export function placeParameters(id: number, filter: PlaceFilter): Record<string, string | number | null> {
  let known = madeFor.get(filter)
  const {made} = known ?? {}
  if (
    !known ||
    made!.before !== filter.before ||
    made!.exclude !== filter.exclude ||
    made!.excludeResolution !== filter.excludeResolution ||
    made!.excludeSymbol !== filter.excludeSymbol ||
    made!.session !== filter.session
  ) {
    known = {made: {...filter}, parameters: filterParameters(filter)}
    madeFor.set(filter, known)
  }
  // Bound as the statement runs: the same object serves every look-up of the filter.
  known.parameters['text'] = id
  return known.parameters
}

function filterParameters(filter: PlaceFilter): Record<string, string | number | null> {
  return {
    text: null,
    // Every key of a document dated that day or earlier, or undated, is at most this.
    ...(filter.before === undefined ? {} : {before: `${filter.before}|~`}),
    // One file left out in SQL (the draft); any others are left out by the caller's check.
    exclude: [...(filter.exclude ?? [])][0] ?? null,
    excludeResolution: filter.excludeResolution ?? null,
    symbol: filter.excludeSymbol ?? null,
    body: filter.session?.body ?? null,
    session: filter.session?.session ?? null,
  }
}

/**
 * The places of a text, `limit` at most. The limit is written into the statement, not bound:
 * SQLite runs a statement with a bound LIMIT several times slower here (tens of microseconds
 * rather than a few), and a trace asks thousands of these.
 */
export function placesSql(
  direction: 'ASC' | 'DESC' | undefined,
  before: boolean,
  limit: number,
  columns: 'rows' | 'documents' = 'rows',
): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`a limit of places must be a count, not ${limit}`)
  // Every column of the paragraph row, so its checksum can be checked (store/checksum.ts); or, to
  // rank equal matches by date, only the documents (read from the index on text and date alone).
  return `SELECT ${columns === 'rows' ? 'p.id, p.document, p.position, p.eid, p.label, p.section, p.leading_phrase, p.newness, p.crc' : 'p.document'}, d.id AS found
    FROM paragraphs p LEFT JOIN documents d ON d.id = p.document
    WHERE p.text = :text
      ${before ? 'AND p.newness <= :before' : ''}
      -- A paragraph whose document row is lost is read (and found damaged: found is NULL), not left out.
      AND (d.id IS NULL OR (
        (:exclude IS NULL OR d.sha256 <> :exclude OR (:excludeResolution IS NOT NULL AND d.resolution IS NOT :excludeResolution))
        AND (:symbol IS NULL OR d.symbol IS NULL OR d.symbol <> :symbol)
        AND (:body IS NULL OR d.body IS NOT :body OR d.session IS NULL OR d.session <= :session)))
    ${direction ? `ORDER BY p.newness ${direction}, p.document ${direction}` : ''}
    LIMIT ${limit}`
}

/**
 * A paragraph row as the place queries read it (store/places.ts), as an array (no object per
 * row): id, document, position, eid, label, section, leading phrase, newness, checksum, and
 * the document row's id (NULL when it is lost).
 */
export type PlaceRow = [
  id: number,
  document: number,
  position: number,
  eid: string,
  label: string,
  section: 'preamble' | 'operative',
  leadingPhrase: string | null,
  newness: string,
  crc: number,
  found: number | null,
]

/**
 * A paragraph row read as a place of text `id`: its checksum covers the text it was looked up
 * by (a damaged index entry pointing to another row fails it), its id matches its document and
 * position, and its document row is there.
 */
export function placeRowIntact(id: number, row: PlaceRow): boolean {
  const [rowId, document, position, eid, label, section, leadingPhrase, newness, crc, found] = row
  return (
    rowCrc([document, position, eid, label, section, leadingPhrase, id, newness]) === crc &&
    rowId === paragraphId(document, position) &&
    found === document
  )
}
