import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/** The terminal report of remark-lint and ESLint's "stylish", through vfile-reporter. */
export function formatStylish(files: readonly VFile[], options: {color: boolean}): string {
  const text = reporter([...files], {color: options.color})
  return text === '' ? '' : `${text}\n`
}
