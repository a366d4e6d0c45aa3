import {createRequire} from 'node:module'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'

/** Debian's Chromium; playwright-core drives it and never downloads a browser of its own. */
export const chromiumPath = process.env['RESDIFF_CHROMIUM'] ?? '/usr/bin/chromium'

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

let context: Promise<BrowserContext> | undefined
let profile: string | undefined

/** One browser for the whole file, with a fresh profile; a missing Chromium fails, never skips. */
export function browser(): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}: the HTML reports are tested in a real browser. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does) or set RESDIFF_CHROMIUM to its path.'
    )
  }
  if (!context) {
    profile = mkdtempSync(join(tmpdir(), 'resdiff-chromium-'))
    context = chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      viewport: {width: 1280, height: 900},
      offline: true
    })
  }
  return context
}

export async function closeBrowser(): Promise<void> {
  if (context) await (await context).close()
  if (profile) rmSync(profile, {recursive: true, force: true})
  context = undefined
  profile = undefined
}

/** A report opened the way a person opens it (a file:// URL), with everything it tries recorded. */
export interface OpenedReport {
  page: Page
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[]
  /** Every request other than the report file itself. */
  requests: string[]
}

export async function openReport(file: string, viewport = {width: 1280, height: 900}): Promise<OpenedReport> {
  const page = await (await browser()).newPage()
  await page.setViewportSize(viewport)
  const url = pathToFileURL(file).href
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url())
  })
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()))
  await page.goto(url, {waitUntil: 'load'})
  return {page, errors, requests}
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * What axe-core finds against WCAG 2.1 A and AA and its best practices, as "rule: help (count)".
 * Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; help: string; nodes: unknown[]}>}>}}).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)
  })
}
