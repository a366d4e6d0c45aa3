import type {Command} from 'commander'
import {alignResolutions, LanguagePairError} from '../../bilingual/align-resolutions.js'
import type {Resolution} from '../../tree/types.js'
import {renderAlignTerminal} from '../../bilingual/render-terminal.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, readResolutionPair} from '../files.js'
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
  const trees = await readResolutionPair([first, second], {pick: options.pick}, alignCloseness)
  let result
  try {
    result = alignResolutions(trees[0], trees[1], {files: [inputName(first), inputName(second)]})
  } catch (error) {
    if (error instanceof LanguagePairError)
      throw new TroubleError(`${inputName(first)}, ${inputName(second)}: ${error.message}`)
    throw error
  }
  const findingsOnly = options.findingsOnly === true
  if (findingsOnly && options.format === 'tmx')
    throw new TroubleError(
      '--findings-only does not apply to --format tmx: a translation memory holds every paired paragraph',
    )
  const wantColor = wantsColor(command, options.output)
  let output: string
  switch (options.format) {
    case 'json': {
      // The summary and the document's own findings still count every pair; only the list is cut.
      const shown = findingsOnly ? {...result, pairs: result.pairs.filter((pair) => pair.checks.length > 0)} : result
      output = `${JSON.stringify(shown, null, 2)}\n`
      break
    }
    case 'tmx':
      output = (await import('../../bilingual/tmx.js')).renderTmx(result, {
        version: command.parent?.version() ?? 'unknown',
      })
      break
    case 'html':
      output = (await import('../../report/html/index.js')).renderAlignHtml(result, trees[0], trees[1], {
        findingsOnly,
      })
      break
    case 'terminal':
      output = renderAlignTerminal(displaySafe(result), {
        width: options.width ?? process.stdout.columns ?? 100,
        colors: colorsFor(process.stdout, wantColor),
        findingsOnly,
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

/** How nearly two texts are one resolution in two languages: the mean score of the pairs, 0 for a paragraph left alone. */
function alignCloseness(first: Resolution, second: Resolution): number {
  try {
    const {pairs} = alignResolutions(first, second)
    return pairs.length === 0 ? 0 : pairs.reduce((sum, pair) => sum + pair.score, 0) / pairs.length
  } catch (error) {
    if (error instanceof LanguagePairError) return 0
    throw error
  }
}
