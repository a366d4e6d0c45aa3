#!/usr/bin/env bash
# Make fixtures/office-un/: Word files laid out as the UN publishes resolutions (written by
# scripts/make-un-fixtures.js with the `docx` package, from the texts in
# fixtures/office-un/sources/), each printed to PDF by LibreOffice, never by resdiff. npm test
# reads the committed files and needs neither tool.
#
#   apt-get install -y libreoffice-writer fonts-noto-cjk
#   bash scripts/make-un-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-un
rm -f "$out"/*.docx "$out"/*.pdf
node scripts/make-un-fixtures.js
(cd "$out" && soffice --headless --convert-to pdf --outdir . ./*.docx >/dev/null)
# The Chinese Security Council file saved again by LibreOffice, which writes its frames as text
# boxes (mc:AlternateContent: a wps:txbx choice and a VML fallback holding the same words).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$out" && soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" sc-2446-2018.zh.docx >/dev/null)
mv "$work/sc-2446-2018.zh.docx" "$out/sc-2446-2018-text-boxes.zh.docx"
# and its print, a PDF whose masthead was set in text boxes
(cd "$out" && soffice --headless --convert-to pdf --outdir . sc-2446-2018-text-boxes.zh.docx >/dev/null)
# A copy locked against copying and printing (an owner password only, no password to open), as
# some publishers set it: readers open it without asking (apt-get install -y qpdf).
qpdf --encrypt "" locked-by-owner 256 --print=none --modify=none --extract=n -- \
  "$out/ga-78-17.en.pdf" "$out/ga-78-17-copy-locked.en.pdf"
# What pdftotext (poppler-utils) reads from the English UN-layout PDF: the page feet with no
# rule as text, for the parser's test of them (test/office-pdf.test.ts).
pdftotext "$out/ga-78-17.en.pdf" fixtures/office-pdftotext/un-ga-78-17.en.txt
# and with -layout, as many users run it (each note's number on its own line above its text)
pdftotext -layout "$out/ga-78-17.en.pdf" fixtures/office-pdftotext/un-ga-78-17.layout.en.txt
# and with -raw (no blank line anywhere; a page foot's pieces a space apart: `2/3 23-24440`)
pdftotext -raw "$out/ga-78-17.en.pdf" fixtures/office-pdftotext/un-ga-78-17.raw.en.txt
# and the Chinese 2446 with -raw, which writes the masthead's text boxes last, under the page foot
pdftotext -raw "$out/sc-2446-2018.zh.pdf" fixtures/office-pdftotext/un-sc-2446-2018.raw.zh.txt
# and the Chinese 52/7 with -raw, whose note stands right under the closing lines, at the text's end
pdftotext -raw "$out/ga-52-7-1997.zh.pdf" fixtures/office-pdftotext/un-ga-52-7-1997.raw.zh.txt
# and the Chinese 52/7, whose second preambular paragraph (审议了…) opens right under a nearly full line
pdftotext "$out/ga-52-7-1997.zh.pdf" fixtures/office-pdftotext/un-ga-52-7-1997.zh.txt
# and the Chinese 54/254, whose title stands on its own line between its number and the formula
pdftotext "$out/ga-54-254-2000.zh.pdf" fixtures/office-pdftotext/un-ga-54-254-2000.zh.txt
