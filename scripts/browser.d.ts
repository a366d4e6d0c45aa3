import type {BrowserContext, BrowserType} from 'playwright-core'

export const chromiumArgs: string[]
export function woffToSfnt(woff: Buffer): Buffer
export function chromiumInstall(): Promise<{executablePath: string; env: Record<string, string>}>
export function launchBrowser(chromium: BrowserType, profile: string, options?: object): Promise<BrowserContext>
