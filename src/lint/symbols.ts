/**
 * The grammar of United Nations document symbols: a series (`A`, `S`, `E`, `CTOC`, and the
 * IAEA's `GC(67)` with its session), then
 * components separated by slashes — a body or document type with an optional number
 * (`CONF.192`, `WG.6`, `C.1`, `C.I`, `L.5`, `RES`), a session or year (`75`, `2020`), a special
 * session (`S-26`, `ES-10`), a document number (`241`, `15`), a suffix (`Add.1`, `Corr.2`,
 * `Rev.1`) — and, for Security Council resolutions, the year in brackets (`(2004)`).
 * A document issued to two organs carries a joint symbol, the two joined by a hyphen
 * (`A/70/95-S/2015/446`); each half must follow the grammar.
 */
const series = '[A-Z]{1,8}(?:\\(\\d+\\))?'
const component = '(?:[A-Z][A-Za-z]*(?:\\.(?:\\d+[A-Za-z]?|[IVX]+))*|\\d+(?:\\.\\d+)*[A-Z]?|[A-Z]{1,2}-\\d+)'
const symbolGrammar = new RegExp(`^${series}(?:/${component})+(?: ?\\(\\d{4}\\))?$`, 'u')

const jointSymbol = /-(?=[A-Z]{1,8}(?:\(\d+\))?\/)/u

/**
 * The series of the United Nations' principal organs and its Secretariat (`A/…`, `S/…`,
 * `E/…`, `T/…`, `ST/…`) are held to the grammar above. Other organizations write their own
 * (the ILO's `GB.313/LILS/4`, WHO's regional committees' `WP/RC7/15`, the IAEA's
 * `GC(69)/RES/DEC(2025)`, UNESCO's convention organs' `ITH/08/2.GA/CONF.202/9` and
 * `LHE/24/19.COM/3` with the session before the organ, UNEP's special session `SS.VI/1`, the ITU
 * Council's `C97/68` with its year glued to the series, UNCTAD's Board in special session
 * `TD/B(S-XXVI)/L.1`): a symbol of another series is held only to what no symbol has —
 * an empty part, a space, a lower-case letter where a number belongs (`l5`).
 */
const unSeries = /^(?:[AEST]|ST)[./]/u
const otherPart = '[A-Z][A-Za-z]*\\d*(?:\\.(?:\\d+[A-Za-z]?|[IVX]+|[A-Z]\\d+))*(?:\\((?:\\d+|[A-Z]{1,2}-[IVXLC]+)\\))?'
const otherGrammar = new RegExp(
  `^[A-Z]{1,8}(?:\\(\\d+\\)|\\.\\d+|\\.[IVX]+|\\d{1,4})?(?:/(?:${otherPart}|\\d+(?:\\.\\d+)*[A-Z]?|\\d+\\.[A-Z]{1,6}|[A-Z]{1,2}-\\d+))+$`,
  'u',
)

/** A UN organ's letter with a number glued to it (`A78/L.5`): a slip in the UN's series, though WHO's own form. */
const unLetterGlued = /^(?:[AEST]|ST)\d/u

function followsGrammar(symbol: string): boolean {
  return (
    symbolGrammar.test(symbol) || (!unSeries.test(symbol) && !unLetterGlued.test(symbol) && otherGrammar.test(symbol))
  )
}

export function isDocumentSymbol(text: string): boolean {
  if (followsGrammar(text)) return true
  const halves = text.split(jointSymbol)
  return halves.length > 1 && halves.every(followsGrammar)
}
