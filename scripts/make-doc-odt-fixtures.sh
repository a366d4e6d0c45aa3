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
rm -f "$out"/*.doc "$out"/*.docx "$out"/*.odt "$out"/*.txt
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
# A draft edited with change tracking on (operative 1 reworded, 11 deleted, a 13 added), saved as
# .docx, .doc and .odt by LibreOffice (through its UNO bridge: scripts/libreoffice-edit.py).
/usr/bin/python3 scripts/libreoffice-edit.py tracked fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-tracked.en"
# and with tracked changes that cross paragraph marks (a deletion joining two, an insertion splitting one)
/usr/bin/python3 scripts/libreoffice-edit.py tracked-across fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-tracked-across.en"
# The same resolution with its italics set by a character style ("Emphasis") and its operative
# numbers drawn by a numbered paragraph style instead of typed, as templates set them.
/usr/bin/python3 scripts/libreoffice-edit.py styled fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-styled-italics.en"
/usr/bin/python3 scripts/libreoffice-edit.py numbered fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-style-numbers.en"
# and with a text box anchored to operative 5, holding a line of its own
/usr/bin/python3 scripts/libreoffice-edit.py boxed fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-text-box.en"
# and with a note marked "*" (a custom mark) after the agenda item
/usr/bin/python3 scripts/libreoffice-edit.py starred fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-starred-note.en"
# and with a text box in the masthead (the first page's own header) holding "Original: English"
/usr/bin/python3 scripts/libreoffice-edit.py header-box fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-header-box.en"
# and with its notes as endnotes (Word's "Convert all footnotes to endnotes", or a converter of
# PDF to Word): every note, and the last two only (two footnotes, then two endnotes)
/usr/bin/python3 scripts/libreoffice-edit.py endnotes fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-endnotes.en"
/usr/bin/python3 scripts/libreoffice-edit.py mixed fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-mixed-notes.en"
# and with both kinds numbered 1, 2 (footnotes 1, 2 and endnotes 1, 2), and with the footnotes
# numbered afresh on each page
/usr/bin/python3 scripts/libreoffice-edit.py mixed-decimal fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-mixed-decimal.en"
/usr/bin/python3 scripts/libreoffice-edit.py per-page fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-per-page.en"
# Word records where its layout broke the pages when it saves a file (w:lastRenderedPageBreak);
# LibreOffice does not. The per-page .docx again with those marks, put where LibreOffice's own
# layout breaks them (its .odt's text:soft-page-break, its PDF): before "Reaffirming" (page 2)
# and before "Security in promoting" inside operative 4 (page 3), as Word writes them: at the
# head of the first run of the new page, a run split there.
python3 - "$out/ga-78-17-per-page.en.docx" "$out/ga-78-17-per-page-rendered.en.docx" <<'PY'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            page2 = '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t>Reaffirming</w:t></w:r>'
            assert xml.count(page2) == 1, 'no single run "Reaffirming"'
            xml = xml.replace(page2, page2.replace('<w:t>', '<w:lastRenderedPageBreak/><w:t>'))
            words = 'Working Group on Arms Control and Regional '
            at = xml.index(words) + len(words)
            xml = xml[:at] + '</w:t></w:r><w:r><w:rPr></w:rPr><w:lastRenderedPageBreak/><w:t xml:space="preserve">' + xml[at:]
            data = xml.encode('utf-8')
        zout.writestr(item, data)
PY
# The footnotes numbered afresh in each chapter (LibreOffice's "per chapter": from each paragraph of
# outline level 1, here the formula and operative 1). Only the .odt keeps it: LibreOffice writes it
# to Word files as numbering by section, and the file has one section.
/usr/bin/python3 scripts/libreoffice-edit.py per-chapter fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-per-chapter.en"
rm -f "$out/ga-78-17-per-chapter.en.docx" "$out/ga-78-17-per-chapter.en.doc"
# The footnotes numbered afresh in each section (Word's "Restart each section", w:numRestart
# eachSect), the preamble and the operative part made two sections by a continuous section break
# after preambular 12; the .doc saved from it by LibreOffice (rncFtn 1 in its properties, the
# second section's sprmSBkc 0, continuous).
python3 - fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-per-section.en.docx" <<'PY'
import re, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
restart = '<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>'
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            assert xml.count('<w:sectPr>') == 1, 'not one section'
            final = re.search(r'<w:sectPr>(.*?)</w:sectPr>', xml)
            refs = re.match(r'((?:<w:(?:header|footer)Reference [^>]*/>)*)(.*)', final.group(1))
            # The first section keeps the first page's header; the second starts on the same page.
            first = '<w:sectPr>' + refs.group(1) + restart + refs.group(2) + '</w:sectPr>'
            own = re.sub(r'<w:(?:header|footer)Reference w:type="first"[^>]*/>', '', refs.group(1))
            rest = refs.group(2).replace('<w:titlePg/>', '')
            last = '<w:sectPr>' + own + restart + '<w:type w:val="continuous"/>' + rest + '</w:sectPr>'
            xml = xml[:final.start()] + last + xml[final.end():]
            # The first section ends with preambular 12, the paragraph of note 2's mark.
            mark = xml.index('<w:footnoteReference w:id="2"/>')
            start = xml.rindex('<w:p>', 0, mark)
            assert 'Having examined' in re.sub(r'<[^>]+>', '', xml[start:mark]), 'note 2 is not in preambular 12'
            end = xml.rindex('</w:pPr>', 0, mark)
            xml = xml[:end] + first + xml[end:]
            data = xml.encode('utf-8')
        if item.filename == 'word/settings.xml':
            xml = data.decode('utf-8')
            assert '<w:compat>' in xml
            data = xml.replace('<w:compat>', restart + '<w:compat>', 1).encode('utf-8')
        zout.writestr(item, data)
PY
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$out" "$out/ga-78-17-per-section.en.docx" >/dev/null 2>&1
# A draft with a reviser's comments (Word's w:comment, a range over operative 3 and one over
# operative 12), written by the script into the .docx; the .doc and .odt saved from it by LibreOffice.
python3 - fixtures/office-un/ga-78-17.en.docx "$out/ga-78-17-commented.en.docx" <<'PY'
import re, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
# (the words a paragraph opens with, after its number and tab; the comment)
remarks = [('Takes note of resolution GC(67)/RES/13', 'Check the symbol against the IAEA list.'),
           ('Decides to include in the provisional agenda', 'Agenda item to be confirmed by the Secretariat.')]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            for number, (words, _) in enumerate(remarks):
                paragraphs = [m for m in re.finditer(r'<w:p>.*?</w:p>', xml) if words in re.sub(r'<[^>]+>', '', m.group(0))]
                assert len(paragraphs) == 1, 'not one paragraph with %r' % words
                p = paragraphs[0].group(0)
                start = p.index('</w:pPr>') + len('</w:pPr>')
                end = p.rindex('</w:p>')
                marked = (p[:start] + '<w:commentRangeStart w:id="%d"/>' % number + p[start:end]
                          + '<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>' % (number, number)
                          + p[end:])
                xml = xml.replace(p, marked, 1)
            data = xml.encode('utf-8')
        if item.filename == 'word/comments.xml':
            xml = data.decode('utf-8')
            comments = ''.join(
                '<w:comment w:id="%d" w:author="Reviser" w:date="2026-01-01T00:00:00Z" w:initials="R">'
                '<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (number, remark)
                for number, (_, remark) in enumerate(remarks))
            assert xml.rstrip().endswith('</w:comments>') or xml.rstrip().endswith('/>')
            if xml.rstrip().endswith('/>'):
                xml = re.sub(r'/>\s*$', '>' + comments + '</w:comments>', xml)
            else:
                xml = xml.replace('</w:comments>', comments + '</w:comments>')
            data = xml.encode('utf-8')
        zout.writestr(item, data)
PY
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$out" "$out/ga-78-17-commented.en.docx" >/dev/null 2>&1
soffice --headless --convert-to odt --outdir "$out" "$out/ga-78-17-commented.en.docx" >/dev/null 2>&1
# Bad files: cut short, and a .doc and an .odt that need a password to open.
head -c 10000 "$out/ga-78-17.en.doc" >"$out/cut-short.doc"
head -c 10000 "$out/ga-78-17.en.odt" >"$out/cut-short.odt"
/usr/bin/python3 scripts/libreoffice-edit.py password fixtures/office-un/ga-78-17.en.docx "$out/password.doc" resdiff
/usr/bin/python3 scripts/libreoffice-edit.py password fixtures/office-un/ga-78-17.en.docx "$out/password.odt" resdiff
# A hostile .doc: the sector chain of its OLE directory made to loop through two sectors (a
# reader that follows it without noticing grows an array until Node aborts).
python3 - "$out/ga-78-17.en.doc" "$out/looping-sectors.doc" <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], 'rb').read())
size = 1 << struct.unpack_from('<H', data, 30)[0]
fat_sectors = [struct.unpack_from('<i', data, 76 + 4 * i)[0] for i in range(struct.unpack_from('<i', data, 44)[0])]
def entry(index):
    sector = fat_sectors[index * 4 // size]
    return (sector + 1) * size + index * 4 % size
first = struct.unpack_from('<i', data, 48)[0]
second = struct.unpack_from('<i', data, entry(first))[0]
assert second >= 0, 'the directory takes one sector: no two-sector loop to make'
struct.pack_into('<i', data, entry(second), first)
open(sys.argv[2], 'wb').write(data)
PY
