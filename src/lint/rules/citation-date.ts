import type {Citation, Lang, Resolution} from '../../tree/types.js'
import {isoDate, isRealDate, writtenDate, type WrittenDate} from '../dates.js'
import {citationNodes} from '../inline.js'
import {report} from '../report.js'
import type {LintRule} from '../types.js'

/**
 * A cited date exists, is not later than the citing document, and fits the session of the
 * cited text where the body's calendar is known: General Assembly session n meets from
 * September of 1945 + n to September of the next year (numbered n/m since 1976); a
 * Security Council resolution carries its year, `1540 (2004)`.
 */
export const citationDate: LintRule = {
  id: 'citation-date',
  severity: 'error',
  summary: 'Cited dates are real days that fit the cited session and precede the document.',
  check({tree, source, file}) {
    const own = tree.meta.adoptionDate ?? tree.meta.date
    for (const citation of citationNodes(tree)) {
      if (citation.kind === 'symbol') continue
      const date = writtenDate(citation.value, tree.lang)
      if (!date) continue
      const place = citation.position
      if (!isRealDate(date)) {
        report(file, 'citation-date', `Unexpected date \`${date.text}\` in \`${citation.value}\`: no such day, expected a real calendar date`, place)
        continue
      }
      if (own && isoDate(date) > own) {
        report(file, 'citation-date', `Unexpected date \`${date.text}\` in \`${citation.value}\`, expected a date before this document's own (${own})`, place)
        continue
      }
      const problem = sessionProblem(citation, date, citedBody(citation, tree, source))
      if (problem) report(file, 'citation-date', `Unexpected date \`${date.text}\` for ${citation.kind} ${citation.ref}, expected ${problem}`, place)
    }
  }
}

type Body = 'General Assembly' | 'Security Council' | undefined

/** The body whose text is cited, when the words just before the citation say so. */
export function citedBody(citation: Citation, tree: Resolution, source: string): Body {
  const start = citation.position?.start.offset
  if (start === undefined) return undefined
  const before = source.slice(Math.max(0, start - 40), start)
  const lang: Lang = tree.lang
  if (lang === 'zh') {
    if (/大会\s*$/u.test(before)) return 'General Assembly'
    if (/(?:安全理事会|安理会)\s*$/u.test(before)) return 'Security Council'
    if (/其\s*$/u.test(before)) return known(tree.meta.body)
    return undefined
  }
  // The citation may start at the number ("General Assembly resolution 70/1 of …").
  const lead = before.replace(/\s*(?:resolutions?|decisions?)?\s*$/u, '')
  if (/General Assembly$/u.test(lead)) return 'General Assembly'
  if (/Security Council$/u.test(lead)) return 'Security Council'
  if (/\bits$/u.test(lead)) return known(tree.meta.body)
  return undefined
}

function known(body: string | undefined): Body {
  if (body === 'General Assembly' || body === '大会') return 'General Assembly'
  if (body === 'Security Council' || body === '安全理事会' || body === '安理会') return 'Security Council'
  return undefined
}

function sessionProblem(citation: Citation, date: WrittenDate, body: Body): string | undefined {
  if (body === 'General Assembly') {
    const match = /^(\d+)\/\d+/u.exec(citation.ref)
    const session = Number(match?.[1])
    if (!match || session < 31) return undefined
    const from = `${1945 + session}-09-01`
    const to = `${1946 + session}-09-30`
    const iso = isoDate(date)
    if (iso >= from && iso <= to) return undefined
    return `a date between September ${1945 + session} and September ${1946 + session}, when the General Assembly held its ${ordinal(session)} session`
  }
  if (body === 'Security Council') {
    const year = /\((\d{4})\)/u.exec(citation.ref)?.[1]
    if (!year || Number(year) === date.year) return undefined
    return `a date in ${year}, the year the resolution number carries`
  }
  return undefined
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * Who issued the cited text, as far as the words before it say: a named body ("Human Rights
 * Council resolution 5/1"), or the citing body itself ("its resolution", a bare "resolution").
 * Citations of the same number by different bodies are different texts.
 */
export function citedIssuer(citation: Citation, tree: Resolution, source: string): string {
  const start = citation.position?.start.offset
  if (start === undefined) return 'own'
  const before = source.slice(Math.max(0, start - 80), start)
  if (tree.lang === 'zh') {
    const named = /(大会|安全理事会|安理会|人权理事会|经济及社会理事会|经社理事会)\s*$/u.exec(before)
    return named?.[1] ?? 'own'
  }
  const lead = before.replace(/\s*(?:resolutions?|decisions?)?\s*$/u, '')
  const named = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}-]*)$/u.exec(lead)
  // A capitalised word that opens the paragraph ("Recalling", "Also") names no body.
  const name = (named?.[1] ?? '').replace(/^(?:\p{Lu}\p{L}*ing\s+|Also\s+|Further\s+)+/u, '').replace(/^\p{Lu}\p{L}*ing$/u, '')
  return name === '' ? 'own' : name
}
