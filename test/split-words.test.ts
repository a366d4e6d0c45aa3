import {describe, expect, it} from 'vitest'
import {mendSplitWords, wordCounts} from '../src/parse/split-words.js'

describe('mending words split by PDF justification', () => {
  const counts = wordCounts([
    'the resolutions of the Council',
    'in particular and notably the threats',
    'in to the tent',
  ])
  it('joins pieces whose joined form the document uses elsewhere', () => {
    expect(mendSplitWords('recalling resoluti ons 263 and o f the Council', counts)).toBe(
      'recalling resolutions 263 and of the Council',
    )
    expect(mendSplitWords('the th reats, no tably a nd', counts)).toBe('the threats, notably and')
  })
  it('leaves two real words alone, and pieces whose join is unknown', () => {
    expect(mendSplitWords('in to the tent', counts)).toBe('in to the tent')
    expect(mendSplitWords('the Resoluti Ons', counts)).toBe('the Resoluti Ons')
    expect(mendSplitWords('xy zw', counts)).toBe('xy zw')
  })
})
