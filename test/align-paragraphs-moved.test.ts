import {describe, expect, it} from 'vitest'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {parseDocument} from './helpers.js'

// A paragraph moved several places and rewritten — operative 13 of A/RES/74/60 becoming
// operative 3 with a new first half — is one reworded, moved paragraph, not a drop and an
// addition, even with other paragraphs dropped and added around it.
const original = parseDocument('ga7460')
const preamble = preambularParagraphs(original).map((paragraph) => paragraph.text)
const operative = operativeParagraphs(original).map((paragraph) => paragraph.text)

function resolution(paragraphs: readonly string[]) {
  return parseResolution(
    [
      'The General Assembly,',
      '',
      ...preamble.flatMap((text) => [text, '']),
      ...paragraphs.flatMap((text, index) => [`${index + 1}. ${text}`, '']),
    ].join('\n'),
  )
}

/** Move operative `from` to `to`, its first `share` of words replaced by new wording; drop operative 7 and add two. */
function rewrite(from: number, to: number, share: number): string[] {
  const words = operative[from - 1]!.split(' ')
  const kept = words.slice(Math.floor(words.length * share)).join(' ')
  const moved = `Urges all Member States, in close cooperation with regional organizations and civil society, to strengthen their national capacities and ${kept}`
  const next = operative.filter((_, index) => index !== from - 1)
  next.splice(to - 1, 0, moved)
  next.splice(6, 1)
  next.splice(
    9,
    0,
    'Decides to establish an open-ended intergovernmental working group on ammunition stockpile management to meet in Geneva in 2021 for five days;',
  )
  return next
}

describe('a paragraph moved and rewritten', () => {
  const old = resolution(operative)
  for (const [from, to, share] of [
    [13, 3, 0.5],
    [13, 3, 0.7],
    [20, 2, 0.7],
    [8, 25, 0.6],
  ] as const) {
    it(`operative ${from} → ${to} with ${Math.round(share * 100)} % of it rewritten is reworded and moved`, () => {
      const result = diffResolutions(old, resolution(rewrite(from, to, share)))
      const link = result.changes.find((change) => change.old.includes(`para_${from}`))
      expect(link).toMatchObject({kind: 'reworded', moved: true})
      expect(link?.new).toHaveLength(1)
      expect(result.summary).toMatchObject({added: 1, dropped: 1})
    })
  }
  it('a paragraph that kept its place is not moved', () => {
    const result = diffResolutions(old, resolution(rewrite(13, 3, 0.5)))
    expect(result.changes.find((change) => change.old.includes('para_1'))).toMatchObject({
      kind: 'unchanged',
      moved: false,
    })
  })
})
