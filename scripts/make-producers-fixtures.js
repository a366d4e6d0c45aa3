// Make the Word and OpenDocument files of fixtures/office-producers/, never with resdiff: real
// texts of fixtures/field (each source in fixtures/office-producers/sources/, one paragraph a
// line) written the ways producers the other office fixtures have not tried write them.
//
//   ga-54-254-2000-numbering.en.docx   the `docx` package: operative numbers from Word's
//                                      automatic numbering (numbering.xml, `%1.` and a tab), real
//                                      footnotes, the package's own default styles
//   ga-74-193-line-breaks.en.docx      the body typed as one paragraph whose lines are ended by
//                                      manual line breaks (`w:br`, Shift+Enter), as some
//                                      secretariats type; numbers typed, real footnotes
//   sc-0542-1983-full-width.zh.docx    Chinese: operative numbers from a list style of full-width
//                                      numbers (`decimalFullWidth`, `%1．`), a CJK font (SimSun)
//   who-wpr-rc7-r18-1956-outline.en.fodt  written here as flat ODF for LibreOffice to save as .odt:
//                                      the operative numbers from the document's outline
//                                      numbering (`text:outline-style`), the paragraphs outline
//                                      level 1 in a body-text style
// scripts/make-producers-fixtures.sh runs pandoc and LibreOffice for the others.
//
//   ga-66-290-2012-pandoc-lists.en.md  (into WORKDIR) pandoc Markdown for pandoc's own Word writer:
//                                      the operative paragraphs a real ordered list and the
//                                      lettered items a list inside it (pandoc's list styles),
//                                      notes as footnotes, a reviewer's comment on a phrase, the
//                                      title a heading (so that the PDF has a bookmark)
//
//   node scripts/make-producers-fixtures.js OUTDIR WORKDIR
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {AlignmentType, Document, LevelFormat, Packer, Paragraph, Tab, TextRun} from 'docx'
import {footnotes, readSource as readSourceFile, runs} from './fixture-source.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = process.argv[2] ?? path.join(root, 'fixtures', 'office-producers')
const work = process.argv[3] ?? out

const readSource = (name) => readSourceFile(path.join(root, 'fixtures/office-producers/sources', name + '.txt'))

/** The masthead's fields, one paragraph each, as a typist sets them with no table. */
function masthead(meta, font) {
  return ['organ', 'symbol', 'distr', 'date', 'session', 'agenda']
    .filter((key) => meta[key])
    .map(
      (key) =>
        new Paragraph({
          children: [new TextRun({text: meta[key], bold: key === 'organ', font})],
          alignment: key === 'symbol' || key === 'distr' || key === 'date' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
    )
}

const numberOf = (text) => /^(\d+)\.\t/.exec(text)
const strip = (text) => text.replace(/^(\d+\.|\([a-z]+\))\t/, '')

/** The `docx` package with Word's automatic numbering for the operative paragraphs. */
async function numbering(source, name, {format = LevelFormat.DECIMAL, text = '%1.', font, lang} = {}) {
  const {meta, lines, notes} = readSource(source)
  const body = [...masthead(meta, font)]
  for (const [kind, line] of lines) {
    if (kind.startsWith('note ')) continue
    if (kind === 'op' && numberOf(line)) {
      body.push(
        new Paragraph({
          numbering: {reference: 'operative', level: 0},
          children: runs(strip(line), font),
          spacing: {after: 120},
        }),
      )
    } else if (kind === 'title') {
      body.push(
        new Paragraph({
          children: runs(line.replace('\t', ' '), font).map((run) => run),
          spacing: {after: 240},
          alignment: AlignmentType.LEFT,
        }),
      )
    } else {
      body.push(
        new Paragraph({
          children: runs(line, font),
          spacing: {after: 120},
          indent: kind === 'pre' ? {firstLine: 567} : undefined,
        }),
      )
    }
  }
  const doc = new Document({
    styles: lang ? {default: {document: {run: {language: {eastAsia: lang, value: lang}, font}}}} : undefined,
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [
            {
              level: 0,
              format,
              text,
              alignment: AlignmentType.START,
              style: {paragraph: {indent: {left: 567, hanging: 567}}, run: font ? {font} : undefined},
            },
          ],
        },
      ],
    },
    footnotes: footnotes(notes, font),
    sections: [{children: body}],
  })
  writeFileSync(path.join(out, name + '.docx'), await Packer.toBuffer(doc))
}

/** The body typed as one paragraph, its lines ended by manual line breaks. */
async function lineBreaks(source, name) {
  const {meta, lines, notes} = readSource(source)
  const children = []
  for (const [kind, line] of lines) {
    if (kind.startsWith('note ')) continue
    if (children.length) children.push(new TextRun({break: 1}))
    const number = numberOf(line) ?? /^\(([a-z]+)\)\t/.exec(line)
    if (number) children.push(new TextRun(number[0].trim()), new TextRun({children: [new Tab()]}))
    children.push(...runs(number ? strip(line) : line.replace('\t', ' ')))
  }
  const doc = new Document({
    footnotes: footnotes(notes),
    sections: [{children: [...masthead(meta), new Paragraph({children})]}],
  })
  writeFileSync(path.join(out, name + '.docx'), await Packer.toBuffer(doc))
}

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const span = (text) => esc(text).replace(/\*([^*]+)\*/g, '<text:span text:style-name="Italic">$1</text:span>')

/** Flat ODF whose operative paragraphs take their numbers from the outline numbering. */
function outline(source, name) {
  const {meta, lines} = readSource(source)
  const body = []
  body.push(`<text:p text:style-name="Text_20_body">${esc(meta.organ)}</text:p>`)
  body.push(`<text:p text:style-name="Text_20_body">${esc(meta.symbol)}</text:p>`)
  for (const [kind, line] of lines) {
    if (kind.startsWith('note ')) continue
    if (kind === 'op' && numberOf(line))
      body.push(`<text:h text:style-name="Operative" text:outline-level="1">${span(strip(line))}</text:h>`)
    else
      body.push(
        `<text:p text:style-name="${kind === 'pre' ? 'Preamble' : 'Text_20_body'}">${span(line.replace('\t', ' '))}</text:p>`,
      )
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="12pt" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Preamble" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="1cm"/></style:style>
<style:style style:name="Operative" style:family="paragraph" style:parent-style-name="Text_20_body" style:default-outline-level="1"/>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
</office:styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`
  writeFileSync(path.join(out, name + '.fodt'), xml)
}

/** pandoc Markdown whose operative paragraphs and items are lists, not typed numbers. */
function pandocLists(source, name) {
  const {meta, lines, notes} = readSource(source)
  const md = ['organ', 'symbol', 'distr', 'date', 'session', 'agenda']
    .filter((key) => meta[key])
    .map((key) => meta[key])
  let comment = false
  for (const [kind, line] of lines) {
    if (kind.startsWith('note ')) continue
    let text = line.replace(/([<>$#|@~])/g, '\\$1')
    if (kind === 'op' && line.startsWith('8.') && !comment) {
      text = text.replace(
        /\*([^*]+)\*/,
        '[Check against the final text.]{.comment-start id="0" author="Secretariat" date="2012-09-10T10:00:00Z"}*$1*[]{.comment-end id="0"}',
      )
      comment = true
    }
    if (kind === 'title') md.push('## ' + text.replace('\t', ' '))
    else if (kind === 'op' && numberOf(line)) md.push(text.replace('\t', ' '))
    else if (kind === 'item') md.push('    ' + text.replace('\t', ' '))
    else md.push(text)
  }
  const notesMd = notes.map(([n, text]) => `[^${n}]: ${text}`)
  writeFileSync(path.join(work, name + '.md'), md.join('\n\n') + '\n\n' + notesMd.join('\n\n') + '\n')
}

pandocLists('ga-66-290-2012.en', 'ga-66-290-2012-pandoc-lists.en')
await numbering('ga-54-254-2000.en', 'ga-54-254-2000-numbering.en')
await lineBreaks('ga-74-193.en', 'ga-74-193-line-breaks.en')
await numbering('sc-0542-1983.zh', 'sc-0542-1983-full-width.zh', {
  format: LevelFormat.DECIMAL_FULL_WIDTH,
  text: '%1．',
  font: {ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun'},
  lang: 'zh-CN',
})
outline('who-wpr-rc7-r18-1956.en', 'who-wpr-rc7-r18-1956-outline.en')
