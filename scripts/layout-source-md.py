#!/usr/bin/env python3
"""Turn a source of fixtures/*/sources/ (a `key: value` head, `---`, then one paragraph a line as
KIND<tab>TEXT, `note N<tab>TEXT` for the notes) into pandoc Markdown for groff: operative and
lettered numbers typed as text (escaped, so pandoc makes no list of them), [^N] notes as pandoc
footnotes, *…* italics kept. Used by scripts/make-layout-fixtures.sh; independent of resdiff.
Usage: layout-source-md.py SOURCE.txt > OUT.md"""
import re
import sys

head, body = open(sys.argv[1], encoding='utf-8').read().split('\n---\n')
meta = {}
for line in head.split('\n'):
    if not line.startswith('#') and ':' in line:
        key, value = line.split(':', 1)
        meta[key.strip()] = value.strip()
out = [meta['organ']]
notes = []
for line in body.split('\n'):
    if not line.strip():
        continue
    kind, text = line.split('\t', 1)
    text = re.sub(r'([<>$#|@~])', r'\\\1', text)
    if kind.startswith('note '):
        notes.append('[^%s]: %s' % (kind[5:], text))
        continue
    text = re.sub(r'^(\d+)\.\t', r'\1\\. ', text)
    text = re.sub(r'^\(([a-z]+)\)\t', r'(\1) ', text)
    text = text.replace('\t', ' ')
    out.append(('**%s**' % text) if kind in ('title', 'heading') else text)
sys.stdout.write('\n\n'.join(out + notes) + '\n')
