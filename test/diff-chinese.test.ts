import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {root} from './helpers/resolutions.js'

const original = readFileSync(`${root}seeds/cop-6-2.zh.txt`, 'utf8')

// A later Chinese version written by hand from 6/2: operative 11 deleted (the ones after it
// renumbered), operative 13 reworded with a new sequence word, and a new last paragraph.
const later = original
  .replace(/^11\. 决定工作组应至少举行.*\n+/mu, '')
  .replace(/^(\d+)\. /gmu, (whole, number: string) => (Number(number) > 11 ? `${Number(number) - 1}. ` : whole))
  .replace('还请秘书处支持枪支问题工作组履行其职能；', '又请秘书处继续支持枪支问题工作组有效履行其职能；')
  .replace(/(为本决议提到的目的提供预算外资源。)/u, '$1\n\n15. 决定继续处理此案。')

describe('diff of Chinese against Chinese', () => {
  const result = diffResolutions(parseResolution(original), parseResolution(later))

  it('finds the deletion, the rewording and the addition', () => {
    expect(result.summary).toEqual({unchanged: 25, reworded: 1, added: 1, dropped: 1, merged: 0, split: 0, moved: 0})
    expect(result.changes.find((change) => change.kind === 'dropped')).toMatchObject({old: ['para_11']})
    expect(result.changes.find((change) => change.kind === 'added')).toMatchObject({
      new: ['para_15'],
      text: '决定继续处理此案。',
    })
  })

  it('diffs the reworded paragraph by Chinese words and names the new sequence word', () => {
    const change = result.changes.find((c) => c.kind === 'reworded')
    expect(change).toMatchObject({
      old: ['para_13'],
      new: ['para_12'],
      renumbered: true,
      leadingPhrase: {old: '还请', new: '又请'},
    })
    expect(change?.words).toEqual([
      {value: '还', removed: true},
      {value: '又', added: true},
      {value: '请秘书处'},
      {value: '继续', added: true},
      {value: '支持枪支问题工作组'},
      {value: '有效', added: true},
      {value: '履行其职能；'},
    ])
  })

  it('keeps the renumbered paragraphs unchanged', () => {
    expect(result.changes.find((change) => change.old[0] === 'para_12')).toMatchObject({
      kind: 'unchanged',
      new: ['para_11'],
      renumbered: true,
    })
    expect(result.old.lang).toBe('zh')
  })
})
