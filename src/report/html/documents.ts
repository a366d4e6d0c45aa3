import {basename} from 'node:path'
import type {DocumentRef} from './contracts.js'
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
