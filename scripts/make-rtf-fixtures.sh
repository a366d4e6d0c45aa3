#!/usr/bin/env bash
# Make fixtures/office-rtf/: Word files of fixtures/office-un, fixtures/office and
# fixtures/office-legacy saved as RTF by LibreOffice ("Save as RTF": Chinese as `\uN` with a `?`
# fallback, footnotes as `{\*\footnote \chftn …}`, list numbers in `{\listtext …}`, the first
# page's header in `{\headerf …}`, text boxes in `{\shptxt …}`), and the Chinese 52/7 with its
# Chinese written as Word writes it in a Chinese code page (`\ansicpg936`, each character two
# `\'hh` bytes of GBK: scripts/rtf-gbk.py). Never by resdiff; npm test reads the committed files.
#
#   apt-get install -y libreoffice-writer
#   bash scripts/make-rtf-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-rtf
mkdir -p "$out"
rm -f "$out"/*.rtf
soffice --headless --convert-to rtf --outdir "$out" \
  fixtures/office-un/ga-78-17.en.docx fixtures/office-un/ga-52-7-1997.zh.docx fixtures/office-un/sc-2446-2018.zh.docx \
  fixtures/office/cop-8-3.en.docx fixtures/office/cop-6-2.zh.docx \
  fixtures/office-legacy/ga-78-17-endnotes.en.docx fixtures/office-legacy/ga-78-17-starred-note.en.docx \
  fixtures/office-legacy/ga-78-17-tracked.en.docx >/dev/null 2>&1
python3 scripts/rtf-gbk.py "$out/ga-52-7-1997.zh.rtf" "$out/ga-52-7-1997-gbk.zh.rtf"
