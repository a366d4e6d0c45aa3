#!/usr/bin/env bash
# Make fixtures/office-drafts/: real texts of fixtures/field (sources in
# fixtures/office-drafts/sources/, one paragraph a line) laid out as drafts and working copies
# are, in layouts the other office fixtures have not tried, never by resdiff; and of each PDF the
# text every common extractor gives (text/). npm test reads the committed files and needs none of
# the tools. The Word files come from scripts/make-drafts-fixtures.js; LibreOffice prints them.
#
#   sc-0138-1960-line-numbers.en.docx/.pdf  Word's line numbering in the margin (a negotiation draft)
#   ga-735-1953-watermark.en.docx/.pdf      an "ADVANCE UNEDITED VERSION" watermark: Word's (WordArt in
#                                           the header) and, in the PDF, LibreOffice's export watermark
#   ga-735-1953-diagonal-stamp.en.pdf       the same printed plain and stamped across each page at 45°
#   sc-0242-1967-multilevel.en.docx/.pdf    the operative numbers one multi-level list, items (a), (i)
#   sc-0396-1976-mixed-fonts.zh.docx/.pdf   Chinese with a Latin font of its own
#   sc-0396-1976-vertical.zh.pdf            the same set vertically (top to bottom, right to left)
#   basel-bc-14-2019-margin-comments.en.pdf reviewers' comments printed in the right margin
#   oas-2009-cuba-from-odt.en.docx          LibreOffice's .docx of an .odt whose numbers are a list
#
#   apt-get install -y libreoffice-writer fonts-noto-cjk poppler-utils mupdf-tools ghostscript
#   bash scripts/make-drafts-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-drafts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office=(soffice "-env:UserInstallation=file://$work/profile" --headless)
rm -f "$out"/*.docx "$out"/*.pdf

node scripts/make-drafts-fixtures.js "$out" "$work"
for name in sc-0138-1960-line-numbers.en sc-0242-1967-multilevel.en sc-0396-1976-mixed-fonts.zh; do
  "${office[@]}" --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null 2>&1
done
for name in sc-0396-1976-vertical.zh basel-bc-14-2019-margin-comments.en; do
  "${office[@]}" --convert-to pdf --outdir "$out" "$work/$name.docx" >/dev/null 2>&1
done
# The watermarked Word file: LibreOffice draws Word's WordArt as outlines (no text), so the PDF
# also has LibreOffice's own export watermark, text up the page's middle; and the same Word file
# printed plain, then stamped across each page at 45° as Ghostscript (or pdftk, or Acrobat's
# "Add Watermark") stamps it: real text, grey, over the body.
"${office[@]}" --convert-to 'pdf:writer_pdf_Export:{"Watermark":{"type":"string","value":"ADVANCE UNEDITED VERSION"}}' \
  --outdir "$out" "$out/ga-735-1953-watermark.en.docx" >/dev/null 2>&1
cp "$out/ga-735-1953-watermark.en.docx" "$work/ga-735-1953-plain.en.docx"
"${office[@]}" --convert-to pdf --outdir "$work" "$work/ga-735-1953-plain.en.docx" >/dev/null 2>&1
gs -q -o "$out/ga-735-1953-diagonal-stamp.en.pdf" -sDEVICE=pdfwrite -c \
  '<< /EndPage { exch pop 0 eq { gsave 0.7 setgray /Helvetica-Bold 44 selectfont 110 170 moveto 50 rotate (ADVANCE UNEDITED VERSION) show grestore true } { false } ifelse } bind >> setpagedevice' \
  -f "$work/ga-735-1953-plain.en.pdf"
# An .odt saved by LibreOffice, then that .odt saved as Word 2007-365 (.docx).
"${office[@]}" --convert-to odt --outdir "$work" "$work/oas-2009-cuba-from-odt.en.fodt" >/dev/null 2>&1
"${office[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$work/oas-2009-cuba-from-odt.en.odt" >/dev/null 2>&1

bash scripts/make-pdf-texts.sh "$out"
{
  echo "# Tools"
  echo
  echo "- docx $(node -p "require('./node_modules/docx/package.json').version"); $(soffice --version 2>/dev/null | head -1)"
  echo "- $(pdftotext -v 2>&1 | head -1); $(mutool -v 2>&1 | head -1); Ghostscript $(gs --version)"
} > "$out/TOOLS.md"
