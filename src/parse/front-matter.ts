import {hanNumeral, romanOf} from './han-numerals.js'
import type {Distribution, ResolutionMeta} from '../tree/types.js'
import {dateLine, isoDate, symbolLine, zhDate} from './patterns.js'
import {isSuffixPiece} from './split-words.js'

// A masthead (symbol, body, distribution, date, session, agenda item, title) is about a dozen
// lines: a bare date line past them is in the text (an adoption line), not the document's date.
const mastheadLines = 12

const ordinalUnits: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
}
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/** `Agenda item 95`, `Agenda items 20 (a) and 21`, `Item 4 (b)`: the numbers. */
const agendaItem =
  /^(?:Agenda items?|Items?) (\d+(?:\s?\([a-z]{1,2}\))?(?:\s?\(\w+\))*(?:(?:,| and) \d+(?:\s?\([a-z]{1,2}\))?)*)/i

/** `Seventy-fifth` → 75, `Tenth` → 10, `75th` → 75. */
export function ordinalNumber(word: string): number | undefined {
  const lower = word.toLowerCase().trim()
  const numeric = /^(\d+)(?:st|nd|rd|th)$/.exec(lower)
  if (numeric) return Number(numeric[1])
  if (lower in ordinalUnits) return ordinalUnits[lower]
  const [ten, unit] = lower.split(/[-\s]/)
  if (ten && unit && ten in tens && unit in ordinalUnits) return (tens[ten] ?? 0) + (ordinalUnits[unit] ?? 0)
  return undefined
}

export interface FrontMatter {
  meta: Omit<ResolutionMeta, 'body'>
  /** Index (into the lines given) of the lines that make the title. */
  titleLines: number[]
}

/**
 * Metadata from the masthead lines that precede the formula: symbol, distribution, date,
 * original language, session, agenda item, sponsors, stage, number and title. With no session
 * line, the session is the number's first part, unless `numberedByYear` says it is a year.
 */
export function readFrontMatter(lines: readonly string[], numberedByYear?: (prefix: number) => boolean): FrontMatter {
  const meta: Omit<ResolutionMeta, 'body'> = {sponsors: [], stage: 'adopted'}
  let draft = false
  let adopted = false
  let titleFrom = -1
  let afterDistr = false
  const joined = lines.join('\n')

  /** The last line of a masthead field that went on over several lines: read with its first. */
  let skipThrough = -1

  lines.forEach((raw, index) => {
    if (index <= skipThrough) return
    let line = fieldText(raw)
    let match: RegExpExecArray | null
    // Two-column mastheads (pdftotext -layout) put the symbol or Distr. at the end of a line.
    const column = /^.*?\S\s{2,}(\S.*)$/.exec(line)
    if (column && !meta.symbol && symbolLine.test(column[1]!) && /\d/.test(column[1]!)) line = column[1]!
    else if (column && /^Distr\.|^Original/i.test(column[1]!)) line = column[1]!
    else if (
      (match = /^(?:United Nations|General Assembly|Security Council|Economic and Social Council)\s+(\S.*)$/.exec(line))
    ) {
      if (symbolLine.test(match[1]!) || /^Distr\./.test(match[1]!)) line = match[1]!
    } else if (
      !meta.symbol &&
      /\d$/.test(line) &&
      (match = /(?:--|\s[-–—]|[–—])\s*([A-Z][A-Z0-9.]*\/[A-Za-z0-9./()-]+)$/u.exec(line)) &&
      symbolLine.test(match[1]!)
    ) {
      // A page's title that ends with the symbol after a dash (`联合国关于乌克兰的决议--A/ES-11/L.7`).
      line = match[1]!
    } else if (line.includes('|')) {
      // A web page's table row: `联合国 | S/RES/1985 (2011) |`, `安全理事会 | Distr.: General 10 June 2011 |`.
      const cell = line
        .split('|')
        .map((part) => part.trim())
        .find((part) => (!meta.symbol && symbolLine.test(part) && /\d/.test(part)) || /^Distr\./.test(part))
      if (cell !== undefined) line = cell
    }
    if (!meta.symbol && symbolLine.test(line) && /\d/.test(line)) {
      // A reissue marks the symbol with `*` ("* Reissued for technical reasons").
      meta.symbol = line.replace(/\*$/, '')
      if (/\/L\.\d/.test(line)) draft = true
      if (/\/RES\//.test(line)) adopted = true
      return
    }
    // 1990s mastheads set "Distr." and "GENERAL" on two lines (a copy with a blank line at every
    // line break, between them).
    if (/^Distr\.?$/i.test(line)) {
      const next = (lines[nextText(lines, index)] ?? '').trim()
      if (/^(?:GENERAL|LIMITED|RESTRICTED)$/i.test(next)) line = `Distr.: ${next}`
    }
    if ((match = /^Distr\.?\s*(?::\s*)?(General|Limited|Restricted)\b/i.exec(line))) {
      meta.distribution = (match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1).toLowerCase()) as Distribution
      afterDistr = true
      const rest = line.slice(match[0].length).trim()
      const date = dateLine.exec(rest)
      if (date) meta.date = isoDate(date[1]!, date[2]!, date[3]!) ?? meta.date!
      return
    }
    if ((match = dateLine.exec(line))) {
      const iso = isoDate(match[1]!, match[2]!, match[3]!)
      if (iso && !meta.date && (afterDistr || index < mastheadLines)) meta.date = iso
      return
    }
    if (/^original/iu.test(line) && (match = /^Original\s*:\s*(\p{L}+)/iu.exec(line))) {
      meta.originalLanguage = match[1]!
      return
    }
    if (
      /session/iu.test(line) &&
      // A masthead capitalises it (`Forty-ninth session`, `FORTY-NINTH SESSION`); a wrapped line of
      // a paragraph above the formula in a volume does not (`forty-seventh session a report…`).
      /^\p{Lu}/u.test(line) &&
      (match = /^([\p{L}-]+(?:[ -]\p{L}+)?) (?:\(resumed\) |special |emergency special )?session\b/iu.exec(line))
    ) {
      const number = ordinalNumber(match[1]!)
      if (number !== undefined) meta.session = number
      // A converter that joins the masthead's lines sets the agenda item after the session:
      // `Eightieth session Agenda item 38 Necessity of ending…`.
      const item = agendaItem.exec(line.slice(match[0].length).trim())
      if (item) meta.agendaItem = item[1]!.replace(/(\d)\(/, '$1 (')
      return
    }
    if ((match = /^第([〇一二三四五六七八九十\d]+)届会议/.exec(line))) {
      const number = hanNumeral(match[1]!)
      if (number !== undefined) meta.session = number
      return
    }
    if ((match = agendaItem.exec(line))) {
      meta.agendaItem = match[1]!.replace(/(\d)\(/, '$1 (')
      return
    }
    if ((match = /^议程项目\s*(\d+(?:\s?[(（][a-z]{1,2}[)）])?)/.exec(line))) {
      meta.agendaItem = match[1]!.replace(/\s?[(（]/, ' (').replace(/）/, ')')
      return
    }
    if ((match = /^(.*?\S)\s*:\s*(?:revised\s+)?draft (?:resolution|decision)\b/i.exec(line))) {
      draft = true
      // A long list of sponsors wraps, even inside a name ("Trinidad and / Tobago"): the
      // lines before it up to a blank line or a masthead field belong to it.
      let sponsors = match[1]!
      for (let before = index - 1; before >= 0; before--) {
        const previous = (lines[before] ?? '').trim()
        if (
          previous === '' ||
          !/,|\band$/.test(previous) ||
          /^(?:Distr|Original|Agenda|Item)\b|session$/i.test(previous)
        )
          break
        sponsors = `${previous} ${sponsors}`
      }
      meta.sponsors = splitSponsors(sponsors)
      titleFrom = index + 1
      return
    }
    if ((match = /^Draft (?:resolution|decision) submitted by (?:the )?(.+?)\.?$/i.exec(line))) {
      draft = true
      // A Main Committee's officer submits it on consultations, over several lines (`…by the
      // Vice-Chairman of the Committee,` / `Mr. Arjan P. Hamburger (Netherlands) on the basis of
      // informal` / `consultations held on draft resolution A/C.2/49/L.48`): a line after a comma,
      // or in lower case, goes on with it; the title is below them.
      let submitter = match[1]!
      let last = index
      for (let next = nextText(lines, index); next < lines.length; next = nextText(lines, next)) {
        const text = (lines[next] ?? '').trim()
        if (!/,$/.test(submitter) && !/^\p{Ll}/u.test(text)) break
        submitter = `${submitter} ${text.replace(/\.$/, '')}`
        last = next
      }
      const basis = submitter.indexOf(' on the basis of ')
      if (basis >= 0) submitter = submitter.slice(0, basis).replace(/,$/, '')
      meta.sponsors = [submitter.charAt(0).toUpperCase() + submitter.slice(1)]
      titleFrom = last + 1
      skipThrough = last
      return
    }
    if (/draft resolution|决议草案/i.test(line)) draft = true
    if (/^\[?on the report of/i.test(line) || /^\[根据/.test(line)) {
      titleFrom = index + 1
      return
    }
    if (
      /^(?:Resolution )?adopted by/i.test(line) ||
      /^大会.*通过的决议/.test(line) ||
      /日\s*大会(?:通过的)?决议$/.test(line)
    ) {
      adopted = true
      return
    }
    if ((match = /^Resolution\s+(\d{1,4}\/\d{1,4}(?: [A-Z])?|\d{1,5} \(\d{4}\))\.?$/i.exec(line))) {
      meta.number = match[1]!
      adopted = true
      titleFrom = index + 1
      return
    }
    // The printed volumes date a resolution under its heading: `Resolution 369 (1975)` / `of 28 May 1975`.
    if (meta.number && line.startsWith('of ') && (match = /^of (\d{1,2}) (\p{L}+) (\d{4})$/u.exec(line))) {
      const iso = isoDate(match[1]!, match[2]!, match[3]!)
      if (iso) meta.adoptionDate ??= iso
      return
    }
    // Older Chinese volumes head a resolution with its number in Chinese numerals: the Assembly's
    // `二一五九(二十一)、…` (2159 (XXI), the session in brackets) and the Council's
    // `八十七(一九五〇).…` (87 (1950), the year).
    if (
      !meta.number &&
      (match = /^([〇零一二三四五六七八九十百千]{1,6})[(（]([〇零一二三四五六七八九十]{1,4})[)）][、.．]/.exec(line))
    ) {
      const number = hanNumeral(match[1]!)
      const bracket = hanNumeral(match[2]!)
      if (number && bracket) {
        meta.number = bracket >= 1945 ? `${number} (${bracket})` : `${number} (${romanOf(bracket)})`
        adopted = true
        return
      }
    }
    // `第75/241号决议`, and the Security Council's `第368(1975)号决议` (`號決議` in traditional characters).
    if ((match = /^第(\d{1,4}\/\d{1,4}|\d{1,5}\s?[(（]\d{4}[)）])[号號][决決][议議]$/.exec(line))) {
      meta.number = match[1]!.replace(/\s?[(（](\d{4})[)）]/, ' ($1)')
      adopted = true
      titleFrom = index + 1
      return
    }
    // `54/254. Millennium Summit…`; Chinese copies may glue the title to the number (`54/254.联合国…`).
    if ((match = /^(\d{1,4}\/\d{1,4})\.(?:\s+(\S.*)|([\u3400-\u9fff《“].*)|\s*)$/.exec(line))) {
      meta.number = match[1]!
      adopted = true
      titleFrom = match[2] || match[3] ? index : index + 1
      return
    }
  })

  const adoption = /adopted by the/iu.test(joined)
    ? /(?:Resolution )?adopted by the [^\n]*?(?:\n\s*)?\bon\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})/iu.exec(joined)
    : null
  if (adoption) {
    const iso = isoDate(adoption[1]!, adoption[2]!, adoption[3]!)
    if (iso) meta.adoptionDate = iso
  }
  const zhAdoption =
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!\s*\d{1,2}:\d{2})(?:\s*大会|.{0,400}通[过過])/.exec(joined)
  if (zhAdoption) {
    const iso = isoDate(zhAdoption[3]!, Number(zhAdoption[2]), zhAdoption[1]!)
    if (iso) meta.adoptionDate = iso
  } else if (!meta.date) {
    const date = documentZhDate(joined)
    const iso = date ? isoDate(date[3]!, Number(date[2]), date[1]!) : undefined
    if (iso) meta.date = iso
  }
  // A symbol of another resolution than the one the heading numbers is not this one's: a site
  // that lists resolutions sets a row of another (`A/RES/2628(XXV)`, its title, year, session)
  // above the text it gives (`50/28. 联合国近东…`).
  if (meta.symbol && meta.number && /\/RES\//.test(meta.symbol) && !namesNumber(meta.symbol, meta.number))
    delete meta.symbol
  if (!meta.number && meta.symbol) {
    const fromSymbol = /\/RES\/(?:[A-Z-]*\/)*(\d+\/\d+|\d+ \(\d{4}\))$/.exec(meta.symbol)
    if (fromSymbol) meta.number = fromSymbol[1]!
  }
  // The session from the number (`54/254`), unless the body numbers its decisions by year
  // (`numberedByYear`: the UNDP Governing Council's `84/21`).
  if (meta.session === undefined && meta.number) {
    const session = /^(\d{1,3})\//.exec(meta.number)
    if (session && !numberedByYear?.(Number(session[1]))) meta.session = Number(session[1])
  }
  meta.stage = draft && !adopted ? 'draft' : adopted ? 'adopted' : draft ? 'draft' : 'adopted'

  const titleLines: number[] = []
  if (titleFrom >= 0) {
    /** An adoption line whose date wraps onto the next line (`…8401st meeting, on 15` / `November 2018`). */
    let adoptionGoesOn = false
    for (let index = titleFrom; index < lines.length; index++) {
      // Read as the fields above are, without Markdown's marks (`**Adopted by…**`).
      const line = fieldText(lines[index] ?? '')
      if (line === '') {
        // A title wrapped across a blank line (a copy with a blank line at every line break)
        // goes on in lower case. The run of blank lines is passed at once (linear however long).
        const next = nextText(lines, index)
        if (titleLines.length > 0 && !/^\p{Ll}/u.test((lines[next] ?? '').trim())) break
        index = next - 1
        continue
      }
      if (adoptionGoesOn || /^(?:Resolution )?adopted by/i.test(line)) {
        adoptionGoesOn = !/\d{4}\]?\.?$/.test(line) && !/^\[/.test(line)
        continue
      }
      if (
        /^\[|^Distr\.|^Original/i.test(line) ||
        // The Council's adoption line in Chinese: `2018年11月15日安全理事会第8401次会议通过`, and
        // without a meeting when adopted by written vote: `安全理事会2021年3月26日通过` (S/RES/2569);
        // some copies end it with a comma as they do the formula (`…第5551次会议通过,`).
        /(?:会议|會議|日)\s*通[过過][。,，]?$/.test(line) ||
        dateLine.test(line) ||
        (/^o[nf] \d/.test(line) && /^(?:on|of) \d{1,2} \p{L}+ \d{4}$/u.test(line))
      )
        continue
      titleLines.push(index)
    }
  }
  if (titleLines.length > 0) {
    let title = titleLines
      .map((index) => fieldText(lines[index] ?? ''))
      // A line that ends in a compound's hyphen goes on with the compound (`nuclear-` / `weapon-free`);
      // a word the typesetter broke closes up (`discrimina-` / `tion`).
      .reduce((joined, line) => {
        // Chinese sets no space where its title wraps (`…与和平”的` / `大会特别会议的筹备工作`).
        if (cjkEnd.test(joined) && cjkStart.test(line)) return joined + line
        if (!/\p{L}-$/u.test(joined) || !/^\p{Ll}/u.test(line)) return `${joined} ${line}`
        return isSuffixPiece(/^\p{L}+/u.exec(line)![0]) ? joined.slice(0, -1) + line : joined + line
      })
    title = title
      // The number before it, its gap lost in some text (`78/17.Establishment…`, pdf.js 1.x).
      .replace(/^\d{1,4}\/\d{1,4}\.(?:\s+|(?=[\u3400-\u9fff《“])|(?=\p{Lu}\p{Ll}))/u, '')
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
    if (title) meta.title = title
  }
  return {meta, titleLines}
}

const cjkEnd = /[\u3400-\u9fff”》）]$/u
const cjkStart = /^[\u3400-\u9fff“《（]/u

/** Member States whose names hold "and": a list is never split inside them. */
const namesWithAnd = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
]

/** `A, B, Antigua and Barbuda and C` → [A, B, Antigua and Barbuda, C]. */
export function splitSponsors(list: string): string[] {
  let protectedList = list.replace(/\s{2,}|[^\S ]/g, ' ')
  namesWithAnd.forEach((name, index) => {
    protectedList = protectedList.split(name).join(`\u0000${index}\u0000`)
  })
  return protectedList
    .split(/,\s*|(?<!\s)\s+and\s+/)
    .map((part) => part.replace(/\0(\d+)\0/g, (_, index: string) => namesWithAnd[Number(index)] ?? ''))
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** The index of the first line after `index` that is not blank (the length when none). */
/** A masthead line as its field reads, without Markdown's heading and bold marks (`## …`, `**…**`). */
function fieldText(raw: string): string {
  return raw
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim()
}

function nextText(lines: readonly string[], index: number): number {
  let next = index + 1
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++
  return next
}

/**
 * The first Chinese date that dates the document: a date with a clock time after it
 * (`2024年9月19日22:04:46`, `2000年9月5日 15:27`) is when a web page posted it.
 */
function documentZhDate(text: string): RegExpExecArray | null {
  const dated = new RegExp(`${zhDate.source}(?!\\s*\\d{1,2}:\\d{2})`, 'u')
  return dated.exec(text)
}

/** Whether a resolution's symbol (`A/RES/50/28`, `S/RES/1985 (2011)`) carries its number (`50/28`). */
function namesNumber(symbol: string, number: string): boolean {
  const tail = symbol
    .replace(/\*$/, '')
    .replace(/^.*\/RES\//, '')
    .replace(/\s+/g, '')
  const bare = number.replace(/\s+/g, '')
  return tail.startsWith(bare) || bare.startsWith(tail)
}
