import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/**
 * The terminal report of remark-lint and ESLint's "stylish", through vfile-reporter. Each
 * resolution of a printed volume is its own group, headed `file [368 (1975)]`.
 */
export function formatStylish(files: readonly VFile[], options: {color: boolean}): string {
  const named = files.map((file) => {
    const resolution = file.data['resolution']
    if (typeof resolution !== 'string') return file
    const copy = new VFile({path: `${file.path} [${resolution}]`})
    copy.messages = file.messages
    return copy
  })
  const text = reporter(named, {color: options.color})
  return text === '' ? '' : `${text}\n`
}
