import {operativeParagraphs, pointList} from '../../tree/access.js'
import type {List} from '../../tree/types.js'
import {describe} from '../paragraphs.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'
import type {VFile} from 'vfile'

const letters = 'abcdefghijklmnopqrstuvwxyz'
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx']

/** Sub-items run (a), (b), (c)… and, inside them, (i), (ii), (iii)…, with no gap or repeat. */
export const pointNumbering: LintRule = {
  id: 'point-numbering',
  severity: 'error',
  summary: 'Sub-items are lettered (a), (b)… and sub-sub-items numbered (i), (ii)…, in sequence.',
  check({tree, file}) {
    for (const paragraph of operativeParagraphs(tree)) {
      const list = pointList(paragraph)
      if (list) checkList(list, describe(paragraph), 1, file)
    }
  }
}

function checkList(list: List, where: string, depth: number, file: VFile): void {
  const labels = list.children.map((point) => /^[(（]?\s*([a-z]+|\d+)\s*[)）]?$/iu.exec(point.num)?.[1]?.toLowerCase() ?? point.num)
  // The first item says which series the list uses: a nested list starting "(i)" is roman,
  // a top-level one is lettered unless it starts with "(i)" too.
  const first = labels[0] ?? ''
  const series = /^\d+$/u.test(first) ? 'digits' : depth > 1 && first === 'i' ? 'romans' : first === 'i' && labels[1] === 'ii' ? 'romans' : 'letters'
  list.children.forEach((point, index) => {
    const expected = series === 'digits' ? String(index + 1) : series === 'romans' ? romans[index] : letters[index]
    if (expected !== undefined && labels[index] !== expected) {
      report(file, 'point-numbering', `Unexpected sub-item \`${point.num}\` in ${where}, expected \`(${expected})\``, point.position?.start)
    }
    for (const child of point.children) if (child.type === 'list') checkList(child, where, depth + 1, file)
  })
}
