/**
 * The grammar of United Nations document symbols: a series (`A`, `S`, `E`, `CTOC`, and the
 * IAEA's `GC(67)` with its session), then
 * components separated by slashes — a body or document type with an optional number
 * (`CONF.192`, `WG.6`, `C.1`, `C.I`, `L.5`, `RES`), a session or year (`75`, `2020`), a special
 * session (`S-26`, `ES-10`), a document number (`241`, `15`), a suffix (`Add.1`, `Corr.2`,
 * `Rev.1`) — and, for Security Council resolutions, the year in brackets (`(2004)`).
 */
const series = '[A-Z]{1,8}(?:\\(\\d+\\))?'
const component = '(?:[A-Z][A-Za-z]*(?:\\.(?:\\d+[A-Za-z]?|[IVX]+))*|\\d+(?:\\.\\d+)*[A-Z]?|[A-Z]{1,2}-\\d+)'
const symbolGrammar = new RegExp(`^${series}(?:/${component})+(?: ?\\(\\d{4}\\))?$`, 'u')

export function isDocumentSymbol(text: string): boolean {
  return symbolGrammar.test(text)
}
