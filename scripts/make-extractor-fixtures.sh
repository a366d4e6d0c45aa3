#!/usr/bin/env bash
# Make the text other PDF extractors give of the PDF fixtures, never with resdiff: what users
# paste when their pipeline is not pdftotext. npm test reads the committed files and needs none
# of the tools.
#
#   mutool   MuPDF's `mutool draw -F txt` (the engine of PyMuPDF's `page.get_text()` and of
#            SumatraPDF's copy; a form feed ends each page) and `mutool convert -F text` (the
#            same text with no form feeds, as `"".join(page.get_text() for page in doc)` gives);
#   gs       Ghostscript's `txtwrite` device (lines set out in columns of spaces, CRLF);
#   pdfjs    pdf.js through the npm wrapper `pdf-parse` (v2: pdf.js 5, `getText()`, pages joined
#            by `-- N of M --`; v1.1.1: pdf.js 1.10, pages joined by blank lines), close to what
#            copying from Firefox gives. Install it outside resdiff, e.g.
#            `mkdir /tmp/pdf-parse && cd /tmp/pdf-parse && npm install pdf-parse`, and
#            pdf-parse@1.1.1 likewise in /tmp/pdf-parse-1.
#
#   bash scripts/make-extractor-fixtures.sh OUT PDF...      (default: the PDFs of the list below into fixtures/office-extractors)
#   PDF_PARSE=/tmp/pdf-parse PDF_PARSE1=/tmp/pdf-parse-1 bash scripts/make-extractor-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-fixtures/office-extractors}
shift || true
pdfs=("$@")
if [ ${#pdfs[@]} -eq 0 ]; then
  pdfs=(fixtures/office/cop-8-3.en.pdf fixtures/office/cop-10-draft-mexico.en.pdf fixtures/office/cop-6-2.zh.pdf fixtures/office-un/ga-78-17.en.pdf fixtures/office-typeset/cop-6-2-ghostscript.en.pdf)
fi
pp=${PDF_PARSE:-/tmp/pdf-parse}
pp1=${PDF_PARSE1:-/tmp/pdf-parse-1}
mkdir -p "$out"
for pdf in "${pdfs[@]}"; do
  dir=$(basename "$(dirname "$pdf")"); name=$(basename "$pdf" .pdf); base=${name%.*}; lang=${name##*.}
  [ "$dir" = office ] || base="${dir#office-}-$base"
  mutool draw -q -F txt -o "$out/$base.mutool.$lang.txt" "$pdf" 2>/dev/null
  mutool convert -F text -o "$out/$base.mutool-noff.$lang.txt" "$pdf" 2>/dev/null
  gs -q -dNOPAUSE -dBATCH -sDEVICE=txtwrite -o "$out/$base.gs.$lang.txt" "$pdf"
  (cd "$pp" && node --input-type=module -e "
    import {readFileSync} from 'node:fs'; import {PDFParse} from 'pdf-parse'
    const parser = new PDFParse({data: new Uint8Array(readFileSync(process.argv[1]))})
    process.stdout.write((await parser.getText()).text); await parser.destroy()" "$OLDPWD/$pdf") > "$out/$base.pdfjs.$lang.txt"
  (cd "$pp1" && node -e "
    require('pdf-parse/lib/pdf-parse.js')(require('fs').readFileSync(process.argv[1]))
      .then((result) => process.stdout.write(result.text))" "$OLDPWD/$pdf") > "$out/$base.pdfjs1.$lang.txt"
done
