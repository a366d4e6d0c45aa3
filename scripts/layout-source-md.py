#!/usr/bin/env python3
"""Turn a source of fixtures/*/sources/ (a `key: value` head, `---`, then one paragraph a line as
KIND<tab>TEXT, `note N<tab>TEXT` for the notes) into pandoc Markdown for groff or for Word:
operative and lettered numbers typed as text (escaped, so pandoc makes no list of them), [^N]
notes as pandoc footnotes, *…* italics kept; `masthead` lines and `typed` paragraphs (notes typed
as text) as they are. With --headings, the masthead and titles are headings, which pandoc's Word
writer gives Word's "Heading 1" and "Heading 2" styles: the first masthead line (or the organ)
a Heading 1, the other masthead fields lines of their own, each title a Heading 2. Used by
scripts/make-layout-fixtures.sh and scripts/make-layout2-fixtures.sh; independent of resdiff.
Usage: layout-source-md.py [--headings] SOURCE.txt > OUT.md"""
import re
import sys

args = sys.argv[1:]
headings = '--headings' in args
source = [arg for arg in args if arg != '--headings'][0]
head, body = open(source, encoding='utf-8').read().split('\n---\n')
meta = {}
for line in head.split('\n'):
    if not line.startswith('#') and ':' in line:
        key, value = line.split(':', 1)
        meta[key.strip()] = value.strip()
masthead = '\tmasthead\t' in '\t' + body.replace('\n', '\t')
out = []
if not masthead:
    out.append(('# %s' % meta['organ']) if headings else meta['organ'])
    if headings:
        out += [meta[key] for key in ('symbol', 'distr', 'date', 'session', 'agenda') if key in meta]
notes = []
first = True
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
    if headings and kind == 'masthead':
        out.append(('# %s' % text) if first else text)
        first = False
    elif headings and kind == 'title':
        out.append('## %s' % text)
    else:
        out.append(('**%s**' % text) if kind in ('title', 'heading') else text)
sys.stdout.write('\n\n'.join(out + notes) + '\n')
