import type {Resolution} from '../../tree/types.js'
import type {DiffChange, DiffResult, DocumentRef, LinkKind} from './contracts.js'
import {documentName, sourceLine} from './documents.js'
import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {htmlLang, indexParagraphs, paragraphHtml, plainTextHtml, type Section, type ShownParagraph} from './paragraphs.js'
import {distributeWords} from './words.js'

/** One version of the text, oldest first. */
export interface HistoryVersion {
  readonly document: DocumentRef
  readonly tree: Resolution
}

const stepNames: Record<LinkKind, {label: string; symbol: string}> = {
  unchanged: {label: 'unchanged', symbol: '='},
  reworded: {label: 'reworded', symbol: '≈'},
  added: {label: 'added', symbol: '+'},
  dropped: {label: 'dropped', symbol: '−'},
  merged: {label: 'merged', symbol: '>'},
  split: {label: 'split', symbol: '<'}
}

const sectionTitles: Record<Section, string> = {preamble: 'Preamble', operative: 'Operative part'}

/** The change of one step that produced a paragraph of the later version. */
function changeMaking(step: DiffResult, eId: string): DiffChange | undefined {
  return step.changes.find((change) => change.new.includes(eId))
}

/** The paragraphs each version held of one paragraph of the newest version, oldest first. */
function lineage(eId: string, steps: readonly DiffResult[]): string[][] {
  const cells: string[][] = [[eId]]
  for (let step = steps.length - 1; step >= 0; step -= 1) {
    const later = cells[0] ?? []
    const earlier = new Set<string>()
    for (const id of later) for (const old of changeMaking(steps[step]!, id)?.old ?? []) earlier.add(old)
    cells.unshift([...earlier])
  }
  return cells
}

function isChange(change: DiffChange | undefined): boolean {
  return change !== undefined && (change.kind !== 'unchanged' || change.moved)
}

interface Column {
  readonly version: HistoryVersion
  readonly index: Map<string, ShownParagraph>
  readonly lang: string
  readonly name: string
}

/** One version's cell: how this version's paragraphs came from the previous version, insertions marked. */
function cellHtml(eIds: readonly string[], column: Column, step: DiffResult | undefined, position: number): string {
  if (eIds.length === 0) return '<span class="empty">Not in this version</span>'
  const badges: string[] = []
  const paragraphs = eIds.map((eId) => {
    const paragraph = column.index.get(eId)
    const label = paragraph?.label ?? eId
    const id = `v${position + 1}-${idToken(eId)}`
    const change = step ? changeMaking(step, eId) : undefined
    if (change) {
      const name = stepNames[change.kind]
      const moved = change.moved ? ', moved' : ''
      badges.push(`${name.symbol} ${name.label}${moved}`)
    }
    if (change?.words && change.kind !== 'unchanged') {
      const texts = change.new.map((newId) => column.index.get(newId)?.text ?? '')
      const marked = distributeWords(change.words, 'new', texts)?.[change.new.indexOf(eId)]
      if (marked !== undefined) return paragraphHtml(label, marked, id, column.lang)
    }
    return paragraphHtml(label, paragraph ? plainTextHtml(paragraph) : '<span class="empty">(text not found)</span>', id, column.lang)
  })
  const unique = [...new Set(badges)]
  const changed = step !== undefined && eIds.some((eId) => isChange(changeMaking(step, eId)))
  const added = unique.some((badge) => badge.includes('added'))
  const badge = unique.length > 0 ? `<span class="cell-kind${added ? ' added' : changed ? ' changed' : ''}">${escapeHtml(unique.join('; '))}</span>` : ''
  return badge + paragraphs.join('')
}

/**
 * Successive versions as one self-contained HTML page: a row per paragraph of the newest version,
 * a column per version, built by chaining the diffs of each version with the next.
 */
export function renderHistoryHtml(versions: readonly HistoryVersion[], steps: readonly DiffResult[]): string {
  if (versions.length < 2 || steps.length !== versions.length - 1) {
    throw new Error(`a history needs one diff per pair of successive versions: got ${versions.length} versions and ${steps.length} diffs`)
  }
  const columns: Column[] = versions.map((version, position) => ({
    version,
    index: indexParagraphs(version.tree),
    lang: htmlLang(version.document.lang),
    name: `v${position + 1}: ${documentName(version.document)}`
  }))
  const newest = columns[columns.length - 1]!
  const newestParagraphs = [...newest.index.values()].filter((paragraph) => steps.at(-1)?.changes.some((change) => change.new.includes(paragraph.eId)))

  const rows = newestParagraphs.map((paragraph) => {
    const cells = lineage(paragraph.eId, steps)
    const stepChanges = steps.map((step, position) => (cells[position + 1] ?? []).map((eId) => changeMaking(step, eId)))
    const firstVersion = cells.findIndex((eIds) => eIds.length > 0)
    const changedSteps = stepChanges.filter((changes) => changes.some(isChange)).length
    const tags = [changedSteps > 0 ? 'changed' : 'unchanged', ...(firstVersion > 0 ? ['added'] : [])]
    const story =
      firstVersion > 0
        ? `new in v${firstVersion + 1}`
        : changedSteps === 0
          ? 'unchanged throughout'
          : `changed in ${changedSteps} of ${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`
    const kind = firstVersion > 0 ? 'added' : changedSteps > 0 ? 'reworded' : 'unchanged'
    const row =
      `<tr id="row-${idToken(paragraph.eId)}" data-kind="${kind}" data-tags="${tags.join(' ')}">` +
      `<th scope="row"><span class="kind">${escapeHtml(paragraph.label)}</span><span class="detail">${escapeHtml(story)}</span></th>` +
      columns.map((column, position) => `<td data-label="${escapeHtml(column.name)}">${cellHtml(cells[position] ?? [], column, steps[position - 1], position)}</td>`).join('') +
      '</tr>'
    return {paragraph, row, tags}
  })

  const header = `<thead><tr><th scope="col">Paragraph</th>${columns.map((column) => `<th scope="col">${escapeHtml(column.name)}</th>`).join('')}</tr></thead>`
  const colgroup = `<colgroup><col class="what">${columns.map(() => '<col>').join('')}</colgroup>`
  const tables = (['preamble', 'operative'] as const)
    .map((section) => {
      const own = rows.filter((row) => row.paragraph.section === section)
      if (own.length === 0) return ''
      const headingId = `section-${section}`
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${sectionTitles[section]}</h2>
<table class="rows history">
<caption>${sectionTitles[section]} of the newest version: each paragraph as every version had it, oldest first.</caption>
${colgroup}
${header}
<tbody>
${own.map((row) => row.row).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')

  const dropped = steps.flatMap((step, position) =>
    step.changes
      .filter((change) => change.new.length === 0)
      .flatMap((change) => change.old.map((eId) => ({eId, position, paragraph: columns[position]?.index.get(eId)})))
  )
  const droppedTable =
    dropped.length === 0
      ? ''
      : `<section aria-labelledby="dropped-heading">
<h2 id="dropped-heading">Dropped along the way</h2>
<table class="rows history-dropped">
<caption>Paragraphs that are not in the newest version, with the last version that had them.</caption>
<colgroup><col class="what"><col></colgroup>
<thead><tr><th scope="col">Last in</th><th scope="col">Paragraph</th></tr></thead>
<tbody>
${dropped
  .map(({eId, position, paragraph}) => {
    const column = columns[position]!
    const body = paragraph ? plainTextHtml(paragraph) : '<span class="empty">(text not found)</span>'
    return (
      `<tr data-kind="dropped" data-tags="dropped" data-aux><th scope="row"><span class="kind"><span class="symbol" aria-hidden="true">−</span> v${position + 1}</span>` +
      `<span class="detail">dropped in v${position + 2}</span></th><td data-label="Paragraph">${paragraphHtml(paragraph?.label ?? eId, body, undefined, column.lang)}</td></tr>`
    )
  })
  .join('\n')}
</tbody>
</table>
</section>`

  const count = (tag: string): number => rows.filter((row) => row.tags.includes(tag)).length
  const summary: SummaryItem[] = [
    {label: `paragraphs in v${columns.length}`, count: rows.length, symbol: '¶', tone: 'unchanged'},
    {label: 'unchanged throughout', count: count('unchanged'), symbol: '=', tone: 'unchanged'},
    {label: 'changed since v1', count: rows.filter((row) => row.tags.includes('changed') && !row.tags.includes('added')).length, symbol: '≈', tone: 'reworded'},
    {label: 'added after v1', count: count('added'), symbol: '+', tone: 'added'},
    {label: 'dropped along the way', count: dropped.length, symbol: '−', tone: 'dropped'}
  ]
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All paragraphs', count: rows.length},
    {tag: 'changed', label: 'Changed at some step', count: count('changed')},
    {tag: 'unchanged', label: 'Unchanged throughout', count: count('unchanged')},
    ...(count('added') > 0 ? [{tag: 'added', label: 'Added after v1', count: count('added')}] : [])
  ]
  return renderPage({
    lang: 'en',
    title: `History of ${documentName(newest.version.document)} across ${columns.length} versions`,
    sources: columns.map((column, position) => sourceLine(`v${position + 1}`, versions[position]!.document)),
    summary,
    filters,
    key:
      'Each cell says how that version’s paragraph came from the version before it; words inserted in that version are <ins>underlined</ins>. ' +
      'Read a row from left to right to follow one paragraph through the sessions.',
    body: tables + droppedTable
  })
}
