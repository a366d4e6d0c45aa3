import type {Lang} from '../tree/types.js'

/** Chinese when Chinese characters outnumber Latin letters by a fair margin in a sample. */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  // Counted by removing everything else (native code, where a loop over the characters runs
  // in the interpreter the first time): code units of the CJK block, and ASCII letters.
  const chinese = sample.replace(/[^\u3400-\u9fff]+/g, '').length
  // Latin letters are counted only when the answer hangs on them: with no Chinese at all, or
  // with more Chinese than half of everything else, it does not.
  if (chinese === 0) return 'en'
  if (chinese * 2 > sample.length - chinese) return 'zh'
  const latin = sample.replace(/[^a-z]+/gi, '').length
  return chinese * 2 > latin ? 'zh' : 'en'
}

/**
 * Function words of the other Latin-script languages the United Nations writes in, which every
 * sentence has and English lacks (`les`, `des`, `et`; `los`, `del`, `y`), and English's own.
 */
const functionWords: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['English', new Set('the of and to in that is for by with on which its as this from are has have'.split(' '))],
  [
    'French',
    new Set('les des du et au aux sur pour dans une est sont ces cette leur leurs avec selon sa ses'.split(' ')),
  ],
  ['Spanish', new Set('el los las del y por para con al una sus su como sobre entre también'.split(' '))],
]

/**
 * The language a text is plainly written in when resdiff does not read it: `French`, `Spanish`,
 * `Russian`, `Arabic` (the other languages of the United Nations); undefined for English,
 * Chinese, and a text that mixes English with another (the Security Council's bilingual volumes
 * print English beside French). Decided on a sample: a script, or function words, with English's
 * well under a quarter of them.
 */
export function otherLanguage(text: string): string | undefined {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  // Cheap first: English prose says ` the ` again and again.
  let english = 0
  for (let at = sample.indexOf(' the '); at >= 0 && english < 8; at = sample.indexOf(' the ', at + 4)) english++
  if (english >= 8) return undefined
  const latin = sample.replace(/[^a-z]+/gi, '').length
  const cyrillic = sample.replace(/[^\u0400-\u04ff]+/g, '').length
  const arabic = sample.replace(/[^\u0600-\u06ff]+/g, '').length
  if (cyrillic >= 100 && cyrillic > 2 * latin) return 'Russian'
  if (arabic >= 100 && arabic > 2 * latin) return 'Arabic'
  if (sample.replace(/[^\u3400-\u9fff]+/g, '').length > 0) return undefined
  const counts = new Map<string, number>()
  for (const match of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [name, words] of functionWords) if (words.has(match[0])) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const own = counts.get('English') ?? 0
  let best: string | undefined
  let most = 0
  for (const [name, count] of counts) if (name !== 'English' && count > most) [best, most] = [name, count]
  return best !== undefined && most >= 12 && own * 4 < most ? best : undefined
}
