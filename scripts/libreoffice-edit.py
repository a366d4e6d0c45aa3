# Edit and save Word files through LibreOffice's UNO bridge, for fixtures that a conversion on the
# command line cannot make (run by scripts/make-doc-odt-fixtures.sh with Debian's python3-uno):
#
#   /usr/bin/python3 scripts/libreoffice-edit.py password IN.docx OUT.doc|OUT.odt PASSWORD
#       save IN again as a binary Word document or an OpenDocument text that needs PASSWORD to open;
#   /usr/bin/python3 scripts/libreoffice-edit.py tracked IN.docx OUT-BASE
#       with change tracking on, edit A/RES/78/17 as a drafter would (operative 1 reworded, 11
#       deleted, a 13 added) and save OUT-BASE.docx, .doc and .odt with the changes tracked;
#   /usr/bin/python3 scripts/libreoffice-edit.py tracked-across IN.docx OUT-BASE
#       the same with changes that cross paragraph marks (a deletion joining two paragraphs, an
#       insertion splitting one);
#   /usr/bin/python3 scripts/libreoffice-edit.py styled IN.docx OUT-BASE
#       set every italic run in the character style "Emphasis" instead of direct italics (as
#       templates do) and save OUT-BASE.docx, .doc and .odt;
#   /usr/bin/python3 scripts/libreoffice-edit.py numbered IN.docx OUT-BASE
#       the typed operative numbers drawn by a numbered paragraph style instead;
#   /usr/bin/python3 scripts/libreoffice-edit.py boxed IN.docx OUT-BASE
#       a text box anchored to operative 5, holding a line of its own;
#   /usr/bin/python3 scripts/libreoffice-edit.py starred IN.docx OUT-BASE
#       a footnote with the custom mark "*" after the agenda item;
#   /usr/bin/python3 scripts/libreoffice-edit.py header-box IN.docx OUT-BASE
#       a text box in the first page's own header (the masthead) holding "Original: English";
#   /usr/bin/python3 scripts/libreoffice-edit.py endnotes IN.docx OUT-BASE
#       every footnote made an endnote at the same mark, its text and formatting moved with it
#       (as Word's "Convert all footnotes to endnotes" or a converter of PDF to Word gives);
#   /usr/bin/python3 scripts/libreoffice-edit.py mixed IN.docx OUT-BASE
#       the same for the notes after the first two only: two footnotes, then two endnotes.
#   /usr/bin/python3 scripts/libreoffice-edit.py mixed-decimal IN.docx OUT-BASE
#       as mixed, the endnotes numbered 1, 2 like the footnotes (Tools › Footnotes and Endnotes);
#   /usr/bin/python3 scripts/libreoffice-edit.py per-page IN.docx OUT-BASE
#       the footnotes numbered afresh on each page (1 on page 1; 1, 2 on page 2; 1 on page 3).
#   /usr/bin/python3 scripts/libreoffice-edit.py per-chapter IN.docx OUT-BASE
#       the footnotes numbered afresh in each chapter, the formula and operative 1 set at outline
#       level 1 (chapters): 1, 2 in the preamble; 1, 2 in the operative part.
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def paragraph_starting(document, words):
    paragraphs = document.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService('com.sun.star.text.Paragraph') and paragraph.String.startswith(words):
            return paragraph
    raise SystemExit('no paragraph starts with %r' % words)


def tracked_edits(document):
    document.RecordChanges = True
    text = document.Text
    # Operative 1 reworded: its leading phrase and two words.
    search = document.createReplaceDescriptor()
    search.SearchString = 'Urges all parties directly concerned seriously to consider'
    search.ReplaceString = 'Calls upon all parties directly concerned to consider'
    if document.replaceAll(search) != 1:
        raise SystemExit('operative 1 not found')
    # Operative 11 deleted, with its paragraph mark.
    cursor = text.createTextCursorByRange(paragraph_starting(document, '11.\tAlso requests').Start)
    cursor.gotoEndOfParagraph(True)
    cursor.goRight(1, True)
    cursor.setString('')
    # A new operative paragraph after 12.
    cursor = text.createTextCursorByRange(paragraph_starting(document, '12.\tDecides to include').End)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, '13.\tDecides to remain seized of the matter.', False)


def styled_italics(document):
    from com.sun.star.awt.FontSlant import ITALIC, NONE
    paragraphs = document.Text.createEnumeration()
    count = 0
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService('com.sun.star.text.Paragraph'):
            continue
        portions = paragraph.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType == 'Text' and portion.CharPosture == ITALIC:
                portion.CharPosture = NONE
                portion.CharStyleName = 'Emphasis'
                count += 1
    if count == 0:
        raise SystemExit('no italic run found')


def styled_numbers(document):
    # The operative numbers typed before a tab ("1.<tab>Urges") drawn instead by a paragraph
    # style that numbers its paragraphs, as UN templates number operative paragraphs.
    styles = document.StyleFamilies.getByName('ParagraphStyles')
    operative = document.createInstance('com.sun.star.style.ParagraphStyle')
    styles.insertByName('Operative', operative)
    operative.ParentStyle = 'Standard'
    operative.NumberingStyleName = 'Numbering 123'
    paragraphs = document.Text.createEnumeration()
    count = 0
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService('com.sun.star.text.Paragraph'):
            continue
        head = paragraph.String.split('\t', 1)[0]
        if head[:-1].isdigit() and head.endswith('.') and '\t' in paragraph.String:
            cursor = paragraph.Text.createTextCursorByRange(paragraph.Start)
            cursor.goRight(len(head) + 1, True)
            cursor.setString('')
            paragraph.ParaStyleName = 'Operative'
            count += 1
    if count == 0:
        raise SystemExit('no typed operative number found')


def boxed(document):
    # A text frame anchored to operative 5's paragraph, holding a line of its own.
    from com.sun.star.text.TextContentAnchorType import AT_PARAGRAPH
    paragraph = paragraph_starting(document, '5.\tInvites all countries')
    frame = document.createInstance('com.sun.star.text.TextFrame')
    frame.AnchorType = AT_PARAGRAPH
    paragraph.Text.insertTextContent(paragraph.Start, frame, False)
    frame.Text.setString('A note set in a text box beside operative paragraph 5.')


def starred(document):
    # A note with the custom mark "*" after the agenda item, as UN documents mark the item's
    # note (the preliminary list), numbered notes following.
    paragraph = paragraph_starting(document, 'Agenda item 95')
    note = document.createInstance('com.sun.star.text.Footnote')
    note.Label = '*'
    paragraph.Text.insertTextContent(paragraph.End, note, False)
    note.setString('A/78/50.')


def header_box(document):
    # A text frame in the first page's own header (the masthead), holding "Original: English".
    from com.sun.star.text.TextContentAnchorType import AT_PARAGRAPH
    style = document.StyleFamilies.getByName('PageStyles').getByName('First Page')
    # The header holds the masthead table: the frame goes in its first cell (the emblem's).
    elements = style.HeaderText.createEnumeration()
    table = elements.nextElement()
    cell = table.getCellByName('A1')
    frame = document.createInstance('com.sun.star.text.TextFrame')
    frame.AnchorType = AT_PARAGRAPH
    cell.insertTextContent(cell.createTextCursor(), frame, False)
    frame.Text.setString('Original: English')


def endnotes_from(document, keep):
    # Each footnote after the first `keep` becomes an endnote at its mark: the endnote is put
    # just before the footnote's mark, the note's text copied into it through the clipboard's
    # transferable (so italics go with it), and the footnote removed.
    controller = document.CurrentController
    notes = document.Footnotes
    moved = [notes.getByIndex(index) for index in range(notes.getCount())][keep:]
    if not moved:
        raise SystemExit('no footnote to make an endnote')
    for note in moved:
        anchor = note.Anchor
        endnote = document.createInstance('com.sun.star.text.Endnote')
        anchor.Text.insertTextContent(anchor.Text.createTextCursorByRange(anchor.Start), endnote, False)
        source = note.Text.createTextCursor()
        source.gotoStart(False)
        source.gotoEnd(True)
        controller.select(source)
        copied = controller.getTransferable()
        target = endnote.Text.createTextCursor()
        controller.select(target)
        controller.insertTransferable(copied)
        if endnote.String != note.String:
            raise SystemExit('endnote text %r differs from footnote %r' % (endnote.String, note.String))
        note.Anchor.Text.removeTextContent(note)


def mixed_decimal(document):
    endnotes_from(document, 2)
    from com.sun.star.style.NumberingType import ARABIC
    document.EndnoteSettings.NumberingType = ARABIC


def per_page(document):
    from com.sun.star.text.FootnoteNumbering import PER_PAGE
    document.FootnoteSettings.FootnoteCounting = PER_PAGE


def per_chapter(document):
    # The footnotes numbered afresh in each chapter (LibreOffice counts a chapter from each
    # paragraph of outline level 1): the formula opens the first, the first operative paragraph
    # the second, as a document parted into a preamble and an operative part by headings.
    from com.sun.star.text.FootnoteNumbering import PER_CHAPTER
    document.FootnoteSettings.FootnoteCounting = PER_CHAPTER
    for words in ('The General Assembly,', '1.\tUrges all parties'):
        paragraph_starting(document, words).OutlineLevel = 1


def tracked_across(document):
    # Changes that cross paragraph marks, with change tracking on: from "for consideration, as
    # appropriate," (the end of the third preambular paragraph) through "Reaffirming the" (the
    # start of the fourth) deleted, joining the two; and a paragraph break with a new line
    # inserted inside the fifth, after "Emphasizing the need for appropriate measures".
    document.RecordChanges = True
    text = document.Text
    third = paragraph_starting(document, 'Emphasizing the basic provisions')
    cursor = text.createTextCursorByRange(third.End)
    cursor.goLeft(len('for consideration, as appropriate,'), False)
    fourth = paragraph_starting(document, 'Reaffirming the inalienable')
    cursor.gotoRange(fourth.Start, True)
    cursor.goRight(len('Reaffirming the '), True)
    cursor.setString('')
    fifth = paragraph_starting(document, 'Emphasizing the need for appropriate measures')
    cursor = text.createTextCursorByRange(fifth.Start)
    cursor.goRight(len('Emphasizing the need for appropriate measures'), False)
    text.insertString(cursor, ' to be taken', False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, 'Stressing the need for measures', False)


def main():
    mode, source = sys.argv[1], os.path.abspath(sys.argv[2])
    pipe = 'resdiff_fixtures_%d' % os.getpid()
    office = subprocess.Popen(
        ['soffice', '--headless', '--invisible', '--norestore', '--accept=pipe,name=%s;urp;' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(100):
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.2)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
        if mode == 'password':
            target, password = os.path.abspath(sys.argv[3]), sys.argv[4]
            kind = 'writer8' if target.endswith('.odt') else 'MS Word 97'
            document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', kind), prop('Password', password)))
        elif mode in ('tracked', 'tracked-across', 'styled', 'numbered', 'boxed', 'starred', 'header-box',
                      'endnotes', 'mixed', 'mixed-decimal', 'per-page', 'per-chapter'):
            base = os.path.abspath(sys.argv[3])
            edit = {'tracked': tracked_edits, 'styled': styled_italics, 'numbered': styled_numbers, 'boxed': boxed,
                    'starred': starred, 'header-box': header_box, 'tracked-across': tracked_across,
                    'endnotes': lambda document: endnotes_from(document, 0),
                    'mixed': lambda document: endnotes_from(document, 2),
                    'mixed-decimal': mixed_decimal, 'per-page': per_page, 'per-chapter': per_chapter}
            edit[mode](document)
            for extension, name in (('docx', 'MS Word 2007 XML'), ('doc', 'MS Word 97'), ('odt', 'writer8')):
                document.storeToURL(uno.systemPathToFileUrl('%s.%s' % (base, extension)), (prop('FilterName', name),))
        else:
            raise SystemExit('unknown mode %r' % mode)
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
