import {diffWordsWithSpace} from 'diff'
import type {AlignResult} from '../src/bilingual/types.js'
import type {DiffResult, ParagraphChange} from '../src/diff/changes.js'
import type {HistoryResult, LineageStep, ParagraphLineage} from '../src/diff/history.js'
import type {WordChange} from '../src/diff/words.js'
import {handTree} from './report-trees.js'

/** Lines a hostile or careless source could carry; every report must show them as text. */
export const hostile = {
  script: '<script>document.title="pwned"</script>',
  attribute: '"><img src=x onerror="document.title=\'pwned\'">',
}

export const oldTree = handTree(
  'en',
  'CTOC/COP/2012/1',
  [
    {phrase: 'Recalling', text: 'Recalling its resolution 5/4 of 22 October 2010,'},
    {phrase: 'Noting with appreciation', text: 'Noting with appreciation the work of the Working Group on Firearms,'},
    {
      phrase: 'Bearing in mind',
      text: `Bearing in mind that the Protocol ${hostile.script} entered into force on 3 July 2005,`,
    },
  ],
  [
    {phrase: 'Urges', text: 'Urges States parties to implement the Protocol;'},
    {
      phrase: 'Requests',
      text: 'Requests the secretariat to collect data on illicit trafficking and to publish those data;',
    },
    {phrase: 'Invites', text: 'Invites States to share information;'},
    {phrase: 'Also invites', text: 'Also invites States to provide training;'},
    {phrase: 'Decides', text: 'Decides that the Working Group shall meet annually;'},
    {phrase: 'Requests', text: 'Requests the Executive Director to report to it at its next session.'},
  ],
)

export const newTree = handTree(
  'en',
  'CTOC/COP/2016/2',
  [
    {phrase: 'Recalling', text: 'Recalling its resolution 5/4 of 22 October 2010,'},
    {
      phrase: 'Noting with deep appreciation',
      text: 'Noting with deep appreciation the work of the Working Group on Firearms and of its secretariat,',
    },
    {phrase: 'Welcoming', text: `Welcoming the ${hostile.attribute} new study on firearms trafficking,`},
  ],
  [
    {phrase: 'Calls upon', text: 'Calls upon States parties to implement the Protocol fully;'},
    {phrase: 'Decides', text: 'Decides that the Working Group shall meet annually;'},
    {phrase: 'Invites', text: 'Invites States to share information and to provide training;'},
    {phrase: 'Requests', text: 'Requests the secretariat to collect data on illicit trafficking;'},
    {phrase: 'Also requests', text: 'Also requests the secretariat to publish those data;'},
    {phrase: 'Requests', text: 'Requests the Executive Director to report to it at its next session.'},
  ],
)

const textOf = (tree: typeof oldTree, eIds: string[]): string => {
  const all = tree.children.flatMap((node): ReadonlyArray<{eId?: string; text: string}> =>
    node.type === 'preamble' || node.type === 'mainBody' ? node.children : [],
  )
  return eIds.map((eId) => all.find((node) => node.eId === eId)?.text ?? '').join(' ')
}

function words(oldIds: string[], newIds: string[]): WordChange[] {
  return diffWordsWithSpace(textOf(oldTree, oldIds), textOf(newTree, newIds)).map((part) => ({
    value: part.value,
    ...(part.added ? {added: true} : {}),
    ...(part.removed ? {removed: true} : {}),
  }))
}

const change = (
  kind: ParagraphChange['kind'],
  oldIds: string[],
  newIds: string[],
  extra: Partial<ParagraphChange> = {},
): ParagraphChange => ({
  kind,
  moved: false,
  renumbered: false,
  old: oldIds,
  new: newIds,
  similarity: kind === 'unchanged' ? 1 : oldIds.length > 0 && newIds.length > 0 ? 0.8 : 0,
  ...(kind !== 'unchanged' && oldIds.length > 0 && newIds.length > 0 ? {words: words(oldIds, newIds)} : {}),
  ...extra,
})

/** A diff in the resdiff/diff@1 shape with one change of every kind. */
export const diffResult: DiffResult = {
  schema: 'resdiff/diff@1',
  old: {file: 'old.txt', symbol: 'CTOC/COP/2012/1', number: null, lang: 'en'},
  new: {file: 'new.txt', symbol: 'CTOC/COP/2016/2', number: null, lang: 'en'},
  summary: {unchanged: 3, reworded: 2, added: 1, dropped: 1, merged: 1, split: 1, moved: 1},
  changes: [
    change('unchanged', ['preamble_1'], ['preamble_1']),
    change('reworded', ['preamble_2'], ['preamble_2'], {
      leadingPhrase: {old: 'Noting with appreciation', new: 'Noting with deep appreciation'},
    }),
    change('dropped', ['preamble_3'], []),
    change('added', [], ['preamble_3']),
    change('reworded', ['para_1'], ['para_1'], {leadingPhrase: {old: 'Urges', new: 'Calls upon'}}),
    change('unchanged', ['para_5'], ['para_2'], {moved: true, renumbered: true}),
    change('merged', ['para_3', 'para_4'], ['para_3'], {renumbered: true}),
    change('split', ['para_2'], ['para_4', 'para_5'], {renumbered: true}),
    change('unchanged', ['para_6'], ['para_6']),
  ],
}

export const enTree = handTree(
  'en',
  'A/RES/1',
  [{phrase: 'Recalling', text: 'Recalling its resolution 5/4 of 22 October 2010,'}],
  [
    {phrase: 'Requests', text: 'Requests <the> Secretariat to report;'},
    {phrase: 'Invites', text: 'Invites States to act;'},
  ],
)
export const zhTree = handTree(
  'zh',
  'A/RES/1',
  [{text: '回顾其2010年10月22日第5/4号决议，'}],
  [{text: '请秘书处提交报告；'}],
)

/** An alignment in the resdiff/align@1 shape: a clean pair, a pair with a finding, an unpaired paragraph. */
export const alignResult: AlignResult = {
  schema: 'resdiff/align@1',
  source: 'en',
  en: {
    file: 'en.txt',
    symbol: 'A/RES/1',
    lang: 'en',
    counts: {preamble: 1, operative: 2, points: 0, footnotes: 0},
  },
  zh: {
    file: 'zh.txt',
    symbol: 'A/RES/1',
    lang: 'zh',
    counts: {preamble: 1, operative: 1, points: 0, footnotes: 0},
  },
  summary: {pairs: 3, beads: {'1-1': 2, '1-2': 0, '2-1': 0, '1-0': 1, '0-1': 0}, errors: 2, warnings: 1},
  pairs: [
    {
      en: ['preamble_1'],
      zh: ['preamble_1'],
      kind: '1-1',
      section: 'preamble',
      score: 0.9,
      text: {en: 'Recalling its resolution 5/4 of 22 October 2010,', zh: '回顾其2010年10月22日第5/4号决议，'},
      checks: [],
    },
    {
      en: ['para_1'],
      zh: ['para_1'],
      kind: '1-1',
      section: 'operative',
      score: 0.7,
      text: {en: 'Requests <the> Secretariat to report;', zh: '请秘书处提交报告；'},
      checks: [{id: 'number', severity: 'warning', message: 'Number "<the>" appears <only> in English', en: '<the>'}],
    },
    {
      en: ['para_2'],
      zh: [],
      kind: '1-0',
      section: 'operative',
      score: 0,
      text: {en: 'Invites States to act;', zh: ''},
      checks: [{id: 'no-counterpart', severity: 'error', message: 'No Chinese paragraph'}],
    },
  ],
  checks: [{id: 'paragraph-count', severity: 'error', message: 'English has 2 operative paragraphs, Chinese 1'}],
  findings: 3,
}

const newest = {file: 'newest.txt', symbol: 'CTOC/COP/2020/L.5', number: null, lang: 'en'} as const

/**
 * A three-version history in the resdiff/history@1 shape: the sample diff, then a version that
 * changes nothing, so every lineage is known by hand.
 */
export const historyResult: HistoryResult = (() => {
  const paragraphs: ParagraphLineage[] = []
  for (const entry of diffResult.changes) {
    for (const eId of entry.new) {
      const last: LineageStep = {
        from: 1,
        to: 2,
        kind: 'unchanged',
        moved: false,
        renumbered: false,
        old: [eId],
        new: [eId],
        similarity: 1,
      }
      const text = textOf(newTree, [eId])
      const kind = entry.kind
      if (kind === 'added' || kind === 'dropped') {
        paragraphs.push({eId, since: 1, origin: [eId], steps: [last], text})
        continue
      }
      const first: LineageStep = {
        from: 0,
        to: 1,
        kind,
        moved: entry.moved,
        renumbered: entry.renumbered,
        old: [...entry.old],
        new: [...entry.new],
        similarity: entry.similarity ?? 1,
      }
      paragraphs.push({eId, since: 0, origin: [...entry.old], steps: [first, last], text})
    }
  }
  const order = (eId: string): number => (eId.startsWith('preamble') ? 0 : 100) + Number(/\d+$/.exec(eId)?.[0])
  paragraphs.sort((a, b) => order(a.eId) - order(b.eId))
  const fromFirst = paragraphs.filter((lineage) => lineage.since === 0)
  return {
    schema: 'resdiff/history@1',
    versions: [diffResult.old, diffResult.new, newest],
    summary: {
      paragraphs: paragraphs.length,
      fromFirst: fromFirst.length,
      neverChanged: fromFirst.filter((lineage) =>
        lineage.steps.every((step) => step.kind === 'unchanged' && !step.moved),
      ).length,
      dropped: 1,
    },
    paragraphs,
    dropped: [{version: 0, eId: 'preamble_3', text: textOf(oldTree, ['preamble_3'])}],
  }
})()

export const historyTrees = [oldTree, newTree, newTree]
