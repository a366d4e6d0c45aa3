// Run a text through every command of the library, the way the CLI does: parse (in the
// language it is, and forced to Chinese), lint, diff against a real resolution, history, and
// align against the real Chinese text of a real English seed. Used by the hostile tests to
// time each command on shaped input.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseResolution} from '../src/parse/index.js'
import {formatStylish, lintResolution} from '../src/lint/index.js'
import {diffResolutions, renderDiffMarkdown, renderDiffTerminal, traceHistory} from '../src/diff/index.js'
import {alignResolutions, renderAlignTerminal} from '../src/bilingual/index.js'
import type {Resolution} from '../src/tree/types.js'
import {Chalk} from 'chalk'
import {root} from './helpers.js'

export type Command = 'parse' | 'parse-zh' | 'lint' | 'diff' | 'history' | 'align'
export const commands: readonly Command[] = ['parse', 'parse-zh', 'lint', 'diff', 'history', 'align']

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const plain = new Chalk({level: 0})

/** The library as the hostile benches (bench/hostile-*.js) take it, here from src/ instead of dist/. */
export const benchLib = {
  parseResolution,
  lintResolution,
  diffResolutions,
  renderDiffTerminal,
  renderDiffMarkdown,
  traceHistory,
  alignResolutions,
  formatStylish,
  renderAlignTerminal,
  plain,
}
let references: {en: Resolution; zh: Resolution} | undefined
function reference(): {en: Resolution; zh: Resolution} {
  references ??= {en: parseResolution(read('seeds/cop-6-2.en.txt')), zh: parseResolution(read('seeds/cop-6-2.zh.txt'))}
  return references
}

/** Run one command on `text`; a text that has no structure to parse is a valid outcome. */
export function runCommand(command: Command, text: string): void {
  let tree: Resolution
  try {
    tree = parseResolution(text, command === 'parse-zh' ? {lang: 'zh'} : {})
  } catch (error) {
    if ((error as Error).name === 'NoStructureError') return
    throw error
  }
  const {en, zh} = reference()
  switch (command) {
    case 'parse':
    case 'parse-zh':
      return
    case 'lint':
      lintResolution(tree, text)
      return
    case 'diff': {
      const result = diffResolutions(en, tree)
      renderDiffTerminal(result, plain, {context: true})
      renderDiffMarkdown(result)
      return
    }
    case 'history':
      traceHistory([en, tree, en])
      return
    case 'align':
      if (tree.lang === 'en') alignResolutions(tree, zh)
      else alignResolutions(en, tree)
      return
  }
}

/** Seconds one command takes on `text` (best of `repeat` runs, to shed noise from other processes). */
export function timeCommand(command: Command, text: string, repeat = 1): number {
  let best = Infinity
  for (let round = 0; round < repeat; round++) {
    const start = process.hrtime.bigint()
    runCommand(command, text)
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
  }
  return best
}
