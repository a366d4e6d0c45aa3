/** One sub-item in a paragraph's text: `(b) coordination with …`. */
export interface ItemSpan {
  /** `a`, `ii`. */
  marker: string
  /** Index of the opening bracket. */
  start: number
  /** Index of the item's first word. */
  contentStart: number
  /** Index after the item's last character. */
  end: number
}

/** Sub-sub-item numerals in order: (i), (ii) … (xx). */
export const romans = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
]

export function letterAt(position: number): string {
  // a … z, then aa, bb … as drafters number past (z).
  const letter = String.fromCharCode(97 + (position % 26))
  return position < 26 ? letter : letter.repeat(Math.floor(position / 26) + 1)
}

// Chinese sets items with no space around them: `通报：(a)联合国…，(b)与…`; web copies and Word
// set the brackets full-width: `（a）`.
// An OCR may read a space after the bracket: `( b) To renew…`. The Chinese of the first
// years letters items with the heavenly stems: `(甲)`, `(乙)`.
const markerPattern =
  /(^|[\s:;,—–：；，、\u3400-\u9fff])[(（] ?([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸])[)）](?:\s+|(?=[\u3400-\u9fff《“]))/gu

/** 甲, 乙, 丙…: the heavenly stems, as items were lettered in the Chinese of 1946–1960s. */
const stems = '甲乙丙丁戊己庚辛壬癸'

/** Letters an OCR reads for the small `a` of a first item: `( u) To call upon…`, then `(b)`. */
const misreadA = new Set(['u', 'o', 'n', 'e'])

/** Words an item needs to be an item and not a reference such as "paragraphs (a) and (b)". */
const minimumWords = 3

/**
 * Sub-items in sequence: (a), (b), (c)…, (i), (ii)… or, as the World Health Assembly numbers
 * them, (1), (2)…, wherever they stand (on lines of
 * their own or run into the paragraph). A lone "(d)" or "(a) and (b)" is not a list.
 */
export function findItems(text: string, style: 'any' | 'roman'): ItemSpan[] {
  const candidates: Array<{marker: string; start: number; contentStart: number}> = []
  markerPattern.lastIndex = 0
  for (const match of text.matchAll(markerPattern)) {
    const start = (match.index ?? 0) + (match[1] ?? '').length
    candidates.push({marker: match[2] ?? '', start, contentStart: (match.index ?? 0) + match[0].length})
  }
  if (candidates.length === 0) return []
  // The first of a list (b), (c)… whose (a) the OCR misread is its (a).
  const [first, second] = candidates
  if (
    style === 'any' &&
    second?.marker === 'b' &&
    misreadA.has(first!.marker) &&
    !candidates.some((candidate) => candidate.marker === 'a')
  )
    first!.marker = 'a'
  const sequences: Array<(position: number) => string> =
    style === 'roman'
      ? [(position) => romans[position] ?? '']
      : [
          letterAt,
          (position) => romans[position] ?? '',
          (position) => String(position + 1),
          (position) => stems.charAt(position),
        ]
  for (const expected of sequences) {
    const chosen: typeof candidates = []
    let from = 0
    for (const candidate of candidates) {
      if (candidate.start < from) continue
      if (candidate.marker !== expected(chosen.length)) continue
      chosen.push(candidate)
      from = candidate.contentStart
    }
    if (chosen.length < 2) continue
    const spans: ItemSpan[] = chosen.map((candidate, position) => ({
      marker: candidate.marker,
      start: candidate.start,
      contentStart: candidate.contentStart,
      end: position + 1 < chosen.length ? (chosen[position + 1] as {start: number}).start : text.length,
    }))
    const valid = spans.every(
      (span) =>
        text.slice(span.contentStart, span.end).trim().split(/\s+/).length >= minimumWords ||
        /[\u3400-\u9fff]{4}/.test(text.slice(span.contentStart, span.end)),
    )
    if (valid) return spans.map((span) => ({...span, end: trimEnd(text, span.start, span.end)}))
  }
  return []
}

function trimEnd(text: string, start: number, end: number): number {
  let stop = end
  while (stop > start && /\s/.test(text.charAt(stop - 1))) stop--
  return stop
}
