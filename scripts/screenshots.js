// Regenerate the report screenshots in docs/screenshots/ from the seed texts, in the Chromium that
// npm brings (scripts/browser.js), and record in docs/screenshots/screenshots.json the command behind
// each picture and the numbers its summary bar shows; test/browser-screenshots.test.ts checks that
// those numbers are still what the tool prints, so a stale picture fails the suite.
// Usage: npm run build && node scripts/screenshots.js
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import {launchBrowser} from './browser.js'

const folder = mkdtempSync(join(tmpdir(), 'resdiff-screenshots-'))
const out = 'docs/screenshots'

function report(name, args, cwd = process.cwd()) {
  const file = join(folder, `${name}.html`)
  const run = spawnSync(process.execPath, [resolve('bin/resdiff.js'), ...args, '--format', 'html', '-o', file], {
    encoding: 'utf8',
    cwd,
  })
  if (run.status === 2) throw new Error(`resdiff ${args.join(' ')}: ${run.stderr}`)
  return file
}

// The mistyped date of the align-finding picture, recorded so that the test can make the same copy.
const mistyped = {file: 'seeds/cop-6-2.zh.txt', replace: '2010年10月22日', with: '2010年10月12日'}

// The Chinese 6/2 with one date mistyped, to show how a finding looks; the published pair has none.
// Both files sit in the scratch folder so the page names them without a temporary path.
copyFileSync('seeds/cop-6-2.en.txt', join(folder, 'cop-6-2.en.txt'))
writeFileSync(
  join(folder, 'cop-6-2.zh-date-mistyped.txt'),
  readFileSync(mistyped.file, 'utf8').replace(mistyped.replace, mistyped.with),
)

const shots = [
  {
    name: 'diff',
    command: ['diff', 'fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
    file: report('diff-ga', ['diff', 'fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt']),
    width: 1280,
    height: 1500,
    filter: 'Changed only',
  },
  {
    name: 'diff-narrow',
    command: ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
    file: report('diff', ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']),
    width: 390,
    height: 1700,
  },
  // 703 px is the text width of an A4 page with the report's 12 mm margins.
  {
    name: 'diff-print',
    command: ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
    file: report('diff', ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']),
    width: 703,
    height: 1000,
    print: true,
  },
  {
    name: 'align',
    command: ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt'],
    file: report('align', ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt']),
    width: 1280,
    height: 1100,
  },
  {
    name: 'align-finding',
    command: ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt'],
    mistyped,
    file: report('align-finding', ['align', 'cop-6-2.en.txt', 'cop-6-2.zh-date-mistyped.txt'], folder),
    width: 1280,
    height: 1100,
    filter: 'Rows with findings',
  },
  {
    name: 'history',
    command: ['history', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
    file: report('history', [
      'history',
      'seeds/cop-6-2.en.txt',
      'seeds/cop-8-3.en.md',
      'seeds/cop-10-draft-mexico.en.txt',
    ]),
    width: 1280,
    height: 1500,
  },
]

const context = await launchBrowser(chromium, join(folder, 'profile'))
const record = []
try {
  for (const shot of shots) {
    const page = await context.newPage()
    await page.setViewportSize({width: shot.width, height: shot.height})
    await page.goto(pathToFileURL(shot.file).href)
    if (shot.filter) await page.getByRole('radio', {name: new RegExp(`^${shot.filter}`)}).check()
    if (shot.print) await page.emulateMedia({media: 'print'})
    const summary = {}
    for (const item of await page.locator('.summary li').allInnerTexts()) {
      const match = /(\d+)\s+(.+)$/.exec(item.replace(/\s+/g, ' ').trim())
      if (match) summary[match[2]] = Number(match[1])
    }
    record.push({
      picture: `${shot.name}.png`,
      command: shot.command,
      ...(shot.mistyped ? {mistyped: shot.mistyped} : {}),
      summary,
    })
    await page.screenshot({
      path: join(out, `${shot.name}.png`),
      clip: {x: 0, y: 0, width: shot.width, height: shot.height},
      fullPage: true,
    })
    await page.close()
    console.log(`${out}/${shot.name}.png`)
  }
  writeFileSync(join(out, 'screenshots.json'), `${JSON.stringify(record, null, 2)}\n`)
} finally {
  await context.close()
  rmSync(folder, {recursive: true, force: true})
}
