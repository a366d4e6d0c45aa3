import {citationNodes} from '../../../tree/inline.js'
import {conventionsOf, isWhoSymbol} from '../../conventions.js'
import {isDocumentSymbol} from '../../symbols.js'
import type {LintRule} from '../../types.js'

/**
 * Document symbols follow the UN grammar: `A/60/88`, `CTOC/COP/2012/6`, `A/CONF.192/15`,
 * `S/RES/1540 (2004)`; in a World Health Assembly text also WHO's own (`A75/10`, `EB150/5`).
 */
export const documentSymbol: LintRule = {
  id: 'document-symbol',
  severity: 'error',
  summary: 'Document symbols follow the United Nations symbol grammar.',
  check({tree, report}) {
    // The World Health Organization's bodies also cite their own symbols (`A75/10`, `EB150/5`).
    const who = conventionsOf(tree) === 'who'
    for (const citation of citationNodes(tree)) {
      if (citation.kind !== 'symbol' || isDocumentSymbol(citation.ref) || (who && isWhoSymbol(citation.ref))) continue
      report(
        `Unexpected document symbol \`${citation.ref}\`, expected a series and slash-separated parts such as \`A/CONF.192/15\``,
        citation.position,
      )
    }
  },
}
