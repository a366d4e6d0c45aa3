#!/usr/bin/env bash
# Make fixtures/office-layouts/: real texts of fixtures/field (their sources in
# fixtures/office-layouts/sources/, one paragraph a line) in page layouts the other PDF fixtures
# do not have, each with the text every common extractor gives of it; never made by resdiff.
# npm test reads the committed files and needs none of the tools.
#
#   Word files by scripts/make-un-fixtures.js (the `docx` package), printed by LibreOffice:
#     sc-1009-1995-letter.en        US letter, the 1990s running head (symbol, then `- 2 -`)
#     ga-76-130-a4.en               A4, sixteen notes over four pages
#     sc-2250-2015-two-columns.en   two columns, with headings between the operative paragraphs
#     sc-1518-2003-two-columns.zh   two columns, Chinese
#     ga-1514-1960-landscape.zh-hant  landscape pages, traditional characters
#   groff (pandoc's ms, typeset by groff, ps2pdf), from scripts/layout-source-md.py's Markdown:
#     ga-76-130-groff-two-columns.en  two columns (`.2C`), notes at each column's foot
#     who-afro-rc28-r1-1978-groff.en  one column, US letter, lettered (i)-(iv) items
#   Scans (pdftoppm 300 dpi bitonal, img2pdf, OCRmyPDF + Tesseract), as the UN's archive serves
#   older documents:
#     sc-1009-1995-scan.en, sc-1518-2003-scan.zh (chi_sim, 400 dpi)
#   and of every PDF (and of fixtures/office-un/ga-78-17-two-columns.en.pdf, as un-ga-78-17-two-columns), in text/: pdftotext (default, -layout, -raw), MuPDF (`mutool draw -F txt`,
#   form feeds; `mutool convert -F text`, none), Ghostscript txtwrite, pdf-parse 2.4.5 and
#   1.1.1 (see scripts/make-extractor-fixtures.sh for where to install them).
#
#   apt-get install -y libreoffice-writer fonts-noto-cjk pandoc groff ghostscript poppler-utils \
#     img2pdf ocrmypdf tesseract-ocr tesseract-ocr-chi-sim mupdf-tools
#   bash scripts/make-layout-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-layouts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"/*.docx "$out"/*.pdf
node scripts/make-un-fixtures.js sc-1009-1995-letter.en ga-76-130-a4.en sc-2250-2015-two-columns.en \
  sc-1518-2003-two-columns.zh ga-1514-1960-landscape.zh-hant >/dev/null
(cd "$out" && soffice --headless --convert-to pdf --outdir . ./*.docx >/dev/null 2>&1)

# groff: justified, hyphenated; `.2C` sets the body in two columns.
typeset() {
  local source=$1 name=$2 columns=$3
  python3 scripts/layout-source-md.py "$out/sources/$source.txt" > "$work/$name.md"
  pandoc --from markdown-smart-citations --to ms --standalone --output "$work/$name.ms" "$work/$name.md"
  if [ "$columns" = 2 ]; then sed -i '0,/^\.LP$/s//.2C\n.LP/' "$work/$name.ms"; fi
  groff -ms -Tps -k -dpaper=letter -P-pletter "$work/$name.ms" | ps2pdf -sPAPERSIZE=letter - "$out/$name.pdf"
}
typeset ga-76-130.en ga-76-130-groff-two-columns.en 2
typeset who-afro-rc28-r1-1978.en who-afro-rc28-r1-1978-groff.en 1

# scan SOURCE.pdf NAME LANGUAGE DPI: pages as a scanner gives them, then OCR.
scan() {
  local source=$1 name=$2 language=$3 dpi=$4
  rm -f "$work"/page-*
  pdftoppm -r "$dpi" -mono -tiff -tiffcompression ccittfax4 "$source" "$work/page"
  img2pdf --output "$work/$name.images.pdf" "$work"/page-*.tif
  ocrmypdf --quiet --language "$language" --output-type pdf "$work/$name.images.pdf" "$out/$name.pdf"
}
scan "$out/sc-1009-1995-letter.en.pdf" sc-1009-1995-scan.en eng 300
scan "$out/sc-1518-2003-two-columns.zh.pdf" sc-1518-2003-scan.zh chi_sim 400

# What each extractor gives of each PDF, and of fixtures/office-un's two-column A/RES/78/17.
mkdir -p "$out/text"
rm -f "$out"/text/*.txt
cp fixtures/office-un/ga-78-17-two-columns.en.pdf "$work/un-ga-78-17-two-columns.en.pdf"
for pdf in "$out"/*.pdf "$work/un-ga-78-17-two-columns.en.pdf"; do
  name=$(basename "$pdf" .pdf); base=${name%.*}; lang=${name##*.}
  pdftotext "$pdf" "$out/text/$base.pdftotext.$lang.txt"
  pdftotext -layout "$pdf" "$out/text/$base.layout.$lang.txt"
  pdftotext -raw "$pdf" "$out/text/$base.raw.$lang.txt"
done
bash scripts/make-extractor-fixtures.sh "$out/text" "$out"/*.pdf fixtures/office-un/ga-78-17-two-columns.en.pdf
for file in "$out"/text/layouts-*; do mv "$file" "$out/text/$(basename "$file" | sed 's/^layouts-//')"; done
{
  echo "# Tools"
  echo
  echo "- $(pandoc --version | head -1); $(groff --version | head -1); Ghostscript $(gs --version)"
  echo "- $(soffice --version 2>/dev/null | head -1)"
  echo "- $(pdftotext -v 2>&1 | head -1); $(mutool -v 2>&1 | head -1); ocrmypdf $(ocrmypdf --version); $(tesseract --version 2>&1 | head -1)"
} > "$out/TOOLS.md"
