// What the two corpus benches (corpus.bench.js, corpus-store.bench.js) share to make their
// synthetic corpora: the real texts they start from, a seeded generator (every run builds the
// same corpus), the words a rewording draws on, the rewording itself, and the draft they trace.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {wordSpans} from '../dist/corpus/words.js'
import {parseResolution} from '../dist/parse/index.js'
import {paragraphs} from '../dist/tree/access.js'

/** The real resolutions a synthetic corpus varies. */
export const baseFiles = [
  'seeds/cop-6-2.en.txt',
  'seeds/cop-6-2.zh.txt',
  'seeds/cop-8-3.en.md',
  'seeds/cop-10-draft-mexico.en.txt',
  'fixtures/ga-74-60.en.txt',
  'fixtures/ga-75-241.en.txt',
  'fixtures/ga-78-17.en.txt',
  'fixtures/ga-79-16.en.txt',
]

let seed = 20_201_009

/** The next number of a seeded generator (mulberry32), in [0, 1). */
export function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

/** The generator's state, and setting it back: a bench that generates a sample to time it alone rewinds. */
export const generatorState = () => seed
export function rewind(state) {
  seed = state
}

export const pick = (items) => items[Math.floor(random() * items.length)]

/**
 * The words a rewording draws on, from texts in order (`{text, chinese}`): English words of four
 * letters or more, and Chinese character pairs.
 */
export function vocabulary(texts) {
  const english = texts.filter((item) => !item.chinese).flatMap((item) => item.text.match(/[a-z]{4,}/g) ?? [])
  const chinese = texts.filter((item) => item.chinese).flatMap((item) => item.text.match(/[\u4e00-\u9fff]{2}/g) ?? [])
  return {english: [...new Set(english)], chinese: [...new Set(chinese)]}
}

/**
 * A paragraph as the next session might reword it: in English one to three words replaced,
 * dropped or inserted after the leading phrase; in Chinese one two-character word replaced.
 */
export function reword(text, chinese, words) {
  if (chinese) {
    const at = 4 + Math.floor(random() * (text.length - 8))
    return text.slice(0, at) + pick(words.chinese) + text.slice(at + 2)
  }
  const parts = text.split(' ')
  for (let edit = 1 + Math.floor(random() * 3); edit > 0; edit--) {
    const at = 2 + Math.floor(random() * Math.max(1, parts.length - 3))
    const kind = random()
    if (kind < 0.5) parts[at] = pick(words.english)
    else if (kind < 0.75 && parts.length > 6) parts.splice(at, 1)
    else parts.splice(at, 0, pick(words.english))
  }
  return parts.join(' ')
}

/**
 * The 50-paragraph draft both benches trace: the tenth-session draft (45 paragraphs) and five
 * operative paragraphs of 74/60 numbered on from 25.
 */
export function fiftyParagraphDraft(root) {
  const tenth = readFileSync(path.join(root, 'seeds/cop-10-draft-mexico.en.txt'), 'utf8')
  const extra = paragraphs(parseResolution(readFileSync(path.join(root, 'fixtures/ga-74-60.en.txt'), 'utf8')))
    .filter((paragraph) => paragraph.type === 'paragraph')
    .slice(0, 5)
    .map((paragraph, index) => `${25 + index}. ${paragraph.text}`)
  return `${tenth.trimEnd()}\n\n${extra.join('\n\n')}\n`
}

/** Clauses for --text: ten words from the middle of the first twenty long paragraphs of a draft. */
export function clausesOf(draft) {
  return paragraphs(draft)
    .map((paragraph) => paragraph.text)
    .filter((text) => wordSpans(text, 'en').words.length >= 20)
    .slice(0, 20)
    .map((text) => {
      const spans = wordSpans(text, 'en')
      const from = Math.floor(spans.words.length / 2) - 5
      return text.slice(spans.starts[from], spans.ends[from + 9])
    })
}
