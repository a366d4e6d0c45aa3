#!/usr/bin/env python3
"""Turn a resolution text (a seed or fixture: plain text or Markdown from PDF) into pandoc
Markdown shaped the way a drafter's Word file is: operative paragraphs as an automatically
numbered list (the numbers are not in the text), sub-items (a)/(i) as nested numbered lists,
footnotes as real footnotes, italics kept.  Used by scripts/make-office-fixtures.sh; it is
independent of resdiff on purpose (the fixtures must not be made by the program they test).

Limits, by design of the fixtures: a `*` note (the agenda note of a masthead) cannot be a
pandoc footnote without shifting Word's automatic footnote numbers, so its mark stays a
superscript `*` and its text is left out; a note referred to a second time gets a superscript
number (as drafters do), not a second footnote.
"""
import re
import sys

SUPERSCRIPTS = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}
SUP_CLASS = '[' + ''.join(SUPERSCRIPTS) + ']'


def escape(text):
    return re.sub(r'([\\`*_\[\]<>^~@#|$])', r'\\\1', text)


def inline(text, refs, seen):
    """Source inline markup → pandoc Markdown. refs: marker → True when a note text exists."""
    out = []
    pos = 0
    pattern = re.compile(
        r'<sup>\s*([0-9]+|\*)\s*</sup>'           # Markdown-from-PDF marker
        r'|(' + SUP_CLASS + r'+)'                 # Unicode superscript marker
        r'|\*\*([^*]+)\*\*'                        # bold
        r'|\*([^*\s][^*]*?)\*(?!\*)'              # italic pair
        r'|(?<=[^\s*])\*(?=[\s,.;:]|$)'            # star marker after a word
        r'|\[([^\]]*)\]\([^)]*\)'                  # link: keep the text
    )
    for match in pattern.finditer(text):
        out.append(escape(text[pos:match.start()]))
        pos = match.end()
        if match.group(1) is not None or match.group(2) is not None:
            marker = match.group(1) or ''.join(SUPERSCRIPTS[c] for c in match.group(2))
            out.append(note_ref(marker, refs, seen))
        elif match.group(3) is not None:
            out.append('**' + escape(match.group(3)) + '**')
        elif match.group(4) is not None:
            body = match.group(4)
            trail = ''
            while body.endswith(' '):
                body, trail = body[:-1], trail + ' '
            out.append('*' + inline(body, refs, seen) + '*' + trail)
        elif match.group(5) is not None:
            out.append(escape(match.group(5)))
        else:
            out.append(note_ref('*', refs, seen))
    out.append(escape(text[pos:]))
    return ''.join(out)


def note_ref(marker, refs, seen):
    if marker in refs and marker not in seen and marker != '*':
        seen.add(marker)
        return '[^n' + marker + ']'
    return '^' + escape(marker) + '^'


NOTE_LINE = re.compile(r'^(?:<sup>\s*([0-9]+|\*)\s*</sup>|(' + SUP_CLASS + r'+)|([0-9]{1,2})(?=\s+\S)|(\*)(?=\s))\s*(.*)$')


def main(path, formula_pattern):
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    lines = raw.split('\n')
    formula = re.compile(formula_pattern)
    formula_at = next(i for i, line in enumerate(lines) if formula.search(line))

    blocks = []  # masthead: one paragraph per line (column gaps split it); body: blank-line blocks
    previous_blank = True
    for line in lines[:formula_at]:
        parts = [re.sub(r'^#+\s*', '', part).replace('**', '').strip() for part in re.split(r'\s{3,}', line.strip())]
        parts = [part for part in parts if part]
        if not parts:
            previous_blank = True
            continue
        # A wrapped masthead line (a title, a list of sponsors) is one Word paragraph.
        if (not previous_blank and len(parts) == 1 and blocks and blocks[-1][0] == 'masthead' and
                (blocks[-1][1].endswith(',') or re.match(r'^[a-z]', parts[0]))):
            blocks[-1] = ('masthead', blocks[-1][1] + ' ' + parts[0])
            parts = []
        for part in parts:
            blocks.append(('masthead', part))
        previous_blank = False
    current = []
    for line in lines[formula_at:] + ['']:
        if line.strip() == '' or re.fullmatch(r'\s*(?:-{3,}|_{5,})\s*', line):
            if current:
                blocks.append(('body', ' '.join(current)))
                current = []
            continue
        current.append(line.strip())

    notes = {}
    paragraphs = []  # (kind, text) kind: masthead | para | op:N | item
    in_body = False
    for kind, text in blocks:
        if kind == 'masthead':
            paragraphs.append(('masthead', text))
            continue
        note = NOTE_LINE.match(text)
        if note and in_body and (note.group(1) or note.group(2) or note.group(4) or
                                 (note.group(3) and not re.match(r'^[0-9]+\.', text))):
            marker = note.group(1) or (''.join(SUPERSCRIPTS[c] for c in note.group(2)) if note.group(2) else None) or note.group(3) or note.group(4)
            if marker not in notes:
                notes[marker] = note.group(5)
                continue
        in_body = True
        op = re.match(r'^(?:\*\*)?([0-9]+)(?:\\)?\.(?:\*\*)?\s+(.*)$', text)
        item = re.match(r'^\(([a-z]+)\)\s+(.*)$', text)
        previous = paragraphs[-1] if paragraphs else None
        if (previous and previous[0] != 'masthead' and not op and not item and
                re.match(r'^[a-z(“"]', text) and not re.search(r'[,;.:]$', previous[1])):
            # A paragraph the page break cut in two.
            joiner = '' if previous[1].endswith('-') else ' '
            paragraphs[-1] = (previous[0], previous[1] + joiner + text)
            continue
        if op:
            paragraphs.append(('op:' + op.group(1), op.group(2)))
        elif item:
            paragraphs.append(('item:' + item.group(1), item.group(2)))
        else:
            paragraphs.append(('para', text))

    refs = {marker: True for marker in notes}
    seen = set()
    out = []
    roman = re.compile(r'^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$')
    alpha_open = False
    for kind, text in paragraphs:
        body = inline(text, refs, seen)
        if kind == 'masthead':
            out.append(escape(text) if not re.match(r'^[0-9]+\.', text) else escape(text).replace('.', '\\.', 1))
        elif kind.startswith('op:'):
            alpha_open = False
            out.append(kind[3:] + '.  ' + body)
        elif kind.startswith('item:'):
            label = kind[5:]
            if roman.match(label) and alpha_open:
                out.append('        (' + label + ') ' + body)
            else:
                alpha_open = True
                out.append('    (' + label + ') ' + body)
        else:
            alpha_open = False
            # A plain paragraph right after a list must not join it.
            if out and re.match(r'^(?:[0-9]+\.|\s)', out[-1]):
                out.append('<!-- end of list -->')
            out.append(body)
    out.append('')
    for marker, text in notes.items():
        if marker in seen:
            out.append('[^n' + marker + ']: ' + inline(text, {}, set()))
            out.append('')
    sys.stdout.write('\n\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else r'^\*?(?:The (?:General Assembly|Conference of the Parties|Human Rights Council|Security Council)\b.*,\*?\s*$|.*缔约方会议，$|大会，$)')
