import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {diffResolutions, renderDiffTerminal, type DiffResult, type ParagraphChange} from '../src/diff/index.js'
import {load, root} from './helpers/resolutions.js'

const pairs = {
  '6-2-to-8-3': ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
  '8-3-to-10-draft': ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
  '74-60-to-75-241': ['fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
  '78-17-to-79-16': ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
} as const

const diffOf = (name: keyof typeof pairs): DiffResult => {
  const [oldFile, newFile] = pairs[name]
  return diffResolutions(load(oldFile), load(newFile), {oldFile, newFile})
}

const linkOf = (result: DiffResult, oldEId: string): ParagraphChange => {
  const found = result.changes.find((change) => change.old.includes(oldEId))
  if (!found) throw new Error(`${oldEId} not in the diff`)
  return found
}

const inserted = (change: ParagraphChange): string =>
  (change.words ?? [])
    .filter((word) => word.added)
    .map((word) => word.value)
    .join('|')

describe('diff of resolution 6/2 and resolution 8/3', () => {
  const result = diffOf('6-2-to-8-3')

  it('splits the first preambular paragraph into the first and sixth', () => {
    expect(linkOf(result, 'preamble_1')).toMatchObject({
      kind: 'split',
      old: ['preamble_1'],
      new: ['preamble_1', 'preamble_6'],
    })
  })

  it('finds operative 3 lightly reworded as operative 4', () => {
    const change = linkOf(result, 'para_3')
    expect(change).toMatchObject({kind: 'reworded', new: ['para_4'], moved: false, renumbered: true})
    expect(change.similarity).toBeGreaterThan(0.85)
  })

  it('finds operative 10 moved up to operative 6', () => {
    expect(linkOf(result, 'para_10')).toMatchObject({kind: 'reworded', new: ['para_6'], moved: true, renumbered: true})
  })

  it('names changed leading phrases', () => {
    expect(linkOf(result, 'preamble_4').leadingPhrase).toEqual({
      old: 'Expressing its conviction',
      new: 'Reiterating its conviction',
    })
    expect(linkOf(result, 'preamble_12').leadingPhrase).toEqual({old: 'Noting', new: 'Noting also'})
  })

  it('keeps operative 2 and 13 word for word', () => {
    expect(linkOf(result, 'para_2')).toMatchObject({kind: 'unchanged', new: ['para_2'], similarity: 1})
    expect(linkOf(result, 'para_13')).toMatchObject({kind: 'unchanged', new: ['para_31'], renumbered: true})
  })

  it('summarises', () => {
    expect(result.summary).toEqual({unchanged: 2, reworded: 16, added: 34, dropped: 8, merged: 0, split: 1, moved: 1})
  })
})

describe('diff of resolution 8/3 and the tenth-session draft', () => {
  const result = diffOf('8-3-to-10-draft')

  it('finds operative 25 moved to operative 3', () => {
    expect(linkOf(result, 'para_25')).toMatchObject({new: ['para_3'], moved: true})
  })

  it('finds operatives 10, 12 and 13 merged into operative 9', () => {
    expect(linkOf(result, 'para_10')).toMatchObject({
      kind: 'merged',
      old: ['para_10', 'para_12', 'para_13'],
      new: ['para_9'],
    })
  })

  it('finds operatives 31 and 32 merged into operative 24', () => {
    expect(linkOf(result, 'para_31')).toMatchObject({
      kind: 'merged',
      old: ['para_31', 'para_32'],
      new: ['para_24'],
      leadingPhrase: {old: 'Also requests', new: 'Requests'},
    })
  })

  it('names "Recalling further" becoming "Recalling also"', () => {
    expect(linkOf(result, 'preamble_3')).toMatchObject({
      kind: 'reworded',
      new: ['preamble_3'],
      leadingPhrase: {old: 'Recalling further', new: 'Recalling also'},
    })
    expect(inserted(linkOf(result, 'preamble_3'))).toContain('9/2 of 19 October 2018')
  })

  it('adds the anniversary paragraph at the head of the preamble', () => {
    const first = result.changes[0]!
    expect(first).toMatchObject({kind: 'added', new: ['preamble_1']})
    expect(first.text).toMatch(/^Taking into account that 2020 marks the twentieth anniversary/u)
  })

  it('summarises', () => {
    expect(result.summary).toEqual({unchanged: 0, reworded: 21, added: 21, dropped: 26, merged: 3, split: 0, moved: 3})
  })
})

describe('diff of General Assembly resolutions 74/60 and 75/241 (PDF text)', () => {
  const result = diffOf('74-60-to-75-241')

  it('updates the resolution recalled in the first preambular paragraph', () => {
    const change = linkOf(result, 'preamble_1')
    expect(change).toMatchObject({kind: 'reworded', new: ['preamble_1']})
    expect(inserted(change)).toBe('74/60|12|2019')
  })

  it('adds the paragraph on the postponement and renumbers the preamble after it', () => {
    const added = result.changes.filter((change) => change.kind === 'added')
    expect(added.map((change) => change.new)).toEqual([['preamble_12']])
    expect(added[0]!.text).toContain('postpone the Seventh Biennial Meeting of States to 2021')
    expect(linkOf(result, 'preamble_12')).toMatchObject({
      new: ['preamble_13'],
      leadingPhrase: {old: 'Noting', new: 'Noting also'},
    })
  })

  it('drops the request for views on diversion and renumbers what follows', () => {
    expect(result.changes.filter((change) => change.kind === 'dropped').map((change) => change.old)).toEqual([
      ['para_26'],
    ])
    expect(linkOf(result, 'para_27')).toMatchObject({kind: 'unchanged', new: ['para_26'], renumbered: true})
  })

  it('names "Endorses" becoming "Affirms"', () => {
    expect(linkOf(result, 'para_6').leadingPhrase).toEqual({old: 'Endorses', new: 'Affirms'})
  })

  it('summarises', () => {
    // Operatives 2 and 3 differ only by footnote markers 74/60 cites again (`Aspects, 1 to`): not changes.
    expect(result.summary).toEqual({unchanged: 42, reworded: 9, added: 1, dropped: 1, merged: 0, split: 0, moved: 0})
  })
})

describe('diff of General Assembly resolutions 78/17 and 79/16 (PDF text)', () => {
  const result = diffOf('78-17-to-79-16')

  it('adds 78/17 to the resolutions recalled', () => {
    const change = linkOf(result, 'preamble_1')
    expect(change.kind).toBe('reworded')
    expect(inserted(change)).toContain('and 78/17 of 4 December 2023')
  })

  it('moves to the next session', () => {
    expect(inserted(linkOf(result, 'para_11'))).toBe('eightieth')
    expect(inserted(linkOf(result, 'para_12'))).toBe('eightieth')
  })

  it('keeps everything in place', () => {
    expect(result.summary).toEqual({unchanged: 17, reworded: 7, added: 0, dropped: 0, merged: 0, split: 0, moved: 0})
    expect(result.changes.every((change) => change.old.length === 1 && change.old[0] === change.new[0])).toBe(true)
  })
})

// Whole reports, compared with the files in test/golden; RESDIFF_UPDATE_GOLDEN=1 rewrites them.
describe('whole diff reports', () => {
  const plain = new Chalk({level: 0})
  for (const name of Object.keys(pairs) as Array<keyof typeof pairs>) {
    it(`matches test/golden/diff-${name}.txt`, () => {
      const report = renderDiffTerminal(diffOf(name), plain, {context: true})
      const golden = `${root}test/golden/diff-${name}.txt`
      if (process.env['RESDIFF_UPDATE_GOLDEN']) {
        mkdirSync(`${root}test/golden`, {recursive: true})
        writeFileSync(golden, report)
      }
      expect(report).toBe(readFileSync(golden, 'utf8'))
    })
  }
})
