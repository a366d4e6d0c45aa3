import {footnotes, formula, paragraphs} from '../tree/access.js'
import type {Resolution} from '../tree/types.js'
import {mergeSpans, spanOf, type Span} from './places.js'

/**
 * The parts of the source that hold the resolution's own words: formula, paragraphs and
 * footnotes, not the masthead. Rules that read the raw text (debris, spacing) look only here.
 */
export function bodySpans(tree: Resolution): Span[] {
  const spans: Span[] = []
  const add = (span: Span | undefined): void => {
    if (span) spans.push(span)
  }
  add(spanOf(formula(tree)?.position))
  for (const paragraph of paragraphs(tree)) add(spanOf(paragraph.position))
  for (const note of footnotes(tree)) add(spanOf(note.position))
  return mergeSpans(spans)
}

/** Every match of `pattern` (global) inside the spans, as source offsets. */
export function* matchesIn(
  source: string,
  spans: Span[],
  pattern: RegExp,
): Generator<{match: RegExpExecArray; start: number; end: number}> {
  for (const span of spans) {
    const text = source.slice(span.start, span.end)
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++
        continue
      }
      yield {match, start: span.start + match.index, end: span.start + match.index + match[0].length}
    }
  }
}
