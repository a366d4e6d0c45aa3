import type {Lang, Resolution} from '../../tree/types.js'
import type {AlignCheck, AlignPair, AlignResult, AlignSide} from '../../bilingual/types.js'
import {documentName, sourceLine, type DocumentRef} from './documents.js'
import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {htmlLang, indexUnits, paragraphHtml, plainTextHtml, type ShownUnit} from './paragraphs.js'

type PairKind = 'pair' | 'joined' | 'en-only' | 'zh-only'

const languageNames: Record<Lang, string> = {en: 'English', zh: 'Chinese'}

const pairKinds: Record<PairKind, {label: (left: Lang) => string; symbol: string}> = {
  pair: {label: () => 'Paired', symbol: '='},
  joined: {label: () => 'Joined', symbol: '⇄'},
  'en-only': {label: () => 'English only', symbol: '◧'},
  'zh-only': {label: () => 'Chinese only', symbol: '◨'},
}
const severitySymbols: Record<string, string> = {error: '✖', warning: '⚠'}

/** The parts of the page rows are grouped under, and the alignment sections each holds. */
const groups = [
  {id: 'preamble', title: 'Preamble', sections: ['formula', 'preamble']},
  {id: 'operative', title: 'Operative part', sections: ['operative', 'point']},
  {id: 'conclusions', title: 'Closing lines', sections: ['conclusions']},
  {id: 'footnotes', title: 'Footnotes', sections: ['footnote']},
] as const

function kindOf(pair: AlignPair): PairKind {
  if (pair.zh.length === 0) return 'en-only'
  if (pair.en.length === 0) return 'zh-only'
  return pair.en.length === 1 && pair.zh.length === 1 ? 'pair' : 'joined'
}

function severityOf(check: AlignCheck): string {
  return check.severity === 'error' ? 'error' : 'warning'
}

function findingHtml(check: AlignCheck): string {
  const severity = severityOf(check)
  const quoted = (lang: Lang, value: string | undefined): string =>
    value
      ? `<span class="quoted">${languageNames[lang]}: <q lang="${htmlLang(lang)}">${escapeHtml(value)}</q></span>`
      : ''
  const id = check.id ? ` <code>${escapeHtml(check.id)}</code>` : ''
  return (
    `<li class="${severity}"><span class="severity"><span aria-hidden="true">${severitySymbols[severity]}</span> ${severity === 'error' ? 'Error' : 'Warning'}:</span> ` +
    `${escapeHtml(check.message)}${id}${quoted('en', check.en)}${quoted('zh', check.zh)}</li>`
  )
}

function findingsHtml(checks: readonly AlignCheck[], className: string): string {
  return `<ul class="${className}">${checks.map(findingHtml).join('')}</ul>`
}

/** Text with the words a finding names highlighted, so the eye lands on what to check. */
function markedHtml(text: string, needles: readonly string[]): string | undefined {
  const found = [...new Set(needles.filter((needle) => needle.trim() !== '' && text.includes(needle)))].sort(
    (a, b) => b.length - a.length,
  )
  if (found.length === 0) return undefined
  const marked = new Array<boolean>(text.length).fill(false)
  for (const needle of found) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      for (let position = at; position < at + needle.length; position += 1) marked[position] = true
    }
  }
  let html = ''
  let start = 0
  for (let position = 1; position <= text.length; position += 1) {
    if (position === text.length || marked[position] !== marked[start]) {
      const piece = escapeHtml(text.slice(start, position))
      html += marked[start] ? `<mark>${piece}</mark>` : piece
      start = position
    }
  }
  return html
}

interface SideContext {
  readonly lang: Lang
  readonly index: Map<string, ShownUnit>
}

function sideHtml(pair: AlignPair, side: SideContext): string {
  const eIds = side.lang === 'en' ? pair.en : pair.zh
  if (eIds.length === 0) return `<span class="empty">No ${languageNames[side.lang]} counterpart</span>`
  const needles = pair.checks.map((check) => (side.lang === 'en' ? check.en : check.zh) ?? '')
  const lang = htmlLang(side.lang)
  // One unit: show the text the aligner compared (a paragraph whose points are paired apart shows only its lead-in).
  const compared = eIds.length === 1 ? pair.text?.[side.lang] : undefined
  return eIds
    .map((eId) => {
      const unit = side.index.get(eId)
      const text = compared ?? unit?.text
      const body =
        text === undefined
          ? '<span class="empty">(text not found)</span>'
          : (markedHtml(text, needles) ?? plainTextHtml({text, leadingPhrase: unit?.leadingPhrase}))
      return paragraphHtml(unit?.label ?? eId, body, `${side.lang}-${idToken(eId)}`, lang)
    })
    .join('')
}

function pairRowHtml(pair: AlignPair, number: number, sides: readonly [SideContext, SideContext]): string {
  const kind = kindOf(pair)
  const errors = pair.checks.filter((check) => severityOf(check) === 'error').length
  const tags = [
    kind,
    pair.checks.length > 0 ? 'finding' : 'clean',
    ...(errors > 0 ? ['error'] : []),
    ...(kind === 'en-only' || kind === 'zh-only' ? ['unpaired'] : []),
  ]
  const name = pairKinds[kind]
  const count = pair.checks.length
  const details: string[] = []
  if (pair.kind && kind === 'joined')
    details.push(`<span class="detail">${escapeHtml(pair.kind.replace('-', ' : '))}</span>`)
  if (count > 0) {
    details.push(
      `<span class="detail flag"><span aria-hidden="true">${errors > 0 ? severitySymbols['error'] : severitySymbols['warning']}</span> ${count} ${count === 1 ? 'finding' : 'findings'}</span>`,
    )
  }
  const findings = count > 0 ? findingsHtml(pair.checks, 'findings') : '<span class="empty">None</span>'
  const cells = sides
    .map((side) => `<td data-label="${languageNames[side.lang]}">${sideHtml(pair, side)}</td>`)
    .join('')
  return (
    `<tr id="pair-${number + 1}"${count > 0 ? ' class="has-findings"' : ''} data-kind="${kind}" data-tags="${tags.join(' ')}">` +
    `<th scope="row"><span class="kind"><span class="symbol" aria-hidden="true">${name.symbol}</span> ${name.label(sides[0].lang)}</span>${details.join('')}</th>` +
    `${cells}<td data-label="Findings">${findings}</td></tr>`
  )
}

/** The side as the page names it: the aligner gives a resolution number as `symbol` when the text has no symbol. */
function sideOf(side: AlignSide, tree: Resolution): Omit<AlignSide, 'symbol'> & DocumentRef {
  const number = tree.meta.number ?? null
  const symbol = tree.meta.symbol ?? (side.symbol === number ? null : side.symbol)
  return {...side, symbol, number}
}

function countsLine(side: Pick<AlignSide, 'counts'>): string {
  const counts = side.counts
  if (!counts) return ''
  return `; ${counts.preamble} preambular, ${counts.operative} operative, ${counts.points} sub-items, ${counts.footnotes} footnotes`
}

/**
 * The English–Chinese alignment as one self-contained HTML page, findings flagged on their rows.
 * The two trees may come in either order; the language given first (`source`) goes on the left.
 */
export function renderAlignHtml(
  result: AlignResult,
  first: Resolution,
  second: Resolution,
  options: {readonly findingsOnly?: boolean} = {},
): string {
  const treeOf = (lang: Lang): Resolution => (first.lang === lang ? first : second)
  const enTree = treeOf('en')
  const zhTree = treeOf('zh')
  const en = sideOf(result.en, enTree)
  const zh = sideOf(result.zh, zhTree)
  const enSide: SideContext = {lang: 'en', index: indexUnits(enTree)}
  const zhSide: SideContext = {lang: 'zh', index: indexUnits(zhTree)}
  const sides = result.source === 'zh' ? ([zhSide, enSide] as const) : ([enSide, zhSide] as const)
  const documents = {en, zh}
  const sectionOf = (pair: AlignPair): string =>
    pair.section ??
    enSide.index.get(pair.en[0] ?? '')?.section ??
    zhSide.index.get(pair.zh[0] ?? '')?.section ??
    'operative'
  const numbered = result.pairs.map((pair, number) => ({pair, number}))
  const tables = groups
    .map((group) => {
      const own = numbered.filter(({pair}) => (group.sections as readonly string[]).includes(sectionOf(pair)))
      if (own.length === 0) return ''
      const headingId = `section-${group.id}`
      const columns = sides
        .map(
          (side) =>
            `<th scope="col">${languageNames[side.lang]}: ${escapeHtml(documentName(documents[side.lang]))}</th>`,
        )
        .join('')
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${group.title}</h2>
<table class="rows align">
<caption>${group.title}: ${languageNames[sides[0].lang]} and ${languageNames[sides[1].lang]} side by side, with what the checks found.</caption>
<colgroup><col class="what"><col><col><col class="found"></colgroup>
<thead><tr><th scope="col">Pair</th>${columns}<th scope="col">Findings</th></tr></thead>
<tbody>
${own.map(({pair, number}) => pairRowHtml(pair, number, sides)).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')

  const count = (kind: PairKind): number => result.pairs.filter((pair) => kindOf(pair) === kind).length
  const allChecks = [...(result.checks ?? []), ...result.pairs.flatMap((pair) => pair.checks)]
  const errors = allChecks.filter((check) => severityOf(check) === 'error').length
  const warnings = allChecks.length - errors
  const flagged = result.pairs.filter((pair) => pair.checks.length > 0).length
  const unpaired = count('en-only') + count('zh-only')
  const summary: SummaryItem[] = [
    ...(['pair', 'joined', 'en-only', 'zh-only'] as const).map((kind) => ({
      label:
        kind === 'pair' || kind === 'joined'
          ? pairKinds[kind].label(sides[0].lang).toLowerCase()
          : pairKinds[kind].label(sides[0].lang),
      count: count(kind),
      symbol: pairKinds[kind].symbol,
      tone: kind,
    })),
    {label: errors === 1 ? 'error' : 'errors', count: errors, symbol: severitySymbols['error'] ?? '', tone: 'dropped'},
    {
      label: warnings === 1 ? 'warning' : 'warnings',
      count: warnings,
      symbol: severitySymbols['warning'] ?? '',
      tone: 'finding',
    },
  ]
  const rowsWithErrors = result.pairs.filter((pair) =>
    pair.checks.some((check) => severityOf(check) === 'error'),
  ).length
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All rows', count: result.pairs.length},
    // `--findings-only`: the page opens on the flagged rows (All still shows every pair).
    {
      tag: 'finding',
      label: 'Rows with findings',
      count: flagged,
      initial: options.findingsOnly === true && flagged > 0,
    },
    ...(rowsWithErrors > 0 ? [{tag: 'error', label: 'Rows with errors', count: rowsWithErrors}] : []),
    ...(unpaired > 0 ? [{tag: 'unpaired', label: 'Unpaired', count: unpaired}] : []),
    ...(count('joined') > 0 ? [{tag: 'joined', label: 'Joined', count: count('joined')}] : []),
  ]
  const documentChecks = result.checks ?? []
  const documentFindings =
    documentChecks.length > 0
      ? `<section aria-labelledby="document-findings"><h2 id="document-findings">Findings about the whole text</h2>${findingsHtml(documentChecks, 'doc-findings')}</section>\n`
      : ''
  return renderPage({
    lang: 'en',
    title: `English and Chinese: ${documentName(en)}`,
    sources: sides.map(
      (side) =>
        sourceLine(languageNames[side.lang], documents[side.lang]) + escapeHtml(countsLine(documents[side.lang])),
    ),
    summary,
    filters,
    key:
      `${severitySymbols['error']} errors and ${severitySymbols['warning']} warnings mark rows where the checks found something that does not match ` +
      '(a number, a date, a symbol, a footnote marker, the opening phrase); the finding is written out in the last column and the words it names are <mark>highlighted</mark> in the text.',
    body: documentFindings + tables,
  })
}
