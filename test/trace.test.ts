import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  CorpusIndex,
  IndexBuilder,
  indexFiles,
  serializeIndex,
  tracePassage,
  traceResolution,
  type TracedParagraph,
  type TraceMatch
} from '../src/corpus/index.js'
import {shingleHashes} from '../src/corpus/shingle-hash.js'
import {diffResolutions} from '../src/diff/index.js'
import {documents, parseDocument, root} from './helpers.js'

const file = (name: keyof typeof documents): string => path.join(root, documents[name])

let pastSessions: CorpusIndex
let draftTrace: TracedParagraph[]

beforeAll(async () => {
  const {data, failures} = await indexFiles([file('cop62en'), file('cop83')])
  expect(failures).toEqual([])
  pastSessions = CorpusIndex.fromData(data)
  draftTrace = traceResolution(pastSessions, parseDocument('cop10draft'))
})

function sources(traced: TracedParagraph[], eId: string): string[] {
  const paragraph = traced.find((entry) => entry.eId === eId)
  if (!paragraph) throw new Error(`no ${eId} in the trace`)
  return paragraph.matches.map((match) => `${match.number} ${match.eId}`)
}

describe('trace of the tenth-session draft against 6/2 and 8/3', () => {
  it('covers every paragraph of the draft, in document order', () => {
    expect(draftTrace).toHaveLength(45)
    expect(draftTrace[0]!.eId).toBe('preamble_1')
    expect(draftTrace[21]!.eId).toBe('para_1')
  })

  it('finds the ancestors diff finds: reworded, merged and split paragraphs', () => {
    expect(sources(draftTrace, 'para_3')).toContain('8/3 para_25')
    expect(sources(draftTrace, 'para_9')).toEqual(expect.arrayContaining(['8/3 para_10', '8/3 para_12', '8/3 para_13']))
    expect(sources(draftTrace, 'para_24')).toEqual(expect.arrayContaining(['8/3 para_31', '8/3 para_32']))
  })

  it('finds every ancestor diff links with some confidence, from 8/3 and from 6/2', () => {
    for (const [number, name] of [['8/3', 'cop83'], ['6/2', 'cop62en']] as const) {
      const diff = diffResolutions(parseDocument(name), parseDocument('cop10draft'))
      const links = diff.changes.filter((change) => change.kind !== 'added' && change.kind !== 'dropped')
      expect(links.length).toBeGreaterThan(5)
      // Below 0.4, diff links paragraphs rewritten in place through their position, which trace does not see.
      for (const change of links.filter((link) => (link.similarity ?? 0) >= 0.4)) {
        for (const draftEId of change.new) {
          for (const ancestor of change.old) expect(sources(draftTrace, draftEId)).toContain(`${number} ${ancestor}`)
        }
      }
    }
  })

  it('gives the similarity and a word diff that rebuilds the draft paragraph', () => {
    const paragraph = draftTrace.find((entry) => entry.eId === 'para_3')!
    const match = paragraph.matches.find((entry) => entry.eId === 'para_25')!
    expect(match).toMatchObject({number: '8/3', section: 'operative', relation: 'close'})
    expect(match.similarity).toBeGreaterThan(0.8)
    expect(match.words.some((change) => change.added)).toBe(true)
    for (const traced of draftTrace) {
      for (const each of traced.matches) {
        expect(each.words.filter((change) => !change.removed).map((change) => change.value).join('')).toBe(traced.text)
      }
    }
  })

  it('puts the newest first among equally similar matches', () => {
    // The same paragraph was agreed in 6/2 and again in 8/3.
    const matches = draftTrace.find((entry) => entry.eId === 'para_2')!.matches
    expect(matches.slice(0, 2).map((match) => match.number)).toEqual(['8/3', '6/2'])
    expect(matches[0]!.similarity).toBe(matches[1]!.similarity)
    for (const traced of draftTrace) {
      const similarities = traced.matches.map((match) => match.similarity)
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a))
    }
  })

  it('reports a paragraph with no ancestor as new language', () => {
    const anniversary = draftTrace.find((entry) => entry.text.startsWith('Taking into account that 2020 marks the twentieth anniversary'))!
    expect(anniversary).toMatchObject({new: true, matches: []})
    expect(draftTrace.filter((entry) => entry.new).length).toBeGreaterThan(0)
    expect(draftTrace.filter((entry) => !entry.new).length).toBeGreaterThan(15)
  })

  it('does not take shared boilerplate (the Protocol title) for an ancestor', () => {
    const recalling = draftTrace.find((entry) => entry.eId === 'preamble_3')!
    expect(recalling.matches.map((match: TraceMatch) => `${match.number} ${match.eId}`)).toEqual(['8/3 preamble_3'])
  })
})

describe('trace of 8/3 against 6/2', () => {
  it('finds 6/2 preambular paragraph 1 behind 8/3 preambular paragraphs 1 and 6', async () => {
    const {data} = await indexFiles([file('cop62en')])
    const traced = traceResolution(CorpusIndex.fromData(data), parseDocument('cop83'))
    expect(sources(traced, 'preamble_1')).toContain('6/2 preamble_1')
    expect(sources(traced, 'preamble_6')).toContain('6/2 preamble_1')
  })
})

describe('tracePassage', () => {
  it('answers for one passage, and finds nothing for wording never used', () => {
    const passage = 'Requests the Secretariat to continue supporting the Working Group on Firearms in the performance of its functions'
    const matches = tracePassage(pastSessions, passage, 'en')
    expect(matches[0]).toMatchObject({number: '8/3', eId: 'para_31'})
    expect(tracePassage(pastSessions, 'Welcomes the opening of seed vaults on the Moon for the benefit of future generations', 'en')).toEqual([])
  })

  it('finds an exact paragraph even when the candidate search may read only a few postings', () => {
    const paragraph = parseDocument('cop83')
    const text = paragraph.children.flatMap((node) => (node.type === 'mainBody' ? node.children : []))[24]!.text
    const matches = tracePassage(pastSessions, text, 'en', {postingBudget: 1})
    expect(matches[0]).toMatchObject({number: '8/3', eId: 'para_25', similarity: 1})
  })

  it('leaves out documents dated after the draft and the excluded files', () => {
    const builder = new IndexBuilder()
    const text = 'Decides to convene an open-ended intergovernmental expert meeting on firearms trafficking in Vienna'
    const paragraph = {eId: 'para_1', section: 'operative' as const, text, shingles: shingleHashes(text, 'en')}
    builder.add({document: {file: 'old.txt', sha256: 'old', lang: 'en', stage: 'adopted', date: '2016-10-21'}, paragraphs: [paragraph]})
    builder.add({document: {file: 'new.txt', sha256: 'new', lang: 'en', stage: 'adopted', date: '2022-10-21'}, paragraphs: [paragraph]})
    const index = CorpusIndex.fromData(builder.finish())
    expect(tracePassage(index, text, 'en').map((match) => match.file)).toEqual(['new.txt', 'old.txt'])
    expect(tracePassage(index, text, 'en', {before: '2020-10-09'}).map((match) => match.file)).toEqual(['old.txt'])
    expect(tracePassage(index, text, 'en', {exclude: new Set(['old'])}).map((match) => match.file)).toEqual(['new.txt'])
  })
})

describe('Chinese', () => {
  it('traces a Chinese passage to the Chinese text only, segmenting words', async () => {
    const {data} = await indexFiles([file('cop62en'), file('cop62zh')])
    const index = CorpusIndex.fromData(data)
    const chinese = parseDocument('cop62zh')
    const paragraph = chinese.children.flatMap((node) => (node.type === 'mainBody' ? node.children : []))[3]!
    const edited = paragraph.text.replace(/；$/u, '，并请其报告；')
    expect(edited).not.toBe(paragraph.text)
    const matches = tracePassage(index, edited, 'zh')
    expect(matches[0]).toMatchObject({number: '6/2', eId: paragraph.eId, relation: 'close'})
    expect(matches.every((match) => match.file.endsWith('.zh.txt'))).toBe(true)
    expect(matches[0]!.words.filter((change) => !change.removed).map((change) => change.value).join('')).toBe(edited)
  })
})

describe('determinism', () => {
  it('gives identical indexes and traces with and without the cache, and across runs', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'resdiff-trace-cache-'))
    const files = [file('cop62en'), file('cop83'), file('ga7460'), file('ga75241')]
    const uncached = await indexFiles(files)
    const filling = await indexFiles(files, {cacheDir})
    const cached = await indexFiles(files, {cacheDir})
    const bytes = serializeIndex(uncached.data)
    expect(serializeIndex(filling.data).equals(bytes)).toBe(true)
    expect(serializeIndex(cached.data).equals(bytes)).toBe(true)
    const draft = parseDocument('cop10draft')
    const once = JSON.stringify(traceResolution(CorpusIndex.fromData(uncached.data), draft))
    expect(JSON.stringify(traceResolution(CorpusIndex.fromData(cached.data), draft))).toBe(once)
    expect(JSON.stringify(traceResolution(CorpusIndex.fromData(uncached.data), draft))).toBe(once)
  })
})
