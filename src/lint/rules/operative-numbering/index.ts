import {operativeParagraphs, preambularParagraphs} from '../../../tree/access.js'
import type {OperativeParagraph} from '../../../tree/types.js'
import {unnumberedThroughout} from '../../conventions.js'
import {optionLabel} from '../../../parse/blocks.js'
import type {LintContext, LintRule} from '../../types.js'

/** Operative paragraphs are numbered 1…n with no gap or repeat; a lone operative paragraph is not numbered. */
export const operativeNumbering: LintRule = {
  id: 'operative-numbering',
  severity: 'error',
  summary: 'Operative paragraphs are numbered 1, 2, 3… (a single one is unnumbered); the number is followed by ". ".',
  check({tree, source, report, map}) {
    const operative = operativeParagraphs(tree)
    // UNESCO's convention organs number the preamble too (`1. Having examined…`): the operative
    // paragraphs go on from its last number.
    const first = numberedPreamble(tree, source) + 1
    if (operative.length === 1) {
      const only = operative[0]
      // Unnumbered, or numbered after a numbered preamble (`4. Decides…`).
      if (only?.num !== undefined && !(first > 1 && only.num === first))
        report(
          `Unexpected number ${only.num} on the only operative paragraph, expected a single operative paragraph to be unnumbered`,
          only.position?.start,
        )
      return
    }
    if (lettered(operative)) {
      checkLetters(operative, report)
      return
    }
    // Another body that numbers none of its operative paragraphs drafts so (the IWC's, the FAO's).
    if (unnumberedThroughout(tree, operative)) return
    let expected = first
    // `1.Urges`, `2.Requests`: a number and its stop with no space, on every numbered paragraph of
    // a text, is the copy's typing (a web page that dropped the tab after each number, the Basel
    // Convention's decisions on InforMEA), as an ASCII comma throughout a Chinese copy is; a text
    // that writes the space elsewhere is held to it.
    const spaceless: Array<() => void> = []
    let numbered = 0
    for (const paragraph of operative) {
      // `1 bis.` is a drafting alternative, the no-alternatives rule's concern; it takes no number.
      if (/^para_\d+(?:bis|ter|quater|quinquies|sexies)/u.test(paragraph.eId)) continue
      const start = paragraph.position?.start.offset
      // Sectioned resolutions (I, II …) number either straight through or afresh in each section.
      if (paragraph.heading !== undefined && paragraph.num === 1) expected = 1
      // A draft's alternatives number afresh under each option's label (`**Option 2** (paras 6-9bis):`
      // / `6. Notes…`): the label names the first number.
      const option = paragraph.heading === undefined ? undefined : optionFrom(paragraph.heading)
      if (option !== undefined) expected = option
      if (paragraph.num === undefined) {
        report(`Unexpected unnumbered operative paragraph, expected number ${expected}`, paragraph.position?.start)
        expected++
        continue
      }
      if (paragraph.num !== expected) {
        const why = paragraph.num < expected ? 'a repeated or out-of-order number' : `a gap after ${expected - 1}`
        const digits = start === undefined ? undefined : /^\d+/u.exec(source.slice(start, start + 12))?.[0]
        const place =
          start !== undefined && digits ? map.position(start, start + digits.length) : paragraph.position?.start
        report(`Unexpected operative paragraph number ${paragraph.num} (${why}), expected ${expected}`, place)
      }
      expected = paragraph.num + 1
      if (start === undefined) continue
      // The tree keeps the number, not how it was written: "6Also reaffirms" is read from the source.
      // Markdown may escape or embolden the number: `2\.`, `**1.**`.
      const written = /^[*_]*(\d+)(\\?[.．]?)[*_]*(\s*)/u.exec(source.slice(start, start + 16))
      // Chinese texts may set a full-width stop with no space ("1．决定"); only a bare number is glued there.
      const glued = written && (written[2] === '' || (written[3] === '' && tree.lang === 'en'))
      numbered++
      if (written && glued && written[1] === String(paragraph.num)) {
        // A Chinese copy's enumeration comma for the stop (`1、按…`): the number is `1、`, the text `按…`.
        const comma = written[2] === '' && source.charAt(start + written[0].length) === '、' ? 1 : 0
        const end = start + written[0].length + comma
        const next = source.slice(end, end + 12).split(/\s/u)[0] ?? ''
        const shown = source.slice(start, end).replace(/[*_\\]/gu, '')
        const message = (): void =>
          report(
            `Unexpected \`${shown}${next}\`, expected the number, a full stop and a space (\`${paragraph.num}. ${next}\`)`,
            map.position(start, end + next.length),
          )
        if (written[2] === '') message()
        else spaceless.push(message)
      }
    }
    if (numbered < 2 || spaceless.length < numbered) for (const message of spaceless) message()
  },
}

/**
 * Some bodies letter their operative paragraphs instead (the UNHCR Executive Committee's
 * conclusions, the ILO Governing Body's decisions: `(a) Notes…`, `(b) Reaffirms…`): the
 * parser keeps them unnumbered with the letter in the text. Such a part is checked for its
 * letters' sequence, a, b, … z, aa, bb.
 */
const letterMark = /^\(([a-z]{1,2})\)\s/u

function lettered(operative: readonly OperativeParagraph[]): boolean {
  return operative.every((paragraph) => paragraph.num === undefined) && letterMark.test(operative[0]?.text ?? '')
}

function letterAt(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26))
  return letter.repeat(Math.floor(index / 26) + 1)
}

function checkLetters(operative: readonly OperativeParagraph[], report: LintContext['report']): void {
  operative.forEach((paragraph, index) => {
    const letter = letterMark.exec(paragraph.text)?.[1]
    const expected = letterAt(index)
    if (letter === expected) return
    report(
      letter === undefined
        ? `Unexpected operative paragraph without a letter among lettered ones, expected (${expected})`
        : `Unexpected operative paragraph letter (${letter}), expected (${expected})`,
      paragraph.position?.start,
    )
  })
}

/** How many preambular paragraphs the source prints with their numbers 1, 2… from the first; 0 when not all are. */
function numberedPreamble(tree: LintContext['tree'], source: string): number {
  const preamble = preambularParagraphs(tree)
  if (preamble.length === 0) return 0
  const numbered = preamble.every((paragraph, index) => {
    const start = paragraph.position?.start.offset
    return start !== undefined && new RegExp(`^${index + 1}\\.\\s`, 'u').test(source.slice(start, start + 6))
  })
  return numbered ? preamble.length : 0
}

/** The first paragraph an option's label covers: `**Option 2** (paras 6-9bis):` → 6. */
function optionFrom(heading: string): number | undefined {
  const label = heading.replace(/[*_#]/gu, '').trim()
  if (!label.startsWith('Option') || !optionLabel.test(label)) return undefined
  const from = /\((?:paras?\.?|paragraphs?)\s+(\d{1,3})/u.exec(label)?.[1]
  return from === undefined ? undefined : Number(from)
}
