import type {Command} from 'commander'
import {differentResolutions, diffResolutions, type DiffResult, type ParagraphChange} from '../../diff/changes.js'
import {renderDiffTerminal} from '../../diff/render-terminal.js'
import type {Lang, Resolution} from '../../tree/types.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, readResolutionPair} from '../files.js'
import {writeOutput} from '../output.js'
import {writeBinaryOutput} from '../binary-output.js'
import {displaySafe} from '../display.js'
import type {DiffCommandOptions} from './diff.js'

// What `resdiff diff` does (diff.ts declares it): loaded only when the command runs.

export async function runDiff(
  oldFile: string,
  newFile: string,
  options: DiffCommandOptions,
  command: Command,
): Promise<void> {
  const [oldTree, newTree] = await readResolutionPair(
    [oldFile, newFile],
    {lang: options.lang, pick: options.pick},
    diffCloseness,
  )
  assertSameLanguage(inputName(oldFile), oldTree, inputName(newFile), newTree)
  const full = diffResolutions(oldTree, newTree, {
    strictFormat: options.strictFormat ?? false,
    oldFile: inputName(oldFile),
    newFile: inputName(newFile),
  })
  warnIfUnrelated(full, inputName(oldFile), inputName(newFile))
  const result = options.only ? filterChanges(full, options.only) : full
  if (options.format === 'docx') {
    // The redline shows every change: --only does not apply to it.
    const {renderRedline} = await import('../../report/docx/redline.js')
    await writeBinaryOutput(
      await renderRedline(full, oldTree, newTree),
      options.output,
      [oldFile, newFile],
      'a Word redline',
    )
    process.exitCode = full.changes.some(isDifference) ? exitCode.found : exitCode.ok
    return
  }
  const color = wantsColor(command, options.output)
  let output: string
  switch (options.format) {
    case 'json':
      output = `${JSON.stringify(result, null, 2)}\n`
      break
    case 'markdown':
      {
        const shown = displaySafe({result, all: full.changes})
        output = (await import('../../diff/render-markdown.js')).renderDiffMarkdown(shown.result, {
          context: options.context ?? false,
          all: shown.all,
        })
      }
      break
    case 'terminal':
      {
        const shown = displaySafe({result, all: full.changes})
        output = renderDiffTerminal(shown.result, colorsFor(process.stdout, color), {
          context: options.context ?? false,
          all: shown.all,
        })
      }
      break
    case 'html':
      output = (await import('../../report/html/index.js')).renderDiffHtml(result, oldTree, newTree, {
        context: options.context ?? false,
      })
      break
    default:
      throw new TroubleError(`unknown format ${String(options.format)}`)
  }
  await writeOutput(output, options.output, [oldFile, newFile])
  process.exitCode = result.changes.some(isDifference) ? exitCode.found : exitCode.ok
}

/** Say on stderr when a diff found two different resolutions rather than two versions of one. */
export function warnIfUnrelated(diff: DiffResult, oldName: string, newName: string): void {
  if (!differentResolutions(diff)) return
  process.stderr.write(
    `resdiff: warning: ${oldName} and ${newName} look like two different resolutions, not two versions of one: ` +
      'no paragraph of one is even half alike a paragraph of the other\n',
  )
}

export function assertSameLanguage(oldFile: string, oldTree: Resolution, newFile: string, newTree: Resolution): void {
  if (oldTree.lang === newTree.lang) return
  throw new TroubleError(
    `${oldFile} is ${languageName(oldTree.lang)} and ${newFile} is ${languageName(newTree.lang)}: diff compares two versions in one language (use "resdiff align" to pair English with Chinese)`,
  )
}

function languageName(lang: Lang): string {
  return lang === 'zh' ? 'Chinese' : 'English'
}

function isDifference(change: ParagraphChange): boolean {
  return change.kind !== 'unchanged' || change.moved || change.renumbered
}

/** Keep the changes `--only` asks for; the summary still counts the whole diff. */
function filterChanges(result: DiffResult, only: readonly string[]): DiffResult {
  const wanted = new Set(only)
  const changes = result.changes.filter(
    (change) =>
      wanted.has(change.kind) ||
      (wanted.has('moved') && change.moved) ||
      (wanted.has('renumbered') && change.renumbered),
  )
  return {...result, changes}
}

/** How nearly two texts are versions of one resolution: the share of their paragraphs linked, each link by its similarity. */
function diffCloseness(oldTree: Resolution, newTree: Resolution): number {
  if (oldTree.lang !== newTree.lang) return 0
  const {changes} = diffResolutions(oldTree, newTree)
  let linked = 0
  let all = 0
  for (const change of changes) {
    const size = change.old.length + change.new.length
    all += size
    if (change.old.length > 0 && change.new.length > 0) linked += size * (change.similarity ?? 1)
  }
  return all === 0 ? 0 : linked / all
}
