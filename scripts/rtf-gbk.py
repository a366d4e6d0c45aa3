"""Write an RTF file's Chinese as Word does in a Chinese code page.

    python3 scripts/rtf-gbk.py IN.rtf OUT.rtf

LibreOffice writes each character past ASCII as `\\uN` and a `\\'3f` fallback; Word, saving
Chinese text on a Chinese system, declares `\\ansicpg936` and writes each character as the two
`\\'hh` bytes of its GBK code. Characters GBK lacks keep their `\\uN`. Used by
scripts/make-rtf-fixtures.sh; never by resdiff.
"""
import re
import sys

source, target = sys.argv[1:3]
text = open(source, encoding='latin-1').read()


def gbk(match: re.Match) -> str:
    code = int(match.group(1))
    char = chr(code + 65536 if code < 0 else code)
    try:
        data = char.encode('gbk')
    except UnicodeEncodeError:
        return match.group(0)
    if len(data) == 1:
        return match.group(0)
    return ''.join(f"\\'{byte:02x}" for byte in data)


text = re.sub(r"\\u(-?\d+)\\'3f", gbk, text)
text = text.replace('{\\rtf1\\ansi', '{\\rtf1\\ansi\\ansicpg936', 1)
open(target, 'w', encoding='latin-1').write(text)
