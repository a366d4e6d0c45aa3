import {formula, paragraphs} from '../../../tree/access.js'
import type {LintRule} from '../../types.js'

/** A resolution opens with the name of the body that adopts it: `The General Assembly,` / `大会，`. */
export const formulaPresent: LintRule = {
  id: 'formula-present',
  severity: 'error',
  summary: 'The enacting formula ("The General Assembly," / "大会，") comes before the paragraphs.',
  check({tree, report}) {
    if (formula(tree)) return
    const first = paragraphs(tree)[0]
    const expected = tree.lang === 'zh' ? '`大会，`' : '`The General Assembly,`'
    report(
      `Unexpected paragraphs without an enacting formula, expected the adopting body first (such as ${expected})`,
      first?.position?.start,
    )
  },
}
