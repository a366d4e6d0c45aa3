import type {Citation, Lang, Resolution} from '../tree/types.js'

export type Body = 'General Assembly' | 'Security Council' | undefined

/** The body whose text is cited, when the words just before the citation say so. */
export function citedBody(citation: Citation, tree: Resolution, source: string): Body {
  const start = citation.position?.start.offset
  if (start === undefined) return undefined
  const before = source.slice(Math.max(0, start - 40), start)
  const lang: Lang = tree.lang
  if (lang === 'zh') {
    if (/大会\s*$/u.test(before)) return 'General Assembly'
    if (/(?:安全理事会|安理会)\s*$/u.test(before)) return 'Security Council'
    if (/其\s*$/u.test(before)) return known(tree.meta.body)
    return undefined
  }
  // The citation may start at the number ("General Assembly resolution 70/1 of …").
  const lead = before.replace(/(?<!\s)\s*(?:(?:resolutions?|decisions?)\s*)?$/u, '')
  if (/General Assembly$/u.test(lead)) return 'General Assembly'
  if (/Security Council$/u.test(lead)) return 'Security Council'
  if (/\bits$/u.test(lead)) return known(tree.meta.body)
  return undefined
}

function known(body: string | undefined): Body {
  if (body === 'General Assembly' || body === '大会') return 'General Assembly'
  if (body === 'Security Council' || body === '安全理事会' || body === '安理会') return 'Security Council'
  return undefined
}

/**
 * Who issued the cited text, as far as the words before it say: a named body ("Human Rights
 * Council resolution 5/1"), or the citing body itself ("its resolution", a bare "resolution").
 * Citations of the same number by different bodies are different texts.
 */
export function citedIssuer(citation: Citation, tree: Resolution, source: string): string {
  const start = citation.position?.start.offset
  if (start === undefined) return 'own'
  const before = source.slice(Math.max(0, start - 80), start)
  if (tree.lang === 'zh') {
    const named = /(大会|安全理事会|安理会|人权理事会|经济及社会理事会|经社理事会)\s*$/u.exec(before)
    return named?.[1] ?? 'own'
  }
  const lead = before.replace(/(?<!\s)\s*(?:(?:resolutions?|decisions?)\s*)?$/u, '')
  // eslint-disable-next-line regexp/no-super-linear-move -- `lead` is at most 80 characters (sliced above), so a rescan per word costs little.
  const named = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}-]*)$/u.exec(lead)
  // A capitalised word that opens the paragraph ("Recalling", "Also") names no body.
  const name = (named?.[1] ?? '')
    .replace(/^(?:\p{Lu}\p{L}*ing\s+|Also\s+|Further\s+)+/u, '')
    .replace(/^\p{Lu}\p{L}*ing$/u, '')
  return name === '' ? 'own' : name
}
