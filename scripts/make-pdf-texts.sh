#!/usr/bin/env bash
# The text each extractor gives of the PDFs in a fixtures folder, into its text/ folder, never with
# resdiff: pdftotext in its three modes (`pdftotext`, `layout`, `raw`), then MuPDF, Ghostscript's
# txtwrite and pdf.js through scripts/make-extractor-fixtures.sh; each file BASE.MODE.LANG.txt.
# Called by the make-*-fixtures.sh scripts of folders whose PDFs are read nine ways.
#
#   bash scripts/make-pdf-texts.sh fixtures/office-producers
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
mkdir -p "$out/text"
rm -f "$out"/text/*.txt
for pdf in "$out"/*.pdf; do
  name=$(basename "$pdf" .pdf); base=${name%.*}; lang=${name##*.}
  pdftotext "$pdf" "$out/text/$base.pdftotext.$lang.txt"
  pdftotext -layout "$pdf" "$out/text/$base.layout.$lang.txt"
  pdftotext -raw "$pdf" "$out/text/$base.raw.$lang.txt"
done
bash scripts/make-extractor-fixtures.sh "$out/text" "$out"/*.pdf
# make-extractor-fixtures.sh names a file by its folder (`producers-…`); here the folder says it.
folder=$(basename "$out"); prefix="${folder#office-}-"
for file in "$out"/text/"$prefix"*; do mv "$file" "$out/text/${file##*/"$prefix"}"; done
