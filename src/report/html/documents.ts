import {basename} from 'node:path'
import type {Lang} from '../../tree/types.js'

/** What names a document: the sides of the diff, history and align results all fit it. */
export interface DocumentRef {
  readonly file?: string | null | undefined
  readonly symbol?: string | null | undefined
  readonly number?: string | null | undefined
  readonly lang: Lang
}
import {escapeHtml} from './escape.js'

/** Name a document the way a drafter would: its symbol, else its resolution number, else its file's name. */
export function documentName(document: DocumentRef): string {
  if (document.symbol) return document.symbol
  if (document.number) return `resolution ${document.number}`
  return document.file ? basename(document.file) : 'untitled text'
}

/** "Old: seeds/cop-6-2.en.txt (CTOC/COP/2012/…), en" as HTML. */
export function sourceLine(role: string, document: DocumentRef): string {
  const name = document.symbol || (document.number ? `resolution ${document.number}` : '')
  const symbol = name ? ` (${escapeHtml(name)})` : ''
  const file = document.file ?? 'standard input'
  return `<b>${escapeHtml(role)}:</b> ${escapeHtml(file)}${symbol}, ${escapeHtml(document.lang)}`
}
