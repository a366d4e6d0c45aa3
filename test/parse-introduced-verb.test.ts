import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// An operative paragraph whose verb follows a clause that introduces it: each fact read off the
// real text by a person (fixtures/field).
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

describe('an operative verb after a clause that introduces it', () => {
  it('A/RES/80/23, operative 2: `Pending the total elimination of nuclear weapons, urges those…`', () => {
    const second = operativeParagraphs(parseResolution(read('ga-80-23-2025.en.txt')))[1]!
    expect(second.leadingPhrase).toMatchObject({text: 'urges', base: 'Urges', known: true})
    const at = second.leadingPhrase!.offset!
    expect(second.text.slice(at, at + 'urges those'.length)).toBe('urges those')
  })

  it('S/RES/36 (1947), its fourth paragraph: `Should it appear that some withdrawals…, invites the parties…`', () => {
    const fourth = operativeParagraphs(parseResolution(read('sc-0036-1947-dfat.en.md')))[3]!
    expect(fourth.text).toMatch(
      /^Should it appear that some withdrawals of armed forces be necessary, invites the parties/,
    )
    expect(fourth.leadingPhrase).toMatchObject({text: 'invites', base: 'Invites'})
  })

  it('a paragraph that opens with its own verb keeps it, whatever verb follows a comma (80/23, operative 1)', () => {
    const first = operativeParagraphs(parseResolution(read('ga-80-23-2025.en.txt')))[0]!
    expect(first.leadingPhrase).toMatchObject({text: 'Demands', base: 'Demands'})
    expect(first.leadingPhrase!.offset).toBeUndefined()
  })

  it('a verb a PDF glued to the next word (`Encouragesthe…, invites States…`) is no introducing clause', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 79/6,\n\n1. Encouragesthe widest possible participation of States in the Assembly of States Parties, invites States to contribute to the trust fund;\n'
    const first = operativeParagraphs(parseResolution(text))[0]!
    expect(first.leadingPhrase?.offset).toBeUndefined()
  })
})
