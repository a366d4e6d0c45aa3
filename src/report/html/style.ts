/**
 * The one stylesheet every report inlines. System fonts only (no web fonts: the file must open
 * offline); every colour cue is doubled by a shape or a word, so it survives greyscale printing.
 */
export const stylesheet = `
:root {
  --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --paper: #ffffff; --band: #f6f8fa;
  --ins-bg: #d7f5dd; --ins-ink: #0b4d1c; --del-bg: #fbe0e0; --del-ink: #82071e;
  --reworded: #9a6700; --added: #1a7f37; --dropped: #cf222e; --merged: #8250df; --split: #8250df;
  --moved: #0969da; --finding: #bc4c00;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 96rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: var(--paper);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
}
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
a { color: var(--moved); }
a:focus-visible, input:focus-visible + span { outline: 3px solid var(--moved); outline-offset: 2px; }
.sources { margin: 0; padding: 0; list-style: none; color: var(--muted); }
.sources li { margin: .1rem 0; }
.sources b { color: var(--ink); font-weight: 600; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0; list-style: none; }
.summary li {
  display: flex; align-items: baseline; gap: .4rem; padding: .35rem .75rem; border: 1px solid var(--rule);
  border-left-width: 5px; border-radius: 6px; background: var(--band);
}
.summary .count { font-size: 1.35rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.filters { margin: 1rem 0 0; }
.filters fieldset { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0; padding: .5rem .75rem; border: 1px solid var(--rule); border-radius: 6px; }
.filters legend { padding: 0 .3rem; font-weight: 600; }
.filters label { position: relative; cursor: pointer; }
.filters input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.filters label span { display: inline-block; padding: .2rem .7rem; border: 1px solid var(--rule); border-radius: 999px; background: var(--paper); }
.filters input:checked + span { background: var(--ink); border-color: var(--ink); color: var(--paper); }
.filters input:checked + span::before { content: "\\2713\\00a0" / ""; }
.filter-status { margin: .4rem 0 0; color: var(--muted); }
.key { color: var(--muted); margin: .5rem 0 0; }
table.rows { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; }
.rows caption { text-align: left; color: var(--muted); padding: .25rem 0 .5rem; }
.rows th, .rows td { padding: .55rem .7rem; vertical-align: top; text-align: left; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
.rows thead th { position: sticky; top: 0; z-index: 1; background: var(--paper); border-bottom: 2px solid var(--ink); font-size: .9rem; }
.rows col.what { width: 10.5rem; }
.rows.history col.what { width: 7rem; }
.rows tr.section th { background: var(--band); font-size: 1rem; border-bottom: 1px solid var(--rule); padding-top: .9rem; }
.rows tbody tr { border-left: 5px solid transparent; }
.rows tbody th[scope="row"] { font-weight: 400; border-left: 5px solid var(--rule); }
.rows tbody tr:target th, .rows tbody tr:target td { background: #fff8c5; }
.rows tbody th[scope="row"] { overflow-wrap: normal; }
.kind { display: inline-block; white-space: nowrap; font-weight: 700; font-size: .85rem; letter-spacing: .02em; }
.kind .symbol { display: inline-block; min-width: 1.1em; text-align: center; }
.detail { display: block; color: var(--muted); font-size: .82rem; margin-top: .2rem; }
tr[data-kind="unchanged"] th[scope="row"] { border-left-color: var(--rule); }
tr[data-kind="reworded"] th[scope="row"], .summary .reworded { border-left-color: var(--reworded); }
tr[data-kind="added"] th[scope="row"], .summary .added { border-left-color: var(--added); }
tr[data-kind="dropped"] th[scope="row"], .summary .dropped { border-left-color: var(--dropped); }
tr[data-kind="merged"] th[scope="row"], .summary .merged { border-left-color: var(--merged); }
tr[data-kind="split"] th[scope="row"], .summary .split { border-left-color: var(--split); }
tr[data-kind="moved-away"] th[scope="row"], .summary .moved { border-left-color: var(--moved); }
tr[data-kind="finding"] th[scope="row"], .summary .finding { border-left-color: var(--finding); }
tr.has-findings th[scope="row"] { border-left-color: var(--finding); }
tr[data-tags~="error"] th[scope="row"] { border-left-color: var(--dropped); }
tr.has-findings td { background: #fffaf5; }
.flag { color: var(--finding); font-weight: 700; }
.rows col.found { width: 18rem; }
code { font-size: .8rem; color: var(--muted); }
.summary .pair { border-left-color: var(--rule); }
.summary .joined { border-left-color: var(--merged); }
.summary .en-only { border-left-color: var(--dropped); }
.summary .zh-only { border-left-color: var(--added); }
tr[data-kind="joined"] .kind { color: var(--merged); }
tr[data-kind="en-only"] .kind { color: var(--dropped); }
tr[data-kind="zh-only"] .kind { color: var(--added); }
tr[data-kind="reworded"] .kind { color: var(--reworded); }
tr[data-kind="added"] .kind { color: var(--added); }
tr[data-kind="dropped"] .kind { color: var(--dropped); }
tr[data-kind="merged"] .kind, tr[data-kind="split"] .kind { color: var(--merged); }
tr[data-kind="moved-away"] .kind, .moved-note { color: var(--moved); }
tr[data-kind="finding"] .kind { color: var(--finding); }
tr[data-kind="unchanged"] td { color: var(--muted); }
.para { margin: 0 0 .5rem; }
.para:last-child { margin-bottom: 0; }
.label { display: inline-block; min-width: 3.2rem; margin-right: .3rem; font-weight: 700; font-size: .82rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
.moved-note { display: block; font-size: .85rem; margin-top: .35rem; }
.phrase-change { display: block; font-size: .85rem; margin-top: .35rem; color: var(--reworded); }
ins, del { text-decoration-thickness: 2px; border-radius: 2px; padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; }
ins::before, ins::after, del::before, del::after {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(100%); white-space: nowrap;
}
ins::before { content: " [inserted: "; } ins::after { content: "] "; }
del::before { content: " [deleted: "; } del::after { content: "] "; }
.findings, .doc-findings { list-style: none; }
.findings { margin: 0; padding: .4rem .6rem; border-left: 3px solid var(--finding); background: #fff1e5; font-size: .88rem; }
.findings li { margin: .1rem 0 .35rem; }
.findings li.error, .doc-findings li.error { color: var(--del-ink); }

.severity { font-weight: 700; }
.quoted { display: block; font-size: .82rem; color: var(--muted); }
mark { background: #ffe08a; color: inherit; border-bottom: 2px dotted var(--finding); padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }

.doc-findings { margin: .5rem 0 0; padding-left: 0; }

.cell-kind { display: block; font-size: .78rem; font-weight: 700; margin-bottom: .2rem; color: var(--muted); }
.cell-kind.changed { color: var(--reworded); }
.cell-kind.added { color: var(--added); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media screen and (max-width: 48rem) {
  body { padding: 1rem; font-size: 15px; }
  table.rows, .rows tbody, .rows tr, .rows th, .rows td { display: block; width: 100%; }
  .rows thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .rows colgroup { display: none; }
  .rows caption { display: block; }
  .rows tbody tr { margin: 0 0 .9rem; border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; }
  .rows tbody th[scope="row"] { border-left-width: 5px; background: var(--band); }
  .rows tbody td::before { content: attr(data-label); display: block; font-size: .78rem; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
  .rows tr.section th { border-radius: 0; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  .filters { display: none !important; }
  .rows thead { display: table-header-group; }
  .rows thead th { position: static; }
  .rows col.what { width: 7.5rem; }
  .rows col.found { width: 11rem; }
  .rows tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .summary li, .findings, .rows tr.section th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr:target th, tr:target td { background: none !important; }
}
`
