import {escapeHtml, idToken} from '../report/html/escape.js'
import {renderPage, type FilterChoice, type SummaryItem} from '../report/html/layout.js'
import {htmlLang, paragraphHtml} from '../report/html/paragraphs.js'
import {wordsHtml} from '../report/html/words.js'
import type {TraceReport} from './report.js'
import {citeMatch} from './render-terminal.js'
import type {TracedParagraph} from './trace.js'

const sectionTitles = {preamble: 'Preamble', operative: 'Operative part', passage: 'Passage'} as const

function rowOf(paragraph: TracedParagraph, lang: string, threshold: number): string {
  const best = paragraph.matches[0]
  const verbatim = best !== undefined && best.similarity === 1
  const kind = paragraph.new ? 'added' : verbatim ? 'unchanged' : 'reworded'
  const tags = paragraph.new ? 'new' : `traced${verbatim ? ' verbatim' : ''}`
  const label = paragraph.eId ?? 'passage'
  const heading = paragraph.new
    ? `<span class="kind"><span class="symbol" aria-hidden="true">+</span> new language</span><span class="detail">no earlier paragraph reaches ${threshold}</span>`
    : `<span class="kind"><span class="symbol" aria-hidden="true">${verbatim ? '=' : '≈'}</span> ${verbatim ? 'agreed verbatim' : 'found earlier'}</span>` +
      `<span class="detail">best ${best!.similarity.toFixed(3)} · ${escapeHtml(citeMatch(best!))}</span>`
  // The draft's words new against the closest match are underlined; each earlier text shows what the draft dropped.
  const draft = paragraphHtml(label, best ? wordsHtml(best.words, 'new') : escapeHtml(paragraph.text), `draft-${idToken(label)}`, lang)
  const earlier =
    paragraph.matches.length === 0
      ? '<span class="empty">Not found in the corpus</span>'
      : paragraph.matches
          .map((match) => {
            const note = `<span class="detail">similarity ${match.similarity.toFixed(3)}${match.relation === 'part' ? ' · supplies part of the paragraph' : ''} · earlier text covered ${Math.round(match.containment.earlier * 100)}%</span>`
            return paragraphHtml(citeMatch(match), wordsHtml(match.words, 'old'), undefined, lang) + note
          })
          .join('')
  return (
    `<tr id="row-${idToken(label)}" data-kind="${kind}" data-tags="${tags}">` +
    `<th scope="row">${heading}</th><td data-label="Draft">${draft}</td><td data-label="Earlier">${earlier}</td></tr>`
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
${own.map((paragraph) => rowOf(paragraph, lang, report.options.threshold)).join('\n')}
</tbody>
</table>
</section>`
    })
    .join('\n')
  const summaryItems: SummaryItem[] = [
    {label: 'paragraphs', count: summary.paragraphs, symbol: '¶', tone: 'unchanged'},
    {label: 'agreed verbatim before', count: verbatim, symbol: '=', tone: 'unchanged'},
    {label: 'found earlier, reworded', count: summary.traced - verbatim, symbol: '≈', tone: 'reworded'},
    {label: 'new language', count: summary.new, symbol: '+', tone: 'added'}
  ]
  const filters: FilterChoice[] = [
    {tag: 'all', label: 'All paragraphs', count: summary.paragraphs},
    {tag: 'new', label: 'New language', count: summary.new},
    {tag: 'traced', label: 'Found earlier', count: summary.traced}
  ]
  const draftName = report.draft.symbol ?? report.draft.file ?? 'a passage'
  const corpus = `${report.corpus.documents} resolutions, ${report.corpus.paragraphs} paragraphs${report.corpus.index ? ` (index ${report.corpus.index})` : ''}`
  return renderPage({
    lang: 'en',
    title: `Trace of ${draftName}`,
    sources: [
      `<strong>Draft</strong> ${escapeHtml(draftName)}${report.draft.date ? `, ${escapeHtml(report.draft.date)}` : ''}`,
      `<strong>Corpus</strong> ${escapeHtml(corpus)}${report.options.before ? `; documents dated after ${escapeHtml(report.options.before)} left out` : ''}`
    ],
    summary: summaryItems,
    filters,
    key:
      'Each row shows a paragraph of the draft, with the words that are new against its closest earlier paragraph <ins>underlined</ins>, ' +
      'and the earlier paragraphs it reuses, with the words the draft does not keep <del>struck through</del>. Among equally close matches the newest comes first.',
    body: tables
  })
}
