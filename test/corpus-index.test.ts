import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  CorpusIndex,
  IndexBuilder,
  IndexError,
  orderSeries,
  serializeIndex,
  writeIndexFile,
  type DocumentDigest,
  type DocumentSummary
} from '../src/corpus/index.js'
import {hashShingle, shingleHashes} from '../src/corpus/shingle-hash.js'
import type {Resolution, ResolutionMeta} from '../src/tree/types.js'

function digest(document: Omit<DocumentSummary, 'sha256' | 'lang' | 'stage'>, texts: string[]): DocumentDigest {
  return {
    document: {sha256: document.file, lang: 'en', stage: 'adopted', ...document},
    paragraphs: texts.map((text, index) => ({eId: `para_${index + 1}`, section: 'operative' as const, leadingPhrase: text.split(' ')[0]!, text, shingles: shingleHashes(text, 'en')}))
  }
}

const agreed = 'Requests the Secretariat to continue supporting the Working Group on Firearms in the performance of its functions;'

function smallIndex(): IndexBuilder {
  const builder = new IndexBuilder()
  builder.add(digest({file: 'a.txt', number: '8/3', session: 8}, [agreed, 'Decides to remain seized of the matter.']))
  builder.add(digest({file: 'b.txt', number: '9/2', session: 9}, ['Welcomes the report of the Working Group.', agreed]))
  return builder
}

describe('IndexBuilder', () => {
  it('stores identical paragraphs once, with every place they occur', () => {
    const data = smallIndex().finish()
    expect(data.header).toMatchObject({documents: 2, paragraphs: 4, texts: 3, hashBits: 32, shingleSize: 3})
    const index = CorpusIndex.fromData(data)
    expect(index.text(0)).toEqual({lang: 'en', text: agreed, occurrences: [[1, 'para_2', 'operative', 'Requests'], [0, 'para_1', 'operative', 'Requests']]})
    expect([index.document(0).number, index.document(1).number]).toEqual(['8/3', '9/2'])
  })

  it('posts each shingle to the distinct texts that hold it', () => {
    const index = CorpusIndex.fromData(smallIndex().finish())
    const workingGroup = hashShingle('the working group')
    expect([...index.postings(workingGroup)]).toEqual([0, 2])
    expect(index.documentFrequency(workingGroup)).toBe(2)
    expect(index.documentFrequency(hashShingle('remain seized of'))).toBe(1)
    expect(index.documentFrequency(hashShingle('not in any paragraph'))).toBe(0)
    expect(index.postings(hashShingle('not in any paragraph'))).toHaveLength(0)
  })

  it('writes the same bytes for the same corpus, and reads back what it wrote', () => {
    const bytes = serializeIndex(smallIndex().finish())
    expect(serializeIndex(smallIndex().finish()).equals(bytes)).toBe(true)
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-index-'))
    const file = path.join(dir, 'corpus.rdx')
    writeIndexFile(file, smallIndex().finish())
    expect(readFileSync(file).equals(bytes)).toBe(true)
    const index = CorpusIndex.open(file)
    expect(index.header.texts).toBe(3)
    expect(index.text(2).text).toBe('Welcomes the report of the Working Group.')
    expect([...index.postings(hashShingle('the working group'))]).toEqual([0, 2])
    index.close()
  })

  it('refuses a file that is not an index, and a truncated one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-index-'))
    const text = path.join(dir, 'resolution.txt')
    writeFileSync(text, 'Recalling its resolution 5/4 of 22 October 2010,\n')
    expect(() => CorpusIndex.open(text)).toThrow(`${text}: not a resdiff index`)
    const truncated = path.join(dir, 'truncated.rdx')
    const bytes = serializeIndex(smallIndex().finish())
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 200))
    expect(() => CorpusIndex.open(truncated)).toThrow(IndexError)
  })
})

function tree(meta: Partial<ResolutionMeta>): Resolution {
  return {type: 'resolution', lang: 'en', meta: {sponsors: [], stage: 'adopted', ...meta}, children: [], data: {layout: 'blocks', warnings: []}}
}

describe('orderSeries', () => {
  it('orders by session, then date, then number, never by the order given', () => {
    const tenth = tree({session: 10, date: '2020-10-09', stage: 'draft'})
    const sixth = tree({number: '6/2', session: 6})
    const eighth = tree({number: '8/3'})
    expect(orderSeries([tenth, eighth, sixth])).toEqual([sixth, eighth, tenth])
  })

  it('uses the date when sessions are missing and the number when dates tie', () => {
    const later = tree({symbol: 'A/RES/75/241', date: '2020-12-31'})
    const earlier = tree({symbol: 'A/RES/74/60', date: '2019-12-12'})
    const b = tree({number: '75/242', date: '2020-12-31'})
    expect(orderSeries([later, b, earlier])).toEqual([earlier, later, b])
  })

  it('keeps the given order for texts that say nothing about when they were adopted', () => {
    const first = tree({title: 'one'})
    const second = tree({title: 'two'})
    expect(orderSeries([first, second])).toEqual([first, second])
  })
})
