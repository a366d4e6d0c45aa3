import {readFileSync} from 'node:fs'

/** resdiff's own version, read once from the package.json shipped beside dist/. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
).version
