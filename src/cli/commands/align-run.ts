import type {Command} from 'commander'
import {alignResolutions, LanguagePairError} from '../../bilingual/align-resolutions.js'
import {renderAlignTerminal} from '../../bilingual/render-terminal.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, readResolution} from '../files.js'
import {writeOutput} from '../output.js'
import {displaySafe} from '../display.js'
import type {AlignCommandOptions} from './align.js'

// What `resdiff align` does (align.ts declares it): loaded only when the command runs.

export async function runAlign(
  first: string,
  second: string,
  options: AlignCommandOptions,
  command: Command,
): Promise<void> {
  const trees = [
    await readResolution(first, {pick: options.pick}),
    await readResolution(second, {pick: options.pick}),
  ] as const
  let result
  try {
    result = alignResolutions(trees[0], trees[1], {files: [inputName(first), inputName(second)]})
  } catch (error) {
    if (error instanceof LanguagePairError)
      throw new TroubleError(`${inputName(first)}, ${inputName(second)}: ${error.message}`)
    throw error
  }
  const wantColor = wantsColor(command, options.output)
  let output: string
  switch (options.format) {
    case 'json':
      output = `${JSON.stringify(result, null, 2)}\n`
      break
    case 'tmx':
      output = (await import('../../bilingual/tmx.js')).renderTmx(result, {
        version: command.parent?.version() ?? 'unknown',
      })
      break
    case 'html':
      output = (await import('../../report/html/index.js')).renderAlignHtml(result, trees[0], trees[1])
      break
    case 'terminal':
      output = renderAlignTerminal(displaySafe(result), {
        width: options.width ?? process.stdout.columns ?? 100,
        colors: colorsFor(process.stdout, wantColor),
        findingsOnly: options.findingsOnly === true,
      })
      break
    default: {
      const exhaustive: never = options.format
      throw new TroubleError(`unknown format ${String(exhaustive)}`)
    }
  }
  await writeOutput(output, options.output, [first, second])
  process.exitCode = result.findings > 0 ? exitCode.found : exitCode.ok
}
