import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Traditional-character texts, read by a person: a phrase's first characters may be written
// alike in both scripts (`再次`), and the whole phrase only in its simplified form in the lexicon.
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

describe('an opening phrase in traditional characters is read whole', () => {
  it('S/RES/1874 (2009): the sixth preambular paragraph opens 再次強調 (the preamble’s 再次强调), not 再次', () => {
    const source = read('fixtures/field/sc-1874-2009.excerpt.zh-hant.txt')
    const tree = parseResolution(source)
    expect(preambularParagraphs(tree)[5]?.leadingPhrase).toMatchObject({text: '再次強調', base: '再次强调'})
    const messages = lintResolution(tree, source).messages.filter((message) => message.ruleId === 'leading-phrase')
    expect(messages).toEqual([])
  })
  it('S/RES/443 (1978): the first operative paragraph opens 再次延長 (extends once more)', () => {
    const tree = parseResolution(read('fixtures/corpus/sc-0443-1978.zh-hant.txt'))
    expect(operativeParagraphs(tree)[0]?.leadingPhrase).toMatchObject({text: '再次延長', base: '再次延长'})
  })
  it('S/RES/661 (1990): 肯定 (Affirming) opens the sixth preambular paragraph, and lint takes it for a preambular phrase', () => {
    const source = read('fixtures/field/sc-0661-1990.excerpt.zh-hant.txt')
    const tree = parseResolution(source)
    expect(preambularParagraphs(tree)[5]?.text).toMatch(/^肯定按照《憲章》第五十一條/u)
    const messages = lintResolution(tree, source).messages.filter((message) => message.ruleId === 'leading-phrase')
    expect(messages).toEqual([])
  })
})
