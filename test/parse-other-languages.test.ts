import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs} from '../src/tree/access.js'
import {runCli} from './helpers/cli.js'
import {root} from './helpers.js'

// Real resolutions in Russian, French, Spanish and Arabic (fixtures/other-languages/README.md). Read as
// English they gave a wrong tree (the Russian: two operative paragraphs, no preamble, "en") or
// the misleading "does not read as a resolution"; resdiff now names the language.
const dir = path.join(root, 'fixtures/other-languages')
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8')

describe('a resolution in a language resdiff does not read', () => {
  it.each([
    ['sc-1913-2010.ru.txt', 'Russian'],
    ['sc-draft-2004-lebanon.fr.txt', 'French'],
    ['ga-102-1946.excerpt.es.txt', 'Spanish'],
    ['sc-0381-1975.ar.txt', 'Arabic'],
  ])('%s is named as %s, with exit code 2 and one sentence', async (name, language) => {
    const run = await runCli(['parse', path.join(dir, name)], {env: {NO_COLOR: '1'}})
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `resdiff: ${path.join(dir, name)}: the text is in ${language}: resdiff reads resolutions in English and Chinese (give --lang en to read it as English anyway)\n`,
    )
  })

  it('lint and diff say the same', async () => {
    const file = path.join(dir, 'sc-draft-2004-lebanon.fr.txt')
    for (const args of [
      ['lint', file],
      ['diff', file, file],
    ]) {
      const run = await runCli(args, {env: {NO_COLOR: '1'}})
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/the text is in French/u)
    }
  })

  it('--lang en still reads one as English: the Russian text’s two numbered paragraphs', () => {
    const tree = parseResolution(read('sc-1913-2010.ru.txt'), {lang: 'en'})
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
  })

  it('English beside its French (a bilingual printed volume) is still English', async () => {
    const file = path.join(root, 'fixtures/field/sc-0242-1967.en.txt')
    const run = await runCli(['parse', file, '--pick', '242 (1967)'], {env: {NO_COLOR: '1'}})
    expect(run.status).toBe(0)
    const tree = JSON.parse(run.stdout) as {lang: string; children: Array<{type: string; children?: unknown[]}>}
    expect(tree.lang).toBe('en')
    const operative = tree.children.find((child) => child.type === 'mainBody')
    expect(operative?.children).toHaveLength(4)
  })
})
