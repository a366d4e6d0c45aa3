#!/usr/bin/env bash
# Make the Markdown fixtures of fixtures/markdown/ with pandoc, never with resdiff: each Word
# fixture of fixtures/office/ converted as a user converts Word to Markdown, in three dialects
# whose footnotes and sub-item lists differ:
#   NAME.gfm.md     GitHub Markdown: calls `[^1]`, notes `[^1]: …` at the end; sub-items as
#                   nested lists numbered 1., 2.;
#   NAME.pandoc.md  pandoc's Markdown: calls `[^1]`; sub-items as nested lists a., b. / i., ii.;
#   NAME.strict.md  Markdown without extensions: calls `[1]`, notes `[1] …` at the end;
# and by mammoth and turndown (npm; the way markitdown and many web tools convert Word):
#   NAME.mammoth.md calls as links `[\[1\]](#footnote-1)`, notes `1. … [↑](#footnote-ref-1)`.
# npm test reads the committed files and needs neither tool.
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
  pandoc --from docx --to markdown --output "$out/$name.pandoc.md" "$docx"
  pandoc --from docx --to markdown_strict --output "$out/$name.strict.md" "$docx"
done
# The Word files laid out as the UN publishes them (fixtures/office-un), whose paragraphs and
# notes are indented: pandoc writes them as block quotes (`> *Recalling*…`).
mkdir -p "$out/office-un"
for docx in fixtures/office-un/*.docx; do
  name=$(basename "$docx" .docx)
  pandoc --from docx --to gfm --output "$out/office-un/$name.gfm.md" "$docx"
  pandoc --from docx --to markdown --output "$out/office-un/$name.pandoc.md" "$docx"
  pandoc --from docx --to markdown_strict --output "$out/office-un/$name.strict.md" "$docx"
done
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund mammoth@1.13.0 turndown@7.2.5 >/dev/null)
cat > "$tools/convert.mjs" <<'JS'
import mammoth from 'mammoth'
import TurndownService from 'turndown'
const {value} = await mammoth.convertToHtml({path: process.argv[2]})
process.stdout.write(new TurndownService({headingStyle: 'atx'}).turndown(value) + '\n')
JS
for docx in fixtures/office/*.docx; do
  node "$tools/convert.mjs" "$docx" > "$out/$(basename "$docx" .docx).mammoth.md"
done
cat > "$out/README.md" <<README
# Markdown fixtures

Made by scripts/make-markdown-fixtures.sh from the Word fixtures of fixtures/office/, never by
resdiff: each converted by pandoc to GitHub Markdown (\`*.gfm.md\`: footnote calls \`[^1]\`,
sub-items as nested lists numbered 1., 2.), to pandoc's Markdown (\`*.pandoc.md\`: sub-items
a., b. and i., ii.) and to Markdown without extensions (\`*.strict.md\`: calls \`[1]\`, notes
\`[1] …\` at the end); and by mammoth and turndown from npm (\`*.mammoth.md\`: calls as links
\`[\\[1\\]](#footnote-1)\`, notes \`1. … [↑](#footnote-ref-1)\`), the way markitdown and many web
tools convert Word. The Word files of fixtures/office-un/, laid out as the UN publishes them,
are converted by pandoc into \`office-un/\` (the same three dialects): their paragraphs and notes
are indented in Word, and pandoc writes them as block quotes (\`> *Recalling* …\`).
test/parse-markdown-converters.test.ts checks that each gives the tree its Word file gives.

Tools: $(pandoc --version | head -1), mammoth 1.13.0, turndown 7.2.5
README
