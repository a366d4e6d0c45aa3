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
