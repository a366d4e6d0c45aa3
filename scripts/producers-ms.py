#!/usr/bin/env python3
"""Turn a source of fixtures/office-producers/sources/ (a `key: value` head, `---`, then one
paragraph a line as KIND<tab>TEXT, `note N<tab>TEXT` for the notes) into groff `ms` as a writer
types it by hand (not pandoc's): the masthead's fields, `.PP` paragraphs (first line indented,
0.3 of a line apart), operative paragraphs as `.IP "1." 0.5i` (a hanging number), notes as
`\\**` calls with `.FS`/`.FE` (groff numbers them), `*…*` in italics (`\\fI`). Used by
scripts/make-producers-fixtures.sh; independent of resdiff.
Usage: producers-ms.py SOURCE.txt > OUT.ms"""
import re
import sys

head, body = open(sys.argv[1], encoding='utf-8').read().split('\n---\n')
meta = {}
for line in head.split('\n'):
    if not line.startswith('#') and ':' in line:
        key, value = line.split(':', 1)
        meta[key.strip()] = value.strip()
lines = [line.split('\t', 1) for line in body.split('\n') if line.strip()]
notes = {kind[5:]: text for kind, text in lines if kind.startswith('note ')}


def inline(text):
    text = text.replace('\\', '\\\\')
    return re.sub(r'\*([^*]+)\*', r'\\fI\1\\fP', text)


def with_notes(text):
    out, words = [], ''
    for part in re.split(r'(\[\^\d+\])', text):
        call = re.match(r'\[\^(\d+)\]$', part)
        if call:
            out += [inline(words) + '\\**', '.FS', inline(notes[call.group(1)]), '.FE']
            words = ''
        else:
            words += part
    return out + [inline(words)]


out = ['.nr PS 11', '.nr VS 13', '.nr PI 0.4i', '.ds CH', '.ds CF - \\\\n(PN -', '.LP', '.ad r']
out += [meta['symbol'], '.br', meta['distr'], '.br', meta['date'], '.ad b', '.LP']
out += ['\\fB%s\\fP' % meta['organ'], '.br', meta['session'], '.br', meta['agenda']]
for kind, text in lines:
    if kind.startswith('note '):
        continue
    if kind == 'op':
        number, text = text.split('\t', 1)
        out += ['.IP "%s" 0.5i' % number] + with_notes(text)
    elif kind == 'title':
        out += ['.LP', '\\fB%s\\fP' % inline(text.replace('\t', ' '))]
    elif kind == 'pre':
        out += ['.PP'] + with_notes(text)
    elif kind == 'end':
        out += ['.LP', '.ad r', inline(text), '.ad b']
    else:
        out += ['.LP'] + with_notes(text.replace('\t', ' '))
sys.stdout.write('\n'.join(line for line in out if line != '') + '\n')
