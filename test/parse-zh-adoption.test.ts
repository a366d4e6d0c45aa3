import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {lintFile} from './helpers/lint-file.js'

// Chinese adoption lines and closing dates, read by a person from the texts: the Council's
// `2018年11月15日安全理事会第8401次会议通过` (traditional `…會議通過`) says when it was adopted
// and is no title; an Assembly resolution closes with its date (`2000年3月15日` /
// `第93次全体会议`); a web copy glues the title to the number (`54/254.联合国千年首脑会议`).
const meta = (file: string) => parseResolution(readFileSync(file, 'utf8')).meta

describe('Chinese adoption lines and closing dates', () => {
  it('reads the Council adoption line as the adoption date, not as a title', () => {
    for (const [file, date] of [
      ['fixtures/corpus/sc-2446-2018.zh.txt', '2018-11-15'],
      ['fixtures/corpus/sc-2326-2016.zh-hant.txt', '2016-12-15'],
      ['fixtures/field/sc-1985-2011.excerpt.zh.txt', '2011-06-10'],
    ] as const) {
      expect(meta(file).adoptionDate).toBe(date)
      expect(meta(file).title).toBeUndefined()
    }
  })

  it('takes the closing date of an Assembly resolution and a title glued to its number', () => {
    expect(meta('fixtures/field/ga-54-254-2000.zh.txt')).toMatchObject({
      number: '54/254',
      title: '联合国千年首脑会议',
      adoptionDate: '2000-03-15',
    })
    expect(meta('fixtures/field/hrc-40-16-2019.excerpt.zh.txt').title).toBe(
      '反恐中注意促进与保护人权和基本自由特别报告员的任务',
    )
  })

  it('takes 表示注意到 (Taking note of) as a preambular phrase: lint finds nothing in S/RES/2446 (2018)', () => {
    // Its second preambular paragraph: 表示注意到秘书长2018年10月15日的报告(S/2018/922),…
    expect(lintFile('fixtures/corpus/sc-2446-2018.zh.txt')).toEqual([])
  })
})
