import type {BeadKind} from './align.js'
import type {Anchor} from './anchors.js'
import {anchorSlot} from './evidence.js'
import {judgePhrase} from './phrase-map.js'
import type {Segment} from './segments.js'
import type {AlignCheck, AlignCounts, CheckId} from './types.js'

/** A paragraph with no counterpart, or two paragraphs rendered as one. */
export function structureChecks(kind: BeadKind, en: readonly Segment[], zh: readonly Segment[]): AlignCheck[] {
  const names = (segments: readonly Segment[]): string => segments.map((item) => item.eId).join(' and ')
  switch (kind) {
    case '1-1':
      return []
    case '1-0':
      return [
        {
          id: 'no-counterpart',
          severity: 'error',
          message: `English ${names(en)} has no Chinese counterpart`,
          en: en[0]?.text ?? '',
        },
      ]
    case '0-1':
      return [
        {
          id: 'no-counterpart',
          severity: 'error',
          message: `Chinese ${names(zh)} has no English counterpart`,
          zh: zh[0]?.text ?? '',
        },
      ]
    case '2-1':
      return [
        {
          id: 'merged',
          severity: 'warning',
          message: `English ${names(en)} are one paragraph in Chinese (${names(zh)})`,
        },
      ]
    case '1-2':
      return [{id: 'split', severity: 'warning', message: `English ${names(en)} is split in Chinese (${names(zh)})`}]
    default: {
      const exhaustive: never = kind
      return exhaustive
    }
  }
}

interface Mention {
  checkId: CheckId
  text: string
  /** Every unmatched anchor of the mention is a number in words: reported as a warning. */
  soft: boolean
}

const labels: Record<string, string> = {date: 'date', symbol: 'symbol', number: 'number'}

/** Numbers, dates, symbols and resolution numbers present on one side only, or different. */
export function anchorChecks(en: readonly Anchor[], zh: readonly Anchor[]): AlignCheck[] {
  // A list of dates may give the year once in one language and with every date in the other
  // (`of 22 October, … and 27 October 1973` / `一九七三年十月二十二日…十月二十七日`): a date
  // without a year matches the same day of any year.
  const dated = (anchor: Anchor): boolean => anchor.kind === 'date' && /^\d{4}-\d\d-\d\d$/.test(anchor.key)
  const enSlots = new Set(en.map((anchor) => anchorSlot(anchor.kind, anchor.key)))
  const zhSlots = new Set(zh.map((anchor) => anchorSlot(anchor.kind, anchor.key)))
  const daysOf = (anchors: readonly Anchor[]): Set<string> =>
    new Set(anchors.filter(dated).map((anchor) => `--${anchor.key.slice(5)}`))
  const enDays = daysOf(en)
  const zhDays = daysOf(zh)
  const found = (anchor: Anchor, other: ReadonlySet<string>): boolean => {
    if (other.has(anchorSlot(anchor.kind, anchor.key))) return true
    if (anchor.kind !== 'date') return false
    if (dated(anchor)) return other.has(anchorSlot('date', `--${anchor.key.slice(5)}`))
    return /^--\d\d-\d\d$/.test(anchor.key) && (other === enSlots ? enDays : zhDays).has(anchor.key)
  }
  const unmatched = (anchors: readonly Anchor[], other: ReadonlySet<string>): Mention[] => {
    // One written date (`21 and 22 May 2012`) may name several days: report it once.
    const mentions = new Map<string, Mention>()
    for (const anchor of anchors) {
      if (found(anchor, other)) continue
      const checkId: CheckId =
        anchor.kind === 'date' ? 'date' : anchor.kind === 'number' || anchor.kind === 'ordinal' ? 'number' : 'symbol'
      const id = `${checkId}\u0000${anchor.text}`
      const known = mentions.get(id)
      if (known) known.soft &&= anchor.kind === 'ordinal'
      else mentions.set(id, {checkId, text: anchor.text, soft: anchor.kind === 'ordinal'})
    }
    return [...mentions.values()]
  }
  const enOnly = unmatched(en, zhSlots)
  const zhOnly = unmatched(zh, enSlots)
  const checks: AlignCheck[] = citationChecks(en, zh)
  for (const checkId of ['date', 'number', 'symbol'] as const) {
    const left = enOnly.filter((mention) => mention.checkId === checkId)
    const right = zhOnly.filter((mention) => mention.checkId === checkId)
    const label = labels[checkId] ?? checkId
    if (left.length === right.length) {
      left.forEach((mention, index) => {
        const counterpart = right[index] as Mention
        checks.push({
          id: checkId,
          severity: mention.soft && counterpart.soft ? 'warning' : 'error',
          message: `The ${label} differs: “${mention.text}” in English, “${counterpart.text}” in Chinese`,
          en: mention.text,
          zh: counterpart.text,
        })
      })
      continue
    }
    for (const mention of left)
      checks.push({
        id: checkId,
        severity: mention.soft ? 'warning' : 'error',
        message: `The ${label} “${mention.text}” is in the English only`,
        en: mention.text,
      })
    for (const mention of right)
      checks.push({
        id: checkId,
        severity: mention.soft ? 'warning' : 'error',
        message: `The ${label} “${mention.text}” is in the Chinese only`,
        zh: mention.text,
      })
  }
  return checks
}

/** The same number cited as a resolution on one side and as a decision on the other. */
function citationChecks(en: readonly Anchor[], zh: readonly Anchor[]): AlignCheck[] {
  const checks: AlignCheck[] = []
  const seen = new Set<string>()
  for (const left of en) {
    if (left.kind !== 'reference' || !left.cites || seen.has(left.key)) continue
    const right = zh.find((anchor) => anchor.kind === 'reference' && anchor.key === left.key && anchor.cites)
    if (!right || right.cites === left.cites) continue
    seen.add(left.key)
    checks.push({
      id: 'symbol',
      severity: 'error',
      message: `${left.key} is cited as a ${left.cites} in English, as a ${right.cites} in Chinese`,
      en: `${left.cites} ${left.key}`,
      zh: right.text,
    })
  }
  return checks
}

/** The Chinese opening does not render the English leading phrase (EN → ZH lexicon, every variant accepted). */
export function phraseCheck(englishPhrase: string | undefined, chineseText: string): AlignCheck[] {
  if (!englishPhrase) return []
  const verdict = judgePhrase(englishPhrase, chineseText)
  if (!verdict.known || verdict.maps) return []
  const opening = [...chineseText].slice(0, 8).join('')
  return [
    {
      id: 'leading-phrase',
      severity: 'warning',
      message: `“${englishPhrase}” is rendered ${verdict.expected.map((rendering) => `“${rendering}”`).join(' or ')}, but the Chinese opens “${opening}…”`,
      en: englishPhrase,
      zh: opening,
    },
  ]
}

const punctuation: Record<string, string> = {
  ',': 'comma',
  '，': 'comma',
  '、': 'comma',
  ';': 'semicolon',
  '；': 'semicolon',
  '.': 'full stop',
  '。': 'full stop',
  ':': 'colon',
  '：': 'colon',
  '?': 'question mark',
  '？': 'question mark',
  '!': 'exclamation mark',
  '！': 'exclamation mark',
}

/** The mark that ends a text, looking through closing quotes and brackets; `none` when it ends in a word. */
export function terminalMark(text: string): string {
  let end = text.length - 1
  while (end >= 0 && closing.has(text[end] ?? '')) end--
  return punctuation[text[end] ?? ''] ?? 'none'
}

const closing = new Set([
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '”',
  '’',
  '"',
  "'",
  '»',
  ')',
  '）',
  ']',
  '】',
  '》',
  '〉',
  '」',
  '』',
  '*',
  '_',
])

/** `;` ↔ `；`, `.` ↔ `。`, `,` ↔ `，`: the two paragraphs must end alike. */
export function punctuationCheck(englishText: string, chineseText: string): AlignCheck[] {
  const enMark = terminalMark(englishText)
  const zhMark = terminalMark(chineseText)
  if (enMark === zhMark) return []
  // The last words of English, the last characters of Chinese: enough to find the place.
  const englishTail = englishText.trim().split(/\s+/).slice(-3).join(' ')
  const chineseTail = [...chineseText.trim()].slice(-6).join('')
  return [
    {
      id: 'terminal-punctuation',
      severity: 'warning',
      message: `The English ends with ${article(enMark)}, the Chinese with ${article(zhMark)}`,
      en: englishTail,
      zh: chineseTail,
    },
  ]
}

function article(mark: string): string {
  return mark === 'none' ? 'no punctuation' : `a ${mark}`
}

/** Preambular, operative and footnote counts of the two versions. */
export function countChecks(en: AlignCounts, zh: AlignCounts): AlignCheck[] {
  const checks: AlignCheck[] = []
  const compare = (id: CheckId, what: string, left: number, right: number): void => {
    if (left !== right)
      checks.push({
        id,
        severity: 'error',
        message: `${left} ${what} in English, ${right} in Chinese`,
        en: String(left),
        zh: String(right),
      })
  }
  compare('paragraph-count', 'preambular paragraphs', en.preamble, zh.preamble)
  compare('paragraph-count', 'operative paragraphs', en.operative, zh.operative)
  compare('footnote-count', 'footnotes', en.footnotes, zh.footnotes)
  return checks
}

/** A number or letter as a position: `5` → 5, `b` → 2, `ii` → 2. */
function ordinalOf(num: string | undefined): number | undefined {
  if (num === undefined) return undefined
  if (/^\d+$/.test(num)) return Number(num)
  if (/^[ivxlc]+$/.test(num) && num !== 'c' && num !== 'l' && num !== 'v' && num !== 'x') {
    const values: Record<string, number> = {i: 1, v: 5, x: 10, l: 50, c: 100}
    let total = 0
    for (let index = 0; index < num.length; index++) {
      const current = values[num[index] ?? ''] ?? 0
      const next = values[num[index + 1] ?? ''] ?? 0
      total += current < next ? -current : current
    }
    return total
  }
  if (/^[a-z]$/.test(num)) return num.charCodeAt(0) - 96
  return undefined
}

/**
 * Operative numbers and item letters of paired units should move in step. A shift right
 * after a missing, merged or split paragraph is expected (the rest was renumbered); a
 * shift between two plain pairs is reported once, where it starts.
 */
export function numberingTracker(): (kind: BeadKind, en: Segment | undefined, zh: Segment | undefined) => AlignCheck[] {
  let offset = 0
  let settled = true
  return (kind: BeadKind, en: Segment | undefined, zh: Segment | undefined): AlignCheck[] => {
    if ((en ?? zh)?.section === 'footnote') return []
    if (kind !== '1-1' || !en || !zh) {
      if ((en ?? zh)?.num !== undefined) settled = false
      return []
    }
    const left = ordinalOf(en.num)
    const right = ordinalOf(zh.num)
    if (left === undefined || right === undefined) return []
    const shift = right - left
    const wasSettled = settled
    const expected = offset
    offset = shift
    settled = true
    if (!wasSettled || shift === expected) return []
    const what = en.section === 'point' ? 'item' : 'paragraph'
    return [
      {
        id: 'numbering',
        severity: 'warning',
        message: `English ${what} ${en.num} is numbered ${zh.num} in Chinese`,
        en: en.num ?? '',
        zh: zh.num ?? '',
      },
    ]
  }
}

/** Sub-items on one side only: fine when the other side writes the same letters inline. */
export function pointsCheck(en: readonly Segment[], zh: readonly Segment[]): AlignCheck[] {
  const letters = (segments: readonly Segment[]): string[] =>
    segments.flatMap((item) => item.points.map((point) => point.num ?? ''))
  const enLetters = letters(en)
  const zhLetters = letters(zh)
  if (enLetters.length === zhLetters.length) return []
  // Item markers written in the running text of the side without a list: `(a)…，(b)…`.
  const inline = (segments: readonly Segment[]): string[] =>
    [
      ...segments
        .map((item) => item.text)
        .join(' ')
        .matchAll(/[(（]([a-z]{1,4})[)）]/g),
    ].map((match) => match[1] ?? '')
  const enWritten = enLetters.length > 0 ? enLetters : inline(en)
  const zhWritten = zhLetters.length > 0 ? zhLetters : inline(zh)
  if (enWritten.join() === zhWritten.join()) return []
  const list = (written: readonly string[]): string =>
    written.length > 0 ? written.map((letter) => `(${letter})`).join(' ') : 'none'
  return [
    {
      id: 'points',
      severity: 'error',
      message: `Sub-items ${list(enWritten)} in English, ${list(zhWritten)} in Chinese`,
      en: list(enWritten),
      zh: list(zhWritten),
    },
  ]
}
