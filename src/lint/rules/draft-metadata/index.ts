import {preface} from '../../../tree/access.js'
import type {LintRule} from '../../types.js'

/** A draft says what it is: a symbol or a sponsor line, `Distr.: Limited`, a date, an original language. */
export const draftMetadata: LintRule = {
  id: 'draft-metadata',
  severity: 'error',
  summary: 'A draft carries a symbol or sponsor line, "Distr.: Limited", a date and its original language.',
  check({tree, report}) {
    const meta = tree.meta
    if (meta.stage !== 'draft') return
    // A text that only calls itself a draft (`Draft Resolution No. 1.` in a telegram, a drafter's
    // working text) has no masthead to complete; one that has begun its masthead is held to all of it.
    const masthead = meta.symbol ?? meta.distribution ?? meta.date ?? meta.originalLanguage
    if (masthead === undefined && meta.sponsors.length === 0) return
    const place = preface(tree)?.position?.start ?? tree.position?.start
    const missing: string[] = []
    if (!meta.symbol && meta.sponsors.length === 0)
      missing.push('a document symbol or a sponsor line (`Mexico: draft resolution`)')
    if (meta.distribution !== 'Limited') {
      missing.push(
        meta.distribution ? `\`Distr.: Limited\` (found \`Distr.: ${meta.distribution}\`)` : '`Distr.: Limited`',
      )
    }
    if (!meta.date) missing.push('the date of the draft')
    if (!meta.originalLanguage) missing.push('the original language (`Original: English`)')
    for (const item of missing) report(`Unexpected draft without ${item}, expected it in the masthead`, place)
  },
}
