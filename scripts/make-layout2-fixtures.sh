#!/usr/bin/env bash
# Make fixtures/office-layouts-2/: real texts of fixtures/field (their sources in
# fixtures/office-layouts-2/sources/, one paragraph a line) in page layouts that neither
# fixtures/office-layouts nor the other PDF fixtures have, each with the text every common
# extractor gives of it; never made by resdiff. npm test reads the committed files and needs none
# of the tools.
#
#   ga-77-100-annex-table.en     UN layout (scripts/make-un-fixtures.js, LibreOffice): after the
#                                operative part and the closing lines, an annex on a new page
#                                with a table (number, label, a dotted line to fill in)
#   ga-80-6-2025-groff-a5.en     groff (`ms`), A5 as the Official Records' volumes: one justified
#                                column, hyphenated; ten notes, one of which runs on over a page
#   ga-80-6-2025-headings.en     pandoc's Word file (masthead and title in Word's "Heading 1"
#                                and "Heading 2" styles, notes as Word footnotes), printed by
#                                LibreOffice
#   who-eb126-2010-headings.zh   the same, Chinese: two resolutions, the second starting under
#                                the first on the same page
#   ecosoc-1966-1104-tagged.en   a retyped 1966 text (note markers `*/`, `16/` typed, the notes
#                                typed after the closing lines): pandoc's Word file saved as
#                                Word 97 (.doc) by LibreOffice, then exported as a tagged PDF
#   and of every PDF, in text/: pdftotext (default, -layout, -raw), MuPDF (form feeds, none),
#   Ghostscript txtwrite, pdf-parse 2.4.5 and 1.1.1 (see scripts/make-extractor-fixtures.sh).
#
#   apt-get install -y libreoffice-writer fonts-noto-cjk pandoc groff ghostscript poppler-utils mupdf-tools
#   bash scripts/make-layout2-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-layouts-2
src=$out/sources
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that no setting of the user's LibreOffice changes the PDFs.
office=(soffice "-env:UserInstallation=file://$work/profile" --headless)
rm -f "$out"/*.docx "$out"/*.doc "$out"/*.pdf

node scripts/make-un-fixtures.js ga-77-100-annex-table.en >/dev/null

# groff on A5: the ms page set to A5 with its margins (pandoc's template sets US letter's).
python3 scripts/layout-source-md.py "$src/ga-80-6-2025.en.txt" > "$work/a5.md"
pandoc --from markdown-smart-citations --to ms --standalone --output "$work/a5.ms" "$work/a5.md"
sed -i -e 's/^\.nr LL 5.5i/.nr LL 11.3c/' -e 's/^\.nr PO 1.25i/.nr PO 1.9c/' \
  -e 's/^\.nr HM 1.25i/.nr HM 2c/' -e 's/^\.nr FM 1.25i/.nr FM 2.2c/' "$work/a5.ms"
groff -ms -Tps -k -dpaper=a5 -P-pa5 "$work/a5.ms" | ps2pdf -sPAPERSIZE=a5 - "$out/ga-80-6-2025-groff-a5.en.pdf"

# Word files by pandoc: the masthead and titles as headings.
word() {
  local source=$1 name=$2 lang=$3
  python3 scripts/layout-source-md.py --headings "$src/$source.txt" > "$work/$name.md"
  pandoc --from markdown-smart-citations --to docx -M "lang=$lang" --output "$out/$name.docx" "$work/$name.md"
}
word ga-80-6-2025.en ga-80-6-2025-headings.en en-US
word who-eb126-2010.zh who-eb126-2010-headings.zh zh-CN
word ecosoc-1966-1104.en ecosoc-1966-1104-tagged.en en-US
(cd "$out" && "${office[@]}" --convert-to pdf --outdir . ga-80-6-2025-headings.en.docx who-eb126-2010-headings.zh.docx \
  ga-77-100-annex-table.en.docx >/dev/null 2>&1)
# The 1966 text: Word 97, then a tagged PDF (structure tags, as accessible PDFs carry).
(cd "$out" && "${office[@]}" --convert-to doc --outdir . ecosoc-1966-1104-tagged.en.docx >/dev/null 2>&1)
rm "$out/ecosoc-1966-1104-tagged.en.docx"
(cd "$out" && "${office[@]}" --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
  --outdir . ecosoc-1966-1104-tagged.en.doc >/dev/null 2>&1)

bash scripts/make-pdf-texts.sh "$out"
{
  echo "# Tools"
  echo
  echo "- $(pandoc --version | head -1); $(groff --version | head -1); Ghostscript $(gs --version)"
  echo "- $(soffice --version 2>/dev/null | head -1)"
  echo "- $(pdftotext -v 2>&1 | head -1); $(mutool -v 2>&1 | head -1)"
} > "$out/TOOLS.md"
