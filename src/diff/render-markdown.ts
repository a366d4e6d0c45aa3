import type {DiffResult, ParagraphChange} from './changes.js'
import {detailLines, eIdsOf, elide, headLabel, sideName, visibleChanges, type RenderOptions} from './render-terminal.js'
import type {WordChange} from './words.js'

/** The diff as Markdown for a review comment: a summary table, then one section per change. */
export function renderDiffMarkdown(result: DiffResult, options: RenderOptions = {}): string {
  const s = result.summary
  const lines = [
    `### ${escapeMarkdown(sideName(result.old))} → ${escapeMarkdown(sideName(result.new))}`,
    '',
    '| unchanged | reworded | added | dropped | merged | split | moved |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.unchanged} | ${s.reworded} | ${s.added} | ${s.dropped} | ${s.merged} | ${s.split} | ${s.moved} |`,
  ]
  for (const change of visibleChanges(result.changes, options)) {
    const eIds = eIdsOf(change)
    const similarity =
      change.similarity !== undefined && change.kind !== 'unchanged'
        ? ` · similarity ${change.similarity.toFixed(2)}`
        : ''
    lines.push('', `#### ${headLabel(change)} · ${eIds}${similarity}`)
    for (const detail of detailLines(change, options.all ?? result.changes)) lines.push('', escapeMarkdown(detail))
    const body = markdownBody(change)
    if (body) lines.push('', `> ${body}`)
  }
  return `${lines.join('\n')}\n`
}

function markdownBody(change: ParagraphChange): string {
  if (change.words) return markdownWords(change.words)
  if (change.text === undefined) return ''
  if (change.kind === 'added') return wrap(change.text, '**')
  if (change.kind === 'dropped') return wrap(change.text, '~~')
  return escapeMarkdown(change.text)
}

/**
 * Deletions struck through, insertions in bold, in a form GitHub-flavoured Markdown renders (see
 * markdownMark); long kept stretches shortened. Shared by every Markdown report with a word diff.
 */
export function markdownWords(words: readonly WordChange[]): string {
  let out = ''
  words.forEach((word, index) => {
    if (!word.removed && !word.added) {
      out += escapeMarkdown(elide(word.value))
      return
    }
    const next = words[index + 1]
    // What follows the closing marker: a marker of the next change (punctuation), or its first character.
    const after =
      next === undefined ? '' : (next.removed || next.added) && !/^\s/u.test(next.value) ? '*' : next.value.charAt(0)
    out += markdownMark(word.value, word.removed ? 'del' : 'ins', out.charAt(out.length - 1), after)
  })
  return out
}

const punctuation = /[\p{P}\p{S}]/u
const space = /\s/u

/**
 * One deletion (`~~…~~`) or insertion (`**…**`) as GFM renders it. Markers must hug their text,
 * so white space at either end stays outside them; and a marker between a letter and punctuation
 * is not "flanking" in CommonMark's sense and would stay literal (`regions**,** and`), so there
 * the change is written as inline HTML instead, `<ins>,</ins>` / `<del>…</del>`, which GitHub
 * renders too. `before` and `after` are the characters around the change in the output.
 */
export function markdownMark(text: string, kind: 'ins' | 'del', before: string, after: string): string {
  // trim() removes exactly what \s matches; a regular expression for this was quadratic.
  const core = text.trim()
  const lead = text.slice(0, text.length - text.trimStart().length)
  const trail = text.slice(text.trimEnd().length)
  if (!core) return text
  const left = lead ? ' ' : before
  const right = trail ? ' ' : after
  const loose = (character: string): boolean => character === '' || space.test(character) || punctuation.test(character)
  const opens = !punctuation.test(core.charAt(0)) || loose(left)
  const closes = !punctuation.test(core.charAt(core.length - 1)) || loose(right)
  if (opens && closes) {
    const marker = kind === 'del' ? '~~' : '**'
    return `${lead}${marker}${escapeMarkdown(core)}${marker}${trail}`
  }
  return `${lead}<${kind}>${escapeMarkdown(core)}</${kind}>${trail}`
}

function wrap(text: string, marker: '~~' | '**'): string {
  return markdownMark(text, marker === '~~' ? 'del' : 'ins', '', '')
}

/**
 * An empty HTML comment: GitHub shows nothing for it, and it keeps `@name`, `@org/team`, a URL
 * or `www.` from being linked — a review comment must not notify people named in a draft.
 */
const invisible = '<!-- -->'

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/gu, (character) => `\\${character}`)
    .replace(/\n/gu, ' ')
    .replace(/@/gu, `@${invisible}`)
    .replace(/:\/\//gu, `:${invisible}//`)
    .replace(/\b(www)\./giu, `$1${invisible}.`)
}
