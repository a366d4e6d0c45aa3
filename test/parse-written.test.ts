// How things are written, kept in the tree for lint (issue 10): the sub-item markers that open
// lines, in sequence or not, and how each footnote is called. Facts read from the documents.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs} from '../src/tree/access.js'

const parse = (file: string) => parseResolution(readFileSync(file, 'utf8'))

describe('item markers that open lines', () => {
  it('are kept with their lines, as S/RES/2250 (2015) sets out operative 2 and 17', () => {
    const tree = parse('fixtures/field/sc-2250-2015.en.txt')
    const marked = operativeParagraphs(tree).filter((paragraph) => paragraph.itemMarkers)
    expect(marked.map((paragraph) => paragraph.eId)).toEqual(['para_2', 'para_17'])
    const lines = (index: number) =>
      marked[index]!.itemMarkers!.map((marker) => `(${marker.label}) line ${marker.position.start.line}`)
    expect(lines(0)).toEqual(['(a) line 119', '(b) line 121', '(c) line 124'])
    expect(lines(1)).toEqual(['(a) line 227', '(b) line 232', '(c) line 235'])
  })

  it('keep a marker out of sequence, which the list of points leaves out', () => {
    const tree = parse('src/lint/rules/point-numbering/not-ok.en.txt')
    const paragraph = operativeParagraphs(tree).find((candidate) => candidate.itemMarkers)!
    expect(paragraph.itemMarkers!.map((marker) => marker.label)).toEqual(['a', 'c', 'd'])
  })

  it('are absent where no line opens with one', () => {
    const tree = parse('fixtures/ga-78-17.en.txt')
    expect(operativeParagraphs(tree).some((paragraph) => paragraph.itemMarkers)).toBe(false)
  })
})

describe('how each footnote is called', () => {
  it('by the masthead: the tenth-session draft flags its agenda item with *', () => {
    const notes = footnotes(parse('seeds/cop-10-draft-mexico.en.txt'))
    expect(notes[0]).toMatchObject({marker: '*', calledBy: 'masthead'})
    expect(notes.slice(1).every((note) => note.calledBy === 'marker')).toBe(true)
  })

  it('not at all: footnote 9 of 8/3 lost its marker in the conversion from PDF', () => {
    const notes = footnotes(parse('seeds/cop-8-3.en.md'))
    expect(notes.find((note) => note.marker === '9')?.calledBy).toBeUndefined()
    expect(notes.filter((note) => note.marker !== '9').every((note) => note.calledBy === 'marker')).toBe(true)
  })
})
