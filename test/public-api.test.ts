import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

// Every name that the README and docs import from 'resdiff' must be exported by the package
// entry, and the entry must not leak helpers that no document names.
const documents = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]
const imported = new Set(
  documents.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import \{([^}]+)\} from 'resdiff'/g)].flatMap((match) =>
      (match[1] ?? '')
        .split(',')
        .map((name) => name.trim().replace(/^type\s+/, ''))
        .filter(Boolean),
    ),
  ),
)

describe('the public API', () => {
  it('exports every name the documentation imports', () => {
    expect([...imported].filter((name) => !(name in api))).toEqual([])
  })

  it('keeps internals out of the entry', () => {
    for (const internal of ['wrapText', 'serializeIndex', 'clearCache', 'charWidth', 'unitsOf', 'alignSequences'])
      expect(api).not.toHaveProperty(internal)
  })
})
