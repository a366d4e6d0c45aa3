// The four reporters on a small hand-made tree: whole outputs, and the JSON and SARIF
// documents validated against their schemas (SARIF's is the official 2.1.0 schema, vendored).
import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import draft04 from 'ajv-draft-04'
import formats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  lintResolution,
  lintRules,
  resolveSeverities,
} from '../src/lint/index.js'
import {escapeData, escapeProperty} from '../src/lint/reporters/github.js'
import {TreeBuilder} from './helpers/lint-tree.js'

// CommonJS packages that also set `exports.default`: TypeScript (NodeNext) types the default import as the module.
const AjvDraft04 = draft04.default
const addFormats = formats.default

const source = 'The General Assembly,\n\nRecalling a,\n\n1. *Decides* b;\n\n3. Urges c  d;\n\n4. *Requests* e.\n'

function linted(path = 'drafts/l.5.en.txt'): VFile {
  const b = new TreeBuilder(source)
  const tree = b.resolution({
    formula: 'The General Assembly,',
    preamble: [b.preambular(1, 'Recalling a,', b.phrase('Recalling'))],
    operative: [
      b.operative(1, 1, '1. *Decides* b;', b.phrase('Decides', {emphasized: true})),
      b.operative(2, 3, '3. Urges c  d;', b.phrase('Urges')),
      b.operative(3, 4, '4. *Requests* e.', b.phrase('Requests', {emphasized: true})),
    ],
  })
  return lintResolution(tree, source, {path})
}

describe('json reporter', () => {
  it('writes resdiff/lint@1, valid against docs/schema/lint.schema.json', () => {
    const text = formatJson([linted()])
    expect(JSON.parse(text)).toEqual({
      schema: 'resdiff/lint@1',
      files: [
        {
          file: 'drafts/l.5.en.txt',
          errors: 1,
          warnings: 2,
          messages: [
            {
              ruleId: 'operative-numbering',
              severity: 'error',
              message: 'Unexpected operative paragraph number 3 (a gap after 1), expected 2',
              line: 7,
              column: 1,
              endLine: 7,
              endColumn: 2,
            },
            {
              ruleId: 'leading-phrase-emphasis',
              severity: 'warning',
              message:
                'Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 2 operative paragraphs',
              line: 7,
              column: 4,
              endLine: 7,
              endColumn: 9,
            },
            {
              ruleId: 'doubled-space',
              severity: 'warning',
              message: 'Unexpected 2 spaces between words, expected 1',
              line: 7,
              column: 11,
              endLine: 7,
              endColumn: 13,
            },
          ],
        },
      ],
      summary: {files: 1, errors: 1, warnings: 2},
    })
    const ajv = new Ajv({strict: true, allErrors: true})
    const validate = ajv.compile(JSON.parse(readFileSync('docs/schema/lint.schema.json', 'utf8')))
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true)
    expect(formatJson([linted()])).toBe(text)
  })
})

describe('sarif reporter', () => {
  const sarifSchema = JSON.parse(readFileSync('test/schemas/sarif-2.1.0.json', 'utf8'))
  // The schema's `language` pattern is not valid with the u flag (a stray `]`); read it as JavaScript without u does.
  const ajv = new AjvDraft04({allErrors: true, strict: false, unicodeRegExp: false})
  addFormats(ajv)
  const validate = ajv.compile(sarifSchema)

  it('writes a SARIF 2.1.0 log that the official schema accepts', () => {
    const log = JSON.parse(
      formatSarif([linted(), linted('other dir/ünïcode.txt')], {
        rules: lintRules,
        severities: resolveSeverities(lintRules),
        version: '0.1.0',
      }),
    )
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('resdiff')
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(lintRules.map((rule) => rule.id))
    expect(run.artifacts).toEqual([
      {location: {uri: 'drafts/l.5.en.txt'}},
      {location: {uri: 'other%20dir/%C3%BCn%C3%AFcode.txt'}},
    ])
    expect(run.results[0]).toEqual({
      ruleId: 'operative-numbering',
      ruleIndex: lintRules.findIndex((rule) => rule.id === 'operative-numbering'),
      level: 'error',
      message: {text: 'Unexpected operative paragraph number 3 (a gap after 1), expected 2'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'drafts/l.5.en.txt', index: 0},
            region: {startLine: 7, startColumn: 1, endLine: 7, endColumn: 2},
          },
        },
      ],
    })
    expect(run.results).toHaveLength(6)
  })

  it('is rejected by the schema when it is broken (the test can fail)', () => {
    const log = JSON.parse(
      formatSarif([linted()], {rules: lintRules, severities: resolveSeverities(lintRules), version: '0.1.0'}),
    )
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('lists only enabled rules, with their configured level', () => {
    const severities = resolveSeverities(
      lintRules,
      new Map([
        ['doubled-space', 'off'],
        ['leading-phrase-emphasis', 'error'],
      ] as const),
    )
    const log = JSON.parse(formatSarif([linted()], {rules: lintRules, severities, version: '0.1.0'}))
    const ids = log.runs[0].tool.driver.rules.map((rule: {id: string}) => rule.id)
    expect(ids).not.toContain('doubled-space')
    const emphasis = log.runs[0].tool.driver.rules.find((rule: {id: string}) => rule.id === 'leading-phrase-emphasis')
    expect(emphasis.defaultConfiguration).toEqual({level: 'error'})
  })
})

describe('github reporter', () => {
  it('writes one workflow command per message', () => {
    expect(formatGithub([linted()])).toBe(
      [
        '::error file=drafts/l.5.en.txt,line=7,endLine=7,col=1,endColumn=2,title=resdiff operative-numbering::Unexpected operative paragraph number 3 (a gap after 1), expected 2 (operative-numbering)',
        '::warning file=drafts/l.5.en.txt,line=7,endLine=7,col=4,endColumn=9,title=resdiff leading-phrase-emphasis::Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 2 operative paragraphs (leading-phrase-emphasis)',
        '::warning file=drafts/l.5.en.txt,line=7,endLine=7,col=11,endColumn=13,title=resdiff doubled-space::Unexpected 2 spaces between words, expected 1 (doubled-space)',
        '',
      ].join('\n'),
    )
  })

  it('escapes as GitHub requires', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('dir:x/a,b%.txt')).toBe('dir%3Ax/a%2Cb%25.txt')
    expect(formatGithub([linted('a,b:c.txt')]).split('\n')[0]).toMatch(/^::error file=a%2Cb%3Ac\.txt,line=7,/u)
  })
})

describe('stylish reporter', () => {
  it('is vfile-reporter, without colour when asked', () => {
    expect(formatStylish([linted()], {color: false})).toMatchInlineSnapshot(`
      "drafts/l.5.en.txt
      7:1-7:2   error   Unexpected operative paragraph number 3 (a gap after 1), expected 2                                                              operative-numbering     resdiff
      7:4-7:9   warning Unexpected roman \`Urges\` in operative paragraph 3, expected the leading phrase in italics as in the other 2 operative paragraphs leading-phrase-emphasis resdiff
      7:11-7:13 warning Unexpected 2 spaces between words, expected 1                                                                                    doubled-space           resdiff

      3 messages (✖ 1 error, ⚠ 2 warnings)
      "
    `)
  })
})
