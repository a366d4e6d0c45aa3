import {describe, expect, it} from 'vitest'
import {diffResolutions, type ParagraphChange} from '../src/diff/index.js'
import {load} from './helpers/resolutions.js'

// A short real pair from the field test (the PDF text of General Assembly resolutions 74/193 and
// 77/112, "The law of transboundary aquifers", three years apart), kept whole in fixtures/field:
// the assertions hold whatever the parser makes of its footnotes and page furniture.
const oldFile = 'fixtures/field/ga-74-193.en.txt'
const newFile = 'fixtures/field/ga-77-112.en.txt'
const result = diffResolutions(load(oldFile), load(newFile), {oldFile, newFile})

const changed = (change: ParagraphChange, side: 'added' | 'removed'): string[] =>
  (change.words ?? []).filter((word) => word[side]).map((word) => word.value.trim())

describe('diff of General Assembly resolutions 74/193 and 77/112 (PDF text)', () => {
  it('links every paragraph to the one it became, in order, nothing added or dropped', () => {
    expect(result.summary).toMatchObject({added: 0, dropped: 0, merged: 0, split: 0, moved: 0})
    for (const change of result.changes) expect(change.new).toEqual(change.old)
  })

  it('names the programme renamed "Intergovernmental" in the preamble and in operative 2', () => {
    const renamed = result.changes.filter((change) => changed(change, 'added').includes('Intergovernmental'))
    expect(renamed.map((change) => change.old[0])).toEqual(['preamble_6', 'para_2'])
  })

  it('shows the session changes and the resolution added to the list recalled', () => {
    const para3 = result.changes.find((change) => change.old[0] === 'para_3')!
    expect(changed(para3, 'removed')).toEqual(['seventy-seventh'])
    expect(changed(para3, 'added')).toEqual(['eighty-first'])
    expect(changed(result.changes[0]!, 'added').join(' ')).toContain('74/193 of 18 December 2019')
  })
})
