import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {traceHistory, type HistoryResult, type ParagraphLineage} from '../src/diff/index.js'
import {load, resolution, root} from './helpers/resolutions.js'
import {runCli} from './helpers/cli.js'

const files = ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']

// The CLI in-process, through the entry the binary uses (test/helpers/cli.ts).
const run = async (...args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> => {
  const result = await runCli(args, {env: {NO_COLOR: '1', FORCE_COLOR: undefined}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const lineage = (result: HistoryResult, eId: string): ParagraphLineage => {
  const found = result.paragraphs.find((paragraph) => paragraph.eId === eId)
  if (!found) throw new Error(`${eId} not in the history`)
  return found
}

describe('traceHistory over 6/2, 8/3 and the tenth-session draft', () => {
  const result = traceHistory(files.map(load), {files})

  it('traces draft operative 3 back to 6/2 operative 4 through 8/3 operative 25', () => {
    const paragraph = lineage(result, 'para_3')
    expect(paragraph).toMatchObject({since: 0, origin: ['para_4']})
    expect(paragraph.steps.map((step) => [step.from, step.to, step.old, step.new, step.moved])).toEqual([
      [0, 1, ['para_4'], ['para_25'], false],
      [1, 2, ['para_25'], ['para_3'], true],
    ])
  })

  it('traces the merge into draft operative 9 to 8/3 and no further', () => {
    const paragraph = lineage(result, 'para_9')
    expect(paragraph).toMatchObject({since: 1, origin: ['para_10', 'para_12', 'para_13']})
    expect(paragraph.steps).toHaveLength(1)
    expect(paragraph.steps[0]).toMatchObject({kind: 'merged', from: 1, to: 2})
  })

  it('traces the first "Recalling" back through the split of 6/2 preambular 1', () => {
    const paragraph = lineage(result, 'preamble_2')
    expect(paragraph).toMatchObject({since: 0, origin: ['preamble_1']})
    expect(paragraph.steps.map((step) => step.kind)).toEqual(['split', 'reworded'])
  })

  it('marks paragraphs new in the draft', () => {
    expect(lineage(result, 'preamble_1')).toMatchObject({since: 2, origin: ['preamble_1'], steps: []})
    expect(lineage(result, 'preamble_1').text).toMatch(/^Taking into account that 2020/u)
  })

  it('lists every paragraph of the newest version once, and what was dropped', () => {
    expect(result.paragraphs).toHaveLength(45)
    expect(result.summary).toEqual({paragraphs: 45, fromFirst: 9, neverChanged: 0, dropped: 34})
    expect(result.dropped.filter((paragraph) => paragraph.version === 0).map((paragraph) => paragraph.eId)).toContain(
      'para_11',
    )
  })
})

describe('traceHistory on hand-made versions', () => {
  const v1 = resolution(
    ['*Recalling* its resolution 5/4 on the illicit manufacturing of firearms and ammunition,'],
    [
      '*Invites* States that have not yet done so to consider becoming parties to the Protocol;',
      '*Requests* the Office to assist requesting States in drafting national legislation on weapons;',
    ],
  )
  const v2 = resolution(
    ['*Recalling* its resolutions 5/4 and 6/2 on the illicit manufacturing of firearms and ammunition,'],
    [
      '*Invites* States that have not yet done so to consider becoming parties to the Protocol;',
      '*Requests* the Office to assist requesting States in drafting national legislation on weapons;',
    ],
  )
  const v3 = resolution(
    ['*Recalling* its resolutions 5/4 and 6/2 on the illicit manufacturing of firearms and ammunition,'],
    [
      '*Requests* the Office to assist requesting States in drafting national legislation on weapons;',
      '*Decides* to hold its next session in Vienna in the second half of the coming year;',
    ],
  )

  it('records when each paragraph changed', () => {
    const result = traceHistory([v1, v2, v3])
    expect(lineage(result, 'preamble_1').steps.map((step) => step.kind)).toEqual(['reworded', 'unchanged'])
    expect(lineage(result, 'para_1').steps.map((step) => `${step.kind} ${step.old[0]}>${step.new[0]}`)).toEqual([
      'unchanged para_2>para_2',
      'unchanged para_2>para_1',
    ])
    expect(lineage(result, 'para_2')).toMatchObject({since: 2, steps: []})
    expect(result.dropped).toEqual([
      {
        version: 1,
        eId: 'para_1',
        text: 'Invites States that have not yet done so to consider becoming parties to the Protocol;',
      },
    ])
  })

  it('finds nothing when every version is the same', () => {
    const result = traceHistory([v1, v1, v1])
    expect(result.summary).toEqual({paragraphs: 3, fromFirst: 3, neverChanged: 3, dropped: 0})
  })
})

describe('resdiff history', () => {
  const validate = new Ajv({allErrors: true}).compile(
    JSON.parse(readFileSync(`${root}docs/schema/history.schema.json`, 'utf8')) as object,
  )

  it('writes JSON that the resdiff/history@1 schema accepts, the same each time', async () => {
    const first = await run('history', ...files, '--format', 'json')
    expect(first.code).toBe(1)
    const result: unknown = JSON.parse(first.stdout)
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true)
    expect((await run('history', ...files, '--format', 'json')).stdout).toBe(first.stdout)
  })

  it('reports each paragraph with its lineage', async () => {
    const {stdout} = await run('history', ...files)
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'v1  resolution 6/2 (seeds/cop-6-2.en.txt)',
      'v2  resolution 8/3 (seeds/cop-8-3.en.md)',
      'v3  seeds/cop-10-draft-mexico.en.txt',
      '45 paragraphs in v3: 9 from v1 (0 never changed), 36 added later; 34 dropped along the way',
    ])
    expect(stdout).toContain('  v2→v3 merged: OP 10 + OP 12 + OP 13 → OP 9 (similarity 0.69)')
    expect((await run('history', ...files, '--format', 'markdown')).stdout).toContain(
      '| OP 9 | since v2 (OP 10 + OP 12 + OP 13) | v2→v3 merged: OP 10',
    )
  })

  it('exits 0 when nothing changed and 2 with fewer than three versions', async () => {
    expect((await run('history', files[0]!, files[0]!, files[0]!)).code).toBe(0)
    const two = await run('history', files[0]!, files[1]!)
    expect(two.code).toBe(2)
    expect(two.stderr).toContain('history needs three or more versions')
    expect((await run('history', files[0]!, files[1]!, 'seeds/none.txt')).code).toBe(2)
  })
})
