import {DecodeError} from './decode.js'
import type {ReadDocument} from './document.js'
import type {Piece, WordDocument, WordFootnote, WordParagraph} from './docx.js'
import {romanNumeral} from './list-numbers.js'
import {wordText} from './word.js'

// A resolution saved as RTF (Word's and LibreOffice's "Save as RTF"), made ready for the parser
// as a Word document is: the body's paragraphs (`\par`, table cells), italics (`\i`), the numbers
// Word draws for list paragraphs, which an RTF writer sets out in `{\listtext …}` (or
// `{\pntext …}`), and footnotes and endnotes (`{\footnote …}`, `\ftnalt` for an endnote) tied to
// their calls (`\chftn`, or a mark typed before the note). Text in the document's code page
// (`\ansicpg936`, or a font's `\fcharset134`: GBK), in `\'hh` bytes, or as `\uN` with its
// fallback skipped (`\ucN`). Headers, footers, pictures, field instructions, comments and hidden
// or deleted text are not the resolution's. readDocument (document.ts) loads this module only
// for RTF input.

/** Destinations whose content is not the resolution's text. */
const skipped = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'shppict',
  'nonshppict',
  'object',
  'header',
  'headerl',
  'headerr',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'fldinst',
  'ftnsep',
  'ftnsepc',
  'ftncn',
  'aftnsep',
  'aftnsepc',
  'aftncn',
  'annotation',
  'atnid',
  'atnauthor',
  'atndate',
  'atnref',
  'pgdsctbl',
  'revtbl',
  'userprops',
  'template',
  'docvar',
  'nonesttables',
  'xe',
  'tc',
  'pnseclvl',
  'pntxta',
  'pntxtb',
  'sp',
  'shprslt',
])

/** Code pages of the font character sets that hold Chinese and other East Asian text. */
const charsetPages: Record<number, number> = {128: 932, 129: 949, 134: 936, 136: 950}

/** Bytes in a Windows code page, as TextDecoder names it. */
function decodePage(page: number, bytes: number[]): string {
  const label =
    page === 936
      ? 'gbk'
      : page === 950
        ? 'big5'
        : page === 932
          ? 'shift_jis'
          : page === 949
            ? 'euc-kr'
            : page === 65001
              ? 'utf-8'
              : `windows-${page}`
  let decoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    decoder = new TextDecoder('windows-1252')
  }
  return decoder.decode(Uint8Array.from(bytes))
}

interface State {
  skip: boolean
  /** What the group's text is: the body, a note, a list number. */
  target: 'body' | 'note' | 'label' | 'masthead' | 'box'
  italic: boolean
  superscript: boolean
  hidden: boolean
  /** Characters that follow `\uN` as its fallback. */
  uc: number
  font: number
}

/** Read an RTF document (its bytes) into the text the parser reads. */
export function readRtf(bytes: Uint8Array): ReadDocument {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const fonts = new Map<number, number>()
  let documentPage = 1252
  const paragraphs: WordParagraph[] = []
  const footnotes: WordFootnote[] = []
  let tracked = false
  let endnoteFormat = 'lowerRoman'
  let footnoteCount = 0
  let endnoteCount = 0

  let body = newParagraph(0)
  let note: WordFootnote | undefined
  let noteParagraph: WordParagraph | undefined
  let label = ''
  /** The last note call in the body, which a `{\footnote` right after gives its text. */
  let lastCall: Extract<Piece, {kind: 'note'}> | undefined
  let state: State = {skip: false, target: 'body', italic: false, superscript: false, hidden: false, uc: 1, font: -1}
  const stack: State[] = []
  let pendingBytes: number[] = []
  let fallback = 0
  // The font table: `{\f13\fcharset134 SimSun;}`.
  let tableFont = -1

  const masthead: WordParagraph[] = []
  let mastheadParagraph = newParagraph(0)
  let boxParagraph = newParagraph(0)
  const current = (): WordParagraph =>
    state.target === 'note' && noteParagraph
      ? noteParagraph
      : state.target === 'masthead'
        ? mastheadParagraph
        : state.target === 'box'
          ? boxParagraph
          : body
  const write = (text: string): void => {
    if (state.skip || state.hidden || text === '') return
    if (state.target === 'label') {
      label += text
      return
    }
    const paragraph = current()
    const last = paragraph.pieces.at(-1)
    if (last?.kind === 'text' && last.italic === state.italic && last.superscript === state.superscript)
      last.text += text
    else
      paragraph.pieces.push({
        kind: 'text',
        text,
        italic: state.italic,
        superscript: state.superscript,
        at: paragraph.text.length,
      })
    paragraph.text += text
  }
  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return
    const page = charsetPages[fonts.get(state.font) ?? -1] ?? documentPage
    const text = decodePage(page, pendingBytes)
    pendingBytes = []
    write(text)
  }
  const endParagraph = (): void => {
    if (state.target === 'note' && note && noteParagraph) {
      note.paragraphs.push(noteParagraph)
      noteParagraph = newParagraph(0)
      label = ''
      return
    }
    if (state.target === 'box') {
      // A text box's paragraphs come before the paragraph that anchors it, as in the .doc reader.
      paragraphs.push(boxParagraph)
      boxParagraph = newParagraph(0)
      return
    }
    if (state.target === 'masthead') {
      masthead.push(mastheadParagraph)
      mastheadParagraph = newParagraph(0)
      return
    }
    if (state.target !== 'body') return
    body.label = label.trim()
    label = ''
    paragraphs.push(body)
    body = newParagraph(paragraphs.length)
  }
  const call = (marker: string): void => {
    const paragraph = current()
    const piece: Extract<Piece, {kind: 'note'}> = {kind: 'note', marker, at: paragraph.text.length}
    paragraph.pieces.push(piece)
    lastCall = piece
  }

  let index = 0
  while (index < source.length) {
    const char = source[index]!
    if (char === '{' || char === '}') {
      flushBytes()
      fallback = 0
      if (char === '{') stack.push({...state})
      else {
        const leaving = state
        state = stack.pop() ?? state
        if (leaving.target === 'box' && state.target !== 'box' && boxParagraph.text.trim() !== '') {
          paragraphs.push(boxParagraph)
          boxParagraph = newParagraph(0)
        }
        if (leaving.target === 'note' && state.target !== 'note' && note) {
          if (noteParagraph && (noteParagraph.text.trim() !== '' || noteParagraph.pieces.length > 0))
            note.paragraphs.push(noteParagraph)
          const first = note.paragraphs[0]
          if (first) note.paragraphs[0] = withoutMark(first, note.marker)
          footnotes.push(note)
          note = undefined
          noteParagraph = undefined
        }
      }
      index++
      continue
    }
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      if (next === "'") {
        const byte = Number.parseInt(source.slice(index + 2, index + 4), 16)
        index += 4
        if (fallback > 0) {
          fallback--
          continue
        }
        if (Number.isInteger(byte)) pendingBytes.push(byte)
        continue
      }
      flushBytes()
      const word = /^\\([a-z]{1,32})(-?\d{1,10})? ?/i.exec(source.slice(index, index + 48))
      if (!word) {
        // A control symbol: `\\`, `\{`, `\}`, `\~` (no-break space), `\-` (optional hyphen), `\*`.
        index += 2
        if (fallback > 0) {
          fallback--
          continue
        }
        if (next === '\\' || next === '{' || next === '}') write(next)
        else if (next === '~') write('\u00a0')
        else if (next === '_') write('\u2011')
        // An ignorable destination: skipped, but for the notes and text boxes read here.
        else if (next === '*')
          state.skip = state.skip || !/^\\(?:footnote|shpinst)(?![a-z])/.test(source.slice(index, index + 12))
        else if (next === '\n' || next === '\r') endParagraph()
        continue
      }
      index += word[0].length
      const name = word[1]!
      const value = word[2] === undefined ? undefined : Number(word[2])
      if (name !== 'u' && name !== 'bin') fallback = 0
      if (skipped.has(name)) state.skip = true
      // The first page's own header holds the masthead of a UN file, as in the .docx.
      if (name === 'headerf' && !state.skip) state.target = 'masthead'

      // The font table sits in a skipped group: its fonts' character sets are still read.
      if (name === 'f' && state.skip) tableFont = value ?? -1
      if (name === 'fcharset' && tableFont >= 0) fonts.set(tableFont, value ?? 0)
      if (state.skip) {
        if (name === 'bin' && value !== undefined) index += value
        continue
      }
      switch (name) {
        case 'ansicpg':
          documentPage = value ?? 1252
          break
        case 'aftnnar':
          endnoteFormat = 'decimal'
          break
        case 'aftnnrlc':
          endnoteFormat = 'lowerRoman'
          break
        case 'aftnnruc':
          endnoteFormat = 'upperRoman'
          break
        case 'f':
          state.font = value ?? -1
          break
        case 'af':
          // The font of double-byte text (`\dbch\af13`): Chinese in GBK when its set is 134.
          if (charsetPages[fonts.get(value ?? -1) ?? -1] !== undefined) state.font = value ?? -1
          break
        case 'uc':
          state.uc = value ?? 1
          break
        case 'u': {
          const code = (value ?? 0) < 0 ? (value ?? 0) + 65536 : (value ?? 0)
          write(String.fromCharCode(code))
          fallback = state.uc
          break
        }
        case 'par':
        case 'cell':
          endParagraph()
          break
        case 'line':
          if (!state.hidden && state.target !== 'label') {
            const paragraph = current()
            paragraph.pieces.push({kind: 'break', at: paragraph.text.length})
          }
          break
        case 'tab':
          write('\t')
          break
        case 'emdash':
          write('—')
          break
        case 'endash':
          write('–')
          break
        case 'lquote':
          write('‘')
          break
        case 'rquote':
          write('’')
          break
        case 'ldblquote':
          write('“')
          break
        case 'rdblquote':
          write('”')
          break
        case 'bullet':
          write('•')
          break
        case 'i':
          state.italic = value !== 0
          break
        case 'super':
          state.superscript = true
          break
        case 'up':
          state.superscript = (value ?? 6) > 0
          break
        case 'nosupersub':
        case 'sub':
          state.superscript = false
          break
        case 'plain':
          state.italic = false
          state.superscript = false
          state.hidden = false
          break
        case 'v':
          state.hidden = value !== 0
          break
        case 'deleted':
          state.hidden = value !== 0
          tracked = true
          break
        case 'revised':
          tracked = true
          break
        case 'shptxt':
          state.target = 'box'
          break
        case 'listtext':
        case 'pntext':
          state.target = 'label'
          break
        case 'chftn':
          // In the body, a note's call numbered by Word; in the note, the note's own mark.
          if (state.target === 'body') call(String(footnoteCount + 1))
          break
        case 'footnote': {
          state.target = 'note'
          state.superscript = false
          state.italic = false
          // The call just written (`\chftn`, or a mark typed by hand) is this note's.
          const typed = lastTypedMark(body)
          let marker: string
          if (lastCall && body.pieces.at(-1) === lastCall) {
            footnoteCount++
            marker = lastCall.marker
          } else if (typed) {
            marker = typed
            call(typed)
          } else {
            footnoteCount++
            marker = String(footnoteCount)
            call(marker)
          }
          const key = `rtf${footnotes.length}`
          note = {marker, paragraphs: [], key}
          if (lastCall) lastCall.key = key
          noteParagraph = newParagraph(0)
          break
        }
        case 'ftnalt':
          // An endnote: numbered on its own counter, in the document's endnote format.
          if (note && lastCall && /^\d+$/.test(note.marker)) {
            footnoteCount--
            endnoteCount++
            const marker = endnoteFormat === 'decimal' ? String(endnoteCount) : romanNumeral(endnoteCount)
            note.marker = endnoteFormat === 'upperRoman' ? marker.toUpperCase() : marker
            note.endnote = true
            lastCall.marker = note.marker
          }
          break
        default:
          break
      }
      continue
    }
    if (char === '\r' || char === '\n') {
      index++
      continue
    }
    // Plain text: up to the next control character.
    let end = index
    while (end < source.length && !'\\{}\r\n'.includes(source[end]!)) end++
    let text = source.slice(index, end)
    index = end
    if (fallback > 0) {
      const skip = Math.min(fallback, text.length)
      text = text.slice(skip)
      fallback -= skip
    }
    if (state.skip || text === '') continue
    if ([...text].some((letter) => letter.charCodeAt(0) > 0x7f)) {
      // Raw bytes past ASCII (a writer that did not escape them): in the code page.
      for (const letter of text) pendingBytes.push(letter.charCodeAt(0))
      flushBytes()
    } else write(text)
  }
  flushBytes()
  if (body.text.trim() !== '' || body.pieces.length > 0) endParagraph()
  // Footnotes numbered in call order come before the endnotes, which are printed at the end.
  const ordered = [...footnotes.filter((entry) => !entry.endnote), ...footnotes.filter((entry) => entry.endnote)]
  paragraphs.forEach((paragraph, position) => (paragraph.index = position))
  let next = paragraphs.length
  for (const entry of ordered) for (const paragraph of entry.paragraphs) paragraph.index = next++
  for (const paragraph of masthead) paragraph.index = next++
  const document: WordDocument = {paragraphs, footnotes: ordered, tracked: false, masthead}
  const {synth, notes} = wordText(document)
  if (synth.text.trim() === '') throw new DecodeError('the RTF document holds no text')
  // Tracked changes are read as accepted: deleted text (`\deleted`) out, inserted (`\revised`) in.
  const notices = tracked
    ? ['the RTF document has tracked changes: read as if all were accepted (insertions in, deletions out)']
    : []
  const read: ReadDocument = {format: 'rtf', text: synth.text, notices, toSource: (offset) => synth.toSource(offset)}
  if (notes.length > 0) read.notes = notes
  return read
}

function newParagraph(index: number): WordParagraph {
  return {index, label: '', pieces: [], text: ''}
}

/** A note mark typed by hand, raised, at the end of the paragraph (`*`, `**`, `†`). */
function lastTypedMark(paragraph: WordParagraph): string | undefined {
  const last = paragraph.pieces.at(-1)
  if (last?.kind !== 'text' || !last.superscript) return undefined
  const mark = last.text.trim()
  if (!/^(?:\*{1,3}|[†‡a-z]|\d{1,3})$/u.test(mark)) return undefined
  paragraph.pieces.pop()
  paragraph.text = paragraph.text.slice(0, last.at)
  return mark
}

/**
 * A note's first paragraph without the note's own mark, which a custom-mark note repeats at its
 * start (`{\footnote *\pard {\super *}A/78/50.}`): the text that follows it.
 */
function withoutMark(paragraph: WordParagraph, marker: string): WordParagraph {
  let cut = 0
  const text = paragraph.text
  for (;;) {
    const rest = text.slice(cut)
    const space = rest.length - rest.trimStart().length
    if (!/^\d+$/.test(marker) && rest.trimStart().startsWith(marker)) cut += space + marker.length
    else break
  }
  if (cut === 0) return paragraph
  const pieces: Piece[] = []
  for (const piece of paragraph.pieces) {
    if (piece.kind !== 'text') {
      if (piece.at >= cut) pieces.push({...piece, at: piece.at - cut})
      continue
    }
    const end = piece.at + piece.text.length
    if (end <= cut) continue
    const from = Math.max(0, cut - piece.at)
    pieces.push({...piece, text: piece.text.slice(from), at: piece.at + from - cut})
  }
  return {...paragraph, pieces, text: text.slice(cut)}
}
