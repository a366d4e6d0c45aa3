import {mayHoldTraditional, toSimplified} from '../parse/normalise.js'
import type {Lang} from '../tree/types.js'
import type {AlignResult} from './types.js'

/**
 * Language codes CAT tools expect: UN Chinese is simplified Chinese (`zh-CN`); a text held in
 * traditional characters (the early Security Council volumes, web copies) is `zh-TW`, so a
 * translation memory does not file it as simplified.
 */
function tmxLangs(result: AlignResult): Record<Lang, string> {
  const chinese = result.pairs.map((pair) => pair.text.zh).join('\n')
  return {en: 'en', zh: isTraditional(chinese) ? 'zh-TW' : 'zh-CN'}
}

/** Held in traditional characters: at least one Chinese character in fifty is written otherwise in simplified Chinese. */
function isTraditional(text: string): boolean {
  if (!mayHoldTraditional(text)) return false
  const simplified = toSimplified(text)
  let han = 0
  let changed = 0
  for (let at = 0; at < text.length; at++) {
    if (!/\p{Script=Han}/u.test(text[at]!)) continue
    han++
    if (simplified[at] !== text[at]) changed++
  }
  return han > 0 && changed * 50 >= han
}

export interface TmxOptions {
  version: string
}

/**
 * TMX 1.4b, one translation unit per pair that has both languages (a paragraph with no
 * counterpart is not a translation). eIds and the document symbol ride as `<prop>`.
 */
export function renderTmx(result: AlignResult, options: TmxOptions): string {
  const source = result.source
  const target: Lang = source === 'en' ? 'zh' : 'en'
  const tmxLang = tmxLangs(result)
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="resdiff" creationtoolversion="${escape(options.version)}" segtype="paragraph" o-tmf="resdiff" adminlang="en" srclang="${tmxLang[source]}" datatype="plaintext"/>`,
    '  <body>',
  ]
  for (const pair of result.pairs) {
    if (pair.en.length === 0 || pair.zh.length === 0) continue
    lines.push(`    <tu tuid="${escape(`${pair[source].join('+')}`)}">`)
    lines.push(`      <prop type="x-pair">${pair.kind}</prop>`)
    for (const lang of [source, target]) {
      lines.push(`      <tuv xml:lang="${tmxLang[lang]}">`)
      lines.push(`        <prop type="x-eId">${escape(pair[lang].join(' '))}</prop>`)
      const symbol = result[lang].symbol
      if (symbol) lines.push(`        <prop type="x-symbol">${escape(symbol)}</prop>`)
      lines.push(`        <seg>${escape(pair.text[lang])}</seg>`)
      lines.push('      </tuv>')
    }
    lines.push('    </tu>')
  }
  lines.push('  </body>', '</tmx>')
  return `${lines.join('\n')}\n`
}

/** XML-escape, and drop the control characters XML 1.0 cannot carry at all. */
function escape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
