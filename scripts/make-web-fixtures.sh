#!/usr/bin/env bash
# Make the pandoc web-page fixtures of fixtures/web/ with pandoc, never with resdiff: the Word
# fixtures of fixtures/office written as HTML, as a user converts a .docx for a website or an
# e-mail. The English page is a body without <html> or a doctype (pandoc without --standalone,
# an editor's "copy as HTML"); the Chinese one is a whole page. pandoc links each note mark as
# `<a href="#fn1"><sup>1</sup></a>` and lists the notes at the end with a link back (`↩︎`).
# npm test reads the committed files and needs no tool.
#
#   apt-get install -y pandoc
#   bash scripts/make-web-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pandoc --from docx --to html --output fixtures/web/cop-6-2.en.pandoc.html fixtures/office/cop-6-2.en.docx
pandoc --from docx --to html --standalone --metadata title='Resolution 6/2' \
  --output fixtures/web/cop-6-2.zh.pandoc.html fixtures/office/cop-6-2.zh.docx
# LibreOffice's "Save as HTML" of the UN-layout 78/17: note marks as
# `<a name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>`, each note opening with its
# number linked back (`<a href="#sdfootnote1anc">1</a>Resolution S-10/2.`). Its pictures (the
# masthead's emblem and barcode) are left out.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless --convert-to html --outdir "$work" fixtures/office-un/ga-78-17.en.docx >/dev/null
cp "$work/ga-78-17.en.html" fixtures/web/ga-78-17.en.libreoffice.html
