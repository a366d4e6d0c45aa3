import {diffParagraphWords} from '../../diff/index.js'
import type {Part, Resolution} from '../../tree/types.js'
import type {HistoryResult, LineageStep, ParagraphLineage} from '../../diff/history.js'
import {documentName, sourceLine} from './documents.js'
import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {htmlLang, indexParagraphs, paragraphHtml, plainTextHtml, type ShownParagraph} from './paragraphs.js'
import {distributeWords} from './words.js'

const stepSymbols: Record<string, string> = {unchanged: '=', reworded: '≈', merged: '>', split: '<'}

const sectionTitles: Record<Part, string> = {preamble: 'Preamble', operative: 'Operative part'}

interface Column {
  readonly tree: Resolution
  readonly index: Map<string, ShownParagraph>
  readonly lang: string
  readonly name: string
}

/** The eIds each version held of one paragraph of the newest version, oldest version first. */
function cellsOf(lineage: ParagraphLineage, versions: number): string[][] {
  return Array.from({length: versions}, (_, version) => {
    if (version === versions - 1) return [lineage.eId]
    if (version < lineage.since) return []
    return [...new Set(lineage.steps.filter((step) => step.from === version).flatMap((step) => step.old))]
  })
}

function isChange(step: LineageStep): boolean {
  return step.kind !== 'unchanged' || step.moved
}

function stepBadge(arriving: readonly LineageStep[], version: number, since: number): string {
  if (version === since && version > 0) return '<span class="cell-kind added">+ new in this version</span>'
  if (arriving.length === 0) return ''
  const names = [
    ...new Set(
      arriving.map((step) =>
        `${stepSymbols[step.kind] ?? ''} ${step.kind}${step.moved ? ', moved' : ''}${step.renumbered ? ', renumbered' : ''}`.trim(),
      ),
    ),
  ]
  const changed = arriving.some(isChange)
  return `<span class="cell-kind${changed ? ' changed' : ''}">${escapeHtml(names.join('; '))}</span>`
}

/** One version's cell: its paragraphs, the words new in this version underlined. */
function cellHtml(
  eIds: readonly string[],
  previous: readonly string[],
  columns: readonly Column[],
  version: number,
  arriving: readonly LineageStep[],
  since: number,
): string {
  if (eIds.length === 0) return '<span class="empty">Not in this version</span>'
  const column = columns[version]!
  const shown = eIds.map((eId) => column.index.get(eId))
  let marked: string[] | undefined
  if (version > 0 && previous.length > 0 && arriving.some((step) => step.kind !== 'unchanged')) {
    const before = previous.map((eId) => columns[version - 1]?.index.get(eId)?.text ?? '').join(' ')
    const texts = shown.map((paragraph) => paragraph?.text ?? '')
    marked = distributeWords(diffParagraphWords(before, texts.join(' '), column.tree.lang), 'new', texts)
  }
  const paragraphs = eIds.map((eId, position) => {
    const paragraph = shown[position]
    const body =
      marked?.[position] ?? (paragraph ? plainTextHtml(paragraph) : '<span class="empty">(text not found)</span>')
    return paragraphHtml(paragraph?.label ?? eId, body, `v${version + 1}-${idToken(eId)}`, column.lang)
  })
  return stepBadge(arriving, version, since) + paragraphs.join('')
}

function storyOf(lineage: ParagraphLineage, versions: number): string {
  if (lineage.since > 0) return `new in v${lineage.since + 1}`
  const changedSteps = new Set(lineage.steps.filter(isChange).map((step) => step.to)).size
  if (changedSteps === 0) return 'unchanged throughout'
  return `changed in ${changedSteps} of ${versions - 1} ${versions === 2 ? 'step' : 'steps'}`
}

/**
 * A history (`resdiff/history@1`) as one self-contained HTML page: a row per paragraph of the
 * newest version, a column per version, oldest first. `trees` are the parsed versions, in the
 * same order, for the full text of each paragraph.
 */
export function renderHistoryHtml(result: HistoryResult, trees: readonly Resolution[]): string {
  if (trees.length !== result.versions.length) {
    throw new Error(
      `a history report needs the parsed text of every version: got ${trees.length} texts for ${result.versions.length} versions`,
    )
  }
  const count = result.versions.length
  const columns: Column[] = trees.map((tree, version) => ({
    tree,
    index: indexParagraphs(tree),
    lang: htmlLang(tree.lang),
    name: `v${version + 1}: ${documentName(result.versions[version]!)}`,
  }))
  const newest = columns[count - 1]!

  const rows = result.paragraphs.map((lineage) => {
    const cells = cellsOf(lineage, count)
    const changed = lineage.since > 0 || lineage.steps.some(isChange)
    const tags = [changed ? 'changed' : 'unchanged', ...(lineage.since > 0 ? ['added'] : [])]
    const kind = lineage.since > 0 ? 'added' : changed ? 'reworded' : 'unchanged'
    const paragraph = newest.index.get(lineage.eId)
    const tds = columns.map((column, version) => {
      const arriving = lineage.steps.filter((step) => step.to === version)
      return `<td data-label="${escapeHtml(column.name)}">${cellHtml(cells[version] ?? [], cells[version - 1] ?? [], columns, version, arriving, lineage.since)}</td>`
    })
    const row =
      `<tr id="row-${idToken(lineage.eId)}" data-kind="${kind}" data-tags="${tags.join(' ')}">` +
      `<th scope="row"><span class="kind">${escapeHtml(paragraph?.label ?? lineage.eId)}</span><span class="detail">${escapeHtml(storyOf(lineage, count))}</span></th>` +
      `${tds.join('')}</tr>`
    return {section: paragraph?.section ?? (lineage.eId.startsWith('preamble') ? 'preamble' : 'operative'), row}
  })

  const header = `<thead><tr><th scope="col">Paragraph</th>${columns.map((column) => `<th scope="col">${escapeHtml(column.name)}</th>`).join('')}</tr></thead>`
  const colgroup = `<colgroup><col class="what">${columns.map(() => '<col>').join('')}</colgroup>`
  const tables = (['preamble', 'operative'] as const)
    .map((section) => {
      const own = rows.filter((row) => row.section === section)
      if (own.length === 0) return ''
      const headingId = `section-${section}`
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${sectionTitles[section]}</h2>
<table class="rows history">
<caption>${sectionTitles[section]} of v${count}: each paragraph as every version had it, oldest first.</caption>
${colgroup}
${header}
<tbody>
${own.map((row) => row.row).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')

  const droppedRows = result.dropped.map((dropped) => {
    const column = columns[dropped.version]
    const paragraph = column?.index.get(dropped.eId)
    const body = paragraph ? plainTextHtml(paragraph) : escapeHtml(dropped.text)
    return (
      `<tr data-kind="dropped" data-tags="dropped" data-aux><th scope="row"><span class="kind"><span class="symbol" aria-hidden="true">−</span> last in v${dropped.version + 1}</span>` +
      `<span class="detail">gone from v${dropped.version + 2}</span></th><td data-label="Paragraph">${paragraphHtml(paragraph?.label ?? dropped.eId, body, undefined, column?.lang)}</td></tr>`
    )
  })
  const droppedTable =
    droppedRows.length === 0
      ? ''
      : `<section aria-labelledby="dropped-heading">
<h2 id="dropped-heading">Dropped along the way</h2>
<table class="rows history-dropped">
<caption>Paragraphs that are not in v${count}, with the last version that had them.</caption>
<colgroup><col class="what"><col></colgroup>
<thead><tr><th scope="col">Last in</th><th scope="col">Paragraph</th></tr></thead>
<tbody>
${droppedRows.join('\n')}
</tbody>
</table>
</section>`

  const {summary} = result
  const changedSinceFirst = summary.fromFirst - summary.neverChanged
  const added = summary.paragraphs - summary.fromFirst
  const summaryItems: SummaryItem[] = [
    {label: `paragraphs in v${count}`, count: summary.paragraphs, symbol: '¶', tone: 'unchanged'},
    {label: 'unchanged since v1', count: summary.neverChanged, symbol: '=', tone: 'unchanged'},
    {label: 'changed since v1', count: changedSinceFirst, symbol: '≈', tone: 'reworded'},
    {label: 'added after v1', count: added, symbol: '+', tone: 'added'},
    {label: 'dropped along the way', count: summary.dropped, symbol: '−', tone: 'dropped'},
  ]
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All paragraphs', count: summary.paragraphs},
    {tag: 'changed', label: 'Changed or added', count: summary.paragraphs - summary.neverChanged},
    {tag: 'unchanged', label: 'Unchanged since v1', count: summary.neverChanged},
    ...(added > 0 ? [{tag: 'added', label: 'Added after v1', count: added}] : []),
  ]
  return renderPage({
    lang: 'en',
    title: `History of ${documentName(result.versions[count - 1]!)} across ${count} versions`,
    sources: result.versions.map((version, position) => sourceLine(`v${position + 1}`, version)),
    summary: summaryItems,
    filters,
    key:
      'Each cell says how that version’s paragraph came from the version before it; words new in that version are <ins>underlined</ins>. ' +
      'Read a row from left to right to follow one paragraph through the sessions.',
    body: tables + droppedTable,
  })
}
