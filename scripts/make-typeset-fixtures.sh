#!/usr/bin/env bash
# Make the typeset PDF fixtures of fixtures/office-typeset/ with third-party tools, never with
# resdiff: the same Markdown that scripts/make-office-fixtures.sh turns into Word files (by
# scripts/office-fixture-md.py, from the seeds and fixtures named there) is written as groff
# `ms` by pandoc and typeset by groff, then made a PDF by Ghostscript (ps2pdf). Such a PDF is
# set as typesetters set books and printed volumes, not as a word processor does: justified,
# words hyphenated at the ends of lines, the note numbers raised as runs of their own and the
# rule above the notes drawn, not written. The `-indent` file sets paragraphs apart by a
# first-line indent only (no space between them). What pdftotext gives of each is kept too.
# npm test reads the committed files and needs none of the tools.
#
#   apt-get install -y pandoc groff ghostscript poppler-utils
#   bash scripts/make-typeset-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-typeset
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for source in seeds/cop-8-3.en.md seeds/cop-6-2.en.txt fixtures/handmade/draft-a-c3-80-l19.en.txt; do
  name=$(basename "$source"); name=${name%.*}; base=${name%.*}; lang=${name##*.}
  python3 scripts/office-fixture-md.py "$source" > "$work/$name.md"
  pandoc --from markdown-smart-citations --to ms --standalone --output "$work/$name.ms" "$work/$name.md"
  groff -ms -Tps -k "$work/$name.ms" | ps2pdf - "$out/$name.pdf"
  pdftotext "$out/$name.pdf" "$out/$name.txt"
  if [ "$base" != draft-a-c3-80-l19 ]; then
    pdftotext -layout "$out/$name.pdf" "$out/$base.layout.$lang.txt"
    pdftotext -raw "$out/$name.pdf" "$out/$base.raw.$lang.txt"
  fi
done
# Paragraphs set apart by their first line's indent only.
sed 's/^\.LP$/.PP/' "$work/cop-8-3.en.ms" > "$work/cop-8-3-indent.en.ms"
groff -ms -Tps -k -rPD=0 "$work/cop-8-3-indent.en.ms" | ps2pdf - "$out/cop-8-3-indent.en.pdf"
# The same PDFs as other programs rewrite them: Ghostscript's pdfwrite (printing to PDF through
# CUPS) writes a ligature's Unicode as its letters in the high byte (`fi` as U+6600 U+6900), and
# cairo (pdftocairo, as a viewer's "print to file" does) sets a raised note number as a run apart.
gs -q -sDEVICE=pdfwrite -o "$out/cop-6-2-ghostscript.en.pdf" fixtures/office/cop-6-2.en.pdf
pdftocairo -pdf "$out/cop-6-2.en.pdf" "$out/cop-6-2-cairo.en.pdf"
{
  echo "# Typeset PDF fixtures"
  echo
  echo "Made by scripts/make-typeset-fixtures.sh from the Markdown of the Word fixtures in fixtures/office,"
  echo "never by resdiff: pandoc writes groff ms, groff typesets it (justified, hyphenated), Ghostscript makes"
  echo "the PDF; the .txt files are what pdftotext gives of each. The -indent PDF parts its paragraphs by a"
  echo "first-line indent only. cop-6-2-ghostscript.en.pdf is fixtures/office/cop-6-2.en.pdf rewritten by"
  echo "Ghostscript's pdfwrite, cop-6-2-cairo.en.pdf the typeset cop-6-2.en.pdf rewritten by pdftocairo. Tools:"
  echo
  echo "- $(pandoc --version | head -1)"
  echo "- $(groff --version | head -1)"
  echo "- Ghostscript $(gs --version)"
  echo "- $(pdftotext -v 2>&1 | head -1) (pdftotext, pdftocairo)"
} > "$out/README.md"
