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
