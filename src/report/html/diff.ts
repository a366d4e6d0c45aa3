import type {Part, Resolution} from '../../tree/types.js'
import type {ChangeKind, DiffResult, ParagraphChange} from '../../diff/changes.js'
import {documentName, sourceLine} from './documents.js'
import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {htmlLang, indexParagraphs, paragraphHtml, plainTextHtml, type ShownParagraph} from './paragraphs.js'
import {distributeWords, wordsHtml, type Side} from './words.js'

const kindNames: Record<ChangeKind, {label: string; symbol: string}> = {
  unchanged: {label: 'Unchanged', symbol: '='},
  reworded: {label: 'Reworded', symbol: '≈'},
  added: {label: 'Added', symbol: '+'},
  dropped: {label: 'Dropped', symbol: '−'},
  merged: {label: 'Merged', symbol: '>'},
  split: {label: 'Split', symbol: '<'},
}
const movedSymbol = '↕'

const sectionTitles: Record<Part, string> = {preamble: 'Preamble', operative: 'Operative part'}

/** A change placed in the side-by-side table; `movedFrom` rows mark where a moved paragraph used to be. */
interface Row {
  readonly change: ParagraphChange
  readonly number: number
  readonly role: 'change' | 'movedFrom'
  readonly section: Part
  readonly key: number
  readonly tiebreak: number
}

/**
 * Rows in the order of the new text; a dropped paragraph, and the spot a moved paragraph left,
 * go right after the row that holds the old paragraph before it, so the old text still reads in order.
 */
function placeRows(
  changes: readonly ParagraphChange[],
  oldIndex: Map<string, ShownParagraph>,
  newIndex: Map<string, ShownParagraph>,
): Row[] {
  const rows: Row[] = []
  const rowOfOld = new Map<string, Row>()
  const orderOf = (eIds: readonly string[], index: Map<string, ShownParagraph>): number =>
    Math.min(...eIds.map((eId) => index.get(eId)?.order ?? Number.MAX_SAFE_INTEGER))
  const sectionOf = (eIds: readonly string[], index: Map<string, ShownParagraph>): Part =>
    index.get(eIds[0] ?? '')?.section ?? (eIds[0]?.startsWith('preamble') ? 'preamble' : 'operative')
  changes.forEach((change, number) => {
    if (change.new.length > 0) {
      const row: Row = {
        change,
        number,
        role: 'change',
        section: sectionOf(change.new, newIndex),
        key: orderOf(change.new, newIndex),
        tiebreak: 0,
      }
      rows.push(row)
      if (!change.moved) for (const eId of change.old) rowOfOld.set(eId, row)
    }
  })
  const oldOrder = [...oldIndex.values()].sort((a, b) => a.order - b.order)
  const anchorKey = (eIds: readonly string[]): number => {
    const first = orderOf(eIds, oldIndex)
    for (let position = Math.min(first, oldOrder.length) - 1; position >= 0; position -= 1) {
      const anchor = rowOfOld.get(oldOrder[position]?.eId ?? '')
      if (anchor) return anchor.key + 0.5
    }
    return -0.5
  }
  changes.forEach((change, number) => {
    if (change.old.length === 0) return
    const section = sectionOf(change.old, oldIndex)
    const tiebreak = orderOf(change.old, oldIndex)
    if (change.new.length === 0)
      rows.push({change, number, role: 'change', section, key: anchorKey(change.old), tiebreak})
    else if (change.moved) rows.push({change, number, role: 'movedFrom', section, key: anchorKey(change.old), tiebreak})
  })
  return rows.sort((a, b) => a.key - b.key || a.tiebreak - b.tiebreak || a.number - b.number)
}

function rowId(row: Row): string {
  return row.role === 'change' ? `change-${row.number + 1}` : `moved-from-${row.number + 1}`
}

function labels(eIds: readonly string[], index: Map<string, ShownParagraph>): string {
  return eIds.map((eId) => index.get(eId)?.label ?? eId).join(', ')
}

/** One side of a change: each paragraph with its label, word changes marked when the diff has them. */
function sideHtml(change: ParagraphChange, side: Side, index: Map<string, ShownParagraph>, lang: string): string {
  const eIds = side === 'old' ? change.old : change.new
  if (eIds.length === 0) {
    return `<span class="empty">${side === 'old' ? 'Not in the old text' : 'Not in the new text'}</span>`
  }
  const shown = eIds.map((eId) => index.get(eId))
  const words = change.kind === 'unchanged' ? undefined : (change.words ?? undefined)
  const prefix = side === 'old' ? 'old' : 'new'
  const id = (eId: string): string => `${prefix}-${idToken(eId)}`
  if (words && words.length > 0) {
    const texts = shown.map((paragraph) => paragraph?.text ?? '')
    const distributed = shown.every(Boolean) ? distributeWords(words, side, texts) : undefined
    if (distributed) {
      return eIds
        .map((eId, position) =>
          paragraphHtml(shown[position]?.label ?? eId, distributed[position] ?? '', id(eId), lang),
        )
        .join('')
    }
    // The diff compared a text the tree does not hold verbatim: show the diff's own text, whole.
    return paragraphHtml(labels(eIds, index), wordsHtml(words, side), id(eIds[0] ?? ''), lang)
  }
  return eIds
    .map((eId, position) => {
      const paragraph = shown[position]
      return paragraphHtml(
        paragraph?.label ?? eId,
        paragraph ? plainTextHtml(paragraph) : '<span class="empty">(text not found)</span>',
        id(eId),
        lang,
      )
    })
    .join('')
}

function tagsOf(change: ParagraphChange): string[] {
  const tags: string[] = [change.kind]
  if (change.kind !== 'unchanged' || change.moved) tags.push('changed')
  if (change.moved) tags.push('moved')
  return tags
}

function kindHtml(symbol: string, label: string): string {
  return `<span class="kind"><span class="symbol" aria-hidden="true">${escapeHtml(symbol)}</span> ${escapeHtml(label)}</span>`
}

function changeRowHtml(
  row: Row,
  movedFromRow: Row | undefined,
  oldIndex: Map<string, ShownParagraph>,
  newIndex: Map<string, ShownParagraph>,
  langs: {old: string; new: string},
): string {
  const {change} = row
  const name = kindNames[change.kind]
  const details: string[] = []
  if (change.moved) details.push(`${movedSymbol} moved`)
  if (change.renumbered) details.push('renumbered')
  if (change.section && change.section.old !== change.section.new)
    details.push(`from the ${change.section.old === 'preamble' ? 'preamble' : 'operative part'}`)
  if (
    typeof change.similarity === 'number' &&
    change.kind !== 'unchanged' &&
    change.old.length > 0 &&
    change.new.length > 0
  ) {
    details.push(`${Math.round(change.similarity * 100)} % alike`)
  }
  const header = `<th scope="row">${kindHtml(name.symbol, name.label)}${details.map((detail) => `<span class="detail">${escapeHtml(detail)}</span>`).join('')}</th>`
  let oldCell = sideHtml(change, 'old', oldIndex, langs.old)
  let newCell = sideHtml(change, 'new', newIndex, langs.new)
  if (movedFromRow) {
    oldCell += `<a class="moved-note" href="#${rowId(movedFromRow)}">${movedSymbol} Moved: see where it stood in the old text</a>`
  }
  if (change.leadingPhrase && change.leadingPhrase.old !== change.leadingPhrase.new) {
    const phrase = (value: string | null, tag: string): string =>
      value ? `<${tag}>${escapeHtml(value)}</${tag}>` : 'none'
    newCell += `<span class="phrase-change">Opening phrase: ${phrase(change.leadingPhrase.old, 'del')} → ${phrase(change.leadingPhrase.new, 'ins')}</span>`
  }
  return (
    `<tr id="${rowId(row)}" data-kind="${escapeHtml(change.kind)}" data-tags="${escapeHtml(tagsOf(change).join(' '))}">` +
    `${header}<td data-label="Old">${oldCell}</td><td data-label="New">${newCell}</td></tr>`
  )
}

function movedFromRowHtml(
  row: Row,
  target: Row,
  oldIndex: Map<string, ShownParagraph>,
  newIndex: Map<string, ShownParagraph>,
): string {
  const {change} = row
  const oldLabels = labels(change.old, oldIndex)
  const newLabels = labels(change.new, newIndex)
  return (
    `<tr id="${rowId(row)}" data-kind="moved-away" data-tags="changed moved" data-aux>` +
    `<th scope="row">${kindHtml(movedSymbol, 'Moved away')}</th>` +
    `<td data-label="Old"><p class="para"><span class="label">${escapeHtml(oldLabels)}</span> <span class="empty">stood here in the old text.</span></p></td>` +
    `<td data-label="New"><a class="moved-note" href="#${rowId(target)}">${movedSymbol} Now ${escapeHtml(newLabels)}: go to it</a></td></tr>`
  )
}

export interface DiffReportOptions {
  /** Heading of the page; defaults to "Changes from OLD to NEW". */
  readonly title?: string
  /** `--context`: open the page on every paragraph, not on the changes only. */
  readonly context?: boolean
}

/** The diff as one self-contained HTML page: old and new side by side, paragraph against paragraph. */
export function renderDiffHtml(
  result: DiffResult,
  oldTree: Resolution,
  newTree: Resolution,
  options: DiffReportOptions = {},
): string {
  const oldIndex = indexParagraphs(oldTree)
  const newIndex = indexParagraphs(newTree)
  const langs = {old: htmlLang(result.old.lang), new: htmlLang(result.new.lang)}
  const rows = placeRows(result.changes, oldIndex, newIndex)
  const movedFrom = new Map<number, Row>()
  const changeRows = new Map<number, Row>()
  for (const row of rows) (row.role === 'movedFrom' ? movedFrom : changeRows).set(row.number, row)

  const sections = (['preamble', 'operative'] as const)
    .map((section) => {
      const own = rows.filter((row) => row.section === section)
      if (own.length === 0) return ''
      const body = own
        .map((row) => {
          if (row.role === 'change') return changeRowHtml(row, movedFrom.get(row.number), oldIndex, newIndex, langs)
          const target = changeRows.get(row.number)
          return target ? movedFromRowHtml(row, target, oldIndex, newIndex) : ''
        })
        .join('\n')
      const headingId = `section-${section}`
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${sectionTitles[section]}</h2>
<table class="rows diff">
<caption>${sectionTitles[section]}: old and new paragraphs side by side, in the order of the new text.</caption>
<colgroup><col class="what"><col><col></colgroup>
<thead><tr><th scope="col">Change</th><th scope="col">Old: ${escapeHtml(documentName(result.old))}</th><th scope="col">New: ${escapeHtml(documentName(result.new))}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`
    })
    .join('\n')

  const {summary} = result
  const summaryItems: SummaryItem[] = [
    ...(['unchanged', 'reworded', 'added', 'dropped', 'merged', 'split'] as const).map((kind) => ({
      label: kindNames[kind].label.toLowerCase(),
      count: summary[kind],
      symbol: kindNames[kind].symbol,
      tone: kind,
    })),
    {label: 'moved', count: summary.moved, symbol: movedSymbol, tone: 'moved'},
  ]
  const changed = result.changes.filter((change) => change.kind !== 'unchanged' || change.moved).length
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All paragraphs', count: result.changes.length},
    // The page opens on the changes: unchanged paragraphs in place would bury them (All shows them),
    // unless --context asked for them.
    {tag: 'changed', label: 'Changed only', count: changed, initial: changed > 0 && options.context !== true},
    ...(['reworded', 'added', 'dropped', 'merged', 'split'] as const)
      .filter((kind) => summary[kind] > 0)
      .map((kind) => ({tag: kind, label: `Only ${kind}`, count: summary[kind]})),
    ...(summary.moved > 0 ? [{tag: 'moved', label: 'Only moved', count: summary.moved}] : []),
  ]
  const title = options.title ?? `Changes from ${documentName(result.old)} to ${documentName(result.new)}`
  return renderPage({
    lang: 'en',
    title,
    sources: [sourceLine('Old', result.old), sourceLine('New', result.new)],
    summary: summaryItems,
    filters,
    key:
      'Deleted words are <del>struck through</del> in the old text; inserted words are <ins>underlined</ins> in the new text. ' +
      `Each row names its change in words; ${movedSymbol} links a moved paragraph with the place it left.`,
    body: sections,
  })
}
