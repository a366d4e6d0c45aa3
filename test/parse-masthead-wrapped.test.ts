import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {lintFile} from './helpers/lint-file.js'

// A/C.2/49/L.67 (9 December 1994), a Second Committee draft as the UN's Population Information
// Network kept it on its Gopher (fixtures/field): a blank line at every line break, `Distr.` and
// `LIMITED` on two lines, and the submitter's line wrapped over three: `Draft resolution
// submitted by the Vice-Chairman of the Committee,` / `Mr. Arjan P. Hamburger (Netherlands) on
// the basis of informal` / `consultations held on draft resolution A/C.2/49/L.48`, then the
// draft's title, `Report of the International Conference on Population and Development`.
const file = 'fixtures/field/ga-c2-49-L67-1994-popin.excerpt.en.txt'

describe('a masthead whose lines a copy set apart or wrapped', () => {
  const {meta} = parseResolution(readFileSync(file, 'utf8'))
  it('reads the submitter over its three lines, and the title under them', () => {
    expect(meta.sponsors).toEqual(['Vice-Chairman of the Committee, Mr. Arjan P. Hamburger (Netherlands)'])
    expect(meta.title).toBe('Report of the International Conference on Population and Development')
  })
  it('reads `Distr.` and `LIMITED` across the blank line between them, and the date under the symbol', () => {
    expect(meta).toMatchObject({stage: 'draft', distribution: 'Limited', symbol: 'A/C.2/49/L.67', date: '1994-12-09'})
  })
  it('lint finds the distribution and the date the draft gives', () => {
    expect(lintFile(file).filter((message) => message.includes('draft-metadata'))).toEqual([])
  })
})

// A/RES/46/86 (16 December 1991) in the General Assembly's printed volume (fixtures/corpus): its
// heading `46/86. Elimination of racism and racial discrimina-` / `tion`, under the end of the
// resolution before it, whose paragraph wraps a line as `forty-seventh session a comprehensive…`.
describe('a resolution picked from a printed volume', () => {
  const source = readFileSync('fixtures/corpus/ga-46-86-1991.en.txt', 'utf8')
  const {meta} = pickResolution(source, '46/86')
  it('closes up the word its heading broke at the line end', () => {
    expect(meta.title).toBe('Elimination of racism and racial discrimination')
  })
  it('takes its session from its number, not from a wrapped line of the paragraph above', () => {
    expect(meta.session).toBe(46)
  })
})
