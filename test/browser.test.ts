import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, describe, expect, it} from 'vitest'
import {renderAlignHtml, renderDiffHtml, renderHistoryHtml} from '../src/report/html/index.js'
import {chromiumInstall} from '../scripts/browser.js'
import {runCli, type CliRun} from './helpers/cli.js'
import {accessibilityViolations, browser, closeBrowser, distinctGlyphs, openReport} from './browser-harness.js'
import {
  alignResult,
  diffResult,
  enTree,
  historyResult,
  historyTrees,
  hostile,
  newTree,
  oldTree,
  zhTree,
} from './report-samples.js'

const folder = mkdtempSync(join(tmpdir(), 'resdiff-report-'))

afterAll(async () => {
  await closeBrowser()
  rmSync(folder, {recursive: true, force: true})
})

/** Run resdiff through `main`, the entry the binary calls; diff exits 1 when it finds changes. */
function resdiff(args: string[]): Promise<CliRun> {
  return runCli(args)
}

function write(name: string, html: string): string {
  const file = join(folder, name)
  writeFileSync(file, html)
  return file
}

/** What the summary bar says, as a person reads it: "3 unchanged" → {unchanged: 3}. */
async function summaryCounts(page: Page): Promise<Record<string, number>> {
  const items = await page.locator('.summary li').allInnerTexts()
  const counts: Record<string, number> = {}
  for (const item of items) {
    const match = /(\d+)\s+(.+)$/.exec(item.replace(/\s+/g, ' ').trim())
    if (match?.[1] && match[2]) counts[match[2]] = Number(match[1])
  }
  return counts
}

async function visibleRowKinds(page: Page): Promise<string[]> {
  return page
    .locator('tbody tr[data-tags]:not([data-aux])')
    .evaluateAll((rows) =>
      rows
        .filter((row) => (row as HTMLElement).offsetParent !== null)
        .map((row) => row.getAttribute('data-kind') ?? ''),
    )
}

describe('HTML reports in Chromium', () => {
  it('runs the Chromium that npm brought, unpacked in the temporary folder, and renders a page', async () => {
    const {executablePath} = await chromiumInstall()
    expect(executablePath.startsWith(tmpdir())).toBe(true)
    expect(existsSync(executablePath)).toBe(true)
    const page = await (await browser()).newPage()
    await page.setContent('<p id="p">résolution <b>1</b></p>')
    expect(await page.locator('#p').innerText()).toBe('résolution 1')
    expect(await page.evaluate(() => navigator.userAgent)).toContain('HeadlessChrome')
    await page.close()
  })

  describe('diff report of a hand-made pair with every kind of change', () => {
    const file = write('sample-diff.html', renderDiffHtml(diffResult, oldTree, newTree))

    it('opens on the changes; "All paragraphs" shows one row per change, with no console error and no request', async () => {
      const {page, errors, requests} = await openReport(file)
      // Changes first: the unchanged paragraphs that stayed in place wait behind "All paragraphs".
      expect(await page.getByRole('radio', {name: /^Changed only/}).isChecked()).toBe(true)
      expect(await page.getByRole('status').innerText()).toBe('Showing 7 of 9 rows: changed only.')
      expect((await visibleRowKinds(page)).filter((kind) => kind === 'unchanged')).toHaveLength(1)
      await page.getByText('All paragraphs').click()
      expect(await summaryCounts(page)).toEqual({
        unchanged: 3,
        reworded: 2,
        added: 1,
        dropped: 1,
        merged: 1,
        split: 1,
        moved: 1,
      })
      const kinds = await visibleRowKinds(page)
      expect(kinds).toHaveLength(diffResult.changes.length)
      for (const kind of ['unchanged', 'reworded', 'added', 'dropped', 'merged', 'split'] as const) {
        expect(kinds.filter((shown) => shown === kind)).toHaveLength(diffResult.summary[kind])
      }
      expect(await page.getByRole('status').innerText()).toBe('Showing 9 of 9 rows.')
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })

    it('hides unchanged rows when "Changed only" is clicked, and shows them again with "All"', async () => {
      const {page, errors} = await openReport(file)
      await page.getByRole('radio', {name: /^Changed only/}).check()
      const kinds = await visibleRowKinds(page)
      // The unchanged paragraph that moved stays: moving is a change.
      expect(kinds).toEqual(['reworded', 'dropped', 'added', 'reworded', 'unchanged', 'merged', 'split'])
      expect(await page.getByRole('status').innerText()).toBe('Showing 7 of 9 rows: changed only.')
      await page.getByText('Only added').click()
      expect(await visibleRowKinds(page)).toEqual(['added'])
      await page.getByText('All paragraphs').click()
      expect(await visibleRowKinds(page)).toHaveLength(9)
      // By keyboard alone: the filters are one radio group, arrows move between them.
      await page.getByRole('radio', {name: /^All paragraphs/}).focus()
      await page.keyboard.press('ArrowRight')
      expect(await page.getByRole('radio', {name: /^Changed only/}).isChecked()).toBe(true)
      expect(await visibleRowKinds(page)).toHaveLength(7)
      expect(errors).toEqual([])
      await page.close()
    })

    it('marks insertions and deletions inside the text, and links a moved paragraph with its old place', async () => {
      const {page} = await openReport(file)
      const reworded = page.locator('#change-5')
      expect(await reworded.locator('td[data-label="Old"] del').allInnerTexts()).toEqual(['Urges'])
      expect(await reworded.locator('td[data-label="New"] > p ins').allInnerTexts()).toEqual(['Calls upon', 'fully'])
      await page.locator('#change-6').getByRole('link').click()
      expect(page.url()).toMatch(/#moved-from-6$/)
      expect(await page.locator('#moved-from-6').innerText()).toContain('OP 5')
      await page.locator('#moved-from-6').getByRole('link').click()
      expect(page.url()).toMatch(/#change-6$/)
      await page.close()
    })

    it('shows markup in a paragraph as text and runs none of it', async () => {
      const {page, errors, requests} = await openReport(file)
      expect(await page.title()).not.toContain('pwned')
      expect(await page.locator('img').count()).toBe(0)
      expect(await page.locator('script').count()).toBe(1)
      const text = await page.locator('main').innerText()
      expect(text).toContain(hostile.script)
      expect(text).toContain(hostile.attribute)
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })

    it('gives a screen reader headings, named tables and row headers', async () => {
      const {page} = await openReport(file)
      expect(await page.getByRole('heading', {level: 1}).innerText()).toBe(
        'Changes from CTOC/COP/2012/1 to CTOC/COP/2016/2',
      )
      expect(await page.getByRole('heading', {level: 2}).allInnerTexts()).toEqual([
        'Summary',
        'Preamble',
        'Operative part',
      ])
      const tables = page.getByRole('table')
      expect(await tables.count()).toBe(2)
      await page.getByRole('radio', {name: /^All paragraphs/}).check()
      expect(
        await page
          .getByRole('table', {name: /Operative part/})
          .getByRole('rowheader')
          .count(),
      ).toBe(6)
      expect(await page.getByRole('columnheader').allInnerTexts()).toContain('New: CTOC/COP/2016/2')
      expect(await accessibilityViolations(page)).toEqual([])
      await page.close()
    })

    it('fits a narrow screen without sideways scrolling, and prints without the filter buttons', async () => {
      const {page} = await openReport(file, {width: 360, height: 740})
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await page.locator('#filters').isVisible()).toBe(true)
      expect(
        await page
          .locator('table.rows')
          .first()
          .evaluate((table) => getComputedStyle(table).display),
      ).toBe('block')
      // Printed on A4 (703 px of text width), the rows stay a side-by-side table.
      await page.setViewportSize({width: 703, height: 1000})
      await page.emulateMedia({media: 'print'})
      expect(
        await page
          .locator('table.rows')
          .first()
          .evaluate((table) => getComputedStyle(table).display),
      ).toBe('table')
      expect(await page.locator('#filters').isVisible()).toBe(false)
      // It prints what it shows: the changes, as it opens (7 of the 9 rows).
      expect(await visibleRowKinds(page)).toHaveLength(7)
      const pdf = await page.pdf({format: 'A4'})
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      await page.close()
    })
  })

  describe('align report of a hand-made pair', () => {
    const file = write('sample-align.html', renderAlignHtml(alignResult, enTree, zhTree))

    it('flags findings on their rows and filters down to them', async () => {
      const {page, errors, requests} = await openReport(file)
      const flagged = page.locator('tr.has-findings')
      expect(await flagged.count()).toBe(2)
      expect(await flagged.first().innerText()).toContain('1 finding')
      expect(await flagged.first().locator('td[data-label="Findings"]').innerText()).toContain(
        'Number "<the>" appears <only> in English',
      )
      expect(await flagged.first().locator('mark').allInnerTexts()).toEqual(['<the>'])
      expect(await page.locator('td[data-label="Chinese"] p[lang="zh-Hans"]').first().innerText()).toContain(
        '回顾其2010年10月22日',
      )
      await page.getByText('Rows with findings').click()
      expect(await visibleRowKinds(page)).toEqual(['pair', 'en-only'])
      expect(await page.getByRole('status').innerText()).toBe('Showing 2 of 3 rows: rows with findings.')
      expect(await page.getByRole('heading', {name: 'Findings about the whole text'}).isVisible()).toBe(true)
      expect(await accessibilityViolations(page)).toEqual([])
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })
  })

  describe('history report of three hand-made versions', () => {
    const file = write('sample-history.html', renderHistoryHtml(historyResult, historyTrees))

    it('shows a row per paragraph of the newest version and a column per version, and filters them', async () => {
      const {page, errors, requests} = await openReport(file)
      expect(await page.locator('table.history').first().getByRole('columnheader').allInnerTexts()).toEqual([
        'Paragraph',
        'v1: CTOC/COP/2012/1',
        'v2: CTOC/COP/2016/2',
        'v3: CTOC/COP/2020/L.5',
      ])
      expect(await visibleRowKinds(page)).toHaveLength(9)
      await page.getByRole('radio', {name: /^Unchanged since v1/}).check()
      expect(await visibleRowKinds(page)).toEqual(['unchanged', 'unchanged'])
      expect(
        await page.locator('table.history-dropped').getByRole('row').filter({hasText: 'gone from v2'}).isVisible(),
      ).toBe(false)
      await page.getByText('All paragraphs').click()
      expect(
        await page.locator('table.history-dropped').getByRole('row').filter({hasText: 'gone from v2'}).isVisible(),
      ).toBe(true)
      expect(await accessibilityViolations(page)).toEqual([])
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })
  })

  it.each(['sample-diff.html', 'sample-align.html', 'sample-history.html'])(
    '%s fits a 360 px screen without sideways scrolling',
    async (name) => {
      const {page} = await openReport(join(folder, name), {width: 360, height: 740})
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      await page.close()
    },
  )

  const seedPairs = [
    ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
    ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
    ['fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
    ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
  ] as const

  describe.each(seedPairs)('resdiff diff %s %s --format html', (oldFile, newFile) => {
    const name = `${oldFile}-${newFile}`.replace(/[^a-z0-9]+/gi, '-')
    const file = join(folder, `${name}.html`)

    it('opens on the changes; shows the counts of the JSON diff, and one row per change under "All paragraphs"', async () => {
      const html = await resdiff(['diff', oldFile, newFile, '--format', 'html', '-o', file])
      expect(html.stderr).toBe('')
      expect(html.status).toBe(1)
      const json = JSON.parse((await resdiff(['diff', oldFile, newFile, '--format', 'json'])).stdout) as DiffJson
      const {page, errors, requests} = await openReport(file)

      expect(await summaryCounts(page)).toEqual(json.summary)
      const changedRows = json.changes.filter((change) => change.kind !== 'unchanged' || change.moved).length
      expect(await visibleRowKinds(page)).toHaveLength(changedRows)
      await page.getByText('All paragraphs').click()
      const kinds = await visibleRowKinds(page)
      expect(kinds).toHaveLength(json.changes.length)
      for (const kind of ['unchanged', 'reworded', 'added', 'dropped', 'merged', 'split'] as const) {
        expect(kinds.filter((shown) => shown === kind)).toHaveLength(json.summary[kind])
      }
      // Every paragraph of both texts is on the page, each once, in the column it belongs to.
      const shownOld = await page
        .locator('td[data-label="Old"] p.para[id]')
        .evaluateAll((nodes) => nodes.map((node) => node.id))
      const shownNew = await page
        .locator('td[data-label="New"] p.para[id]')
        .evaluateAll((nodes) => nodes.map((node) => node.id))
      expect(shownOld.sort()).toEqual(json.changes.flatMap((change) => change.old.map((eId) => `old-${eId}`)).sort())
      expect(shownNew.sort()).toEqual(json.changes.flatMap((change) => change.new.map((eId) => `new-${eId}`)).sort())

      await page.getByRole('radio', {name: /^Changed only/}).check()
      const changed = json.changes.filter((change) => change.kind !== 'unchanged' || change.moved)
      const afterFilter = await visibleRowKinds(page)
      expect(afterFilter).toHaveLength(changed.length)
      const unchangedInPlace = await page
        .locator('tr[data-kind="unchanged"]:not([data-tags~="moved"])')
        .evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null))
      expect(unchangedInPlace).toHaveLength(0)
      expect(await page.getByRole('status').innerText()).toBe(
        `Showing ${changed.length} of ${json.changes.length} rows: changed only.`,
      )
      expect(await accessibilityViolations(page)).toEqual([])
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })
  })

  describe('resdiff align --format html on resolution 6/2', () => {
    // The same Chinese text with one date mistyped, as a reviser might meet it.
    const typo = join(folder, 'cop-6-2.zh-typo.txt')
    writeFileSync(typo, readFileSync('seeds/cop-6-2.zh.txt', 'utf8').replace('2010年10月22日', '2010年10月12日'))

    it.each([
      ['as published', 'seeds/cop-6-2.zh.txt'],
      ['with a date mistyped in the Chinese', typo],
    ])('shows every pair and flags the rows with findings (%s)', async (_, zhFile) => {
      const file = join(folder, `align-${zhFile === typo ? 'typo' : 'seed'}.html`)
      const html = await resdiff(['align', 'seeds/cop-6-2.en.txt', zhFile, '--format', 'html', '-o', file])
      expect(html.stderr).toBe('')
      const json = JSON.parse(
        (await resdiff(['align', 'seeds/cop-6-2.en.txt', zhFile, '--format', 'json'])).stdout,
      ) as AlignJson
      expect(html.status).toBe(json.findings > 0 ? 1 : 0)
      const {page, errors, requests} = await openReport(file)
      expect(await visibleRowKinds(page)).toHaveLength(json.pairs.length)
      const withChecks = json.pairs.filter((pair) => pair.checks.length > 0)
      expect(await page.locator('tr.has-findings').count()).toBe(withChecks.length)
      const counts = await summaryCounts(page)
      expect(counts['error'] ?? counts['errors']).toBe(json.summary.errors)
      expect(counts['warning'] ?? counts['warnings']).toBe(json.summary.warnings)
      await page.getByRole('radio', {name: /^Rows with findings/}).check()
      expect(await visibleRowKinds(page)).toHaveLength(withChecks.length)
      for (const [position, pair] of withChecks.entries()) {
        const row = page.locator('tr.has-findings').nth(position)
        expect(await row.isVisible()).toBe(true)
        for (const check of pair.checks)
          expect(await row.locator('td[data-label="Findings"]').innerText()).toContain(check.message)
        const marked = await row.locator('mark').allInnerTexts()
        for (const check of pair.checks)
          for (const value of [check.en, check.zh]) if (value) expect(marked).toContain(value)
      }
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })

    it('draws the Chinese as Chinese: every distinct character of the page its own glyph, none an empty box', async () => {
      const file = join(folder, 'align-glyphs.html')
      expect(
        (await resdiff(['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt', '--format', 'html', '-o', file]))
          .status,
      ).toBe(0)
      const {page} = await openReport(file)
      const glyphs = await distinctGlyphs(page, 'td[data-label="Chinese"] p[lang="zh-Hans"]')
      // 6/2 in Chinese uses several hundred distinct characters; without a CJK font they all draw alike.
      expect(glyphs.characters).toBeGreaterThan(300)
      expect(glyphs.blank).toEqual([])
      expect(glyphs.distinct).toBe(glyphs.characters)
      await page.close()
    })

    it('finds the mistyped date', async () => {
      const json = JSON.parse(
        (await resdiff(['align', 'seeds/cop-6-2.en.txt', typo, '--format', 'json'])).stdout,
      ) as AlignJson
      expect(json.pairs.flatMap((pair) => pair.checks.map((check) => check.zh))).toContain('2010年10月12日')
    })
  })

  describe('resdiff history --format html on 6/2, 8/3 and the tenth-session draft', () => {
    const versions = ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt']
    const file = join(folder, 'history.html')

    it('has a row per paragraph of the newest version, a column per version, and the counts of the JSON', async () => {
      const html = await resdiff(['history', ...versions, '--format', 'html', '-o', file])
      expect(html.stderr).toBe('')
      expect(html.status).toBe(1)
      const json = JSON.parse((await resdiff(['history', ...versions, '--format', 'json'])).stdout) as HistoryJson
      const {page, errors, requests} = await openReport(file)
      const headers = await page.locator('table.history').first().getByRole('columnheader').allInnerTexts()
      expect(headers).toHaveLength(versions.length + 1)
      expect(headers.slice(1).map((header) => header.slice(0, 3))).toEqual(['v1:', 'v2:', 'v3:'])
      expect(await visibleRowKinds(page)).toHaveLength(json.summary.paragraphs)
      expect(await page.locator('table.history tbody th[scope="row"]').count()).toBe(json.paragraphs.length)
      expect(await page.locator('table.history-dropped tbody tr').count()).toBe(json.summary.dropped)
      const counts = await summaryCounts(page)
      expect(counts['paragraphs in v3']).toBe(json.summary.paragraphs)
      expect(counts['unchanged since v1']).toBe(json.summary.neverChanged)
      expect(counts['dropped along the way']).toBe(json.summary.dropped)
      // A paragraph that reaches back to v1 shows a text in every column.
      const oldest = json.paragraphs.find((lineage) => lineage.since === 0)
      expect(oldest).toBeDefined()
      const cells = await page.locator(`#row-${oldest?.eId ?? ''} td`).allInnerTexts()
      expect(cells).toHaveLength(3)
      for (const cell of cells) expect(cell).not.toContain('Not in this version')
      await page.getByRole('radio', {name: /^Added after v1/}).check()
      expect(await visibleRowKinds(page)).toHaveLength(json.paragraphs.filter((lineage) => lineage.since > 0).length)
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })
  })

  describe('markup inside a resolution, through the CLI', () => {
    const script = '<script>document.title="pwned"</script>'
    const image = `"><img src=x onerror="document.title='pwned'">`
    const texts = {
      old: 'The General Assembly,\n\n*Recalling* its resolution 74/60 of 12 December 2019,\n\n*Noting* the report of the Secretary-General,\n\n1. *Requests* the Secretary-General to report to it at its seventy-sixth session;\n\n2. *Decides* to remain seized of the matter.\n',
      new: `The General Assembly,\n\n*Recalling* its resolution 74/60 of 12 December 2019 ${script},\n\n*Noting* the report ${image} of the Secretary-General,\n\n1. *Requests* the Secretary-General to report to it at its seventy-seventh session;\n\n2. *Decides* to remain seized of the matter.\n`,
      zh: `大会，\n\n回顾其2019年12月12日第74/60号决议${script}，\n\n注意到秘书长的报告${image}，\n\n1. 请秘书长向大会第七十七届会议提出报告；\n\n2. 决定继续处理此事项。\n`,
    }
    const files = Object.fromEntries(
      Object.entries(texts).map(([name, text]) => {
        const file = join(folder, `hostile-${name}.txt`)
        writeFileSync(file, text)
        return [name, file]
      }),
    ) as Record<keyof typeof texts, string>

    it.each([
      ['diff', [files.old, files.new]],
      ['history', [files.old, files.old, files.new]],
      ['align', [files.new, files.zh]],
    ] as const)('resdiff %s shows it as text and runs none of it', async (command, inputs) => {
      const file = join(folder, `hostile-${command}.html`)
      const run = await resdiff([command, ...inputs, '--format', 'html', '-o', file])
      expect(run.stderr).toBe('')
      const {page, errors, requests} = await openReport(file)
      expect(await page.title()).not.toContain('pwned')
      expect(await page.locator('img').count()).toBe(0)
      expect(await page.locator('script').count()).toBe(1)
      const text = await page.locator('main').innerText()
      expect(text).toContain(script)
      expect(text).toContain(image)
      expect(errors).toEqual([])
      expect(requests).toEqual([])
      await page.close()
    })
  })
})

interface DiffJson {
  summary: Record<'unchanged' | 'reworded' | 'added' | 'dropped' | 'merged' | 'split' | 'moved', number>
  changes: Array<{kind: string; moved: boolean; old: string[]; new: string[]}>
}

interface AlignJson {
  findings: number
  summary: {errors: number; warnings: number}
  pairs: Array<{en: string[]; zh: string[]; checks: Array<{message: string; en?: string; zh?: string}>}>
}

interface HistoryJson {
  summary: {paragraphs: number; fromFirst: number; neverChanged: number; dropped: number}
  paragraphs: Array<{eId: string; since: number}>
}
