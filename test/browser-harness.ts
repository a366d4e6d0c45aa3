import {createRequire} from 'node:module'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'

import {launchBrowser} from '../scripts/browser.js'

let context: Promise<BrowserContext> | undefined
let profile: string | undefined

/**
 * One browser for the whole file, with a fresh profile: the Chromium that the npm package
 * @sparticuz/chromium carries (scripts/browser.js), with a CJK font from npm. Nothing from the system.
 */
export function browser(): Promise<BrowserContext> {
  if (!context) {
    profile = mkdtempSync(join(tmpdir(), 'resdiff-chromium-'))
    context = launchBrowser(chromium, profile, {viewport: {width: 1280, height: 900}})
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
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{violations: Array<{id: string; help: string; nodes: unknown[]}>}>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
    })
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)
  })
}

/**
 * How the page draws the Han characters of the elements matched by `selector`, in their own font:
 * each is painted on a canvas and the bitmaps compared. Without a CJK font every character comes
 * out the same (an empty box or nothing), so `distinct` falls to 1 and `blank` lists them.
 */
export async function distinctGlyphs(
  page: Page,
  selector: string,
): Promise<{characters: number; distinct: number; blank: string[]}> {
  return page.locator(selector).evaluateAll((elements) => {
    const characters = [
      ...new Set(
        elements
          .map((element) => element.textContent ?? '')
          .join('')
          .match(/\p{Script=Han}/gu) ?? [],
      ),
    ]
    const first = elements[0]
    if (!first) return {characters: 0, distinct: 0, blank: []}
    const canvas = document.createElement('canvas')
    canvas.width = 48
    canvas.height = 48
    const context = canvas.getContext('2d', {willReadFrequently: true})
    if (!context) throw new Error('no 2D canvas')
    context.font = `40px ${getComputedStyle(first).fontFamily}`
    const bitmaps = new Set<string>()
    const blank: string[] = []
    for (const character of characters) {
      context.clearRect(0, 0, 48, 48)
      context.fillText(character, 4, 40)
      const pixels = context.getImageData(0, 0, 48, 48).data
      let ink = 0
      for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) ink++
      if (ink === 0) blank.push(character)
      bitmaps.add(Array.from(pixels).join(','))
    }
    return {characters: characters.length, distinct: bitmaps.size, blank}
  })
}
