// Make the Word files of fixtures/office-un/ with the `docx` package, never with resdiff, laid
// out the way the UN publishes its resolutions (documents.un.org): a masthead on the first page
// ("United Nations", the emblem, the symbol, the organ in large type, "Distr.: General", the date,
// the session and agenda item), as a table in the first page's own header, as a table at the head
// of the body, or as positioned paragraphs (frames); the running head (symbol, short title) and foot (job
// number, page "2/3") on the following pages; the first page's foot with the job number, a
// barcode picture with its "*2324440*" line and a recycling mark; italic leading phrases;
// operative numbers typed with a tab and a hanging indent (no automatic numbering); footnotes
// in footnotes.xml with superscript marks. The text is read from fixtures/office-un/sources/
// (one paragraph a line, taken from real resolutions; each file says from where).
// scripts/make-un-fixtures.sh then prints each Word file to PDF with LibreOffice.
//
//   node scripts/make-un-fixtures.js   (writes fixtures/office-un/*.docx)
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {deflateSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sourcesOf = (dir) => path.join(root, 'fixtures', dir, 'sources')

/**
 * The fixtures: each from a source text, with its masthead where one of the three ways UN Word
 * files carry it puts it; `columns: 2` sets the body in two columns, as printed volumes are.
 */
const fixtures = {
  'ga-78-17.en': {source: 'ga-78-17.en', place: 'first-page-header'},
  'ga-78-17-two-columns.en': {source: 'ga-78-17.en', place: 'first-page-header', columns: 2},
  'ga-54-254-2000.zh': {source: 'ga-54-254-2000.zh', place: 'first-page-header'},
  'ga-52-7-1997.zh': {source: 'ga-52-7-1997.zh', place: 'body-table'},
  // Double-spaced body (as drafts are), single-spaced masthead and closing lines.
  'ga-52-7-1997-double-spaced.zh': {source: 'ga-52-7-1997.zh', place: 'body-table', spacing: 480},
  'sc-2446-2018.en': {source: 'sc-2446-2018.en', place: 'body-table'},
  'sc-2446-2018.zh': {source: 'sc-2446-2018.zh', place: 'frames'},
  // fixtures/office-layouts/ (scripts/make-layout-fixtures.sh), from texts of fixtures/field in
  // layouts the fixtures above have not: US letter with the 1990s running head (the symbol, then
  // `- 2 -`); A4 with many notes, so that notes run on over a page break; two columns in
  // English and in Chinese; a landscape page.
  'sc-1009-1995-letter.en': {dir: 'office-layouts', source: 'sc-1009-1995.en', place: 'body-table', heads: 'dashes'},
  'ga-76-130-a4.en': {dir: 'office-layouts', source: 'ga-76-130.en', place: 'first-page-header', page: 'a4'},
  'sc-2250-2015-two-columns.en': {
    dir: 'office-layouts',
    source: 'sc-2250-2015.en',
    place: 'first-page-header',
    columns: 2,
  },
  'sc-1518-2003-two-columns.zh': {
    dir: 'office-layouts',
    source: 'sc-1518-2003.zh',
    place: 'first-page-header',
    columns: 2,
  },
  'ga-1514-1960-landscape.zh-hant': {
    dir: 'office-layouts',
    source: 'ga-1514-1960.zh-hant',
    place: 'body-table',
    landscape: true,
  },
  // fixtures/office-layouts-2/ (scripts/make-layout2-fixtures.sh): an annex with a table after
  // the operative part and the closing lines.
  'ga-77-100-annex-table.en': {dir: 'office-layouts-2', source: 'ga-77-100.en', place: 'first-page-header'},
}

function readSource(file) {
  const text = readFileSync(file, 'utf8')
  const [head, body] = text.split('\n---\n')
  const meta = {}
  for (const line of head.split('\n')) {
    if (line.startsWith('#') || !line.includes(':')) continue
    const at = line.indexOf(':')
    meta[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  const blocks = []
  const notes = new Map()
  for (const line of body.split('\n')) {
    if (line.trim() === '') continue
    const tab = line.indexOf('\t')
    const kind = line.slice(0, tab)
    const rest = line.slice(tab + 1)
    if (kind.startsWith('note ')) notes.set(Number(kind.slice(5)), rest)
    else blocks.push({kind, text: rest})
  }
  return {meta, blocks, notes}
}

// ---- pictures: a tiny PNG writer (grey, 8-bit) ----
function crc32(bytes) {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(width, height, pixel) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  header[9] = 0
  const raw = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
/** The emblem's place: a ring with a grid, as the UN's emblem is drawn at masthead size. */
const emblem = png(96, 96, (x, y) => {
  const r = Math.hypot(x - 48, y - 48)
  return (r > 40 && r < 46) || (r < 40 && (x % 12 === 0 || y % 12 === 0)) ? 40 : 255
})
/** A code 39 barcode's look: bars from the digits of the job number. */
function barcode(digits) {
  const bars = [...digits].flatMap((digit) => [1, (Number(digit) % 3) + 1, 1, ((Number(digit) + 1) % 2) + 1, 2])
  const width = bars.reduce((sum, bar) => sum + bar * 2, 0) + 8
  const dark = new Uint8Array(width)
  let x = 4
  bars.forEach((bar, index) => {
    for (let step = 0; step < bar * 2; step++) dark[x++] = index % 2 === 0 ? 1 : 0
  })
  return {png: png(width, 40, (px) => (dark[px] ? 0 : 255)), width}
}
const recycle = png(48, 48, (x, y) => (Math.abs(Math.hypot(x - 24, y - 24) - 16) < 3 ? 60 : 255))

// ---- text ----
const cjkFont = {ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun'}

/** Runs of a source line: *italic*, [^N] footnote references, tabs. */
function runs(text, options = {}) {
  const out = []
  const pattern = /\*([^*]+)\*|\[\^(\d+)\]|\t/g
  let at = 0
  const plain = (value, extra = {}) => {
    if (value) out.push(new TextRun({text: value, ...options, ...extra}))
  }
  for (const match of text.matchAll(pattern)) {
    plain(text.slice(at, match.index))
    at = match.index + match[0].length
    if (match[1] !== undefined) plain(match[1], {italics: true})
    else if (match[2] !== undefined) out.push(new FootnoteReferenceRun(Number(match[2])))
    else out.push(new TextRun({children: [new Tab()], ...options}))
  }
  plain(text.slice(at))
  return out
}

// Twentieths of a point. UN body text: 10 pt on 12 pt, indented 1267 both sides (SingleTxt);
// operative numbers at the left indent, the text after a tab, wrapped lines flush with it.
// In two columns (printed volumes) the text runs the column's width.
let indent = 1267
let lineSpacing = 240
const singleTxt = () => ({spacing: {after: 240, line: lineSpacing}, alignment: AlignmentType.JUSTIFIED})

function bodyParagraph(block, lang) {
  const font = lang === 'zh' ? {font: cjkFont} : {}
  switch (block.kind) {
    case 'adopted':
    case 'ref':
      return new Paragraph({
        style: 'H23',
        children: runs(block.text, {...font, bold: block.kind === 'adopted' && lang === 'en', size: 20}),
        spacing: {after: 240},
        indent: {left: indent, right: indent},
      })
    case 'title':
      return new Paragraph({
        style: 'H1',
        children: runs(block.text, {bold: true, size: 28, ...font}),
        spacing: {after: 240, before: 120},
        // `78/17.<tab>Establishment…`: the number hangs, the title's lines align after the tab.
        indent: {left: indent + 1134, right: indent, hanging: 1134},
        tabStops: [{type: 'left', position: indent + 1134}],
        keepNext: true,
      })
    case 'formula':
      return new Paragraph({
        style: 'SingleTxt',
        children: runs(block.text, font),
        ...singleTxt(),
        indent: {left: indent, right: indent, firstLine: 475},
      })
    case 'pre':
      return new Paragraph({
        style: 'SingleTxt',
        children: runs(block.text, font),
        ...singleTxt(),
        indent: {left: indent, right: indent, firstLine: 475},
      })
    case 'op':
      // "1.<tab>Decides…": the number typed, the tab stop where the text starts.
      return new Paragraph({
        style: 'SingleTxt',
        children: runs(block.text, font),
        ...singleTxt(),
        indent: {left: indent, right: indent, firstLine: 475},
        tabStops: [{type: 'left', position: indent + 475 + 475}],
      })
    case 'heading':
      return new Paragraph({
        children: runs(block.text, {...font, bold: true}),
        spacing: {after: 240},
        indent: {left: indent, right: indent},
        keepNext: true,
      })
    case 'item':
      // "(a)<tab>text": the letter at the operative text's indent, the text after a tab.
      return new Paragraph({
        style: 'SingleTxt',
        children: runs(block.text, font),
        ...singleTxt(),
        indent: {left: indent + 950 + 475, right: indent, hanging: 475},
        tabStops: [{type: 'left', position: indent + 950 + 475}],
      })
    case 'annex':
      // `Annex II` and its title, centred and bold, the annex starting on a new page.
      return new Paragraph({
        children: runs(block.text, {...font, bold: true}),
        alignment: AlignmentType.CENTER,
        spacing: {after: 240},
        pageBreakBefore: block.text.startsWith('Annex'),
        keepNext: true,
      })
    case 'para':
      // A paragraph of an annex: no number, `(a)<tab>` items hanging.
      return new Paragraph({
        style: 'SingleTxt',
        children: runs(block.text, font),
        ...singleTxt(),
        indent: block.text.startsWith('(')
          ? {left: indent + 475, right: indent, hanging: 475}
          : {left: indent, right: indent},
        tabStops: [{type: 'left', position: indent + 475}],
      })
    case 'end':
      return new Paragraph({
        children: runs(block.text, {...font, italics: lang === 'en'}),
        alignment: AlignmentType.RIGHT,
        indent: {right: indent},
        spacing: {before: block === undefined ? 0 : 120},
      })
    default:
      throw new Error(`unknown block kind ${block.kind}`)
  }
}

const noBorders = {
  top: {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'},
  bottom: {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'},
  left: {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'},
  right: {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'},
}

function cell(paragraphs, width, extra = {}) {
  return new TableCell({children: paragraphs, width: {size: width, type: WidthType.DXA}, borders: noBorders, ...extra})
}

function line(text, options = {}) {
  return new Paragraph({children: [new TextRun({text, ...options})], alignment: options.alignment})
}

/** The masthead as UN Word files lay it out: a table of two rows under a thick rule. */
function mastheadTable(meta) {
  const zh = meta.lang === 'zh'
  const font = zh ? {font: cjkFont} : {}
  const dateLines = [line(meta.distr, {size: 20})]
  if (meta.date) dateLines.push(line(meta.date, {size: 20}))
  if (meta.original) for (const part of meta.original.split('|')) dateLines.push(line(part, {size: 20}))
  return new Table({
    width: {size: 9638, type: WidthType.DXA},
    columnWidths: [1267, 5000, 3371],
    rows: [
      new TableRow({
        children: [
          cell([new Paragraph({children: []})], 1267),
          cell([line(zh ? '联合国' : 'United Nations', {size: 28, ...font})], 5000),
          cell(
            [new Paragraph({children: [new TextRun({text: meta.symbol, size: 20})], alignment: AlignmentType.RIGHT})],
            3371,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                children: [new ImageRun({type: 'png', data: emblem, transformation: {width: 52, height: 52}})],
              }),
            ],
            1267,
          ),
          cell([line(meta.organ, {size: 56, bold: true, ...font})], 5000),
          cell(dateLines, 3371, {
            borders: {...noBorders, bottom: {style: BorderStyle.SINGLE, size: 24, color: '000000'}},
          }),
        ],
      }),
    ],
  })
}

/**
 * The masthead as positioned text: one frame (w:framePr, Word's positioned paragraphs) a line,
 * placed on the page, as older UN templates carry it.
 */
function mastheadFrames(meta) {
  const zh = meta.lang === 'zh'
  const font = zh ? {font: cjkFont} : {}
  // Positions and sizes in twentieths of a point from the page's top left.
  const framed = (text, x, y, width, height, runOptions) =>
    new Paragraph({
      frame: {
        type: 'absolute',
        position: {x, y},
        width,
        height,
        anchor: {horizontal: 'page', vertical: 'page'},
        wrap: 'around',
      },
      children: [new TextRun({text, ...runOptions})],
    })
  const out = [
    framed(meta.symbol, 8000, 720, 3000, 400, {size: 20}),
    framed(zh ? '联合国' : 'United Nations', 2200, 760, 3800, 420, {size: 28, ...font}),
    framed(meta.organ, 2200, 1250, 5200, 720, {size: 56, bold: true, ...font}),
    framed(meta.distr, 8000, 1300, 3000, 280, {size: 20}),
    framed(meta.date, 8000, 1580, 3000, 280, {size: 20}),
  ]
  if (meta.original)
    meta.original.split('|').forEach((part, index) => {
      out.push(framed(part, 8000, 1860 + 280 * index, 3000, 280, {size: 20}))
    })
  out.push(
    new Paragraph({
      frame: {
        type: 'absolute',
        position: {x: 1200, y: 1100},
        width: 900,
        height: 900,
        anchor: {horizontal: 'page', vertical: 'page'},
      },
      children: [new ImageRun({type: 'png', data: emblem, transformation: {width: 40, height: 40}})],
    }),
    // The body starts below the frames.
    new Paragraph({children: [], spacing: {after: 1300}}),
  )
  return out
}

function sessionLines(meta) {
  const out = []
  const font = meta.lang === 'zh' ? {font: cjkFont} : {}
  if (meta.session) out.push(line(meta.session, {size: 20, ...font}))
  if (meta.agenda) out.push(line(meta.agenda, {size: 20, ...font}))
  if (out.length > 0) out.push(new Paragraph({children: [], spacing: {after: 240}}))
  return out
}

function firstFooter(meta) {
  // A source that does not give the job number gets none (never an invented one).
  if (!meta.job) return new Footer({children: [new Paragraph({children: []})]})
  const code = barcode(meta.barcode.replace(/\D/g, ''))
  return new Footer({
    children: [
      new Table({
        width: {size: 9638, type: WidthType.DXA},
        columnWidths: [4000, 4000, 1638],
        rows: [
          new TableRow({
            children: [
              cell([line(meta.job, {size: 16})], 4000),
              cell(
                [
                  new Paragraph({
                    children: [
                      new ImageRun({type: 'png', data: code.png, transformation: {width: code.width, height: 24}}),
                    ],
                  }),
                  line(meta.barcode, {size: 16}),
                ],
                4000,
              ),
              cell(
                [
                  new Paragraph({
                    children: [new ImageRun({type: 'png', data: recycle, transformation: {width: 24, height: 24}})],
                  }),
                  line('Please recycle', {size: 12}),
                ],
                1638,
              ),
            ],
          }),
        ],
      }),
    ],
  })
}

/** The running head and foot of the pages after the first: symbol, short title, job number, "2/3". */
function runningHeader(meta) {
  const font = meta.lang === 'zh' ? {font: cjkFont} : {}
  const children = [new TextRun({text: meta.symbol, bold: true, size: 17})]
  if (meta.running)
    children.push(new TextRun({children: [new Tab()], size: 17}), new TextRun({text: meta.running, size: 17, ...font}))
  return new Header({
    children: [
      new Paragraph({
        children,
        tabStops: [{type: 'right', position: 9638}],
        border: {bottom: {style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4}},
      }),
    ],
  })
}
/** The 1990s running head: the symbol at the left, then the page number as `- 2 -`, centred; no running foot. */
function dashesHeader(meta) {
  return new Header({
    children: [
      new Paragraph({children: [new TextRun({text: meta.symbol, size: 20})]}),
      new Paragraph({
        children: [new TextRun({children: ['- ', PageNumber.CURRENT, ' -'], size: 20})],
        alignment: AlignmentType.CENTER,
        spacing: {after: 240},
      }),
    ],
  })
}
function runningFooter(meta) {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], bold: true, size: 17}),
          new TextRun({children: [new Tab()], size: 17}),
          new TextRun({text: (meta.job ?? '').replace(/\s.*$/, '').replace(/\s*\(.\)$/, ''), size: 17}),
        ],
        tabStops: [{type: 'right', position: 9638}],
      }),
    ],
  })
}

/**
 * The footnote separator as UN Word files draw it: a line of underscores typed as text (Word
 * prints it as text, `__________________`; LibreOffice draws its own rule in the PDF instead).
 */
function unSeparator(docx) {
  const files = unzipSync(new Uint8Array(docx))
  const notes = files['word/footnotes.xml']
  if (!notes) return docx
  const xml = strFromU8(notes).replace(
    /(<w:footnote w:type="separator"[^>]*>)[\s\S]*?(<\/w:footnote>)/,
    `$1<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="${indent}"/></w:pPr><w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t>__________________</w:t></w:r></w:p>$2`,
  )
  return Buffer.from(zipSync({...files, 'word/footnotes.xml': strToU8(xml)}))
}

async function make(name) {
  const {source, place, columns, spacing, dir = 'office-un', page = 'letter', landscape, heads} = fixtures[name]
  indent = columns ? 0 : 1267
  lineSpacing = spacing ?? 240
  const {meta, blocks, notes} = readSource(path.join(sourcesOf(dir), `${source}.txt`))
  const zh = meta.lang === 'zh'
  const footnotes = {}
  for (const [number, text] of notes) {
    footnotes[number] = {
      children: [new Paragraph({children: runs(text, {size: 17}), indent: {left: indent, hanging: 350}})],
    }
  }
  const body = []
  if (place === 'body-table') body.push(mastheadTable(meta), new Paragraph({children: [], spacing: {after: 240}}))
  if (place === 'frames') body.push(...mastheadFrames(meta))
  body.push(...sessionLines(meta))
  for (let at = 0; at < blocks.length; at++) {
    if (blocks[at].kind !== 'row') {
      body.push(bodyParagraph(blocks[at], meta.lang))
      continue
    }
    // Consecutive `row` lines are one table: number, label, the line to fill in.
    const rows = []
    for (; at < blocks.length && blocks[at].kind === 'row'; at++) rows.push(blocks[at].text.split('\t'))
    at--
    const widths = [900, 3600, 4400]
    body.push(
      new Table({
        width: {size: widths.reduce((a, b) => a + b), type: WidthType.DXA},
        columnWidths: widths,
        indent: {size: indent, type: WidthType.DXA},
        rows: rows.map(
          (cells) =>
            new TableRow({
              children: widths.map((width, index) =>
                cell([new Paragraph({children: runs(cells[index] ?? '', {size: 20}), spacing: {after: 120}})], width),
              ),
            }),
        ),
      }),
    )
  }
  const headers = {default: heads === 'dashes' ? dashesHeader(meta) : runningHeader(meta)}
  if (place === 'first-page-header') headers.first = new Header({children: [mastheadTable(meta)]})
  else headers.first = new Header({children: [new Paragraph({children: []})]})
  const document = new Document({
    creator: 'resdiff fixtures',
    title: meta.symbol,
    styles: {
      default: {document: {run: {font: zh ? cjkFont : 'Times New Roman', size: 20}}},
      paragraphStyles: [
        {id: 'SingleTxt', name: 'SingleTxt', basedOn: 'Normal', run: {size: 20}},
        {id: 'H1', name: 'H1', basedOn: 'Normal', run: {size: 28, bold: true}},
        {id: 'H23', name: 'H23', basedOn: 'Normal', run: {size: 20}},
      ],
    },
    footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          ...(columns ? {column: {count: columns, space: 400}} : {}),
          page: {
            size: {
              ...(page === 'a4' ? {width: 11906, height: 16838} : {width: 12240, height: 15840}),
              ...(landscape ? {orientation: PageOrientation.LANDSCAPE} : {}),
            },
            margin: {top: 1742, bottom: 1898, left: 1200, right: 1200, header: 720, footer: 720},
          },
        },
        headers,
        footers: {
          first: firstFooter(meta),
          default: heads === 'dashes' ? new Footer({children: [new Paragraph({children: []})]}) : runningFooter(meta),
        },
        children: body,
      },
    ],
  })
  const bytes = unSeparator(await Packer.toBuffer(document))
  writeFileSync(path.join(root, 'fixtures', dir, `${name}.docx`), bytes)
  console.log(`fixtures/${dir}/${name}.docx`)
}

const names = process.argv.slice(2)
// With no names, the fixtures of fixtures/office-un/ (scripts/make-un-fixtures.sh).
for (const name of names.length > 0 ? names : Object.keys(fixtures).filter((key) => !fixtures[key].dir))
  await make(name)
