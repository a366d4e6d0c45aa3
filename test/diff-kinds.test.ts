import {describe, expect, it} from 'vitest'
import {diffResolutions, type DiffResult, type ParagraphChange} from '../src/diff/index.js'
import type {Inline} from '../src/tree/types.js'
import {resolution} from './helpers/resolutions.js'

const preamble = [
  '*Recalling* its resolution 5/4 of 22 October 2010 on the illicit manufacturing of firearms and ammunition,',
  '*Concerned* by the harm and violence that criminal groups generate in several regions of the world,',
  '*Noting* the growing number of accessions to and ratifications of the Protocol by States in every region,',
]
const operative = [
  '*Invites* States that have not yet done so to consider becoming parties to the Protocol and to implement its provisions fully;',
  '*Encourages* States parties to strengthen their domestic marking and record-keeping regimes for the purpose of tracing weapons;',
  '*Requests* the Office on Drugs and Crime to continue to assist requesting States in drafting national legislation on weapons;',
  '*Calls upon* States parties to collect and analyse data on seized and found weapons suspected of illicit trafficking;',
  '*Decides* that the Working Group shall hold at least one intersessional meeting before the next session of the Conference;',
  '*Invites* donors to provide extrabudgetary resources for these purposes in accordance with the rules of the United Nations.',
]

const describeChanges = (result: DiffResult): string[] =>
  result.changes.map(
    (change) => `${change.kind}${change.moved ? ' moved' : ''} ${change.old.join('+')}>${change.new.join('+')}`,
  )

const find = (result: DiffResult, predicate: (change: ParagraphChange) => boolean): ParagraphChange => {
  const found = result.changes.find(predicate)
  if (!found) throw new Error(`no such change in ${describeChanges(result).join(', ')}`)
  return found
}

describe('diffResolutions on small hand-made pairs', () => {
  it('reports every paragraph unchanged when nothing changed', () => {
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, operative))
    expect(result.changes.every((change) => change.kind === 'unchanged' && !change.moved && !change.renumbered)).toBe(
      true,
    )
    expect(result.changes).toHaveLength(9)
    expect(result.summary).toEqual({unchanged: 9, reworded: 0, added: 0, dropped: 0, merged: 0, split: 0, moved: 0})
  })

  it('finds a reworded paragraph with its word diff and its new leading phrase', () => {
    const changed = [...operative]
    changed[1] =
      '*Urges* States parties to strengthen their national marking and record-keeping regimes for the purpose of tracing weapons;'
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    const change = find(result, (c) => c.kind === 'reworded')
    expect(change).toMatchObject({
      old: ['para_2'],
      new: ['para_2'],
      moved: false,
      renumbered: false,
      leadingPhrase: {old: 'Encourages', new: 'Urges'},
    })
    expect(change.words).toEqual([
      {value: 'Encourages', removed: true},
      {value: 'Urges', added: true},
      {value: ' States parties to strengthen their '},
      {value: 'domestic', removed: true},
      {value: 'national', added: true},
      {value: ' marking and record-keeping regimes for the purpose of tracing weapons;'},
    ])
    expect(result.summary).toMatchObject({unchanged: 8, reworded: 1})
  })

  it('finds added and dropped paragraphs and renumbers the ones after them', () => {
    const changed = [
      operative[0]!,
      '*Welcomes* the entry into force of the Arms Trade Treaty and its first Conference of States Parties;',
      ...operative.slice(1, 4),
      operative[5]!,
    ]
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    expect(find(result, (c) => c.kind === 'added')).toMatchObject({new: ['para_2'], old: []})
    expect(find(result, (c) => c.kind === 'added').text).toContain('Arms Trade Treaty')
    expect(find(result, (c) => c.kind === 'dropped')).toMatchObject({old: ['para_5'], new: []})
    expect(find(result, (c) => c.old[0] === 'para_2')).toMatchObject({
      kind: 'unchanged',
      new: ['para_3'],
      renumbered: true,
      moved: false,
    })
    expect(find(result, (c) => c.old[0] === 'para_6')).toMatchObject({
      kind: 'unchanged',
      new: ['para_6'],
      renumbered: false,
    })
  })

  it('lists a dropped paragraph where it stood', () => {
    const result = diffResolutions(
      resolution(preamble, operative),
      resolution(
        preamble,
        operative.filter((_, index) => index !== 2),
      ),
    )
    expect(describeChanges(result).slice(3, 7)).toEqual([
      'unchanged para_1>para_1',
      'unchanged para_2>para_2',
      'dropped para_3>',
      'unchanged para_4>para_3',
    ])
  })

  it('finds a moved paragraph and only that one', () => {
    const changed = [operative[4]!, ...operative.slice(0, 4), operative[5]!]
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    expect(result.changes.filter((c) => c.moved).map((c) => `${c.old[0]}>${c.new[0]}`)).toEqual(['para_5>para_1'])
    expect(result.summary.moved).toBe(1)
    expect(result.summary.unchanged).toBe(9)
  })

  it('finds two paragraphs merged into one', () => {
    const merged =
      '*Encourages* States parties to strengthen their domestic marking and record-keeping regimes for the purpose of tracing weapons, and to collect and analyse data on seized and found weapons suspected of illicit trafficking;'
    const changed = [operative[0]!, merged, operative[2]!, operative[4]!, operative[5]!]
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    const change = find(result, (c) => c.kind === 'merged')
    expect(change).toMatchObject({old: ['para_2', 'para_4'], new: ['para_2'], moved: false})
    expect(change.words?.some((word) => word.added)).toBe(true)
    expect(result.summary).toMatchObject({merged: 1, added: 0, dropped: 0})
  })

  it('finds one paragraph split into two, the reverse of a merge', () => {
    const whole =
      '*Recalling* its resolution 5/4 of 22 October 2010 on the illicit manufacturing of firearms and ammunition, and concerned by the harm and violence that criminal groups generate in several regions of the world,'
    const result = diffResolutions(resolution([whole, preamble[2]!], operative), resolution(preamble, operative))
    expect(find(result, (c) => c.kind === 'split')).toMatchObject({
      old: ['preamble_1'],
      new: ['preamble_1', 'preamble_2'],
    })
    const swapped = diffResolutions(resolution(preamble, operative), resolution([whole, preamble[2]!], operative))
    expect(find(swapped, (c) => c.kind === 'merged')).toMatchObject({
      old: ['preamble_1', 'preamble_2'],
      new: ['preamble_1'],
    })
  })

  it('finds a long omnibus paragraph cut into two pieces, each taking one of its clauses, the rest dropped', () => {
    // As in the General Assembly's yearly economic texts: one long "Recognizing …, noting …,
    // deeply concerned …" paragraph of the crisis year becomes two shorter ones the next time.
    const omnibus =
      '*Recognizing* the unprecedented effects of the crisis on trade, travel and commerce, noting with concern that unemployment in the region exceeded earlier records, ' +
      'recognizing that the crisis exacerbated the volatility of financial markets and capital outflow, underlining that the adverse effects present unforeseen challenges for all developing countries, ' +
      'including the most vulnerable countries and those facing specific challenges, and further aggravate their structural vulnerabilities recognized in the Addis Ababa Action Agenda, ' +
      'noting that commodity price shocks could increase the number of countries at risk of debt distress, deeply concerned about the impact of high debt levels on the abilities of countries ' +
      'to withstand the shock and to invest in the implementation of the Agenda, welcoming the suspension of debt service payments for the poorest countries, and recognizing the positive effect of ' +
      'regional integration processes on the ability of small economies to respond to the recession through trade in local currencies, noting that more than half of the workers ' +
      'in the developing world live in vulnerable employment situations and that one in five people live on less than two dollars a day, recalling that the number of undernourished ' +
      'people has been on the rise for six years, and recognizing also that the crisis requires a global response based on unity, solidarity and renewed multilateral cooperation, ' +
      'including in ensuring supplies of the necessary food, medicine and medical equipment, along with building resilient health infrastructure,'
    const pieceOne =
      '*Acknowledging* that inflation, slowing growth and supply chain disruptions further endanger development prospects, in particular for all developing countries, ' +
      'including the most vulnerable countries and those facing specific challenges, and further aggravate their structural vulnerabilities recognized in the Addis Ababa Action Agenda,'
    const pieceTwo =
      '*Noting with concern* that the total external debt of developing countries doubled in ten years, and deeply concerned about the impact of high debt levels on the abilities of countries ' +
      'to withstand the shock and to invest in the implementation of the Agenda,'
    const result = diffResolutions(
      resolution([...preamble, omnibus], operative),
      resolution([...preamble, pieceOne, pieceTwo], operative),
    )
    expect(find(result, (c) => c.kind === 'split')).toMatchObject({
      old: ['preamble_4'],
      new: ['preamble_4', 'preamble_5'],
    })
    expect(result.summary).toMatchObject({added: 0, dropped: 0, split: 1})
  })

  it('finds preambular text that became operative', () => {
    const changed = [
      ...operative.slice(0, 5),
      '*Notes* the growing number of accessions to and ratifications of the Protocol by States in every region;',
      operative[5]!,
    ]
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble.slice(0, 2), changed))
    const change = find(result, (c) => c.old[0] === 'preamble_3')
    expect(change).toMatchObject({
      kind: 'reworded',
      new: ['para_6'],
      section: {old: 'preamble', new: 'operative'},
      leadingPhrase: {old: 'Noting', new: 'Notes'},
    })
  })

  it('pairs a paragraph rewritten in place between two unchanged neighbours', () => {
    const changed = [...operative]
    changed[2] =
      '*Requests* the Secretariat to keep assisting States, upon request, with technical assistance for national legislation on weapons;'
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    expect(find(result, (c) => c.old[0] === 'para_3')).toMatchObject({kind: 'reworded', new: ['para_3']})
    expect(result.summary).toMatchObject({added: 0, dropped: 0})
  })

  it('does not pair paragraphs that have nothing in common', () => {
    const changed = [...operative]
    changed[2] = '*Expresses* its gratitude to the Government of Austria for hosting the session in Vienna;'
    const result = diffResolutions(resolution(preamble, operative), resolution(preamble, changed))
    expect(result.summary).toMatchObject({added: 1, dropped: 1, reworded: 0})
  })

  it('ignores italics and footnote markers unless strictFormat', () => {
    const plain = resolution(preamble, operative)
    const formatted = resolution(preamble, operative)
    const first = formatted.children[0]
    if (first?.type !== 'preamble') throw new Error('expected a preamble')
    const paragraph = first.children[0]
    if (paragraph?.type !== 'preambularParagraph') throw new Error('expected a preambular paragraph')
    const children: Inline[] = [
      {type: 'emphasis', children: [{type: 'text', value: 'Recalling'}]},
      {
        type: 'text',
        value: ' its resolution 5/4 of 22 October 2010 on the illicit manufacturing of firearms and ammunition,',
      },
      {type: 'noteRef', marker: '1'},
    ]
    paragraph.children = children
    expect(diffResolutions(plain, formatted).summary.unchanged).toBe(9)
    const strict = diffResolutions(plain, formatted, {strictFormat: true})
    expect(
      find(strict, (c) => c.kind === 'reworded')
        .words?.filter((word) => word.added)
        .map((word) => word.value),
    ).toEqual(['*', '*', '^1'])
  })
})
