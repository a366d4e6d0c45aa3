import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {SaxesParser} from 'saxes'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCli, type CliRun} from './helpers/cli.js'
import {displayWidth} from '../src/bilingual/width.js'
import {readDocument, root} from './helpers.js'

const en = path.join(root, 'seeds/cop-6-2.en.txt')
const zh = path.join(root, 'seeds/cop-6-2.zh.txt')
let dir: string

function run(...args: string[]): Promise<CliRun> {
  return runCli(['align', ...args], {env: {NO_COLOR: '1'}})
}

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** Parse XML strictly (saxes throws on anything not well-formed) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({xmlns: false})
  const stack: XmlElement[] = [{name: '#document', attributes: {}, children: [], text: ''}]
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    }
    stack.at(-1)?.children.push(element)
    stack.push(element)
  })
  parser.on('text', (text) => {
    const current = stack.at(-1)
    if (current) current.text += text
  })
  parser.on('closetag', () => void stack.pop())
  parser.write(xml).close()
  const root = stack[0]?.children[0]
  if (!root) throw new Error('no root element')
  return root
}

const child = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element?.children.filter((item) => item.name === name) ?? []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-align-'))
})

describe('resdiff align', () => {
  it('prints the two languages side by side and exits 0 when aligned with no findings', async () => {
    const result = await run(en, zh, '--width', '100')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // Pairs are named as drafters cite them (PP 1, OP 12 (a)); the JSON keeps the eIds.
    expect(result.stdout).toContain('PP 1 ↔ PP 1  1-1')
    expect(result.stdout).toContain('OP 12 (a) ↔ OP 12 (a)  1-1')
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('39 pairs (39 1-1): aligned, no findings')
    // Wrapped by display width: a Chinese character takes two columns.
    for (const line of result.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100)
    const row = result.stdout.split('\n').find((line) => line.startsWith('Recalling the functions'))
    expect(row).toBeDefined()
    expect(displayWidth((row ?? '').split(' │ ')[0] ?? '')).toBe(Math.floor((100 - 3) / 2))
  })

  it('puts the first file on the left: Chinese to English is the mirror', async () => {
    const result = await run(zh, en, '--width', '100')
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n').find((line) => line.startsWith('回顾《联合国打击'))).toContain(
      ' │ Recalling the functions',
    )
  })

  it('writes resdiff/align@1 JSON that validates against the schema', async () => {
    const result = await run(en, zh, '--format', 'json')
    expect(result.status).toBe(0)
    const document = JSON.parse(result.stdout) as {schema: string; findings: number; pairs: unknown[]}
    const schema = JSON.parse(readFileSync(path.join(root, 'docs/schema/align.schema.json'), 'utf8')) as object
    const validate = new Ajv({allErrors: true, strict: true}).compile(schema)
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect(document).toMatchObject({schema: 'resdiff/align@1', findings: 0})
    expect(document.pairs).toHaveLength(39)
    expect((await run(en, zh, '--format', 'json')).stdout).toBe(result.stdout)
  })

  it('exits 1 with the finding under its pair when the texts differ', async () => {
    const mutated = path.join(dir, 'cop-6-2.changed.zh.txt')
    writeFileSync(mutated, readDocument('cop62zh').replace('A/60/88', 'A/60/89'))
    const result = await run(en, mutated, '--width', '120')
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    const heading = lines.findIndex((line) => line.startsWith('Note 4 ↔ Note 4'))
    const finding = lines.findIndex((line) =>
      line.includes('✗ error symbol The symbol differs: “A/60/88” in English, “A/60/89” in Chinese'),
    )
    expect(heading).toBeGreaterThan(0)
    expect(finding).toBeGreaterThan(heading)
    expect(lines.at(-2)).toBe('39 pairs (39 1-1): 1 finding (1 error, 0 warnings)')
    const json = JSON.parse((await run(en, mutated, '--format', 'json')).stdout) as {findings: number}
    expect(json.findings).toBe(1)
    const only = await run(en, mutated, '--width', '120', '--findings-only')
    expect(only.status).toBe(1)
    expect(only.stdout.split('\n').filter((line) => line.includes(' ↔ '))).toEqual([
      'Note 4 ↔ Note 4  1-1  score 0.971',
    ])
  })

  it('--findings-only keeps only the flagged pair in JSON, opens the page on it, and refuses TMX', async () => {
    const mutated = path.join(dir, 'cop-6-2.findings-only.zh.txt')
    // One symbol changed in the Chinese notes: the only pair that must be flagged is that note's.
    writeFileSync(mutated, readDocument('cop62zh').replace('A/60/88', 'A/60/89'))
    const json = await run(en, mutated, '--format', 'json', '--findings-only')
    expect(json.status).toBe(1)
    const document = JSON.parse(json.stdout) as {
      findings: number
      summary: {pairs: number}
      pairs: Array<{en: string[]; zh: string[]}>
    }
    expect(document.pairs.map((pair) => [pair.en, pair.zh])).toEqual([[['fn_4'], ['fn_4']]])
    // The summary still counts the whole alignment.
    expect(document.summary.pairs).toBe(39)
    expect(document.findings).toBe(1)
    const page = (await run(en, mutated, '--format', 'html', '--findings-only')).stdout
    expect(page).toMatch(/<input type="radio" name="show" value="finding"[^>]* checked>/)
    const plain = (await run(en, mutated, '--format', 'html')).stdout
    expect(plain).toMatch(/<input type="radio" name="show" value="all"[^>]* checked>/)
    const tmx = await run(en, mutated, '--format', 'tmx', '--findings-only')
    expect(tmx.status).toBe(2)
    expect(tmx.stdout).toBe('')
    expect(tmx.stderr).toBe(
      'resdiff: --findings-only does not apply to --format tmx: a translation memory holds every paired paragraph\n',
    )
  })

  it('writes well-formed TMX 1.4b that parses back to the pairs', async () => {
    const result = await run(en, zh, '--format', 'tmx')
    expect(result.status).toBe(0)
    const tmx = parseXml(result.stdout)
    expect(tmx.name).toBe('tmx')
    expect(tmx.attributes['version']).toBe('1.4')
    const header = child(tmx, 'header')[0]
    expect(header?.attributes).toMatchObject({
      segtype: 'paragraph',
      srclang: 'en',
      datatype: 'plaintext',
      creationtool: 'resdiff',
      adminlang: 'en',
      'o-tmf': 'resdiff',
    })
    const units = child(child(tmx, 'body')[0], 'tu')
    expect(units).toHaveLength(39)
    const first = units[1]
    const variants = child(first, 'tuv')
    expect(variants.map((variant) => variant.attributes['xml:lang'])).toEqual(['en', 'zh-CN'])
    expect(
      variants.map((variant) => child(variant, 'prop').map((prop) => `${prop.attributes['type']}=${prop.text}`)),
    ).toEqual([
      ['x-eId=preamble_1', 'x-symbol=6/2'],
      ['x-eId=preamble_1', 'x-symbol=6/2'],
    ])
    expect(child(variants[0], 'seg')[0]?.text).toMatch(
      /^Recalling the functions assigned to it in article 32 .* ammunition,$/,
    )
    expect(child(variants[1], 'seg')[0]?.text).toMatch(/^回顾《联合国打击跨国有组织犯罪公约》第32条.*有增无己，$/)
  })

  it('escapes markup characters in TMX and sets srclang from the first file', async () => {
    const withMarkup = path.join(dir, 'markup.zh.txt')
    writeFileSync(withMarkup, readDocument('cop62zh').replace('担忧枪支', '担忧<枪支> & "枪支"'))
    const result = await run(withMarkup, en, '--format', 'tmx')
    const tmx = parseXml(result.stdout)
    expect(child(tmx, 'header')[0]?.attributes['srclang']).toBe('zh-CN')
    const segments = child(child(tmx, 'body')[0], 'tu').flatMap((unit) =>
      child(unit, 'tuv').flatMap((variant) => child(variant, 'seg')),
    )
    expect(segments.some((segment) => segment.text.startsWith('担忧<枪支> & "枪支"'))).toBe(true)
  })

  it('labels a Chinese text in traditional characters zh-TW in TMX, not zh-CN (simplified)', async () => {
    // S/RES/2326 (2016) as copied from the web in traditional characters: 安全理事會, 決議.
    const hant = path.join(root, 'fixtures/corpus/sc-2326-2016.zh-hant.txt')
    expect(readFileSync(hant, 'utf8')).toContain('安全理事會')
    const result = await run(hant, path.join(root, 'fixtures/corpus/sc-2326-2016.en.txt'), '--format', 'tmx')
    const tmx = parseXml(result.stdout)
    expect(child(tmx, 'header')[0]?.attributes['srclang']).toBe('zh-TW')
    const languages = child(child(tmx, 'body')[0], 'tu').flatMap((unit) =>
      child(unit, 'tuv').map((variant) => variant.attributes['xml:lang']),
    )
    expect(new Set(languages)).toEqual(new Set(['zh-TW', 'en']))
  })

  it('has --help with examples and exit codes', async () => {
    const result = await run('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('$ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt')
    expect(result.stdout).toContain('Exit codes: 0 aligned with no findings, 1 findings, 2 trouble')
  })

  it('exits 2 with one sentence on trouble', async () => {
    const cases: string[][] = [
      [en, path.join(dir, 'missing.txt')],
      [en, dir],
      [en, en],
      [en, zh, '--format', 'xml'],
      [en, zh, '--width', 'wide'],
      [en],
    ]
    const empty = path.join(dir, 'empty.txt')
    writeFileSync(empty, '')
    cases.push([empty, zh])
    for (const args of cases) {
      const result = await run(...args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^(resdiff: |error: )/)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    expect((await run(en, en)).stderr).toBe(
      `resdiff: ${en}, ${en}: align pairs an English and a Chinese text; these are English and English\n`,
    )
  })
})
