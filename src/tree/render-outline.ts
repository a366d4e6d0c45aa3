import {footnotes, formula, operativeParagraphs, pointList, preambularParagraphs} from './access.js'
import {paragraphLabel} from './labels.js'
import type {Resolution} from './types.js'

const firstWordsLength = 60

/** A readable summary of a tree: metadata, then one line per paragraph. */
export function renderOutline(tree: Resolution, file?: string): string {
  const lines: string[] = []
  const meta = tree.meta
  const heading = [meta.symbol, meta.number ? `resolution ${meta.number}` : undefined, meta.stage, tree.lang]
    .filter((part) => part !== undefined)
    .join(' · ')
  if (file) lines.push(`# ${file}`)
  lines.push(heading)
  if (meta.title) lines.push(`title: ${meta.title}`)
  const facts: string[] = []
  if (meta.body) facts.push(`body: ${meta.body}`)
  if (meta.session !== undefined) facts.push(`session: ${meta.session}`)
  if (meta.date) facts.push(`date: ${meta.date}`)
  if (meta.adoptionDate) facts.push(`adopted: ${meta.adoptionDate}`)
  if (meta.distribution) facts.push(`distribution: ${meta.distribution}`)
  if (meta.originalLanguage) facts.push(`original: ${meta.originalLanguage}`)
  if (meta.agendaItem) facts.push(`agenda item: ${meta.agendaItem}`)
  if (meta.sponsors.length > 0) facts.push(`sponsors: ${meta.sponsors.join(', ')}`)
  for (const fact of facts) lines.push(fact)
  const preamble = preambularParagraphs(tree)
  const operative = operativeParagraphs(tree)
  const notes = footnotes(tree)
  lines.push(`${preamble.length} preambular, ${operative.length} operative, ${notes.length} footnotes`)
  lines.push('')
  const theFormula = formula(tree)
  if (theFormula) lines.push(`Formula        ${theFormula.text}`)
  for (const paragraph of [...preamble, ...operative]) {
    const phrase = paragraph.leadingPhrase
    const label = phrase ? (phrase.known ? phrase.text : `${phrase.text}?`) : '—'
    const rest =
      phrase && paragraph.text.startsWith(phrase.text)
        ? paragraph.text.slice(phrase.text.length).trim()
        : paragraph.text
    if (paragraph.type === 'paragraph' && paragraph.heading) lines.push(`— ${paragraph.heading}`)
    lines.push(`${paragraphLabel(paragraph.eId).padEnd(14)} ${label} | ${shorten(rest)}`)
    if (paragraph.type === 'paragraph') {
      for (const point of pointList(paragraph)?.children ?? []) {
        lines.push(`  ${paragraphLabel(point.eId).padEnd(22)} ${shorten(point.text)}`)
      }
    }
  }
  if (notes.length > 0) lines.push('')
  for (const note of notes) lines.push(`${paragraphLabel(note.eId).padEnd(14)} ${shorten(note.text)}`)
  return `${lines.join('\n')}\n`
}

function shorten(text: string): string {
  const chars = [...text]
  return chars.length > firstWordsLength ? `${chars.slice(0, firstWordsLength).join('')}…` : text
}
