import {operativeParagraphs} from '../../../tree/access.js'
import {romans} from '../../../parse/items.js'
import type {ItemMarker} from '../../../tree/types.js'
import {describe} from '../../paragraphs.js'
import type {LintRule} from '../../types.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** Sub-items run (a), (b), (c)… and, inside them, (i), (ii), (iii)…, with no gap or repeat. */
export const pointNumbering: LintRule = {
  id: 'point-numbering',
  severity: 'error',
  summary: 'Sub-items are lettered (a), (b)… and sub-sub-items numbered (i), (ii)…, in sequence.',
  check({tree, report}) {
    for (const paragraph of operativeParagraphs(tree)) {
      const items = paragraph.itemMarkers ?? []
      if (items.length < 2) continue
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
