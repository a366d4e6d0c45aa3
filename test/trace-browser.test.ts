import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {indexFiles, traceReport, traceResolution, type TraceReport} from '../src/corpus/index.js'
import {renderTraceHtml} from '../src/report/html/index.js'
import {accessibilityViolations, closeBrowser, openReport} from './browser-harness.js'
import {documents, parseDocument, root} from './helpers.js'

const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-trace-html-'))
let file: string
let report: TraceReport

beforeAll(async () => {
  const {index} = await indexFiles([path.join(root, documents.cop62en), path.join(root, documents.cop83)])
  const draft = parseDocument('cop10draft')
  report = traceReport({
    draft: {file: documents.cop10draft, lang: 'en', date: '2020-10-09'},
    index,
    options: {top: 3, threshold: 0.35},
    paragraphs: traceResolution(index, draft, {top: 3}),
  })
  file = path.join(folder, 'trace.html')
  writeFileSync(file, renderTraceHtml(report))
})

afterAll(async () => {
  await closeBrowser()
  rmSync(folder, {recursive: true, force: true})
})

async function visibleKinds(page: Awaited<ReturnType<typeof openReport>>['page']): Promise<string[]> {
  return page
    .locator('tbody tr[data-tags]')
    .evaluateAll((rows) =>
      rows
        .filter((row) => (row as HTMLElement).offsetParent !== null)
        .map((row) => row.getAttribute('data-kind') ?? ''),
    )
}

describe('trace HTML report in Chromium', () => {
  it('shows a row per draft paragraph and filters to new language, with no error, request or accessibility violation', async () => {
    const {page, errors, requests} = await openReport(file)
    expect(await visibleKinds(page)).toHaveLength(report.summary.paragraphs)
    await page.getByRole('radio', {name: /^New language/}).check()
    const kinds = await visibleKinds(page)
    expect(kinds).toHaveLength(report.summary.new)
    expect(new Set(kinds)).toEqual(new Set(['added']))
    await page.getByRole('radio', {name: /^Found earlier/}).check()
    expect(await visibleKinds(page)).toHaveLength(report.summary.traced)
    expect(await page.locator('#row-para_3 ins').count()).toBeGreaterThan(0)
    expect(await page.locator('#row-para_3 del').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    expect(errors).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })
})
