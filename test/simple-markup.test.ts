import {describe, expect, it} from 'vitest'
import {parseInline} from '../src/parse/inline.js'
import {readSimpleMarkup} from '../src/parse/simple-markup.js'
import {makeSource} from '../src/parse/source.js'
import {documents, readDocument, type DocumentName} from './helpers.js'

describe('the simple-markup reader agrees with remark-parse', () => {
  it('on every line of every seed and fixture', () => {
    let simple = 0
    for (const name of Object.keys(documents) as DocumentName[]) {
      const text = readDocument(name)
      const source = makeSource(text)
      let offset = 0
      for (const line of text.split('\n')) {
        const runs = [{text: line, at: offset}]
        offset += line.length + 1
        if (line.trim() === '') continue
        if (readSimpleMarkup(line)) simple++
        expect(parseInline(runs, source, 'en')).toEqual(parseInline(runs, source, 'en', {remarkOnly: true}))
      }
    }
    // Most lines with markup are read without remark, or the fast path is not doing its job.
    expect(simple).toBeGreaterThan(150)
  })

  it('on hand-made tricky cases, or declines them', () => {
    const cases = [
      '*Recalling* its resolution 5/4,',
      '*Recalling also*, *inter alia*, the report',
      '**Strengthening the implementation**',
      'the *UNODC Study on Firearms 2015*, developed',
      'see ( [A/CONF.192/15](#) ), chap. IV',
      'Thereto* ;',
      '2 * 3 = 6',
      'a*b*c',
      '*unclosed emphasis',
      '**bold** and *em*',
      '*nested *stars* here*',
      '_under_ score',
      'escaped \\*star\\*',
      '[link](with space)',
      '[[double]](#)',
      '*a* *b*',
      'x *y*z',
    ]
    const source = makeSource(cases.join('\n'))
    let offset = 0
    for (const line of cases) {
      const runs = [{text: line, at: offset}]
      offset += line.length + 1
      expect(parseInline(runs, source, 'en'), line).toEqual(parseInline(runs, source, 'en', {remarkOnly: true}))
    }
  })
})
