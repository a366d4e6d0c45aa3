import {citationConsistent} from './rules/citation-consistent.js'
import {citationDate} from './rules/citation-date.js'
import {documentSymbol} from './rules/document-symbol.js'
import {doubledSpace} from './rules/doubled-space.js'
import {doubledWord} from './rules/doubled-word.js'
import {draftMetadata} from './rules/draft-metadata.js'
import {footnoteDefined} from './rules/footnote-defined.js'
import {footnoteOrder} from './rules/footnote-order.js'
import {footnoteUnique} from './rules/footnote-unique.js'
import {footnoteUsed} from './rules/footnote-used.js'
import {formulaPresent} from './rules/formula-present.js'
import {leadingPhraseEmphasis} from './rules/leading-phrase-emphasis.js'
import {leadingPhrase} from './rules/leading-phrase.js'
import {listLeadInColon} from './rules/list-lead-in-colon.js'
import {noAlternatives} from './rules/no-alternatives.js'
import {noBrackets} from './rules/no-brackets.js'
import {operativeNumbering} from './rules/operative-numbering.js'
import {operativeTerminalPunctuation} from './rules/operative-terminal-punctuation.js'
import {partOrder} from './rules/part-order.js'
import {pdfDebris} from './rules/pdf-debris.js'
import {phraseSequence} from './rules/phrase-sequence.js'
import {pointNumbering} from './rules/point-numbering.js'
import {preambleTerminalComma} from './rules/preamble-terminal-comma.js'
import {textOutsideParts} from './rules/text-outside-parts.js'
import type {LintRule} from './types.js'

/** Every rule, grouped as the drafting conventions are: structure, numbering, phrases, punctuation, notes, citations, leftovers, metadata. */
export const rules: readonly LintRule[] = [
  formulaPresent,
  partOrder,
  textOutsideParts,
  operativeNumbering,
  pointNumbering,
  leadingPhrase,
  leadingPhraseEmphasis,
  phraseSequence,
  preambleTerminalComma,
  operativeTerminalPunctuation,
  listLeadInColon,
  footnoteDefined,
  footnoteUsed,
  footnoteOrder,
  footnoteUnique,
  citationDate,
  citationConsistent,
  documentSymbol,
  noBrackets,
  noAlternatives,
  pdfDebris,
  doubledSpace,
  doubledWord,
  draftMetadata,
]

export function findRule(id: string): LintRule | undefined {
  return rules.find((rule) => rule.id === id)
}
