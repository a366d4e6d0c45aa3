import {escapeHtml, idToken} from './escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from './layout.js'
import {htmlLang, paragraphHtml} from './paragraphs.js'
import {wordsHtml} from './words.js'
import type {TraceReport} from '../../corpus/report.js'
import {citePlace, shortPlace} from '../../corpus/render-terminal.js'
import {samePlace, type MapSegment, type TracedParagraph} from '../../corpus/trace.js'

const sectionTitles = {preamble: 'Preamble', operative: 'Operative part', passage: 'Passage'} as const

/** The draft paragraph: agreed wording with the number of the match it comes from, new wording underlined. */
function mapHtml(map: readonly MapSegment[], paragraph: TracedParagraph): string {
  return map
    .map((segment) => {
      if (segment.match === undefined)
        return segment.text.trim() === '' ? escapeHtml(segment.text) : `<ins>${escapeHtml(segment.text)}</ins>`
      const match = paragraph.matches[segment.match]!
      const first = segment.firstAgreed ? `; first agreed ${citePlace(segment.firstAgreed)}` : ''
      const trimmed = segment.text.trimEnd()
      return `<span class="agreed" title="${escapeHtml(`${citePlace(match)}${first}`)}">${escapeHtml(trimmed)}<sup>${segment.match + 1}</sup></span>${escapeHtml(segment.text.slice(trimmed.length))}`
    })
    .join('')
}

function rowOf(paragraph: TracedParagraph, lang: string): string {
  const best = paragraph.matches[0]
  const verbatim = best !== undefined && best.similarity === 1
  const kind = paragraph.new ? 'added' : verbatim ? 'unchanged' : 'reworded'
  const tags = paragraph.new ? 'new' : `traced${verbatim ? ' verbatim' : ''}`
  const label = paragraph.label ?? 'Passage'
  const token = paragraph.eId ?? 'passage'
  const agreedShare = paragraph.words.total ? Math.round((paragraph.words.agreed / paragraph.words.total) * 100) : 0
  const heading = paragraph.new
    ? `<span class="kind"><span class="symbol" aria-hidden="true">+</span> new language</span><span class="detail">no earlier text shares a passage with it</span>`
    : `<span class="kind"><span class="symbol" aria-hidden="true">${verbatim ? '=' : '≈'}</span> ${verbatim ? 'agreed verbatim' : 'found earlier'}</span>` +
      `<span class="detail">${agreedShare}% of the words agreed before · best ${escapeHtml(citePlace(best!))}</span>`
  const draft = paragraphHtml(
    label,
    paragraph.new ? `<ins>${escapeHtml(paragraph.text)}</ins>` : mapHtml(paragraph.map, paragraph),
    `draft-${idToken(token)}`,
    lang,
  )
  const earlier =
    paragraph.matches.length === 0
      ? '<span class="empty">Not found in the corpus</span>'
      : paragraph.matches
          .map((match, position) => {
            const first = samePlace(match.first, match) ? '' : ` · first agreed ${escapeHtml(citePlace(match.first))}`
            const also = match.alsoIn.length ? ` · also in ${escapeHtml(match.alsoIn.map(shortPlace).join(', '))}` : ''
            const note = `<span class="detail">${match.relation === 'close' ? 'close' : 'shares a part'}, similarity ${match.similarity.toFixed(3)}${first}${also}</span>`
            const passages = match.passages.map((passage) => wordsHtml(passage.diff, 'old')).join(' … ')
            return paragraphHtml(`${position + 1}. ${citePlace(match)}`, passages, undefined, lang) + note
          })
          .join('')
  return (
    `<tr id="row-${idToken(token)}" data-kind="${kind}" data-tags="${tags}">` +
    `<th scope="row">${escapeHtml(label)}<br>${heading}</th><td data-label="Draft">${draft}</td><td data-label="Earlier">${earlier}</td></tr>`
  )
}

/**
 * A trace as one self-contained HTML page: a row per draft paragraph, the draft's text with
 * the words new against its closest earlier paragraph underlined, and each earlier paragraph
 * with the words the draft dropped struck through.
 */
export function renderTraceHtml(report: TraceReport): string {
  const lang = htmlLang(report.draft.lang)
  const {summary} = report
  const verbatim = report.paragraphs.filter((paragraph) => paragraph.matches[0]?.similarity === 1).length
  const tables = (['preamble', 'operative', 'passage'] as const)
    .map((section) => {
      const own = report.paragraphs.filter((paragraph) => (paragraph.section ?? 'passage') === section)
      if (own.length === 0) return ''
      const headingId = `section-${section}`
      return `<section aria-labelledby="${headingId}">
<h2 id="${headingId}">${sectionTitles[section]}</h2>
<table class="rows trace">
<caption>${sectionTitles[section]}: each paragraph of the draft beside the closest earlier paragraphs in the corpus.</caption>
<colgroup><col class="what"><col><col></colgroup>
<thead><tr><th scope="col">Paragraph</th><th scope="col">Draft</th><th scope="col">Earlier</th></tr></thead>
<tbody>
${own.map((paragraph) => rowOf(paragraph, lang)).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')
  const summaryItems: SummaryItem[] = [
    {label: 'paragraphs', count: summary.paragraphs, symbol: '¶', tone: 'unchanged'},
    {label: 'agreed verbatim before', count: verbatim, symbol: '=', tone: 'unchanged'},
    {label: 'found earlier, reworded', count: summary.traced - verbatim, symbol: '≈', tone: 'reworded'},
    {label: 'new language', count: summary.new, symbol: '+', tone: 'added'},
  ]
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All paragraphs', count: summary.paragraphs},
    {tag: 'new', label: 'New language', count: summary.new},
    {tag: 'traced', label: 'Found earlier', count: summary.traced},
  ]
  const draftName = report.draft.symbol ?? report.draft.file ?? 'a passage'
  const corpus = `${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs${report.corpus.index ? ` (index ${report.corpus.index})` : ''}`
  return renderPage({
    lang: 'en',
    title: `Trace of ${draftName}`,
    sources: [
      `<strong>Draft</strong> ${escapeHtml(draftName)}${report.draft.date ? `, ${escapeHtml(report.draft.date)}` : ''}`,
      `<strong>Corpus</strong> ${escapeHtml(corpus)}${report.options.before ? `; documents dated after ${escapeHtml(report.options.before)} left out` : ''}`,
    ],
    summary: summaryItems,
    filters,
    key:
      'Each row shows a paragraph of the draft: wording agreed before carries the number of the earlier text it comes from (hover for where it was first agreed), ' +
      'new wording is <ins>underlined</ins>. Beside it, the passages of each earlier text the draft shares, with the words the draft does not keep <del>struck through</del>.',
    body: tables,
  })
}
