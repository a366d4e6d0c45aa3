import {citationConsistent} from './rules/citation-consistent/index.js'
import {citationDate} from './rules/citation-date/index.js'
import {documentSymbol} from './rules/document-symbol/index.js'
import {doubledSpace} from './rules/doubled-space/index.js'
import {doubledWord} from './rules/doubled-word/index.js'
import {draftMetadata} from './rules/draft-metadata/index.js'
import {footnoteDefined} from './rules/footnote-defined/index.js'
import {footnoteOrder} from './rules/footnote-order/index.js'
import {footnoteUnique} from './rules/footnote-unique/index.js'
import {footnoteUsed} from './rules/footnote-used/index.js'
import {formulaPresent} from './rules/formula-present/index.js'
import {leadingPhraseEmphasis} from './rules/leading-phrase-emphasis/index.js'
import {leadingPhrase} from './rules/leading-phrase/index.js'
import {listLeadInColon} from './rules/list-lead-in-colon/index.js'
import {noAlternatives} from './rules/no-alternatives/index.js'
import {noBrackets} from './rules/no-brackets/index.js'
import {operativeNumbering} from './rules/operative-numbering/index.js'
import {operativeTerminalPunctuation} from './rules/operative-terminal-punctuation/index.js'
import {partOrder} from './rules/part-order/index.js'
import {pdfDebris} from './rules/pdf-debris/index.js'
import {phraseSequence} from './rules/phrase-sequence/index.js'
import {pointNumbering} from './rules/point-numbering/index.js'
import {preambleTerminalComma} from './rules/preamble-terminal-comma/index.js'
import {textOutsideParts} from './rules/text-outside-parts/index.js'
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
