"""Set the operative list of a pandoc-made Word file in one of Word's Chinese number formats.

    python3 scripts/zh-numbering.py IN.docx OUT.docx FORMAT LEVEL_TEXT

Every numbered level of every list in word/numbering.xml gets `w:numFmt w:val=FORMAT` and
`w:lvlText w:val=LEVEL_TEXT` (`%1` standing for the level's own counter, as Word writes it), as a
drafter sets them in Word's "Define New Number Format" dialog (一、 二、, （一）, 壹、).
Used by scripts/make-zh-numbering-fixtures.sh; never by resdiff.
"""
import re
import sys
import zipfile

source, target, number_format, level_text = sys.argv[1:5]


def relevel(match: re.Match) -> str:
    level = match.group(0)
    if 'w:val="bullet"' in level:
        return level
    ilvl = int(re.search(r'w:ilvl="(\d)"', level).group(1))
    text = level_text.replace('%1', f'%{ilvl + 1}')
    level = re.sub(r'<w:numFmt w:val="[^"]*" />', f'<w:numFmt w:val="{number_format}" />', level)
    return re.sub(r'<w:lvlText w:val="[^"]*" />', f'<w:lvlText w:val="{text}" />', level)


with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/numbering.xml':
            xml = data.decode('utf-8')
            xml = re.sub(r'<w:lvl w:ilvl="\d">.*?</w:lvl>', relevel, xml, flags=re.S)
            data = xml.encode('utf-8')
        zout.writestr(item, data)
