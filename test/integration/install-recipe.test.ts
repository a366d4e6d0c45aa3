import {spawnSync} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../helpers.js'

// The install recipe of docs/ci.md, run as written: in a copy of the repository, `npm pack`
// (which builds through `prepare`), then in a drafts folder beside it `npm install --global` of
// the tarball into a scratch prefix, `resdiff --help` and a lint run. Only `npm ci` is left out:
// the copy shares this checkout's node_modules, already installed by `npm ci`.

const scratch = mkdtempSync(join(tmpdir(), 'resdiff-ci-recipe-'))
// The scratch prefix holds a whole install (thousands of files): removing it may take longer than
// a hook's default ten seconds on a busy machine.
afterAll(() => rmSync(scratch, {recursive: true, force: true}), 120_000)

function recipe(): string[] {
  const text = readFileSync(join(root, 'docs/ci.md'), 'utf8')
  const section = text.slice(text.indexOf('## Installing resdiff'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('docs/ci.md has no install recipe')
  return block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
}

describe('docs/ci.md: installing resdiff from the repository', () => {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version

  it('names the tarball of this version everywhere it installs it', () => {
    const text = readFileSync(join(root, 'docs/ci.md'), 'utf8')
    const named = [...text.matchAll(/resdiff-(\d[\w.-]*?)\.tgz/g)].map((match) => match[1])
    expect(named.length).toBeGreaterThanOrEqual(3)
    expect(new Set(named)).toEqual(new Set([version]))
  })

  it('packs, installs into a fresh prefix and runs, with the commands the page gives', {timeout: 600_000}, () => {
    const clone = join(scratch, 'resdiff')
    mkdirSync(clone)
    for (const entry of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'README.md',
      'bin',
      'src',
      'docs',
      'scripts',
    ]) {
      if (existsSync(join(root, entry))) cpSync(join(root, entry), join(clone, entry), {recursive: true})
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'))
    mkdirSync(join(scratch, 'drafts', 'drafts'), {recursive: true})
    copyFileSync(join(root, 'seeds/cop-10-draft-mexico.en.txt'), join(scratch, 'drafts', 'drafts', 'cop-10-draft.txt'))
    const prefix = join(scratch, 'prefix')
    const commands = recipe().filter((line) => !/^npm ci\b/.test(line.trim()))
    expect(commands).toContain(`npm install --global --allow-scripts=better-sqlite3 ./tools/resdiff-${version}.tgz`)
    const script = ['set -e', ...commands].join('\n')
    const run = spawnSync('bash', ['-c', script], {
      cwd: clone,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_prefix: prefix,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_prefer_offline: 'true',
        PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}`,
      },
    })
    expect(run.status, run.stderr).toBe(0)
    // What ran was the installed copy, in the scratch prefix, not this checkout.
    expect(existsSync(join(prefix, 'bin', 'resdiff'))).toBe(true)
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'resdiff', 'dist'))).toBe(true)
    expect(run.stdout).toContain('Usage: resdiff')
    expect(run.stdout).toContain('lint [options]')
    // The native SQLite module was built by the install: the index was written and reads back.
    expect(run.stderr).toContain('indexed 1 resolution')
    expect(existsSync(join(scratch, 'drafts', 'drafts.rdx'))).toBe(true)
  })
})
