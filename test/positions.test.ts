import {describe, expect, it} from 'vitest'
import {SourceMap} from '../src/lint/places.js'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'

// Old Mac files end lines with a lone CR. The parser and lint must place a paragraph on the
// same line: both read points through vfile-location.
describe('positions', () => {
  const text = 'The General Assembly,\r\rRecalling its resolution 1/1,\r\r1. Decides to remain seized of the matter.\r'

  it('count a lone CR as a line break in the parser and in lint alike', () => {
    const tree = parseResolution(text)
    const preamble = preambularParagraphs(tree)[0]
    const operative = operativeParagraphs(tree)[0]
    expect(preamble?.position?.start).toMatchObject({line: 3, column: 1})
    expect(operative?.position?.start).toMatchObject({line: 5, column: 1})
    const map = new SourceMap(text)
    expect(map.point(text.indexOf('1. Decides'))).toMatchObject({line: 5, column: 1})
    expect(map.point(text.indexOf('Decides'))).toMatchObject({line: 5, column: 4})
  })
})
