#!/usr/bin/env bash
# Make the Word and PDF fixtures of fixtures/office/ with third-party tools, never with
# resdiff: pandoc writes the Word files (operative paragraphs as an automatically numbered
# list, sub-items as nested (a)/(i) lists, italic leading phrases where the source has them,
# real footnotes) from Markdown that scripts/office-fixture-md.py shapes from the seeds and
# fixtures; LibreOffice prints each Word file to PDF. npm test reads the committed files and
# needs neither tool.
#
#   apt-get install -y pandoc libreoffice-writer fonts-noto-cjk
#   bash scripts/make-office-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sources=(
  seeds/cop-8-3.en.md
  seeds/cop-10-draft-mexico.en.txt
  seeds/cop-6-2.en.txt
  seeds/cop-6-2.zh.txt
  fixtures/handmade/draft-a-c3-80-l19.en.txt
)
for source in "${sources[@]}"; do
  name=$(basename "$source"); name=${name%.*}
  python3 scripts/office-fixture-md.py "$source" > "$work/$name.md"
  pandoc --from markdown-smart-citations --to docx --output "$out/$name.docx" "$work/$name.md"
done
(cd "$out" && soffice --headless --convert-to pdf --outdir . ./*.docx >/dev/null)
{
  echo "# Word and PDF fixtures"
  echo
  echo "Made by scripts/make-office-fixtures.sh from the seeds and fixtures named there, never by resdiff:"
  echo "Word files by pandoc (operative paragraphs as automatic numbering, real footnotes), PDFs printed"
  echo "from them by LibreOffice. Tools:"
  echo
  echo "- $(pandoc --version | head -1)"
  echo "- $(soffice --version 2>/dev/null | head -1)"
} > "$out/README.md"

# Files resdiff must refuse, each made by the tool a user would have used (the .doc and the .odt
# were refused until resdiff read those formats; they are now read, as test/office-docx.test.ts checks):
#   apt-get install -y zip qpdf img2pdf python3-pil poppler-utils
bad=fixtures/office-bad
mkdir -p "$bad"
(cd "$out" && soffice --headless --convert-to 'doc:MS Word 97' --outdir "$OLDPWD/$bad" cop-6-2.en.docx >/dev/null \
  && mv "$OLDPWD/$bad/cop-6-2.en.doc" "$OLDPWD/$bad/binary-word.doc")
(cd "$out" && soffice --headless --convert-to odt --outdir "$OLDPWD/$bad" cop-6-2.en.docx >/dev/null \
  && mv "$OLDPWD/$bad/cop-6-2.en.odt" "$OLDPWD/$bad/opendocument.odt")
qpdf --encrypt resdiff owner 256 -- "$out/cop-6-2.en.pdf" "$bad/password.pdf"
rm -f "$bad/not-word.zip"
cp "$out/README.md" "$work/README.txt" && (cd "$work" && zip -q "$OLDPWD/$bad/not-word.zip" README.txt)
# A scan: a page as a picture only (drawn by Pillow), wrapped in a PDF by img2pdf.
/usr/bin/python3 -c '
import sys
from PIL import Image, ImageDraw
page = Image.new("L", (1240, 1754), 255)
draw = ImageDraw.Draw(page)
for row, line in enumerate(open(sys.argv[1], encoding="utf-8").read().split("\n")[:40]):
    draw.text((100, 100 + row * 36), line[:110], fill=0)
page.save(sys.argv[2])
' seeds/cop-6-2.en.txt "$work/scan.png"
img2pdf --output "$bad/scanned.pdf" "$work/scan.png"

# For bench/office.bench.js: about twenty pages, the three English seeds one after the other.
mkdir -p bench/office
for source in seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt; do
  python3 scripts/office-fixture-md.py "$source" | sed "s/\[^n/[^$(basename "$source" | cut -c1-6)n/g"
  printf '\n\n'
done > "$work/long.md"
pandoc --from markdown-smart-citations --to docx --output bench/office/three-resolutions.en.docx "$work/long.md"
(cd bench/office && soffice --headless --convert-to pdf --outdir . three-resolutions.en.docx >/dev/null)

# A PDF with page furniture: resolution 8/3 with a running head and page numbers on every page.
python3 scripts/office-running-heads.py "$out/cop-8-3.en.docx" "$work/cop-8-3-running-heads.en.docx" 'Firearms Protocol: resolution 8/3'
(cd "$work" && soffice --headless --convert-to pdf --outdir "$OLDPWD/$out" cop-8-3-running-heads.en.docx >/dev/null)

# What the pdftotext path reads from the same PDFs (poppler-utils), for the test that the
# PDF.js reader does at least as well.
mkdir -p fixtures/office-pdftotext
for pdf in "$out"/*.pdf; do
  pdftotext "$pdf" "fixtures/office-pdftotext/$(basename "${pdf%.pdf}").txt"
done
# and with -layout and -raw, as many users run it (test/office-pdftotext-modes.test.ts): the
# language stays last, `cop-6-2.layout.en.txt`.
for pdf in "$out"/cop-*.pdf; do
  name=$(basename "${pdf%.pdf}")
  base=${name%.*}
  lang=${name##*.}
  pdftotext -layout "$pdf" "fixtures/office-pdftotext/$base.layout.$lang.txt"
  pdftotext -raw "$pdf" "fixtures/office-pdftotext/$base.raw.$lang.txt"
done
