import type {Resolution} from '../../tree/types.js'
import type {AlignCheck, AlignPair, AlignResult} from './contracts.js'
import {documentName, sourceLine} from './documents.js'
import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {indexParagraphs, paragraphHtml, plainTextHtml, type Section, type ShownParagraph} from './paragraphs.js'

type PairKind = 'pair' | 'joined' | 'en-only' | 'zh-only'

const pairKinds: Record<PairKind, {label: string; symbol: string}> = {
  pair: {label: 'Paired', symbol: '='},
  joined: {label: 'Joined', symbol: '⇄'},
  'en-only': {label: 'English only', symbol: '−'},
  'zh-only': {label: 'Chinese only', symbol: '+'}
}
const findingSymbol = '⚠'

const sectionTitles: Record<Section, string> = {preamble: 'Preamble', operative: 'Operative part'}

function kindOf(pair: AlignPair): PairKind {
  if (pair.zh.length === 0) return 'en-only'
  if (pair.en.length === 0) return 'zh-only'
  return pair.en.length === 1 && pair.zh.length === 1 ? 'pair' : 'joined'
}

function checkId(check: AlignCheck): string | undefined {
  return check.check ?? check.rule ?? check.id
}

function findingsHtml(checks: readonly AlignCheck[], className: string): string {
  const items = checks.map((check) => {
    const id = checkId(check)
    const code = id ? ` <code>${escapeHtml(id)}</code>` : ''
    return `<li><span class="visually-hidden">Finding: </span>${escapeHtml(check.message)}${code}</li>`
  })
  return `<ul class="${className}">${items.join('')}</ul>`
}

function sideHtml(eIds: readonly string[], index: Map<string, ShownParagraph>, lang: string, missing: string): string {
  if (eIds.length === 0) return `<span class="empty">${escapeHtml(missing)}</span>`
  return eIds
    .map((eId) => {
      const paragraph = index.get(eId)
      const body = paragraph ? plainTextHtml(paragraph) : '<span class="empty">(text not found)</span>'
      return paragraphHtml(paragraph?.label ?? eId, body, `${lang.slice(0, 2)}-${idToken(eId)}`, lang)
    })
    .join('')
}

function pairRowHtml(pair: AlignPair, number: number, en: Map<string, ShownParagraph>, zh: Map<string, ShownParagraph>): string {
  const kind = kindOf(pair)
  const tags = [kind, pair.checks.length > 0 ? 'finding' : 'clean', ...(kind === 'en-only' || kind === 'zh-only' ? ['unpaired'] : [])]
  const name = pairKinds[kind]
  const count = pair.checks.length
  const flag =
    count > 0 ? `<span class="detail flag"><span aria-hidden="true">${findingSymbol}</span> ${count} ${count === 1 ? 'finding' : 'findings'}</span>` : ''
  const findings = count > 0 ? findingsHtml(pair.checks, 'findings') : '<span class="empty">None</span>'
  return (
    `<tr id="pair-${number + 1}" class="${count > 0 ? 'has-findings' : ''}" data-kind="${kind}" data-tags="${tags.join(' ')}">` +
    `<th scope="row"><span class="kind"><span class="symbol" aria-hidden="true">${name.symbol}</span> ${name.label}</span>${flag}</th>` +
    `<td data-label="English">${sideHtml(pair.en, en, 'en', 'No English paragraph')}</td>` +
    `<td data-label="Chinese">${sideHtml(pair.zh, zh, 'zh-Hans', 'No Chinese paragraph')}</td>` +
    `<td data-label="Findings">${findings}</td></tr>`
  )
}

/** The English–Chinese alignment as one self-contained HTML page, findings flagged on their rows. */
export function renderAlignHtml(result: AlignResult, enTree: Resolution, zhTree: Resolution): string {
  const en = indexParagraphs(enTree)
  const zh = indexParagraphs(zhTree)
  const sectionOf = (pair: AlignPair): Section => en.get(pair.en[0] ?? '')?.section ?? zh.get(pair.zh[0] ?? '')?.section ?? 'operative'
  const numbered = result.pairs.map((pair, number) => ({pair, number}))
  const sections = (['preamble', 'operative'] as const)
    .map((section) => {
      const own = numbered.filter(({pair}) => sectionOf(pair) === section)
      if (own.length === 0) return ''
      const headingId = `section-${section}`
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${sectionTitles[section]}</h2>
<table class="rows align">
<caption>${sectionTitles[section]}: English and Chinese paragraphs side by side, with what the checks found.</caption>
<colgroup><col class="what"><col><col><col class="found"></colgroup>
<thead><tr><th scope="col">Pair</th><th scope="col">English: ${escapeHtml(documentName(result.en))}</th><th scope="col">Chinese: ${escapeHtml(documentName(result.zh))}</th><th scope="col">Findings</th></tr></thead>
<tbody>
${own.map(({pair, number}) => pairRowHtml(pair, number, en, zh)).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')

  const count = (kind: PairKind): number => result.pairs.filter((pair) => kindOf(pair) === kind).length
  const flagged = result.pairs.filter((pair) => pair.checks.length > 0).length
  const findings = result.pairs.reduce((total, pair) => total + pair.checks.length, 0) + (result.checks?.length ?? 0)
  const unpaired = count('en-only') + count('zh-only')
  const summary: SummaryItem[] = [
    ...(['pair', 'joined', 'en-only', 'zh-only'] as const).map((kind) => ({
      label: kind === 'pair' || kind === 'joined' ? pairKinds[kind].label.toLowerCase() : pairKinds[kind].label,
      count: count(kind),
      symbol: pairKinds[kind].symbol,
      tone: kind
    })),
    {label: findings === 1 ? 'finding' : 'findings', count: findings, symbol: findingSymbol, tone: 'finding'}
  ]
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All rows', count: result.pairs.length},
    {tag: 'finding', label: 'Rows with findings', count: flagged},
    ...(unpaired > 0 ? [{tag: 'unpaired', label: 'Unpaired paragraphs', count: unpaired}] : []),
    ...(count('joined') > 0 ? [{tag: 'joined', label: 'Joined paragraphs', count: count('joined')}] : [])
  ]
  const documentChecks = result.checks ?? []
  const documentFindings =
    documentChecks.length > 0
      ? `<section aria-labelledby="document-findings"><h2 id="document-findings">Findings about the whole text</h2>${findingsHtml(documentChecks, 'doc-findings')}</section>`
      : ''
  return renderPage({
    lang: 'en',
    title: `English and Chinese: ${documentName(result.en)}`,
    sources: [sourceLine('English', result.en), sourceLine('Chinese', result.zh)],
    summary,
    filters,
    key: `${findingSymbol} marks a row where the checks found something that does not match (a number, a date, a symbol, a footnote, the opening phrase); the finding is written out in the last column.`,
    body: documentFindings + sections
  })
}

