import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {NoStructureError, parseResolution} from '../src/parse/index.js'
import {paragraphs} from '../src/tree/access.js'
import {documents, readDocument, type DocumentName} from './helpers.js'

/** A parse may refuse a text as not a resolution; it may never fail any other way. */
function parsesOrRefuses(text: string): void {
  try {
    const tree = parseResolution(text)
    for (const paragraph of paragraphs(tree)) expect(typeof paragraph.text).toBe('string')
    JSON.stringify(tree)
  } catch (error) {
    if (!(error instanceof NoStructureError)) throw error
  }
}

const names = Object.keys(documents) as DocumentName[]
const seeds = names.map((name) => readDocument(name))

/** Characters that matter to the parser: markers, brackets, digits, CJK, line breaks, form feeds. */
const tricky = fc.constantFrom(
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  ' ',
  '*',
  '_',
  '<sup>',
  '</sup>',
  '¹',
  '²',
  '(a) ',
  '(ii) ',
  '1. ',
  '12.',
  '---',
  '__________',
  '《',
  '》',
  '，',
  '。',
  '；',
  'Recalling ',
  'Requests ',
  'The General Assembly,',
  '大会，',
  '[',
  '](#)',
  '`',
  '\\',
  '&amp;',
  '#',
  '>',
  '-',
  '\u0000',
  '\uE000',
  '\uE001',
  '\uFEFF',
  'A/RES/75/241',
  '2/6',
  '*2100007*',
)

describe('a parse never throws on any string', () => {
  it('random text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 400}), parsesOrRefuses), {numRuns: 300})
  })

  it('random sequences of the tokens the parser looks for', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({maxLength: 12})), {maxLength: 120}), (parts) =>
        parsesOrRefuses(parts.join('')),
      ),
      {numRuns: 300},
    )
  })

  it('seed and fixture texts, mutated: cut, duplicated, spliced with junk', () => {
    const mutation = fc.record({
      seed: fc.integer({min: 0, max: seeds.length - 1}),
      from: fc.nat(),
      length: fc.nat({max: 4000}),
      junk: fc.array(fc.oneof(tricky, fc.string({maxLength: 20})), {maxLength: 10}),
      at: fc.nat(),
    })
    fc.assert(
      fc.property(mutation, ({seed, from, length, junk, at}) => {
        const text = seeds[seed] as string
        const start = from % text.length
        const cut = text.slice(0, start) + text.slice(start + length)
        const position = at % (cut.length + 1)
        parsesOrRefuses(cut.slice(0, position) + junk.join('') + cut.slice(position))
      }),
      {numRuns: 150},
    )
  })

  it('every line of a seed on its own, and the seeds with lines shuffled', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: seeds.length - 1}), fc.infiniteStream(fc.nat()), (seed, stream) => {
        const lines = (seeds[seed] as string).split('\n')
        const order = lines.map((line) => ({line, key: stream.next().value}))
        order.sort((a, b) => a.key - b.key)
        parsesOrRefuses(order.map((entry) => entry.line).join('\n'))
      }),
      {numRuns: 40},
    )
  })

  it('pathological sizes finish (5 MB single line, 100k blank lines, deep markers)', () => {
    for (const text of [
      'word '.repeat(1_000_000),
      '\n'.repeat(100_000),
      '(a) '.repeat(200_000),
      '*'.repeat(500_000),
      '1. '.repeat(300_000),
    ]) {
      parsesOrRefuses(text)
    }
  })
})
