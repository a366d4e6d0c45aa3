#!/usr/bin/env bash
# Make fixtures/office-ocr/: scanned PDFs with an OCR text layer, as the UN Digital Library
# serves older resolutions. Each UN-layout PDF of fixtures/office-un/ (printed by LibreOffice
# from the Word files of scripts/make-un-fixtures.sh) is rendered to bitonal 300 dpi page
# images by pdftoppm, as a document scanner gives them, packed into a PDF of images (img2pdf,
# CCITT G4) and run through OCRmyPDF (Tesseract), which lays its invisible text (render mode 3,
# word by word on each line's baseline) over the images. Never made by resdiff; npm test reads
# the committed files and needs none of these tools.
#
#   apt-get install -y poppler-utils img2pdf ocrmypdf tesseract-ocr tesseract-ocr-chi-sim
#   bash scripts/make-ocr-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-ocr
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# scan SOURCE.pdf NAME LANGUAGE DPI [ROTATION]: pages as a scanner gives them, then OCR.
# ROTATION (degrees) turns each page image a little, as a sheet fed askew.
scan() {
  local source=$1 name=$2 language=$3 dpi=$4 rotation=${5:-0}
  rm -f "$work"/page-*
  pdftoppm -r "$dpi" -mono "$source" "$work/page"
  /usr/bin/python3 - "$work" "$rotation" "$dpi" <<'PY'
import glob, sys
from PIL import Image
work, rotation, dpi = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
for path in sorted(glob.glob(work + '/page-*.pbm')):
    image = Image.open(path).convert('L')
    if rotation:
        image = image.rotate(rotation, resample=Image.BILINEAR, fillcolor=255)
    image.point(lambda value: 255 if value > 127 else 0).convert('1').save(
        path[:-4] + '.tif', compression='group4', dpi=(dpi, dpi))
PY
  img2pdf --output "$work/$name.images.pdf" "$work"/page-*.tif
  ocrmypdf --quiet --language "$language" --output-type pdf "$work/$name.images.pdf" "$out/$name.pdf"
}

scan fixtures/office-un/ga-78-17.en.pdf ga-78-17-scan.en eng 300
scan fixtures/office-un/ga-78-17.en.pdf ga-78-17-scan-askew.en eng 300 0.4
scan fixtures/office-un/ga-78-17-two-columns.en.pdf ga-78-17-scan-two-columns.en eng 300
# Chinese at 400 dpi: Tesseract's chi_sim loses too many characters at 300.
scan fixtures/office-un/ga-54-254-2000.zh.pdf ga-54-254-2000-scan.zh chi_sim 400
# A Chinese resolution with a note (its call and its number as the OCR reads them).
scan fixtures/office-un/ga-52-7-1997.zh.pdf ga-52-7-1997-scan.zh chi_sim 400
# A Security Council resolution: one page, no notes, the first page's foot right under the text.
scan fixtures/office-un/sc-2446-2018.zh.pdf sc-2446-2018-scan.zh chi_sim 400
# A PDF with text whose page 2 was scanned in as a picture, with no OCR (a page replaced by its
# scan): pages 1 and 3 of the typeset PDF, page 2 as a 200 dpi greyscale image.
rm -f "$work"/*
pdfseparate fixtures/office-un/ga-78-17.en.pdf "$work/page-%d.pdf"
pdftoppm -r 200 -f 2 -l 2 -gray fixtures/office-un/ga-78-17.en.pdf "$work/picture"
img2pdf --output "$work/picture.pdf" "$work"/picture-*.pgm
pdfunite "$work/page-1.pdf" "$work/picture.pdf" "$work/page-3.pdf" "$out/ga-78-17-page-2-picture.en.pdf"
