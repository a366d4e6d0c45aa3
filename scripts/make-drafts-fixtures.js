// Make the Word files of fixtures/office-drafts/ with the `docx` package (and the flat ODF that
// LibreOffice saves as .odt and then as .docx), never with resdiff: real texts of fixtures/field
// (each source in fixtures/office-drafts/sources/, one paragraph a line) laid out as users meet
// drafts and working copies, in layouts the other office fixtures have not tried.
//
//   sc-0138-1960-line-numbers.en.docx  a negotiation draft: Word's line numbering (`w:lnNumType`,
//                                      every line, restarting on each page), 1.5 lines apart
//   ga-735-1953-watermark.en.docx      "ADVANCE UNEDITED VERSION" across each page: Word's
//                                      watermark (a VML WordArt shape in the header, turned 315°)
//   sc-0242-1967-multilevel.en.docx    the operative paragraphs one multi-level list: level 1
//                                      `1.`, level 2 `(a)`, level 3 `(i)` (Word's automatic
//                                      numbering; operative 1's items at level 3, operative 2's at
//                                      level 2, as a typist picks the level by its look)
//   sc-0396-1976-mixed-fonts.zh.docx   Chinese with a Latin font of its own for digits, brackets
//                                      and letters (Times New Roman beside SimSun), items typed
//   sc-0396-1976-vertical.zh.docx      the same set top to bottom, right to left (`tbRl`), as
//                                      Chinese is printed vertically (only its PDF is kept)
//   basel-bc-14-2019-margin-comments.en.docx  (WORKDIR) reviewers' comments printed in a wide
//                                      right margin beside the line they mark, as Word prints its
//                                      markup balloons; LibreOffice 7.4 has no "comments in
//                                      margin" export, so each is a frame anchored to its line
//   oas-2009-cuba-from-odt.en.fodt     (WORKDIR) flat ODF whose operative numbers are an ODF list,
//                                      for LibreOffice to save as .odt and that .odt as .docx
// scripts/make-drafts-fixtures.sh runs LibreOffice on them.
//
//   node scripts/make-drafts-fixtures.js OUTDIR WORKDIR
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {
  AlignmentType,
  Document,
  FrameAnchorType,
  Header,
  LevelFormat,
  LineNumberRestartFormat,
  LineRuleType,
  Packer,
  PageTextDirectionType,
  Paragraph,
  Tab,
  TextRun,
} from 'docx'
import {footnotes, readSource as readSourceFile, runs} from './fixture-source.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = process.argv[2] ?? path.join(root, 'fixtures', 'office-drafts')
const work = process.argv[3] ?? out
const readSource = (name) => readSourceFile(path.join(root, 'fixtures/office-drafts/sources', name + '.txt'))

const numbered = (text) => /^(\d+\.|\([a-z]+\))\t/.exec(text)
const strip = (text) => text.replace(/^(\d+\.|\([a-z]+\))\t/, '')

/** The masthead's fields a source has, one paragraph each. */
const masthead = (meta, font) =>
  ['organ', 'symbol', 'date']
    .filter((key) => meta[key])
    .map(
      (key) =>
        new Paragraph({
          children: [new TextRun({text: meta[key], bold: key === 'organ', font})],
          alignment: key === 'organ' ? AlignmentType.LEFT : AlignmentType.RIGHT,
        }),
    )

/**
 * A source's paragraphs as typed: numbers and letters typed with a tab and a hanging indent,
 * italics, footnote references; `line` the line spacing in 240ths of a line.
 */
function typed(lines, {font, line = 240, comments = []} = {}) {
  const body = []
  let nth = 0
  for (const [kind, text] of lines) {
    if (kind.startsWith('note ')) continue
    const number = numbered(text)
    const indent =
      kind === 'item'
        ? {left: 1134, hanging: 567}
        : number
          ? {left: 567, hanging: 567}
          : kind === 'pre'
            ? {firstLine: 567}
            : undefined
    const children = number
      ? [new TextRun({text: number[1], font}), new TextRun({children: [new Tab()], font}), ...runs(strip(text), font)]
      : runs(text.replace('\t', ' '), font)
    const comment = comments.find((item) => item.at === nth)
    if (comment) body.push(frame(comment))
    body.push(
      new Paragraph({
        children,
        indent,
        spacing: {after: 120, line, lineRule: LineRuleType.AUTO},
        alignment: kind === 'title' ? AlignmentType.CENTER : undefined,
      }),
    )
    nth++
  }
  return body
}

/** A reviewer's comment as Word prints it in the margin: a framed box beside the line it marks. */
const frame = ({label, text}) =>
  new Paragraph({
    frame: {
      type: 'absolute',
      position: {x: 9300, y: 0},
      width: 2500,
      height: 0,
      anchor: {horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.TEXT},
    },
    border: {
      top: {style: 'single', size: 4, color: 'C00000', space: 1},
      bottom: {style: 'single', size: 4, color: 'C00000', space: 1},
      left: {style: 'single', size: 4, color: 'C00000', space: 1},
      right: {style: 'single', size: 4, color: 'C00000', space: 1},
    },
    shading: {fill: 'FBE4E4'},
    children: [new TextRun({text: `Commented [${label}]: `, bold: true, size: 16}), new TextRun({text, size: 16})],
  })

async function write(name, doc, edit) {
  let bytes = await Packer.toBuffer(doc)
  if (edit) {
    const files = unzipSync(new Uint8Array(bytes))
    edit(files)
    bytes = zipSync(files)
  }
  writeFileSync(name, bytes)
}

/** S/RES/138 (1960) as a negotiation draft with Word's line numbers in the margin. */
async function lineNumbers() {
  const {meta, lines, notes} = readSource('sc-0138-1960.en')
  const doc = new Document({
    footnotes: footnotes(notes),
    sections: [
      {
        properties: {lineNumbers: {countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE, distance: 360}},
        children: [...masthead(meta), ...typed(lines, {line: 360})],
      },
    ],
  })
  await write(path.join(out, 'sc-0138-1960-line-numbers.en.docx'), doc)
}

/** Word's own watermark: a WordArt text path in the header, across the page, turned 315°. */
const watermark = (text) =>
  `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>` +
  `<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>` +
  `<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:527.85pt;height:65.95pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">` +
  `<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Liberation Sans&quot;;font-size:1pt" string="${text}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>`

async function watermarked() {
  const {meta, lines, notes} = readSource('ga-735-1953.en')
  const doc = new Document({
    footnotes: footnotes(notes),
    sections: [
      {
        headers: {default: new Header({children: [new Paragraph({children: [new TextRun('WATERMARK')]})]})},
        children: [...masthead(meta), ...typed(lines, {line: 480})],
      },
    ],
  })
  await write(path.join(out, 'ga-735-1953-watermark.en.docx'), doc, (files) => {
    for (const name of Object.keys(files).filter((file) => /^word\/header\d*\.xml$/.test(file))) {
      let xml = strFromU8(files[name])
      if (!xml.includes('xmlns:v=')) xml = xml.replace('<w:hdr ', '<w:hdr xmlns:v="urn:schemas-microsoft-com:vml" ')
      if (!xml.includes('xmlns:o='))
        xml = xml.replace('<w:hdr ', '<w:hdr xmlns:o="urn:schemas-microsoft-com:office:office" ')
      if (!xml.includes('xmlns:w10='))
        xml = xml.replace('<w:hdr ', '<w:hdr xmlns:w10="urn:schemas-microsoft-com:office:word" ')
      xml = xml.replace(/<w:p>(?:(?!<w:p>).)*WATERMARK<\/w:t><\/w:r><\/w:p>/s, watermark('ADVANCE UNEDITED VERSION'))
      files[name] = strToU8(xml)
    }
  })
}

/** S/RES/242 (1967): the operative paragraphs and their items one multi-level list. */
async function multiLevel() {
  const {meta, lines, notes} = readSource('sc-0242-1967.en')
  const body = [...masthead(meta)]
  for (const [kind, text] of lines) {
    if (kind.startsWith('note ')) continue
    const number = numbered(text)
    if (number && kind === 'op')
      body.push(
        new Paragraph({
          numbering: {reference: 'operative', level: 0},
          children: runs(strip(text)),
          spacing: {after: 120},
        }),
      )
    else if (number && kind === 'item') {
      const level = /^\([ivx]+\)/.test(number[1]) ? 2 : 1
      body.push(
        new Paragraph({numbering: {reference: 'operative', level}, children: runs(strip(text)), spacing: {after: 120}}),
      )
    } else
      body.push(
        new Paragraph({
          children: runs(text.replace('\t', ' ')),
          spacing: {after: 120},
          indent: kind === 'pre' ? {firstLine: 567} : undefined,
          alignment: kind === 'title' ? AlignmentType.CENTER : undefined,
        }),
      )
  }
  const level = (n, format, text) => ({
    level: n,
    format,
    text,
    alignment: AlignmentType.START,
    style: {paragraph: {indent: {left: 567 * (n + 1), hanging: 567}}},
  })
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [
            level(0, LevelFormat.DECIMAL, '%1.'),
            level(1, LevelFormat.LOWER_LETTER, '(%2)'),
            level(2, LevelFormat.LOWER_ROMAN, '(%3)'),
          ],
        },
      ],
    },
    footnotes: footnotes(notes),
    sections: [{children: body}],
  })
  await write(path.join(out, 'sc-0242-1967-multilevel.en.docx'), doc)
}

/** S/RES/396 (1976) in Chinese: a Latin font beside the CJK one; also set vertically. */
async function chinese(name, vertical) {
  const {meta, lines, notes} = readSource('sc-0396-1976.zh')
  const font = {ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun'}
  const doc = new Document({
    styles: {default: {document: {run: {language: {eastAsia: 'zh-CN', value: 'zh-CN'}, font}}}},
    footnotes: footnotes(notes, font),
    sections: [
      {
        properties: vertical ? {page: {textDirection: PageTextDirectionType.TOP_TO_BOTTOM_RIGHT_TO_LEFT}} : undefined,
        children: [...masthead(meta, font), ...typed(lines, {font})],
      },
    ],
  })
  await write(path.join(vertical ? work : out, name + '.docx'), doc)
}

/** Basel COP-14 (2019) with two reviewers' comments printed in the right margin. */
async function marginComments() {
  const {meta, lines, notes} = readSource('basel-bc-14-2019.en')
  const comments = [
    {
      at: 1,
      label: 'S1',
      text: 'Secretariat: the number of ratifications to be updated from the depositary notifications before the meeting.',
    },
    {at: 3, label: 'EU2', text: 'European Union: prefer "Encourages"; "Calls upon" acceptable if consensus.'},
  ]
  const doc = new Document({
    footnotes: footnotes(notes),
    sections: [
      {properties: {page: {margin: {right: 3400}}}, children: [...masthead(meta), ...typed(lines, {comments})]},
    ],
  })
  await write(path.join(work, 'basel-bc-14-2019-margin-comments.en.docx'), doc)
}

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Flat ODF with the operative paragraphs an ODF list (`1.`), for LibreOffice to save on. */
function odt() {
  const {meta, lines} = readSource('oas-2009-cuba.en')
  const body = [`<text:p text:style-name="Organ">${esc(meta.organ)}</text:p>`]
  const ops = []
  const flush = () => {
    if (ops.length)
      body.push(
        `<text:list text:style-name="Operative">${ops.map((op) => `<text:list-item><text:p text:style-name="Body">${esc(op)}</text:p></text:list-item>`).join('')}</text:list>`,
      )
    ops.length = 0
  }
  for (const [kind, text] of lines) {
    if (kind.startsWith('note ')) continue
    if (kind === 'op' && numbered(text)) {
      ops.push(strip(text))
      continue
    }
    flush()
    body.push(
      `<text:p text:style-name="${kind === 'pre' ? 'Preamble' : 'Body'}">${esc(text.replace('\t', ' '))}</text:p>`,
    )
  }
  flush()
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="justify"/></style:style>
<style:style style:name="Organ" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Preamble" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="1.25cm"/></style:style>
<text:list-style style:name="Operative">
<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-1.25cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`
  writeFileSync(path.join(work, 'oas-2009-cuba-from-odt.en.fodt'), xml)
}

await lineNumbers()
await watermarked()
await multiLevel()
await chinese('sc-0396-1976-mixed-fonts.zh', false)
await chinese('sc-0396-1976-vertical.zh', true)
await marginComments()
odt()
