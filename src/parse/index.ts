import type {Lang, Resolution} from '../tree/types.js'
import {NoStructureError} from './errors.js'

export {NoStructureError} from './errors.js'

export interface ParseOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang
}

// Replaced by the real pipeline in the next commit; kept so the skeleton compiles.
export function parseResolution(text: string, options: ParseOptions = {}): Resolution {
  void text
  void options
  throw new NoStructureError('the parser is being written')
}
