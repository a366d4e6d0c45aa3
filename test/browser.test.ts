import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, describe, expect, it} from 'vitest'
import {renderDiffHtml} from '../src/report/html/index.js'
import {browser, closeBrowser, openReport} from './browser-harness.js'
import {diffResult, hostile, newTree, oldTree} from './report-samples.js'

const folder = mkdtempSync(join(tmpdir(), 'resdiff-report-'))

afterAll(async () => {
  await closeBrowser()
  rmSync(folder, {recursive: true, force: true})
})

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
  return page.locator('tbody tr[data-tags]:not([data-aux])').evaluateAll((rows) =>
    rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.getAttribute('data-kind') ?? '')
  )
}

describe('HTML reports in Chromium', () => {
  it('finds Chromium and opens a page', async () => {
    const context = await browser()
    expect(context.pages().length).toBeGreaterThanOrEqual(0)
  })

  describe('diff report of a hand-made pair with every kind of change', () => {
    const file = write('sample-diff.html', renderDiffHtml(diffResult, oldTree, newTree))

    it('shows the counts and one row per change, with no console error and no request', async () => {
      const {page, errors, requests} = await openReport(file)
      expect(await summaryCounts(page)).toEqual({
        unchanged: 3,
        reworded: 2,
        added: 1,
        dropped: 1,
        merged: 1,
        split: 1,
        moved: 1
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
      await page.getByText('Changed only').click()
      const kinds = await visibleRowKinds(page)
      // The unchanged paragraph that moved stays: moving is a change.
      expect(kinds).toEqual(['reworded', 'dropped', 'added', 'reworded', 'unchanged', 'merged', 'split'])
      expect(await page.getByRole('status').innerText()).toBe('Showing 7 of 9 rows: changed only.')
      await page.getByText('Only added').click()
      expect(await visibleRowKinds(page)).toEqual(['added'])
      await page.getByText('All paragraphs').click()
      expect(await visibleRowKinds(page)).toHaveLength(9)
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
      expect(await page.getByRole('heading', {level: 1}).innerText()).toBe('Changes from CTOC/COP/2012/1 to CTOC/COP/2016/2')
      expect(await page.getByRole('heading', {level: 2}).allInnerTexts()).toEqual(['Summary', 'Preamble', 'Operative part'])
      const tables = page.getByRole('table')
      expect(await tables.count()).toBe(2)
      expect(await page.getByRole('table', {name: /Operative part/}).getByRole('rowheader').count()).toBe(6)
      expect(await page.getByRole('columnheader').allInnerTexts()).toContain('New: CTOC/COP/2016/2')
      await page.close()
    })

    it('fits a narrow screen without sideways scrolling, and prints without the filter buttons', async () => {
      const {page} = await openReport(file, {width: 360, height: 740})
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await page.locator('#filters').isVisible()).toBe(true)
      await page.emulateMedia({media: 'print'})
      expect(await page.locator('#filters').isVisible()).toBe(false)
      expect(await visibleRowKinds(page)).toHaveLength(9)
      const pdf = await page.pdf({format: 'A4'})
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      await page.close()
    })
  })
})
