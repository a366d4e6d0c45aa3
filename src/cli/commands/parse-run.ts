import {renderOutline} from '../../tree/render-outline.js'
import type {Resolution} from '../../tree/types.js'
import {inputName, namesAFolder, readResolutions} from '../files.js'
import {displaySafe} from '../display.js'
import type {ParseCommandOptions} from './parse.js'
import {unreadNote} from '../volume-notes.js'

// What `resdiff parse` does (parse.ts declares it): loaded only when the command runs.

export const treeSchema = 'resdiff/tree@1'

/** The tree as `resdiff parse --format json` writes it: schema and file first. */
export function treeDocument(tree: Resolution, file: string): Record<string, unknown> {
  return {schema: treeSchema, file, ...tree}
}

export async function runParse(files: string[], options: ParseCommandOptions): Promise<void> {
  if (await namesAFolder(files)) {
    await (await import('./parse-folders.js')).parseFolders(files, options)
    return
  }
  const trees: Array<{file: string; tree: Resolution; label?: string}> = []
  for (const file of files) {
    const found = await readResolutions(file, {lang: options.lang, pick: options.pick})
    if (found.length > 1) {
      process.stderr.write(
        `${inputName(file)}: holds ${found.length} resolutions (${found.map((item) => item.label).join(', ')}): one tree each; --pick NUMBER reads one\n`,
      )
    }
    if (found.unread?.length) process.stderr.write(unreadNote(inputName(file), found.unread))
    for (const item of found)
      trees.push({
        file: inputName(file),
        tree: item.tree,
        ...(item.label !== undefined && found.length > 1 ? {label: item.label} : {}),
      })
  }
  for (const {file, tree} of trees) {
    for (const warning of tree.data.warnings) {
      const at = warning.position ? `${warning.position.start.line}:${warning.position.start.column}` : '1:1'
      process.stderr.write(`${file}:${at}: warning: ${warning.message} (${warning.ruleId})\n`)
    }
  }
  let output = ''
  const named = (file: string, label: string | undefined): string => (label ? `${file} [${label}]` : file)
  if (options.format === 'outline') {
    output = trees
      .map(({file, tree, label}) =>
        renderOutline(displaySafe(tree), displaySafe(trees.length > 1 ? named(file, label) : undefined)),
      )
      .join('\n')
  } else if (trees.length === 1) {
    output = `${JSON.stringify(treeDocument(trees[0]!.tree, trees[0]!.file), null, 2)}\n`
  } else {
    output = trees
      .map(
        ({file, tree, label}) =>
          `${JSON.stringify(label ? {schema: treeSchema, file, resolution: label, ...tree} : treeDocument(tree, file))}\n`,
      )
      .join('')
  }
  process.stdout.write(output)
}
