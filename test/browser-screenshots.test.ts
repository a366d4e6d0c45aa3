import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

// docs/screenshots/*.png come from scripts/screenshots.js, which records beside them the command
// behind each picture and the numbers its summary bar showed. A picture whose numbers the tool no
// longer prints is stale: run `npm run build && node scripts/screenshots.js` again.

interface Shot {
  picture: string
  command: string[]
  mistyped?: {file: string; replace: string; with: string}
  summary: Record<string, number>
}

const shots = JSON.parse(readFileSync('docs/screenshots/screenshots.json', 'utf8')) as Shot[]
const folder = mkdtempSync(join(tmpdir(), 'resdiff-shots-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function json(args: string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, ['bin/resdiff.js', ...args, '--format', 'json'], {encoding: 'utf8'})
  expect(run.status, run.stderr).not.toBe(2)
  return JSON.parse(run.stdout) as Record<string, unknown>
}

/** What the summary bar of each report shows, from the JSON the command prints now. */
function expectedBar(shot: Shot): Record<string, number> {
  const args = [...shot.command]
  if (shot.mistyped) {
    const copy = join(folder, basename(shot.mistyped.file))
    const text = readFileSync(shot.mistyped.file, 'utf8')
    expect(text).toContain(shot.mistyped.replace)
    writeFileSync(copy, text.replace(shot.mistyped.replace, shot.mistyped.with))
    args[args.indexOf(shot.mistyped.file)] = copy
  }
  const result = json(args)
  if (shot.command[0] === 'diff') return result['summary'] as Record<string, number>
  if (shot.command[0] === 'align') {
    const summary = result['summary'] as {beads: Record<string, number>; errors: number; warnings: number}
    const plural = (count: number, word: string): [string, number] => [count === 1 ? word : `${word}s`, count]
    return Object.fromEntries([
      ['paired', summary.beads['1-1'] ?? 0],
      ['joined', (summary.beads['1-2'] ?? 0) + (summary.beads['2-1'] ?? 0)],
      ['English only', summary.beads['1-0'] ?? 0],
      ['Chinese only', summary.beads['0-1'] ?? 0],
      plural(summary.errors, 'error'),
      plural(summary.warnings, 'warning'),
    ])
  }
  const summary = result['summary'] as {paragraphs: number; fromFirst: number; neverChanged: number; dropped: number}
  const versions = (result['versions'] as unknown[]).length
  return {
    [`paragraphs in v${versions}`]: summary.paragraphs,
    'unchanged since v1': summary.neverChanged,
    'changed since v1': summary.fromFirst - summary.neverChanged,
    'added after v1': summary.paragraphs - summary.fromFirst,
    'dropped along the way': summary.dropped,
  }
}

describe('the screenshots in docs/screenshots show what the tool prints now', () => {
  it('has a record for every picture the docs show', () => {
    const shown = [readFileSync('docs/report.md', 'utf8'), readFileSync('README.md', 'utf8')].flatMap((text) =>
      [...text.matchAll(/screenshots\/([\w-]+\.png)/g)].map((match) => match[1]),
    )
    expect(shown.length).toBeGreaterThan(0)
    for (const picture of shown) {
      expect(shots.map((shot) => shot.picture)).toContain(picture)
      expect(existsSync(join('docs/screenshots', picture ?? ''))).toBe(true)
    }
  })

  it.each(shots.map((shot) => [shot.picture, shot] as const))('%s', (_, shot) => {
    expect(shot.summary).toEqual(expectedBar(shot))
  })
})
