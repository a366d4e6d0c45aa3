import {readFileSync} from 'node:fs'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../src/read/document.js'
import {formatNumber} from '../src/read/docx-numbering.js'
import {paragraphs, treeOf} from './office-helpers.js'

// Word's Chinese list numbers: the Chinese 6/2 (fixtures/office/cop-6-2.zh.docx, 12 preambular and
// 15 operative paragraphs, the operative ones in two automatically numbered lists, 1–8 and 9–15)
// with its lists set in Word's Chinese number formats, and saved again by LibreOffice as .odt and
// .doc (scripts/make-zh-numbering-fixtures.sh, fixtures/office-zh-numbering/README.md). What a
// reader sees is LibreOffice's text export of each file (`*.libreoffice.txt`), made by the script.
const file = (name: string): string => path.join('fixtures/office-zh-numbering', name)

/** The numbers in front of the operative paragraphs, in order: `一、`, `（十五）`. */
function labels(text: string): string[] {
  return [
    ...text.matchAll(
      /^[ \t]*([〇零一二三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]{1,5}、|（[〇一二三四五六七八九十百]{1,5}）)[ \t]/gmu,
    ),
  ].map((match) => match[1]!)
}

const shownByLibreOffice = (name: string): string[] => labels(readFileSync(file(`${name}.libreoffice.txt`), 'utf8'))
const writtenByResdiff = async (name: string): Promise<string[]> =>
  labels((await readDocument(readFileSync(file(name)))).text)

describe('Word’s Chinese number formats', () => {
  for (const name of ['chinese-counting', 'chinese-counting-brackets', 'chinese-legal', 'taiwanese-counting']) {
    it(`writes the numbers of ${name} as LibreOffice draws them, in the .docx, .odt and .doc`, async () => {
      const docx = `cop-6-2-${name}.zh.docx`
      const shown = shownByLibreOffice(docx)
      expect(shown).toHaveLength(15)
      expect(await writtenByResdiff(docx)).toEqual(shown)
      // LibreOffice's .odt of it keeps the numbers.
      expect(await writtenByResdiff(`cop-6-2-${name}.zh.odt`)).toEqual(shown)
      // Its .doc holds the first operative paragraph in a list of its own (README): the numbers
      // LibreOffice draws for the .doc itself.
      const doc = `cop-6-2-${name}.zh.doc`
      expect(await writtenByResdiff(doc)).toEqual(shownByLibreOffice(doc))
    })
  }

  it('reads the numbers LibreOffice draws, one to fifteen', () => {
    expect(shownByLibreOffice('cop-6-2-chinese-counting.zh.docx')).toEqual(
      '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五'.split(' ').map((number) => `${number}、`),
    )
    expect(shownByLibreOffice('cop-6-2-chinese-legal.zh.docx').slice(8)).toEqual(
      '玖 壹拾 壹拾壹 壹拾贰 壹拾叁 壹拾肆 壹拾伍'.split(' ').map((number) => `${number}、`),
    )
    expect(shownByLibreOffice('cop-6-2-chinese-counting-brackets.zh.docx').at(-1)).toBe('（十五）')
  })

  it('parses each operative paragraph under its number, as the decimal Word file', async () => {
    // Read from the seed (seeds/cop-6-2.zh.txt): 12 preambular paragraphs, operative 1 to 15.
    // `（一）` … `（十五）` (chinese-counting-brackets) number the operative paragraphs too: the
    // text has no other numbers (session 14; before, all 27 were read as preambular).
    for (const name of [
      'chinese-counting',
      'chinese-counting-brackets',
      'chinese-legal',
      'taiwanese-counting',
      'ideograph-digital',
    ]) {
      for (const extension of ['docx', 'odt']) {
        const all = paragraphs(await treeOf(file(`cop-6-2-${name}.zh.${extension}`)))
        const operative = all.filter((paragraph) => paragraph.type === 'paragraph')
        expect(all.length - operative.length, `${name}.${extension}`).toBe(12)
        expect(
          operative.map((paragraph) => paragraph.num),
          `${name}.${extension}`,
        ).toEqual(Array.from({length: 15}, (_, index) => index + 1))
        expect(operative[9]?.text.startsWith('鼓励各国通过该工作组提出对实施《枪支议定书》的看法和意见')).toBe(true)
      }
    }
  })

  it('writes ideographDigital digit by digit, as Word does (一〇、 for ten)', async () => {
    // The file holds Word's ideographDigital ([MS-OSHARED] MSONFC 0x0A, `msonfcDbNum1`: the digits
    // one by one, zero as 〇). LibreOffice draws it as counting numbers (十、) and writes its .odt
    // and .doc so, as its import maps the format to its own counting type.
    const numbering = strFromU8(
      unzipSync(readFileSync(file('cop-6-2-ideograph-digital.zh.docx')))['word/numbering.xml']!,
    )
    expect(numbering).toContain('<w:numFmt w:val="ideographDigital" />')
    expect(await writtenByResdiff('cop-6-2-ideograph-digital.zh.docx')).toEqual(
      '一 二 三 四 五 六 七 八 九 一〇 一一 一二 一三 一四 一五'.split(' ').map((number) => `${number}、`),
    )
    expect(shownByLibreOffice('cop-6-2-ideograph-digital.zh.docx')[9]).toBe('十、')
  })

  it('writes larger numbers with a zero where a place is empty', () => {
    // As Chinese writes them: 二十 (20), 一百零一 (101), 一百一十 (110), 壹佰零伍 (105).
    expect(formatNumber(20, 'chineseCounting')).toBe('二十')
    expect(formatNumber(101, 'chineseCountingThousand')).toBe('一百零一')
    expect(formatNumber(110, 'taiwaneseCounting')).toBe('一百一十')
    expect(formatNumber(105, 'chineseLegalSimplified')).toBe('壹佰零伍')
    expect(formatNumber(2010, 'ideographDigital')).toBe('二〇一〇')
    // Past what the numerals here write, digits.
    expect(formatNumber(10_000, 'chineseCounting')).toBe('10000')
  })
})
