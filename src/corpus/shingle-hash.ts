import {contentWords, shingles} from '../diff/tokens.js'
import type {Lang} from '../tree/types.js'

/** Words per shingle: three content words keep clause-level reuse visible without matching stock pairs. */
export const shingleSize = 3

/** 32-bit FNV-1a of a shingle: cheap, stable across runs and machines. */
export function hashShingle(shingle: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < shingle.length; index++) {
    hash ^= shingle.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The distinct shingle hashes of a paragraph text, ascending. */
export function shingleHashes(text: string, lang: Lang): Uint32Array {
  const unique = new Set<number>()
  for (const shingle of shingles(contentWords(text, lang), shingleSize)) unique.add(hashShingle(shingle))
  return Uint32Array.from(unique).sort()
}
