import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {formula, preambularParagraphs} from '../src/tree/access.js'
import {lintFile} from './helpers/lint-file.js'

// The UNDP Governing Council's decisions of the 1980s on the UNFPA (fixtures/field, from the
// compendium the stored page gives): the formula `The Governing Council`, with no comma, then the
// number of the decision's first part (`I`) alone on its line, then the preamble (`Recalling
// paragraphs 2 and 3 of General Assembly resolution 3019 (XXVII)…`), as a person reads them.
const files = ['fixtures/field/undp-gc-83-17-1983.excerpt.en.txt', 'fixtures/field/undp-gc-84-21-1984.excerpt.en.txt']

describe('a formula with no comma above the number of the first part', () => {
  for (const file of files) {
    const tree = parseResolution(readFileSync(file, 'utf8'))
    it(`${file}: the formula names the Governing Council, and the part's number is no paragraph`, () => {
      expect(formula(tree)?.text).toBe('The Governing Council')
      expect(tree.meta.body).toBe('Governing Council')
      const preamble = preambularParagraphs(tree)
      expect(preamble.map((paragraph) => paragraph.leadingPhrase?.base)).toEqual([
        'Recalling',
        'Taking note of',
        'Continuing',
        'Taking into account',
      ])
      expect(preamble[0]?.text).toMatch(/^Recalling paragraphs 2 and 3 of General Assembly resolution 3019 \(XXVII\)/)
    })
    it(`${file}: lint finds the formula and asks no phrase of the part's number`, () => {
      const messages = lintFile(file)
      expect(messages.filter((message) => /formula-present|leading-phrase/.test(message))).toEqual([])
    })
  }
})
