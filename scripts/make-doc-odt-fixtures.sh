#!/usr/bin/env bash
# Make fixtures/office-legacy/: the real Word fixtures (fixtures/office-un, fixtures/office) saved
# again by LibreOffice as a binary Word 97-2003 document (.doc) and as an OpenDocument text
# (.odt), as translators and delegations hold them; never by resdiff. npm test reads the
# committed files and needs neither tool.
#
#   apt-get install -y libreoffice-writer python3-uno
#   bash scripts/make-doc-odt-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-legacy
mkdir -p "$out"
rm -f "$out"/*.doc "$out"/*.odt "$out"/*.txt
un=(ga-78-17.en ga-78-17-two-columns.en ga-54-254-2000.zh ga-52-7-1997.zh sc-2446-2018.en sc-2446-2018.zh
  sc-2446-2018-text-boxes.zh)
# pandoc-made files whose operative paragraphs are Word's automatic numbering, with lettered and
# roman sub-levels
office=(cop-8-3.en draft-a-c3-80-l19.en)
inputs=()
for name in "${un[@]}"; do inputs+=("fixtures/office-un/$name.docx"); done
for name in "${office[@]}"; do inputs+=("fixtures/office/$name.docx"); done
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$out" "${inputs[@]}" >/dev/null 2>&1
soffice --headless --convert-to odt --outdir "$out" "${inputs[@]}" >/dev/null 2>&1
# The numbers LibreOffice itself draws for the .doc files with automatic numbering (its export
# does not keep every list as Word had it), as plain text: what a reader of the .doc sees.
for name in "${office[@]}"; do
  soffice --headless --convert-to 'txt:Text (encoded):UTF8' --outdir "$out" "$out/$name.doc" >/dev/null 2>&1
  mv "$out/$name.txt" "$out/$name.doc.libreoffice.txt"
done
# Bad files: cut short, and a .doc that needs a password to open (LibreOffice's UNO bridge).
head -c 10000 "$out/ga-78-17.en.doc" >"$out/cut-short.doc"
head -c 10000 "$out/ga-78-17.en.odt" >"$out/cut-short.odt"
/usr/bin/python3 scripts/save-with-password.py fixtures/office-un/ga-78-17.en.docx "$out/password.doc" resdiff
