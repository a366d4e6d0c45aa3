// Every rule's examples, kept beside it in src/lint/rules/<rule-id>/: ok.*.txt and
// not-ok.*.txt, parsed by the real parser and linted with every rule. An ok example must
// draw no message at all; a not-ok example exactly the messages in its .expected file (one per
// line), each of them the defect the example was written to show.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintRules} from '../src/lint/index.js'
import {lintFile} from './helpers/lint-file.js'

const root = 'src/lint/rules'

describe('rule examples', () => {
  const rules = readdirSync(root).sort()

  it('exist for every rule, with its page beside it', () => {
    expect(rules).toEqual(lintRules.map((rule) => rule.id).sort())
    for (const rule of lintRules) {
      for (const file of ['index.ts', 'README.md', 'ok.en.txt', 'not-ok.en.txt', 'not-ok.en.expected'])
        expect(existsSync(path.join(root, rule.id, file)), `${rule.id}/${file}`).toBe(true)
    }
  })

  for (const rule of rules) {
    for (const name of readdirSync(path.join(root, rule))
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      const key = `${rule}/${name}`
      if (name.startsWith('ok.')) {
        it(`${key} draws no message`, () => {
          expect(lintFile(path.join(root, key))).toEqual([])
        })
      } else {
        it(`${key} draws exactly its ${rule} messages`, () => {
          const expected = readFileSync(path.join(root, key.replace(/\.txt$/u, '.expected')), 'utf8')
            .split('\n')
            .filter((line) => line !== '')
          const messages = lintFile(path.join(root, key))
          expect(messages).toEqual(expected)
          expect(messages.length).toBeGreaterThan(0)
          expect(messages.every((message) => message.split(' ')[2] === rule)).toBe(true)
        })
      }
    }
  }
})
