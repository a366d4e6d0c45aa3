/**
 * Paragraphs as drafters cite them: `PP 3` (third preambular paragraph), `OP 9` (operative
 * paragraph 9), `OP 12 (a)` (its sub-item), `OP 3 bis`; and `Formula`, `Closing`, `Note 1`, `Heading`.
 * Read from the eId alone (`preamble_3`, `para_9`, `para_12__point_a`, `para_3bis`, `fn_1`),
 * so every human-facing report can say it; the JSON outputs keep the eIds.
 */
export function paragraphLabel(eId: string): string {
  const paragraph = /^(preamble|para)_(\d+)(bis|ter|quater|quinquies|sexies)?(?:_(\d+))?((?:__point_[^_]+)*)$/u.exec(
    eId,
  )
  if (paragraph) {
    const [, part, num = '', suffix, repeat, points = ''] = paragraph
    let label = part === 'preamble' ? `PP ${num}` : `OP ${num}${suffix ? ` ${suffix}` : ''}`
    // A number the text repeats (two paragraphs numbered 3): the second is "OP 3 (2nd)".
    if (repeat) label += ` (${ordinal(Number(repeat))})`
    for (const point of points.split('__point_').slice(1)) label += ` (${point})`
    return label
  }
  if (eId === 'formula') return 'Formula'
  if (eId === 'conclusions') return 'Closing'
  // Not a node of the tree: align's name for the lines under the title, where a text may say
  // when it was adopted (src/bilingual/adoption.ts).
  if (eId === 'preface') return 'Heading'
  const note = /^fn_(.+?)(?:_(\d+))?$/u.exec(eId)
  if (note) return `Note ${note[1] === 'star' ? '*' : note[1]}${note[2] ? ` (${ordinal(Number(note[2]))})` : ''}`
  return eId
}

/** Several eIds joined as drafters write a group: `OP 10 + OP 12 + OP 13`. */
export function paragraphLabels(eIds: readonly string[], joiner = ' + '): string {
  return eIds.map(paragraphLabel).join(joiner)
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/**
 * Where a paragraph stands among the paragraphs of one text, for saying what a move was relative
 * to: the order of eIds in the text (preamble first, then operative paragraphs by number, bis
 * after its number, sub-items after their paragraph).
 */
export function documentOrderKey(eId: string): [number, number, string, number, string] {
  const paragraph = /^(preamble|para)_(\d+)(bis|ter|quater|quinquies|sexies)?(?:_(\d+))?((?:__point_[^_]+)*)$/u.exec(
    eId,
  )
  if (!paragraph) return [eId === 'formula' ? -1 : 3, 0, '', 0, eId]
  const suffixes = ['', 'bis', 'ter', 'quater', 'quinquies', 'sexies']
  return [
    paragraph[1] === 'preamble' ? 0 : 1,
    Number(paragraph[2]),
    String(suffixes.indexOf(paragraph[3] ?? '')),
    Number(paragraph[4] ?? 0),
    paragraph[5] ?? '',
  ]
}

export function compareDocumentOrder(a: string, b: string): number {
  const x = documentOrderKey(a)
  const y = documentOrderKey(b)
  for (let i = 0; i < x.length; i++) {
    const left = x[i]!
    const right = y[i]!
    if (left < right) return -1
    if (left > right) return 1
  }
  return 0
}
