import {readFileSync, writeFileSync} from 'node:fs'
import {it} from 'vitest'
import {renderAlignHtml} from '../src/report/html/align.js'
import {parseResolution} from '../src/parse/index.js'
import {decodeResolution} from '../src/read/decode.js'
import {paragraphs} from '../src/tree/access.js'
it('writes', () => {
  const en = parseResolution(decodeResolution(readFileSync('seeds/cop-6-2.en.txt')).text, {lang: 'en'})
  const zh = parseResolution(decodeResolution(readFileSync('seeds/cop-6-2.zh.txt')).text, {lang: 'zh'})
  const e = paragraphs(en), z = paragraphs(zh)
  const pairs = e.map((p, i) => ({en: [p.eId], zh: [z[i]!.eId], checks: i === 1 ? [{check: 'date-mismatch', message: 'Date 22 October 2010 appears in English only'}] : []}))
  writeFileSync('/tmp/align.html', renderAlignHtml({schema: 'resdiff/align@1', en: {file: 'seeds/cop-6-2.en.txt', symbol: en.meta.symbol ?? null, lang: 'en'}, zh: {file: 'seeds/cop-6-2.zh.txt', symbol: zh.meta.symbol ?? null, lang: 'zh'}, pairs, checks: [{check: 'footnote-count', message: 'English has 7 footnotes, Chinese 6'}]}, en, zh))
})
