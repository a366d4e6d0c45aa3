import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, type CliRun} from './helpers/cli.js'

// Every command that reads a resolution reads Word and PDF files, and folders pick them up.
const run = (...args: string[]): Promise<CliRun> => runCli(args)

describe('Word and PDF through the commands', () => {
  it('parse walks a folder of Word and PDF files', async () => {
    const result = await run('parse', 'fixtures/office')
    expect(result.status).toBe(0)
    const trees = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {file: string; lang: string})
    expect(trees.map((tree) => path.basename(tree.file)).sort()).toEqual([
      'cop-10-draft-mexico.en.docx',
      'cop-10-draft-mexico.en.pdf',
      'cop-6-2.en.docx',
      'cop-6-2.en.pdf',
      'cop-6-2.zh.docx',
      'cop-6-2.zh.pdf',
      'cop-8-3-running-heads.en.pdf',
      'cop-8-3.en.docx',
      'cop-8-3.en.pdf',
      'draft-a-c3-80-l19.en.docx',
      'draft-a-c3-80-l19.en.pdf',
    ])
  })

  it('align pairs a Word English with a PDF Chinese as it pairs their texts', async () => {
    const fromText = await run('align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt')
    const fromOffice = await run('align', 'fixtures/office/cop-6-2.en.docx', 'fixtures/office/cop-6-2.zh.pdf')
    expect(fromOffice.status).toBe(fromText.status)
    expect(fromOffice.stdout.trim().split('\n').at(-1)).toBe(fromText.stdout.trim().split('\n').at(-1))
  })

  it('index and trace take them too', async () => {
    const index = path.join(mkdtempSync(path.join(tmpdir(), 'resdiff-office-index-')), 'office.rdx')
    expect((await run('index', 'fixtures/office', '-o', index)).status).toBe(0)
    const traced = await run('trace', 'fixtures/office/cop-10-draft-mexico.en.pdf', '--index', index)
    expect(traced.status).not.toBe(2)
    // The draft's Word file is the draft itself, in another format: left out of its results.
    expect(traced.stdout).not.toContain('cop-10-draft-mexico.en.docx')
    // Its "Recalling the functions assigned to it in article 32 …" was agreed in resolution 8/3,
    // whose Word and PDF files the index holds.
    expect(traced.stdout).toMatch(/PP 2 {2}Recalling the functions assigned to it in article 32/u)
    expect(traced.stdout).toContain('8/3 PP 1')
  })
})
