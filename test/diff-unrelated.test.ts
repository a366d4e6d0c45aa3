import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'

// Two different resolutions are not two versions of one. Mexico's draft on firearms for the tenth
// session of the Conference of the Parties and General Assembly resolution 78/17 (a nuclear-weapon-
// free zone in the Middle East) share no paragraph: diff must say so, and must not call any of
// their paragraphs "reworded" on the strength of a few common words.

describe('diff of two unrelated resolutions', () => {
  it('warns on stderr that they are different resolutions, and pairs no paragraph', async () => {
    const run = await runCli([
      'diff',
      'seeds/cop-10-draft-mexico.en.txt',
      'fixtures/ga-78-17.en.txt',
      '--format',
      'json',
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(
      'resdiff: warning: seeds/cop-10-draft-mexico.en.txt and fixtures/ga-78-17.en.txt look like two different resolutions, not two versions of one: ' +
        'no paragraph of one is even half alike a paragraph of the other\n',
    )
    const result = JSON.parse(run.stdout) as {summary: Record<string, number>; changes: Array<{kind: string}>}
    // The draft has 21 preambular and 24 operative paragraphs; 78/17 has 12 and 12.
    expect(result.summary).toMatchObject({unchanged: 0, reworded: 0, merged: 0, split: 0, dropped: 45, added: 24})
  })

  it('gives no warning for two versions of one resolution, even much rewritten', async () => {
    for (const [oldFile, newFile] of [
      ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
      ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
    ] as const) {
      const run = await runCli(['diff', oldFile, newFile])
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
    }
  })
})

// Below the similarity floor a pairing needs its place among confident links and a shared subject
// (src/diff/subject.ts): words few paragraphs use, past the opening, or the same ending.
describe('a weak pairing needs position and subject', () => {
  const diff = async (oldFile: string, newFile: string) => {
    const run = await runCli(['diff', oldFile, newFile, '--format', 'json'])
    return JSON.parse(run.stdout) as {changes: Array<{kind: string; old: string[]; new: string[]; similarity?: number}>}
  }
  it('two unrelated resolutions that share one agenda paragraph: the rest is added and dropped', async () => {
    // 78/17 (a nuclear-weapon-free zone in the Middle East) and 74/193 (the law of transboundary aquifers)
    // both open "Recalling its resolutions … of … December" and end by placing an item on a later agenda.
    const result = await diff('fixtures/ga-78-17.en.txt', 'fixtures/field/ga-74-193.en.txt')
    const linked = result.changes.filter((change) => change.old.length > 0 && change.new.length > 0)
    expect(linked.map((change) => [change.old, change.new])).toEqual([[['para_12'], ['para_3']]])
  })
  it("versions: the weak links a person draws stay, a new paragraph in an old one's place does not", async () => {
    const result = await diff('seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt')
    const partner = (eId: string) => result.changes.find((change) => change.old.includes(eId))
    // PP 16 → PP 13: both acknowledge the Working Group on Firearms as a network of experts (similarity 0.29).
    expect(partner('preamble_16')).toMatchObject({kind: 'reworded', new: ['preamble_13']})
    // OP 5 → OP 5: gaps in the legislative framework on import and export licensing, marking, tracing.
    expect(partner('para_5')).toMatchObject({kind: 'reworded', new: ['para_5']})
    // 8/3's OP 27 (cooperation in criminal matters) shares only its opening "requests the United Nations Office on
    // Drugs and Crime to continue to promote" with the draft's OP 23 (coordination among the secretariats of
    // instruments, which no earlier text mentions): dropped, and OP 23 is new.
    expect(partner('para_27')).toMatchObject({kind: 'dropped'})
    expect(result.changes.find((change) => change.new.includes('para_23'))).toMatchObject({kind: 'added'})
  })
})

describe('history of versions that are not versions of one resolution', () => {
  const warning = (oldFile: string, newFile: string): string =>
    `resdiff: warning: ${oldFile} and ${newFile} look like two different resolutions, not two versions of one: ` +
    'no paragraph of one is even half alike a paragraph of the other\n'

  it('warns as diff does, once for each step between two different resolutions', async () => {
    // The firearms draft, then 78/17 and 79/16 (two sessions of the nuclear-weapon-free-zone
    // resolution): the first step joins two different resolutions, the second two versions of one.
    const run = await runCli([
      'history',
      'seeds/cop-10-draft-mexico.en.txt',
      'fixtures/ga-78-17.en.txt',
      'fixtures/ga-79-16.en.txt',
      '--format',
      'json',
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(warning('seeds/cop-10-draft-mexico.en.txt', 'fixtures/ga-78-17.en.txt'))
    const back = await runCli([
      'history',
      'fixtures/ga-78-17.en.txt',
      'seeds/cop-10-draft-mexico.en.txt',
      'fixtures/ga-79-16.en.txt',
    ])
    expect(back.stderr).toBe(
      warning('fixtures/ga-78-17.en.txt', 'seeds/cop-10-draft-mexico.en.txt') +
        warning('seeds/cop-10-draft-mexico.en.txt', 'fixtures/ga-79-16.en.txt'),
    )
  })

  it('says nothing for the versions of one resolution', async () => {
    const run = await runCli([
      'history',
      'seeds/cop-6-2.en.txt',
      'seeds/cop-8-3.en.md',
      'seeds/cop-10-draft-mexico.en.txt',
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
  })
})
