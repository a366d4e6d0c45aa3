import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {indexFiles, traceText} from '../src/corpus/index.js'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, splitVolume, volumeLabels} from '../src/parse/volume.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {conclusions, root} from './helpers.js'
import {runCli} from './helpers/cli.js'

// OCR of the printed annual volumes (fixtures/corpus/README.md): one page holds several
// resolutions. Facts read from the pages.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures/corpus', name), 'utf8')

describe('a file that holds several resolutions', () => {
  it('names them by their headings', () => {
    expect(volumeLabels(read('sc-0368-1975.en.txt'))).toEqual(['368 (1975)', '369 (1975)'])
    expect(volumeLabels(read('ga-3379-1975.en.txt'))).toEqual([
      '3378 (XXX)',
      '3379 (XXX)',
      '3380 (XXX)',
      '3381 (XXX)',
      '3382 (XXX)',
    ])
    // 46/86 follows the end of a resolution whose heading is on the page before.
    expect(volumeLabels(read('ga-46-86-1991.en.txt'))).toEqual(['before 46/86', '46/86'])
  })
  it('holds one resolution when it has one formula, whatever it cites', () => {
    for (const name of ['ga-48-7-1993.en.txt', 'sc-1476-2003.en.txt', 'sc-2446-2018.en.txt', 'sc-0368-1975.zh.txt'])
      expect(volumeLabels(read(name))).toBeUndefined()
  })
  it("keeps the file's lines and offsets in each resolution's tree", () => {
    // 369 (1975)'s first preambular paragraph is printed on lines 71–72 of the page.
    const text = read('sc-0368-1975.en.txt')
    const paragraph = preambularParagraphs(splitVolume(text)![1]!.tree)[0]!
    expect(paragraph.position!.start.line).toBe(71)
    expect(text.slice(paragraph.position!.start.offset, paragraph.position!.end.offset)).toBe(
      'Having considered the report of the Secretary-General\non the United Nations Disengagement Observer Force, 12',
    )
  })
  it('dates each resolution by the line printed under its heading', () => {
    // "Resolution 368 (197 5)" / "of 17 April 1975"; "Reso]ution 420 (1977)" / "of 30 November 1977".
    const dates = (name: string) =>
      splitVolume(read(name))!.map((resolution) => [resolution.tree.meta.number, resolution.tree.meta.adoptionDate])
    expect(dates('sc-0368-1975.en.txt')).toEqual([
      ['368 (1975)', '1975-04-17'],
      ['369 (1975)', '1975-05-28'],
    ])
    expect(dates('sc-0408-1977.en.txt')).toEqual([
      ['408 (1977)', '1977-05-26'],
      ['420 (1977)', '1977-11-30'],
    ])
  })
  it('parses each resolution as its own tree', () => {
    const volume = splitVolume(read('sc-0443-1978.en.txt'))!
    expect(volume.map((resolution) => resolution.label)).toEqual(['440 (1978)', '443 (1978)'])
    expect(operativeParagraphs(volume[0]!.tree).at(-1)!.text).toMatch(
      /^Decides to remain seized of the matter and to review the situation in June 1979/,
    )
    expect(preambularParagraphs(volume[1]!.tree)[0]!.text).toMatch(
      /^Taking note of the report of the Secretary-General on the United Nations operation in Cyprus/,
    )
  })
})

describe('--pick: one resolution of a volume', () => {
  it('2159 (XXI): two preambular paragraphs and one operative, among four resolutions and their notes', () => {
    const tree = pickResolution(read('ga-2159-1966.en.txt'), '2159 (XXI)')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Recalling the recommendation',
      'Recalling further its',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'Affirms again that this decision remains valid.',
    ])
    expect(conclusions(tree)).toMatch(/^1481st plenary meeting, 29 November 1966\./)
  })
  it('3379 (XXX): five preambular paragraphs, one operative', () => {
    const tree = pickResolution(read('ga-3379-1975.en.txt'), '3379 (XXX)')
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'Determines that zionism is a form of racism and racial discrimination.',
    ])
  })
  it('46/86: no preamble and no comma after the formula', () => {
    const tree = pickResolution(read('ga-46-86-1991.en.txt'), '46/86')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'Decides to revoke the determination contained in its resolution 3379 (XXX) of 10 November 1975.',
    ])
  })
  it('443 (1978): a paragraph whose comma the OCR lost ("…dated 1 December 1978/3")', () => {
    const tree = pickResolution(read('sc-0443-1978.en.txt'), 'S/RES/443 (1978)')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Taking note of',
      'Noting',
      'Noting also',
      'Reaffirming',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
  })
  it('in a file that holds one resolution, reads it whole, and refuses another number', () => {
    const tree = pickResolution(read('sc-2446-2018.en.txt'), '2446')
    expect(tree.meta.symbol).toBe('S/RES/2446 (2018)')
    expect(operativeParagraphs(tree)).toHaveLength(2)
    expect(() => pickResolution(read('sc-2446-2018.en.txt'), '999')).toThrow(
      /^no resolution 999 in this file; it holds 2446 \(2018\)$/,
    )
  })
  it('408 (1977): a formula and a footnote marker the OCR damaged ("The .\')ecurity Council,", "Forcc,4~")', () => {
    const tree = pickResolution(read('sc-0408-1977.en.txt'), '408')
    expect(tree.meta.body).toBe('Security Council')
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(preamble[0]).toMatch(/^Having considered the report of the SecretaryGeneral .*Observer Forcc,4~$/)
    expect(preamble[1]).toMatch(/^Having noted the efforts made to establish a durable/)
  })
  it('368 (1975): a paragraph whose capital the OCR read as two letters ("rlaving noted") is its own', () => {
    const preamble = preambularParagraphs(pickResolution(read('sc-0368-1975.en.txt'), '368'))
    expect(preamble.map((paragraph) => paragraph.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'Recalling its',
      'Having considered',
      'rlaving noted',
      'Expressing concern',
    ])
  })
  it('refuses a number the file does not hold, naming those it does', () => {
    expect(() => pickResolution(read('sc-0368-1975.en.txt'), '999 (1975)')).toThrow(
      /no resolution 999 \(1975\) in this file; it holds 368 \(1975\), 369 \(1975\)/,
    )
  })
})

describe('the CLI never reads a volume as one resolution', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), ...args], {cwd: root, encoding: 'utf8'})
  it('parse writes one tree per resolution and says so', () => {
    const result = cli('parse', 'fixtures/corpus/sc-0368-1975.en.txt')
    expect(result.status).toBe(0)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {resolution: string})
    expect(lines.map((line) => line.resolution)).toEqual(['368 (1975)', '369 (1975)'])
    expect(result.stderr).toMatch(/holds 2 resolutions \(368 \(1975\), 369 \(1975\)\)/)
  })
  it('diff and align read the resolution of a volume that the other text names or is nearest, or ask for --pick', async () => {
    // The Chinese of 443 (1978) names itself on its second line, `第443(1978)號決議`; the English page holds 440 and 443.
    const named = await runCli([
      'align',
      'fixtures/corpus/sc-0443-1978.en.txt',
      'fixtures/corpus/sc-0443-1978.zh-hant.txt',
      '--format',
      'json',
    ])
    expect(named.status).toBeLessThan(2)
    expect(named.stderr).toBe(
      'resdiff: fixtures/corpus/sc-0443-1978.en.txt: holds 2 resolutions; reading 443 (1978), the one fixtures/corpus/sc-0443-1978.zh-hant.txt names (give --pick to choose another)\n',
    )
    expect(JSON.parse(named.stdout).en.counts).toMatchObject({preamble: 4, operative: 2})
    // The Chinese of 2159 (XXI) gives its number in Chinese numerals (`二一五九(二十一)、`, the session in brackets).
    const numerals = await runCli([
      'align',
      'fixtures/corpus/ga-2159-1966.en.txt',
      'fixtures/corpus/ga-2159-1966.zh.txt',
    ])
    expect(numerals.status).toBeLessThan(2)
    // The page holds 2147, 2146, 2156 and 2159 (XXI); 2156's lines give no paragraphs, so align
    // counts three resolutions, as parse splits the page, and names 2156 as parse does.
    expect(numerals.stderr).toMatch(
      /holds 3 resolutions; reading 2159 \(XXI\), the one fixtures\/corpus\/ga-2159-1966\.zh\.txt names/,
    )
    expect(numerals.stderr).toMatch(/2156 \(XXI\) is on the page too, but no paragraphs of it could be read/)
    const parsed = await runCli(['parse', 'fixtures/corpus/ga-2159-1966.en.txt'])
    expect(parsed.stderr).toMatch(/holds 3 resolutions \(2147 \(XXI\), 2146 \(XXI\), 2159 \(XXI\)\)/)
    // The two pages of 87 (1950) also hold 88 (1950), its columns interleaved past reading: parse
    // gives one tree, and align reads that one as the single text, naming 88 as unread.
    const one = await runCli([
      'align',
      'fixtures/corpus/sc-0087-1950.en.txt',
      'fixtures/corpus/sc-0087-1950.zh-hant.txt',
      '--format',
      'json',
    ])
    expect(one.status).toBeLessThan(2)
    expect(one.stderr).not.toMatch(/holds/)
    expect(one.stderr).toMatch(/88 \(1950\) is on the page too, but no paragraphs of it could be read/)
    expect((await runCli(['parse', 'fixtures/corpus/sc-0087-1950.en.txt'])).stderr).not.toMatch(/holds/)
    // The text of 369 (1975) without its heading (lines 69-83 of the page: "The Security Council," to
    // "six months;") against the whole page: diff reads 369 from the page; --pick 368 compares 368 with it.
    const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-volume-'))
    const single = path.join(folder, '369.txt')
    const page = readFileSync(path.join(root, 'fixtures/corpus/sc-0368-1975.en.txt'), 'utf8').split('\n')
    writeFileSync(single, page.slice(68, 83).join('\n'))
    const diff = await runCli(['diff', 'fixtures/corpus/sc-0368-1975.en.txt', single, '--format', 'json'])
    const other = await runCli([
      'diff',
      'fixtures/corpus/sc-0368-1975.en.txt',
      single,
      '--pick',
      '368',
      '--format',
      'json',
    ])
    rmSync(folder, {recursive: true, force: true})
    expect(diff.stderr).toMatch(/holds 2 resolutions; reading 369 \(1975\), the one nearest /)
    expect(diff.status).toBeLessThan(2)
    // The page's own 369 is the same text; 368, another resolution, keeps fewer paragraphs unchanged.
    expect(JSON.parse(diff.stdout).summary.unchanged).toBeGreaterThan(JSON.parse(other.stdout).summary.unchanged)
    expect(other.stderr).toBe('')
    // Two volumes: which resolution of each is meant cannot be told.
    const refused = await runCli(['diff', 'fixtures/corpus/sc-0443-1978.en.txt', 'fixtures/corpus/sc-0368-1975.en.txt'])
    expect(refused.status).toBe(2)
    expect(refused.stderr.trim()).toBe(
      'resdiff: fixtures/corpus/sc-0443-1978.en.txt: holds 2 resolutions (440 (1978), 443 (1978)); give --pick with the number of the one to read',
    )
    const picked = await runCli([
      'align',
      'fixtures/corpus/sc-0443-1978.en.txt',
      'fixtures/corpus/sc-0443-1978.zh-hant.txt',
      '--pick',
      '443 (1978)',
      '--format',
      'json',
    ])
    expect(picked.stderr).toBe('')
    expect(JSON.parse(picked.stdout).en.counts).toMatchObject({preamble: 4, operative: 2})
  })
  it('lint checks each resolution of a volume on its own, and --pick checks one', () => {
    // 443 (1978): the OCR read footnote 53 and the comma before it as "/3" ("…dated 1 December 1978/3",
    // line 55), so its first preambular paragraph has no comma; 440 (1978), on the same page, is not at fault.
    const all = cli('lint', 'fixtures/corpus/sc-0443-1978.en.txt', '--format', 'json', '--rule', 'pdf-debris=off')
    expect(all.status).toBe(1)
    const report = JSON.parse(all.stdout) as {
      files: Array<{
        file: string
        resolution?: string
        messages: Array<{ruleId: string; line: number; message: string}>
      }>
    }
    expect(report.files.map((file) => [file.file, file.resolution])).toEqual([
      ['fixtures/corpus/sc-0443-1978.en.txt', '440 (1978)'],
      ['fixtures/corpus/sc-0443-1978.en.txt', '443 (1978)'],
    ])
    const comma = report.files[1]!.messages.find((message) => message.ruleId === 'preamble-terminal-comma')
    expect(comma).toMatchObject({line: 55})
    expect(comma!.message).toMatch(/^443 \(1978\): /)
    expect(report.files[0]!.messages.filter((message) => message.ruleId === 'preamble-terminal-comma')).toEqual([])

    const picked = cli('lint', 'fixtures/corpus/sc-0443-1978.en.txt', '--pick', '443', '--no-color')
    expect(picked.stdout).toMatch(/^55:17-55:18 +error +Unexpected `3` at the end of preambular paragraph 1/m)
    expect(picked.stdout).not.toMatch(/440/)
    const stylish = cli('lint', 'fixtures/corpus/sc-0443-1978.en.txt', '--no-color')
    expect(stylish.stdout).toMatch(/^fixtures\/corpus\/sc-0443-1978\.en\.txt \[443 \(1978\)\]$/m)

    const wrong = cli('lint', 'fixtures/corpus/ga-3379-1975.en.txt', '--pick', '3377')
    expect(wrong.status).toBe(2)
    expect(wrong.stderr.trim()).toBe(
      'resdiff: fixtures/corpus/ga-3379-1975.en.txt: no resolution 3377 in this file; it holds 3378 (XXX), 3379 (XXX), 3380 (XXX), 3381 (XXX), 3382 (XXX)',
    )
  })
})

describe('the folder paths (parse DIR, index, trace) split a volume too', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), ...args], {cwd: root, encoding: 'utf8'})
  const folder = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-volume-'))
    for (const name of ['sc-0368-1975.en.txt', 'sc-0408-1977.en.txt', 'sc-0087-1950.en.txt', 'sc-1476-2003.en.txt'])
      copyFileSync(path.join(root, 'fixtures/corpus', name), path.join(dir, name))
    return dir
  }

  it('parse DIR writes one labelled tree per resolution, and names what it could not read', () => {
    const dir = folder()
    try {
      const result = cli('parse', dir, '--no-cache', '--threads', '1')
      expect(result.status).toBe(0)
      const lines = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown> & Resolution)
      expect(lines.map((line) => [path.basename(line['file'] as string), line['resolution']])).toEqual([
        ['sc-0087-1950.en.txt', '87 (1950)'],
        ['sc-0368-1975.en.txt', '368 (1975)'],
        ['sc-0368-1975.en.txt', '369 (1975)'],
        ['sc-0408-1977.en.txt', '408 (1977)'],
        ['sc-0408-1977.en.txt', '420 (1977)'],
        ['sc-1476-2003.en.txt', undefined],
      ])
      // 369 (1975), as printed under its heading: four preambular paragraphs, then "Decides:" and its
      // lettered items (the page ends inside them; the rest is on the next page, not in the file).
      const s369 = lines[2]!
      expect(s369.meta.number).toBe('369 (1975)')
      expect(preambularParagraphs(s369).map((paragraph) => paragraph.text.split(' ').slice(0, 3).join(' '))).toEqual([
        'Having considered the',
        'Having noted the',
        'Expressing concern over',
        'Reaffirming that the',
      ])
      expect(operativeParagraphs(s369)[0]!.text).toMatch(
        /^Decides: \(a\) To call upon the parties concerned to implement immediately Security Council resolution 338/,
      )
      // 420 (1977) sits under "Reso]ution 420 (1977)" (OCR) on the same pages as 408.
      expect(preambularParagraphs(lines[4]!)[0]!.text).toMatch(/^Having considered the report of the Secretary/)
      // 88 (1950) is on the page of 87, with its French interleaved: said, not dropped in silence.
      expect(result.stderr).toMatch(/sc-0087-1950\.en\.txt: 88 \(1950\) is on the page too, but no paragraphs of it/)
      expect(result.stderr).toMatch(/sc-0408-1977\.en\.txt \(408 \(1977\), 420 \(1977\)\): a file that holds several/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('the index holds each resolution of a volume, and trace cites the one the wording is from', async () => {
    const dir = folder()
    try {
      const {index} = await indexFiles(
        ['sc-0368-1975.en.txt', 'sc-0408-1977.en.txt'].map((name) => path.join(dir, name)),
        {threads: 1},
      )
      expect(index.header.documents).toBe(4)
      // "lasting and just peace" is 369's wording (408 and 420 say "durable").
      const traced = traceText(
        index,
        'Having noted the efforts made to establish a lasting and just peace in the Middle East area and the developments in the situation in the area',
        'en',
        {top: 1},
      )
      expect(traced.matches[0]).toMatchObject({
        file: path.join(dir, 'sc-0368-1975.en.txt'),
        resolution: '369 (1975)',
        number: '369 (1975)',
        label: 'PP 2',
      })
      // 368's "Recalling its resolutions 338 (1973)…" is cited as 368, not as the file.
      const recalled = traceText(
        index,
        'Recalling its resolutions 338 (1973) of 22 October, 340 (1973) of 25 October',
        'en',
        {
          top: 1,
        },
      )
      expect(recalled.matches[0]).toMatchObject({resolution: '368 (1975)', number: '368 (1975)', label: 'PP 1'})
      index.close()
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('tracing one resolution of a volume leaves out only itself, not the others on its pages', async () => {
    const file = path.join(root, 'fixtures/corpus/sc-0408-1977.en.txt')
    const {index} = await indexFiles([file], {threads: 1})
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
    // 420 (1977) renews the mandate in 408's words: "Having noted the efforts made to establish a durable and just peace…"
    const passage = 'Having noted the efforts made to establish a durable and just peace in the Middle East area'
    const picked = traceText(index, passage, 'en', {exclude: new Set([sha256]), excludeResolution: '420 (1977)'})
    expect(picked.matches.map((match) => match.resolution)).toContain('408 (1977)')
    expect(picked.matches.map((match) => match.resolution)).not.toContain('420 (1977)')
    const whole = traceText(index, passage, 'en', {exclude: new Set([sha256])})
    expect(whole.matches).toEqual([])
    index.close()
  })

  it('index --add replaces every resolution of a volume that changed, and keeps no stale one', () => {
    const dir = folder()
    const index = path.join(dir, 'corpus.rdx')
    try {
      expect(cli('index', dir, '-o', index, '--no-cache', '--threads', '1').stderr).toMatch(/indexed 6 resolutions/)
      appendFileSync(path.join(dir, 'sc-0368-1975.en.txt'), '\n')
      const added = cli('index', '--add', dir, '-o', index, '--no-cache', '--threads', '1')
      // 87, 368, 369, 408, 420 and 1476: 88 (1950) gives no paragraphs, and 368/369 are replaced, not doubled.
      expect(added.stderr).toMatch(/indexed 6 resolutions .*; 1 read, 3 unchanged/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('a volume tree line validates against the tree schema', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'docs/schema/tree.schema.json'), 'utf8'))
    const validate = new Ajv2020.default({allErrors: true, strict: true}).compile(schema)
    const line = cli('parse', 'fixtures/corpus/sc-0368-1975.en.txt').stdout.trim().split('\n')[1]!
    expect(validate(JSON.parse(line))).toBe(true)
  })
})

describe('page numbers printed alone at a page foot are not text', () => {
  it('3377 (XXX), on the page before 3379: page number 83 sits between paragraphs 9 and 10', () => {
    // Lines 1–80 of the file: the end of 3377 (XXX), its paragraphs 4 to 13, before the heading of 3378.
    const end3377 = read('ga-3379-1975.en.txt').split('\n').slice(0, 80).join('\n')
    const operative = operativeParagraphs(parseResolution(end3377))
    expect(operative.map((paragraph) => paragraph.num)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect(operative[5]!.text).toMatch(/for the establishment of an international fund on a voluntary basis;$/)
    expect(operative[6]!.text).toMatch(/^Reiterates the call in its resolution 3057 \(XXVIII\)/)
  })
  it('369 (1975): the page number 4 at the foot is not a paragraph', () => {
    const tree = pickResolution(read('sc-0368-1975.en.txt'), '369 (1975)')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).not.toContain('4')
  })
})

describe('a resolution ends at its adoption line', () => {
  // Read from the pages: what the volume prints after the vote (a decision, a President's
  // statement, `*` between items, the next question's heading) is another act.
  const warnings = (tree: Resolution): string[] =>
    (tree.data?.warnings ?? []).filter((warning) => warning.ruleId === 'text-after-closing').map((w) => w.message)
  it('87 (1950): the vote with its abstention, not the decision of the 507th meeting after it', () => {
    const tree = pickResolution(read('sc-0087-1950.en.txt'), '87 (1950)')
    expect(conclusions(tree)).toBe(
      'Adopted at the J06th meeting by 7 votes to ,3 (China, Cuba, United States of America), with I abstention ( Egypt)',
    )
    expect(warnings(tree)).toEqual([expect.stringMatching(/“Decision”/)])
  })
  it('408 (1977): the vote, not the President’s statement; its date still read under its heading', () => {
    const tree = pickResolution(read('sc-0408-1977.en.txt'), '408 (1977)')
    expect(conclusions(tree)).toBe('Adopted at the 2010th meeting by 12 votes ta none .44')
    expect(tree.meta.adoptionDate).toBe('1977-05-26')
  })
  it('443 (1978): a second vote line (the 2100th meeting’s consensus) is another act', () => {
    const tree = pickResolution(read('sc-0443-1978.en.txt'), '443 (1978)')
    expect(conclusions(tree)).toBe('Adopted at the 2107th meeting by 14 votes to none.sf')
  })
  it('19 (1947) and 1592 (XV): a vote wrapped over three lines, a meeting and date before `*` and a Note', () => {
    const field = (name: string): string => readFileSync(path.join(root, 'fixtures/field', name), 'utf8')
    expect(conclusions(pickResolution(field('sc-0019-1947.en.txt'), '19 (1947)'))).toBe(
      'Adopted at the 114th meeting by 8 votes to none, with 3 abstentions (Poland, Syria, Union of Soviet Socialist Republics).',
    )
    expect(conclusions(pickResolution(field('ga-1514-1960.en.txt'), '1592 (XV)'))).toBe(
      '958th plenary meeting, 20 December 1960.',
    )
    // A file of one resolution from a volume page: its decisions after the vote are left out too.
    expect(conclusions(parseResolution(field('sc-0048-1948.en.txt')))).toMatch(/Soviet Socia\/ist Republics\)\.$/)
  })
})

describe('a bilingual volume read across its columns', () => {
  // 87 (1950): the OCR reads English and French lines across the two columns, more than once
  // in a line. Read from the page: the English says `…mentioned above, the Council may hear the
  // complainants,`, `…in accordance with rule 39 of the provisional rules of procedure, invite…`
  // and `(a) To defer consideration of this question until the first meeting of the Council
  // held after 15 November 1950;`.
  const tree = pickResolution(read('sc-0087-1950.en.txt'), '87 (1950)')
  it('leaves the French words of a mixed line out of the paragraph', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble[1]!.text).toMatch(/mentioned above, the Council may hear the cc,mplainants,$/)
    expect(preamble[2]!.text).toMatch(/of the provisional rules of procedure, invite representatives of the Central/)
    expect(preamble[2]!.text).not.toMatch(/representants du|Republique populaire/)
    const points = operativeParagraphs(tree)[0]!.children.find((child) => child.type === 'list')
    const first = points?.type === 'list' ? points.children[0]!.text : ''
    expect(first).toBe(
      'To defer consideration of this question until the first meeting of the Council held after 15 November 1950;',
    )
  })
})
