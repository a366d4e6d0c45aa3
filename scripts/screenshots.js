// Regenerate the report screenshots in docs/screenshots/ from the seed texts, in Debian's Chromium.
// Usage: npm run build && node scripts/screenshots.js
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'

const executablePath = process.env.RESDIFF_CHROMIUM ?? '/usr/bin/chromium'
const folder = mkdtempSync(join(tmpdir(), 'resdiff-screenshots-'))
const out = 'docs/screenshots'

function report(name, args, cwd = process.cwd()) {
  const file = join(folder, `${name}.html`)
  const run = spawnSync(process.execPath, [resolve('bin/resdiff.js'), ...args, '--format', 'html', '-o', file], {encoding: 'utf8', cwd})
  if (run.status === 2) throw new Error(`resdiff ${args.join(' ')}: ${run.stderr}`)
  return file
}

// The Chinese 6/2 with one date mistyped, to show how a finding looks; the published pair has none.
// Both files sit in the scratch folder so the page names them without a temporary path.
copyFileSync('seeds/cop-6-2.en.txt', join(folder, 'cop-6-2.en.txt'))
writeFileSync(join(folder, 'cop-6-2.zh-date-mistyped.txt'), readFileSync('seeds/cop-6-2.zh.txt', 'utf8').replace('2010年10月22日', '2010年10月12日'))

const shots = [
  {name: 'diff', file: report('diff-ga', ['diff', 'fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt']), width: 1280, height: 1500, filter: 'Changed only'},
  {name: 'diff-narrow', file: report('diff', ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']), width: 390, height: 1700},
  // 703 px is the text width of an A4 page with the report's 12 mm margins.
  {name: 'diff-print', file: report('diff', ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']), width: 703, height: 1000, print: true},
  {name: 'align', file: report('align', ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt']), width: 1280, height: 1100},
  {name: 'align-finding', file: report('align-finding', ['align', 'cop-6-2.en.txt', 'cop-6-2.zh-date-mistyped.txt'], folder), width: 1280, height: 1100, filter: 'Rows with findings'},
  {name: 'history', file: report('history', ['history', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']), width: 1280, height: 1500}
]

const context = await chromium.launchPersistentContext(join(folder, 'profile'), {
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  offline: true
})
try {
  for (const shot of shots) {
    const page = await context.newPage()
    await page.setViewportSize({width: shot.width, height: shot.height})
    await page.goto(pathToFileURL(shot.file).href)
    if (shot.filter) await page.getByRole('radio', {name: new RegExp(`^${shot.filter}`)}).check()
    if (shot.print) await page.emulateMedia({media: 'print'})
    await page.screenshot({path: join(out, `${shot.name}.png`), clip: {x: 0, y: 0, width: shot.width, height: shot.height}, fullPage: true})
    await page.close()
    console.log(`${out}/${shot.name}.png`)
  }
} finally {
  await context.close()
  rmSync(folder, {recursive: true, force: true})
}
