import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {alignResolutions} from '../src/bilingual/index.js'
import type {AlignResult} from '../src/bilingual/types.js'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {root} from './helpers.js'

// Numbers as the first years' Chinese writes them, against the English of the printed volume
// (fixtures/field, fixtures/corpus). What each text says was read from it by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', name), 'utf8')
const findings = (result: AlignResult): string[] =>
  [...result.checks, ...result.pairs.flatMap((pair) => pair.checks)].map((check) => `${check.id}: ${check.message}`)

describe('Chinese numbers of the 1940s against the English', () => {
  // S/RES/48 (1948): `resolution 46 (1948)` is `决议案四十六(一九四八)`, `within four days` is
  // `四日内`, `with 3 abstentions` is `弃权者三`.
  const en = pickResolution(read('field/sc-0048-1948.en.txt'), '48 (1948)')
  it('48 (1948): the resolution cited in numerals, the four days and the abstentions are no findings', () => {
    const result = alignResolutions(en, parseResolution(read('field/sc-0048-1948.zh.txt')))
    const numbers = findings(result).filter((finding) => /^(?:number|symbol|date)/.test(finding))
    expect(numbers).toEqual([])
  })
  it('48 (1948): a count the Chinese changes is still reported (五日内 for within four days)', () => {
    const changed = read('field/sc-0048-1948.zh.txt').replace('于四日内', '于五日内')
    const result = alignResolutions(en, parseResolution(changed))
    expect(findings(result)).toContain('number: The number differs: “four days” in English, “五日” in Chinese')
  })
  it('368 (1975): the note number after the Chinese vote line (`…通过。 1`) is not a number of the text', () => {
    const result = alignResolutions(
      pickResolution(read('corpus/sc-0368-1975.en.txt'), '368 (1975)'),
      parseResolution(read('corpus/sc-0368-1975.zh.txt')),
    )
    expect(findings(result)).toEqual([])
  })
})

describe('the Chinese of 1960 renders opening phrases as the 1960s did', () => {
  it('1514 (XV): 深知 for Conscious of, Aware of and Recognizing that, 聲明 for Affirming that, are no findings', () => {
    const result = alignResolutions(
      pickResolution(read('field/ga-1514-1960.en.txt'), '1514 (XV)'),
      parseResolution(read('field/ga-1514-1960.zh-hant.txt')),
    )
    expect(findings(result).filter((finding) => finding.startsWith('leading-phrase'))).toEqual([])
  })
})

describe('note calls in brackets on the UN’s Chinese pages of 1998–1999', () => {
  // A/RES/53/187: `《21世纪议程》(1)的`, `…第122至124段,(2)`, `…的决定,(5)包括`, `…各项决定;(4)`
  // where the English raises its note numbers (`Agenda 21,1 and`).
  const pair = (zh: string): AlignResult =>
    alignResolutions(parseResolution(read('field/ga-53-187-1999.excerpt.en.txt')), parseResolution(zh))
  const zh = read('field/ga-53-187-1999.excerpt.zh.txt')
  it('53/187: the bracketed calls are no numbers of the text', () => {
    expect(findings(pair(zh)).filter((finding) => finding.startsWith('number'))).toEqual([])
  })
  it('53/187: a number of the text changed in the Chinese is still reported', () => {
    const changed = zh.replace('第2997(XXVII)号决议', '第2998(XXVII)号决议')
    expect(findings(pair(changed)).some((finding) => /2998/.test(finding))).toBe(true)
  })
})
