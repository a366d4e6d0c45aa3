import type {Citation} from '../../../tree/types.js'
import {isoDate, isRealDate, writtenDate, type WrittenDate} from '../../dates.js'
import {citedBody, type Body} from '../../cited.js'
import {citationNodes} from '../../../tree/inline.js'
import type {LintRule} from '../../types.js'

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
  check({tree, source, report}) {
    const own = tree.meta.adoptionDate ?? tree.meta.date
    for (const citation of citationNodes(tree)) {
      if (citation.kind === 'symbol') continue
      const date = writtenDate(citation.value, tree.lang)
      if (!date) continue
      const place = citation.position
      if (!isRealDate(date)) {
        report(
          `Unexpected date \`${date.text}\` in \`${citation.value}\`: no such day, expected a real calendar date`,
          place,
        )
        continue
      }
      if (own && isoDate(date) > own) {
        report(
          `Unexpected date \`${date.text}\` in \`${citation.value}\`, expected a date before this document's own (${own})`,
          place,
        )
        continue
      }
      const problem = sessionProblem(citation, date, citedBody(citation, tree, source))
      if (problem)
        report(`Unexpected date \`${date.text}\` for ${citation.kind} ${citation.ref}, expected ${problem}`, place)
    }
  },
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
