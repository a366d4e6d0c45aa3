import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  CorpusIndex,
  indexFiles,
  traceResolution,
  traceText,
  tracePassage,
  wordSpans,
  type TracedParagraph,
  type TraceMatch,
  type TraceOptions,
} from '../src/corpus/index.js'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {documents, parseDocument, root} from './helpers.js'

const file = (name: keyof typeof documents): string => path.join(root, documents[name])

let pastSessions: CorpusIndex
let draftTrace: TracedParagraph[]

beforeAll(async () => {
  const built = await indexFiles([file('cop62en'), file('cop83')])
  expect(built.failures).toEqual([])
  pastSessions = built.index
  draftTrace = traceResolution(pastSessions, parseDocument('cop10draft'))
})

/** `8/3 para_25` for the match and every other place holding the same text. */
function sources(traced: TracedParagraph[], eId: string): string[] {
  const paragraph = traced.find((entry) => entry.eId === eId)
  if (!paragraph) throw new Error(`no ${eId} in the trace`)
  return paragraph.matches.flatMap((match) => [match, ...match.alsoIn].map((place) => `${place.number} ${place.eId}`))
}

function paragraphsOf(tree: Resolution): Array<{eId: string; text: string}> {
  return [...preambularParagraphs(tree), ...operativeParagraphs(tree)]
}

describe('trace of the tenth-session draft against 6/2 and 8/3', () => {
  it('covers every paragraph of the draft, in document order, cited as drafters cite them', () => {
    expect(draftTrace).toHaveLength(45)
    expect(draftTrace[0]).toMatchObject({eId: 'preamble_1', label: 'PP 1'})
    expect(draftTrace[21]).toMatchObject({eId: 'para_1', label: 'OP 1'})
    const match = draftTrace.find((entry) => entry.eId === 'para_3')!.matches[0]!
    expect(match).toMatchObject({number: '8/3', eId: 'para_25', label: 'OP 25'})
  })

  it('finds the ancestors diff finds: reworded, merged and split paragraphs', () => {
    expect(sources(draftTrace, 'para_3')).toContain('8/3 para_25')
    // Draft OP 9 merges 8/3 OP 10, 12 and 13; draft OP 24 joins 8/3 OP 31 and 32.
    expect(sources(draftTrace, 'para_9')).toEqual(expect.arrayContaining(['8/3 para_10', '8/3 para_12', '8/3 para_13']))
    expect(sources(draftTrace, 'para_24')).toEqual(expect.arrayContaining(['8/3 para_31', '8/3 para_32']))
  })

  it('gives each passage with its span on both sides and the word diff of the span', () => {
    const paragraph = draftTrace.find((entry) => entry.eId === 'para_24')!
    for (const match of paragraph.matches) {
      expect(match.passages.length).toBeGreaterThan(0)
      for (const passage of match.passages) {
        expect(paragraph.text.slice(passage.draft.start, passage.draft.end)).toBe(passage.draft.text)
        expect(match.text.slice(passage.earlier.start, passage.earlier.end)).toBe(passage.earlier.text)
        expect(
          passage.diff
            .filter((change) => !change.removed)
            .map((change) => change.value)
            .join(''),
        ).toBe(passage.draft.text)
        expect(
          passage.diff
            .filter((change) => !change.added)
            .map((change) => change.value)
            .join(''),
        ).toBe(passage.earlier.text)
      }
    }
    // 8/3 OP 31 "Also requests the Secretariat to support the Working Group in the performance of its functions"
    // sits inside draft OP 24 "Requests the Secretariat to continue supporting the Working Group on Firearms in the performance of its functions, …".
    const op31 = paragraph.matches.find((match) => match.eId === 'para_31')!
    expect(op31.passages.some((passage) => passage.draft.text.includes('in the performance of its functions'))).toBe(
      true,
    )
  })

  it('gives close matches a word diff of the whole paragraphs that rebuilds the draft paragraph', () => {
    let close = 0
    for (const traced of draftTrace) {
      for (const each of traced.matches) {
        if (each.relation === 'part') {
          expect(each.words).toBeUndefined()
          continue
        }
        close++
        expect(
          each
            .words!.filter((change) => !change.removed)
            .map((change) => change.value)
            .join(''),
        ).toBe(traced.text)
      }
    }
    expect(close).toBeGreaterThan(20)
  })

  it('reports identical earlier texts once, newest first, with where the wording was first agreed', () => {
    // 8/3 OP 2 repeats 6/2 OP 2 word for word.
    const matches = draftTrace
      .flatMap((entry) => entry.matches)
      .filter((match) => match.eId === 'para_2' && match.number === '8/3')
    expect(matches.length).toBeGreaterThan(0)
    for (const match of matches) {
      expect(match.alsoIn.map((place) => `${place.number} ${place.label}`)).toEqual(['6/2 OP 2'])
      expect(match.first).toMatchObject({number: '6/2', eId: 'para_2'})
    }
  })

  it('maps each paragraph into agreed and new wording that join to its text', () => {
    for (const traced of draftTrace) {
      expect(traced.map.map((segment) => segment.text).join('')).toBe(traced.text)
      for (const segment of traced.map)
        if (segment.match !== undefined) expect(traced.matches[segment.match]).toBeDefined()
      expect(traced.words.agreed).toBeLessThanOrEqual(traced.words.total)
    }
    // Draft PP 1, "Taking into account that 2020 marks the twentieth anniversary of the adoption of the United Nations Convention …":
    // the anniversary is new, the Convention's name is agreed language.
    const anniversary = draftTrace.find((entry) =>
      entry.text.startsWith('Taking into account that 2020 marks the twentieth anniversary'),
    )!
    const fresh = anniversary.map
      .filter((segment) => segment.match === undefined)
      .map((segment) => segment.text)
      .join('')
    expect(fresh).toContain('twentieth anniversary')
    expect(fresh).not.toContain('Transnational Organized Crime')
  })

  it('reports a paragraph with no earlier passage as new language', () => {
    const fresh = draftTrace.filter((entry) => entry.new)
    expect(fresh.length).toBeGreaterThan(0)
    for (const entry of fresh) expect(entry).toMatchObject({matches: [], words: {agreed: 0}})
    expect(draftTrace.filter((entry) => !entry.new).length).toBeGreaterThan(30)
  })
})

describe('clause queries', () => {
  it('finds the trace --help example in 8/3 OP 4 and 6/2 OP 3 first', () => {
    const matches = tracePassage(
      pastSessions,
      'Urges States parties to the Firearms Protocol to harmonize their legislation',
      'en',
    )
    expect(matches.slice(0, 2).map((match) => `${match.number} ${match.label}`)).toEqual(['8/3 OP 4', '6/2 OP 3'])
  })

  it('finds a clause cut from the middle of a real paragraph first', async () => {
    const names = ['cop62en', 'cop83', 'ga7460', 'ga75241', 'ga7817', 'ga7916'] as const
    const {index} = await indexFiles(names.map(file))
    let queries = 0
    for (const name of names) {
      for (const paragraph of paragraphsOf(parseDocument(name))) {
        const spans = wordSpans(paragraph.text, 'en')
        if (spans.words.length < 30) continue
        // Ten words from the middle of the paragraph, cut at word boundaries.
        const from = Math.floor(spans.words.length / 2) - 5
        const clause = paragraph.text.slice(spans.starts[from], spans.ends[from + 9])
        const clauseWords = wordSpans(clause, 'en').words.join(' ')
        queries++
        const matches = tracePassage(index, clause, 'en')
        // The first match holds the whole clause…
        expect(matches[0]?.containment.draft, `${documents[name]} ${paragraph.eId}: ${clause}`).toBe(1)
        expect(wordSpans(matches[0]!.text, 'en').words.join(' ')).toContain(clauseWords)
        // …and the paragraph it was cut from is reported, unless at least five other texts hold it whole.
        const whole = matches.filter((match) => match.containment.draft === 1)
        const found = matches.some((match) =>
          [match, ...match.alsoIn].some((place) => place.file === file(name) && place.eId === paragraph.eId),
        )
        if (!found) expect(whole.length, `${documents[name]} ${paragraph.eId}: ${clause}`).toBe(5)
      }
    }
    expect(queries).toBeGreaterThan(40)
  })

  it('finds nothing for wording never used', () => {
    expect(
      tracePassage(
        pastSessions,
        'Welcomes the opening of seed vaults on the Moon for the benefit of future generations',
        'en',
      ),
    ).toEqual([])
  })

  it('looks up a passage shorter than a seed as a phrase', () => {
    const matches = tracePassage(pastSessions, 'Firearms Protocol', 'en')
    expect(matches.length).toBeGreaterThan(0)
    for (const match of matches) expect(match.text).toContain('Firearms Protocol')
  })
})

/** Every link `diff` makes between two versions, and whether trace reports it (in the default top 5). */
function missedLinks(
  index: CorpusIndex,
  earlierName: keyof typeof documents,
  draftName: keyof typeof documents,
): {links: number; missed: string[]} {
  const earlier = parseDocument(earlierName)
  const draft = parseDocument(draftName)
  const options: TraceOptions = {
    exclude: new Set([
      createHash('sha256')
        .update(readFileSync(file(draftName)))
        .digest('hex'),
    ]),
  }
  const date = draft.meta.adoptionDate ?? draft.meta.date
  if (date) options.before = date
  if (draft.meta.body && draft.meta.session !== undefined)
    options.session = {body: draft.meta.body, session: draft.meta.session}
  const traced = traceResolution(index, draft, options)
  const {diffResolutions} = diffModule
  let links = 0
  const missed: string[] = []
  for (const change of diffResolutions(earlier, draft).changes) {
    if (change.kind === 'added' || change.kind === 'dropped') continue
    for (const draftEId of change.new) {
      for (const earlierEId of change.old) {
        links++
        const paragraph = traced.find((entry) => entry.eId === draftEId)!
        const found = paragraph.matches.some((match: TraceMatch) =>
          [match, ...match.alsoIn].some((place) => place.file === file(earlierName) && place.eId === earlierEId),
        )
        if (!found) missed.push(`${earlierEId} → ${draftEId} (${change.kind})`)
      }
    }
  }
  return {links, missed}
}

let diffModule: typeof import('../src/diff/index.js')

describe('recall: trace finds every link diff makes', () => {
  it('on every real pair of versions in seeds/ and fixtures/', async () => {
    diffModule = await import('../src/diff/index.js')
    const names = ['cop62en', 'cop83', 'cop10draft', 'ga7460', 'ga75241', 'ga7817', 'ga7916'] as const
    const {index} = await indexFiles(names.map(file))
    const pairs = [
      ['cop62en', 'cop10draft'],
      ['cop83', 'cop10draft'],
      ['cop62en', 'cop83'],
      ['ga7460', 'ga75241'],
      ['ga7817', 'ga7916'],
    ] as const
    let total = 0
    for (const [earlier, draft] of pairs) {
      const {links, missed} = missedLinks(index, earlier, draft)
      expect(links).toBeGreaterThan(5)
      expect(missed, `${earlier} → ${draft}`).toEqual([])
      total += links
    }
    expect(total).toBeGreaterThan(120)
  })
})

describe('what counts as earlier', () => {
  it('leaves out the draft itself, a copy of it under another name, and later sessions of the same body', async () => {
    const {index} = await indexFiles([file('cop62en'), file('cop83'), file('cop10draft')])
    const draft = parseDocument('cop10draft')
    const sha256 = createHash('sha256')
      .update(readFileSync(file('cop10draft')))
      .digest('hex')
    const withDraft = traceResolution(index, draft, {exclude: new Set([sha256])})
    const without = traceResolution(pastSessions, draft)
    expect(JSON.stringify(withDraft)).toBe(JSON.stringify(without))
    // Tracing 8/3 (undated) against a corpus holding the tenth-session draft: session 10 is not earlier than 8.
    const cop83 = parseDocument('cop83')
    const traced = traceResolution(index, cop83, {session: {body: cop83.meta.body!, session: cop83.meta.session!}})
    const files = new Set(
      traced.flatMap((entry) => entry.matches.flatMap((match) => [match, ...match.alsoIn].map((place) => place.file))),
    )
    expect(files.has(file('cop10draft'))).toBe(false)
    expect(files.has(file('cop62en'))).toBe(true)
  })

  it("leaves out a document with the draft's own symbol", async () => {
    const {index} = await indexFiles([file('ga7460'), file('ga75241')])
    const draft = parseDocument('ga75241')
    const traced = traceResolution(index, draft, {excludeSymbol: draft.meta.symbol!})
    const symbols = new Set(traced.flatMap((entry) => entry.matches.map((match) => match.symbol)))
    expect([...symbols]).toEqual(['A/RES/74/60'])
  })
})

describe('stability under unrelated additions', () => {
  it('keeps every earlier match of every draft when Chinese texts and resolutions on other subjects join the corpus', async () => {
    const base = ['cop62en', 'cop83', 'ga7460', 'ga7817'] as const
    const unrelated = [
      'ga-2159-1966.en.txt',
      'ga-2159-1966.zh.txt',
      'ga-3379-1975.en.txt',
      'ga-46-86-1991.en.txt',
      'ga-48-1-1993.en.txt',
      'ga-48-7-1993.en.txt',
      'sc-0087-1950.en.txt',
      'sc-0087-1950.zh-hant.txt',
      'sc-0368-1975.en.txt',
      'sc-0368-1975.zh.txt',
      'sc-0408-1977.zh.txt',
      'sc-0443-1978.zh-hant.txt',
      'sc-0612-1988.en.txt',
      'sc-0612-1988.zh.txt',
      'sc-0821-1993.en.txt',
      'sc-0821-1993.zh.txt',
      'sc-1476-2003.en.txt',
      'sc-1476-2003.zh.txt',
      'sc-2326-2016.en.txt',
      'sc-2326-2016.zh-hant.txt',
      'sc-2446-2018.en.txt',
      'sc-2446-2018.zh.txt',
    ].map((name) => path.join(root, 'fixtures/corpus', name))
    const small = (await indexFiles(base.map(file))).index
    const grown = await indexFiles([...unrelated.slice(0, 11), ...base.map(file), ...unrelated.slice(11)])
    expect(grown.index.header.documents).toBeGreaterThan(small.header.documents + 15)
    const added = new Set(unrelated)
    const drafts = ['cop10draft', 'ga75241', 'ga7916', 'cop83'] as const
    let displaced = 0
    let compared = 0
    for (const name of drafts) {
      const draft = parseDocument(name)
      const options: TraceOptions = {top: 5}
      const before = traceResolution(small, draft, options)
      const after = traceResolution(grown.index, draft, options)
      const key = (match: TraceMatch): string =>
        `${match.file} ${match.eId} ${match.similarity} ${match.passages.map((passage) => `${passage.draft.start}-${passage.draft.end}`).join(',')}`
      before.forEach((entry, position) => {
        // The new documents' own matches set aside, the earlier matches keep their order, scores and passages.
        // Within --top, a new document that shares more of the paragraph may take the place of the weakest (docs/trace.md).
        const kept = after[position]!.matches.filter((match) => !added.has(match.file)).map(key)
        expect(kept, `${name} ${entry.eId}`).toEqual(entry.matches.map(key).slice(0, kept.length))
        if (after[position]!.matches.length < 5) expect(kept).toHaveLength(entry.matches.length)
        displaced += entry.matches.length - kept.length
        compared += entry.matches.length
      })
    }
    // Few earlier matches make room for new ones at all.
    expect(displaced / compared).toBeLessThan(0.1)
  })
})

describe('Chinese', () => {
  it('traces a Chinese passage to the Chinese text only, segmenting words', async () => {
    const {index} = await indexFiles([file('cop62en'), file('cop62zh')])
    const chinese = parseDocument('cop62zh')
    const paragraph = paragraphsOf(chinese).find((entry) => entry.text.endsWith('；'))!
    const edited = paragraph.text.replace(/；$/u, '，并请其报告；')
    expect(edited).not.toBe(paragraph.text)
    const traced = traceText(index, edited, 'zh')
    expect(traced.matches[0]).toMatchObject({number: '6/2', eId: paragraph.eId, relation: 'close'})
    expect(traced.matches.every((match) => match.file.endsWith('.zh.txt'))).toBe(true)
    expect(
      traced.matches[0]!.words!.filter((change) => !change.removed)
        .map((change) => change.value)
        .join(''),
    ).toBe(edited)
    // The added clause is the new wording of the map.
    expect(
      traced.map
        .filter((segment) => segment.match === undefined)
        .map((segment) => segment.text)
        .join(''),
    ).toContain('并请其报告')
  })

  it('finds a Chinese clause from the middle of a Chinese paragraph', async () => {
    const {index} = await indexFiles([file('cop62en'), file('cop62zh')])
    const chinese = parseDocument('cop62zh')
    const long = paragraphsOf(chinese).filter((paragraph) => wordSpans(paragraph.text, 'zh').words.length >= 30)
    expect(long.length).toBeGreaterThan(5)
    for (const paragraph of long) {
      const spans = wordSpans(paragraph.text, 'zh')
      const from = Math.floor(spans.words.length / 2) - 5
      const clause = paragraph.text.slice(spans.starts[from], spans.ends[from + 9])
      const matches = tracePassage(index, clause, 'zh')
      expect(matches[0]?.containment.draft, clause).toBe(1)
      expect(matches[0]!.text).toContain(clause)
    }
  })
})

describe('determinism', () => {
  it('gives identical traces with and without the cache, and across runs', async () => {
    const {mkdtempSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'resdiff-trace-cache-'))
    const files = [file('cop62en'), file('cop83'), file('ga7460'), file('ga75241')]
    const draft = parseResolution(readFileSync(file('cop10draft'), 'utf8'))
    const once = JSON.stringify(traceResolution((await indexFiles(files)).index, draft))
    expect(JSON.stringify(traceResolution((await indexFiles(files, {cacheDir})).index, draft))).toBe(once)
    expect(JSON.stringify(traceResolution((await indexFiles(files, {cacheDir})).index, draft))).toBe(once)
  })
})
