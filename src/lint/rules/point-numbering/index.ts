import {operativeParagraphs} from '../../../tree/access.js'
import {romans} from '../../../parse/items.js'
import type {ItemMarker, Position} from '../../../tree/types.js'
import {describe} from '../../paragraphs.js'
import type {LintRule} from '../../types.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** Sub-items run (a), (b), (c)… and, inside them, (i), (ii), (iii)…, with no gap or repeat. */
export const pointNumbering: LintRule = {
  id: 'point-numbering',
  severity: 'error',
  summary: 'Sub-items are lettered (a), (b)… and sub-sub-items numbered (i), (ii)…, in sequence.',
  check({tree, source, report}) {
    for (const paragraph of operativeParagraphs(tree)) {
      const items = paragraph.itemMarkers ?? []
      if (items.length < 2) continue
      if (lettersLost(paragraph.position, source)) continue
      for (const [item, expected] of expectations(items)) {
        report(
          `Unexpected sub-item \`(${item.label})\` in ${describe(paragraph)}, expected \`(${expected})\``,
          item.position,
        )
      }
    }
  },
}

/**
 * Walk the items as two levels: letters, and romans under a letter. "(i)" after "(h)" is
 * a letter unless "(ii)" follows it. After a wrong label the count resumes from it.
 */
function expectations(items: readonly ItemMarker[]): Array<[ItemMarker, string]> {
  const wrong: Array<[ItemMarker, string]> = []
  // A first line item past "(a)" follows items run into the sentence ("to (a) …,⏎(b) …"):
  // the count starts from it.
  const first = items[0]?.label ?? 'a'
  let letter = first.length === 1 && first !== 'i' ? letters.indexOf(first) - 1 : -1
  let roman = -1
  items.forEach((item, index) => {
    const label = item.label
    const romanLike = romans.includes(label)
    const nextLetter = letters[letter + 1] ?? ''
    const startsRomans = label === 'i' && (label !== nextLetter || items[index + 1]?.label === 'ii')
    if ((roman >= 0 && romanLike && label !== nextLetter) || startsRomans) {
      const expected = romans[roman + 1] ?? ''
      if (label !== expected) wrong.push([item, expected])
      roman = romans.indexOf(label)
      return
    }
    roman = -1
    if (label !== nextLetter) wrong.push([item, nextLetter])
    letter = letters.indexOf(label.charAt(0)) >= 0 && label.length === 1 ? letters.indexOf(label) : letter + 1
  })
  return wrong
}

/**
 * A lead-in ending with a colon whose items stand as paragraphs of their own, some with their
 * letters lost (railcar's text of A/RES/80/11: `…fulfilment by:` / `Requesting…;` / `Requesting…
 * by:` / `Assisting…;` / `(ii) Inviting…` / … / `(e) Requesting…`): the letters that remain cannot
 * be counted, for the lost ones are not in the text.
 */
function lettersLost(position: Position | undefined, source: string): boolean {
  const from = position?.start.offset
  const to = position?.end.offset
  if (from === undefined || to === undefined) return false
  const text = source.slice(from, to)
  if (!/\n[ \t]*\r?\n/u.test(text)) return false
  const blocks = text.split(/\n[ \t]*\r?\n/u).map((block) => block.trim())
  const lead = blocks.findIndex((block) => block.endsWith(':'))
  if (lead < 0) return false
  const after = blocks.slice(lead + 1).filter((block) => block !== '')
  const firstMarked = after.findIndex((block) => /^\((?:[a-z]{1,2}|[ivx]{1,5})\)\s/u.test(block))
  return firstMarked > 0 && after.slice(0, firstMarked).some((block) => /^\p{Lu}/u.test(block))
}
