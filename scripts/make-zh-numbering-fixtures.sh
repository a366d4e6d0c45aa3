#!/usr/bin/env bash
# Make fixtures/office-zh-numbering/: the Chinese 6/2 of fixtures/office (pandoc's Word file, its
# fifteen operative paragraphs in Word's automatic numbering, two lists: 1–8 and 9–15) with its
# numbering set in Word's Chinese number formats (scripts/zh-numbering.py), then saved again by
# LibreOffice as .odt and .doc, and as text: the numbers LibreOffice draws, what a reader of the
# file sees. Never by resdiff; npm test reads the committed files and needs neither tool.
#
#   apt-get install -y libreoffice-writer
#   bash scripts/make-zh-numbering-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/office-zh-numbering
mkdir -p "$out"
rm -f "$out"/*.docx "$out"/*.doc "$out"/*.odt "$out"/*.txt
# name, Word's number format, the level's text
while read -r name format text; do
  python3 scripts/zh-numbering.py fixtures/office/cop-6-2.zh.docx "$out/cop-6-2-$name.zh.docx" "$format" "$text"
done <<'FORMATS'
chinese-counting chineseCounting %1、
chinese-counting-brackets chineseCounting （%1）
ideograph-digital ideographDigital %1、
chinese-legal chineseLegalSimplified %1、
taiwanese-counting taiwaneseCounting %1、
FORMATS
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$out" "$out"/*.docx >/dev/null 2>&1
soffice --headless --convert-to odt --outdir "$out" "$out"/*.docx >/dev/null 2>&1
for file in "$out"/*.docx "$out"/*.doc; do
  name=$(basename "$file")
  soffice --headless --convert-to 'txt:Text (encoded):UTF8' --outdir "$out" "$file" >/dev/null 2>&1
  mv "$out/${name%.*}.txt" "$out/$name.libreoffice.txt"
done
{
  echo "# Word's Chinese list numbers"
  echo
  echo "Made by scripts/make-zh-numbering-fixtures.sh, never by resdiff. Tools:"
  echo
  echo "- $(soffice --version 2>/dev/null | head -1)"
  echo "- Python $(python3 --version 2>&1 | cut -d' ' -f2) (scripts/zh-numbering.py)"
  cat <<'TABLE'

The words and paragraphs are those of `fixtures/office/cop-6-2.zh.docx` (pandoc's Word file of
seeds/cop-6-2.zh.txt: 12 preambular and 15 operative paragraphs, the operative ones in Word's
automatic numbering, two lists: 1–8, and 9–15 starting at 9). Only the lists' number format and
text change:

| file | `w:numFmt` | `w:lvlText` | what a reader sees |
| --- | --- | --- | --- |
| `cop-6-2-chinese-counting.zh.*` | chineseCounting | `%1、` | 一、 … 十、 十一、 … 十五、 |
| `cop-6-2-chinese-counting-brackets.zh.*` | chineseCounting | `（%1）` | （一） … （十五） |
| `cop-6-2-chinese-legal.zh.*` | chineseLegalSimplified | `%1、` | 壹、 … 壹拾、 壹拾壹、 … 壹拾伍、 |
| `cop-6-2-taiwanese-counting.zh.*` | taiwaneseCounting | `%1、` | 一、 … 十五、 |
| `cop-6-2-ideograph-digital.zh.*` | ideographDigital | `%1、` | Word: 一、 … 九、 一〇、 … 一五、 (digit by digit); LibreOffice draws 十、 … 十五、 and writes the .odt and .doc in its counting format |

`*.docx.libreoffice.txt` and `*.doc.libreoffice.txt` are LibreOffice's text export of each file:
the numbers it draws. Its .doc export puts the first operative paragraph in a list of its own
(as with the decimal lists of fixtures/office-legacy), so the .doc shows 一、 twice and 十四、 last:
the numbers the .doc holds. LibreOffice stores the Chinese formats in the .odt as
`style:num-format="一, 二, 三, ..."` and `"壹, 贰, 叁, ..."`, and in the .doc as nfc 35
(taiwaneseCountingThousand) and 38 (chineseLegalSimplified).
TABLE
} > "$out/README.md"
