#!/usr/bin/env python3
"""Give a Word file (made by pandoc) a running head and a page number at the foot of every
page, as UN documents have, so that LibreOffice prints them on each page of the PDF. Adds a
header and a footer part with Python's zipfile; used by scripts/make-office-fixtures.sh.
Usage: office-running-heads.py IN.docx OUT.docx 'RUNNING HEAD'"""
import sys
import zipfile
from xml.sax.saxutils import escape

source, target, head = sys.argv[1], sys.argv[2], sys.argv[3]
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
header = (f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
          f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>{escape(head)}</w:t></w:r></w:p></w:hdr>')
footer = (f'<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>')
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode('utf-8') if item.filename.endswith(('.xml', '.rels')) else zin.read(item.filename)
        if item.filename == '[Content_Types].xml':
            data = data.replace('</Types>',
                                '<Override PartName="/word/header9.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                                '<Override PartName="/word/footer9.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        elif item.filename == 'word/_rels/document.xml.rels':
            data = data.replace('</Relationships>',
                                f'<Relationship Id="rIdHead9" Type="{R}/header" Target="header9.xml"/>'
                                f'<Relationship Id="rIdFoot9" Type="{R}/footer" Target="footer9.xml"/></Relationships>')
        elif item.filename == 'word/document.xml':
            refs = '<w:headerReference w:type="default" r:id="rIdHead9"/><w:footerReference w:type="default" r:id="rIdFoot9"/>'
            assert '<w:sectPr />' in data
            data = data.replace('<w:sectPr />', f'<w:sectPr>{refs}</w:sectPr>')
        zout.writestr(item, data)
    zout.writestr('word/header9.xml', header)
    zout.writestr('word/footer9.xml', footer)
