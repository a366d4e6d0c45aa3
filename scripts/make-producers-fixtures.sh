#!/usr/bin/env bash
# Make fixtures/office-producers/: real texts of fixtures/field (sources in
# fixtures/office-producers/sources/, one paragraph a line) written by producers and settings the
# other office fixtures have not tried, never by resdiff; and of each PDF the text every common
# extractor gives (text/). npm test reads the committed files and needs none of the tools.
#
#   ga-66-290-2012-pandoc-lists.en.docx  pandoc's own Word writer: the operative paragraphs and
#                                        the lettered items as real lists (pandoc's numbering),
#                                        footnotes, a comment, the title a heading
#   ga-66-290-2012-pandoc-lists.en.pdf   that Word file exported by LibreOffice with bookmarks
#                                        and with the comments printed in the margin
#   ga-54-254-2000-numbering.en.docx     the `docx` package, Word's automatic numbering, footnotes
#   ga-74-193-line-breaks.en.docx        the body one paragraph of manual line breaks (`w:br`)
#   sc-0542-1983-full-width.zh.docx      Chinese, full-width list numbers (`１．`), SimSun
#   sc-0542-1983-full-width.zh.pdf       that Word file printed by LibreOffice
#   who-wpr-rc7-r18-1956-outline.en.odt  LibreOffice's .odt whose operative numbers are the
#                                        document's outline numbering
#   ga-74-193-groff-letter.en.pdf        groff `ms` typed by hand (`.PP`, `.IP "1."`, `\**` notes
#                                        with `.FS`), US letter, through ps2pdf
#   (see scripts/make-producers-fixtures.js)
#
#   apt-get install -y libreoffice-writer fonts-noto-cjk pandoc groff ghostscript poppler-utils mupdf-tools
#   bash scripts/make-producers-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-producers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office=(soffice "-env:UserInstallation=file://$work/profile" --headless)
rm -f "$out"/*.docx "$out"/*.odt "$out"/*.pdf

node scripts/make-producers-fixtures.js "$out" "$work"
pandoc --from markdown-smart-citations --to docx -M lang=en-US --output "$out/ga-66-290-2012-pandoc-lists.en.docx" \
  "$work/ga-66-290-2012-pandoc-lists.en.md"
(cd "$out" && "${office[@]}" --convert-to 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}' \
  --outdir . ga-66-290-2012-pandoc-lists.en.docx >/dev/null 2>&1)
(cd "$out" && "${office[@]}" --convert-to pdf --outdir . sc-0542-1983-full-width.zh.docx >/dev/null 2>&1)
(cd "$out" && "${office[@]}" --convert-to odt --outdir . who-wpr-rc7-r18-1956-outline.en.fodt >/dev/null 2>&1)
# groff `ms` typed by hand (scripts/producers-ms.py), US letter, through Ghostscript's ps2pdf.
python3 scripts/producers-ms.py "$out/sources/ga-74-193.en.txt" > "$work/ga-74-193.ms"
groff -k -ms -Tps -dpaper=letter -P-pletter "$work/ga-74-193.ms" | ps2pdf -sPAPERSIZE=letter - "$out/ga-74-193-groff-letter.en.pdf"
rm "$out"/*.fodt

bash scripts/make-pdf-texts.sh "$out"
{
  echo "# Tools"
  echo
  echo "- $(pandoc --version | head -1); $(groff --version | head -1); Ghostscript $(gs --version); docx $(node -p "require('./node_modules/docx/package.json').version")"
  echo "- $(soffice --version 2>/dev/null | head -1)"
  echo "- $(pdftotext -v 2>&1 | head -1); $(mutool -v 2>&1 | head -1)"
} > "$out/TOOLS.md"
