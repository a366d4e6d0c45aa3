#!/usr/bin/env bash
# Make the Markdown fixtures of fixtures/markdown/ with pandoc, never with resdiff: each Word
# fixture of fixtures/office/ converted as a user converts Word to Markdown, in two dialects
# whose footnotes differ:
#   NAME.gfm.md     GitHub Markdown: calls `[^1]`, notes `[^1]: …` at the end;
#   NAME.strict.md  Markdown without extensions: calls `[1]`, notes `[1] …` at the end.
# npm test reads the committed files and needs no pandoc.
#
#   apt-get install -y pandoc
#   bash scripts/make-markdown-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/markdown
mkdir -p "$out"
for docx in fixtures/office/*.docx; do
  name=$(basename "$docx" .docx)
  pandoc --from docx --to gfm --output "$out/$name.gfm.md" "$docx"
  pandoc --from docx --to markdown_strict --output "$out/$name.strict.md" "$docx"
done
{
  echo "# Markdown fixtures"
  echo
  echo "Made by scripts/make-markdown-fixtures.sh from the Word fixtures of fixtures/office/, never by"
  echo "resdiff: each converted by pandoc to GitHub Markdown (\`*.gfm.md\`: footnote calls \`[^1]\`) and to"
  echo "Markdown without extensions (\`*.strict.md\`: calls \`[1]\`, notes \`[1] …\` at the end)."
  echo "Tool: $(pandoc --version | head -1)"
} > "$out/README.md"
