import {readFileSync} from 'node:fs'
import {lintResolution} from '../../src/lint/index.js'
import {parseResolution} from '../../src/parse/index.js'
import {decodeResolution} from '../../src/read/decode.js'

/** Read, parse and lint one file with every rule; each message as `line:column severity rule reason`. */
export function lintFile(file: string): string[] {
  const source = decodeResolution(readFileSync(file)).text
  const vfile = lintResolution(parseResolution(source), source, {path: file})
  return vfile.messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`,
  )
}
