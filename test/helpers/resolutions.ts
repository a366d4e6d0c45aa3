import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {decodeResolution} from '../../src/read/decode.js'
import {parseResolution} from '../../src/parse/index.js'
import type {Lang, OperativeParagraph, PreambularParagraph, Resolution} from '../../src/tree/types.js'

export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Parse a file of the repository (seeds/…, fixtures/…) the way the CLI does. */
export function load(file: string): Resolution {
  return parseResolution(decodeResolution(readFileSync(root + file)).text)
}

/** A paragraph written as `*Phrase* rest of text`: the starred words become its leading phrase. */
function parts(source: string): {text: string; phrase?: string} {
  const match = /^\*([^*]+)\*(.*)$/u.exec(source)
  if (!match) return {text: source}
  return {text: `${match[1]}${match[2]}`, phrase: match[1]!}
}

/** A small hand-made resolution tree, typed by the tree contract, for unit tests of the engine. */
export function resolution(preamble: readonly string[], operative: readonly string[], lang: Lang = 'en'): Resolution {
  const preambular = preamble.map((source, index): PreambularParagraph => {
    const {text, phrase} = parts(source)
    const paragraph: PreambularParagraph = {
      type: 'preambularParagraph',
      eId: `preamble_${index + 1}`,
      text,
      children: [{type: 'text', value: text}],
    }
    if (phrase) paragraph.leadingPhrase = {text: phrase, base: phrase, known: true, emphasized: true}
    return paragraph
  })
  const paragraphs = operative.map((source, index): OperativeParagraph => {
    const {text, phrase} = parts(source)
    const paragraph: OperativeParagraph = {
      type: 'paragraph',
      eId: `para_${index + 1}`,
      num: index + 1,
      text,
      children: [{type: 'text', value: text}],
    }
    if (phrase) paragraph.leadingPhrase = {text: phrase, base: phrase, known: true, emphasized: true}
    return paragraph
  })
  return {
    type: 'resolution',
    lang,
    meta: {sponsors: [], stage: 'adopted'},
    children: [
      {type: 'preamble', children: preambular},
      {type: 'mainBody', children: paragraphs},
    ],
    data: {layout: 'blocks', warnings: []},
  }
}
