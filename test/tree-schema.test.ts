import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {treeDocument} from '../src/cli/commands/parse-run.js'
import {documents, parseDocument, root, type DocumentName} from './helpers.js'

const schema = JSON.parse(readFileSync(path.join(root, 'docs/schema/tree.schema.json'), 'utf8'))
const ajv = new Ajv2020.default({allErrors: true, strict: true})
const validate = ajv.compile(schema)

describe('resdiff/tree@1 JSON Schema', () => {
  for (const name of Object.keys(documents) as DocumentName[]) {
    it(`validates the tree of ${documents[name]}`, () => {
      const document = JSON.parse(JSON.stringify(treeDocument(parseDocument(name), documents[name])))
      const valid = validate(document)
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    })
  }

  it('rejects a tree that breaks the contract', () => {
    const document = JSON.parse(JSON.stringify(treeDocument(parseDocument('cop62en'), 'x')))
    document.children[1].children[1].eId = 'p3'
    expect(validate(document)).toBe(false)
  })
})
