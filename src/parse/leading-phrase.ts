import type {Lang, LeadingPhrase, Part} from '../tree/types.js'
import {operativePhrasesEn, preambularAdjectivesEn, preambularPhrasesEn, sequenceWordsEn} from './lexicon-en.js'
import {
  adverbialPrefixesZh,
  framePhrasesZh,
  operativePhrasesZh,
  preambularPhrasesZh,
  sequenceWordsZh,
} from './lexicon-zh.js'
import {toSimplified} from './normalise.js'
import {isAscii} from './letters.js'

interface Lexicon {
  /** Phrases as lowercase word arrays, longest first, by their first word. */
  byFirstWord: Map<string, string[][]>
}

function lexicon(phrases: readonly string[]): Lexicon {
  const unique = [...new Set(phrases.map((phrase) => phrase.toLowerCase()))]
  const byFirstWord = new Map<string, string[][]>()
  for (const words of unique.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)) {
    const list = byFirstWord.get(words[0] ?? '') ?? []
    list.push(words)
    byFirstWord.set(words[0] ?? '', list)
  }
  return {byFirstWord}
}

const en = {preamble: lexicon(preambularPhrasesEn), operative: lexicon(operativePhrasesEn)}
const zh = {
  preamble: [...new Set(preambularPhrasesZh)].sort((a, b) => b.length - a.length),
  operative: [...new Set(operativePhrasesZh)].sort((a, b) => b.length - a.length),
}

/**
 * The opening phrase of a paragraph. `emphasized` is the text of an emphasis node that
 * opens the paragraph, when there is one: the drafter marked the phrase for us.
 */
export function detectLeadingPhrase(
  text: string,
  lang: Lang,
  section: Part,
  emphasized?: string,
): LeadingPhrase | undefined {
  // The stages ask of one line or paragraph more than once (is it a heading, does it go on,
  // what is its phrase): the answers of the last few hundred questions about texts of a line
  // or a short paragraph are kept (at most some 500 KB).
  if (text.length > keptLength) return lang === 'zh' ? detectZh(text, section) : detectEn(text, section, emphasized)
  const key = `${lang}${section}\u0000${emphasized ?? '\u0001'}\u0000${text}`
  if (answers.has(key)) {
    const known = answers.get(key)
    return known && {...known}
  }
  const found = lang === 'zh' ? detectZh(text, section) : detectEn(text, section, emphasized)
  if (answers.size >= keptAnswers) answers.clear()
  answers.set(key, found && {...found})
  return found
}

const keptAnswers = 512
const keptLength = 1000
const answers = new Map<string, LeadingPhrase | undefined>()

interface Word {
  raw: string
  bare: string
}

/**
 * Marks a word may carry at its end: `Recalling,`, `“Decides`, `(a)`, and an emphasis mark whose
 * partner a draft's brackets displaced (`**Option 1:** [Decides* that…`).
 */
const wordEndMarks = new Set([',', ';', ':', '.', '!', '?', '“', '”', '"', "'", '’', '(', ')', '*', '_'])

function wordsOf(text: string, limit: number): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0]
    // The word without the run of marks at its end (all of it, as far back as it goes).
    let end = raw.length
    while (end > 0 && wordEndMarks.has(raw.charAt(end - 1))) end--
    const bare = raw.slice(0, end).toLowerCase()
    // `Re‑emphasizing` with a hyphen that does not break the line (U+2011) is `Re-emphasizing`.
    words.push({
      raw,
      bare: bare.includes('\u2011') || bare.includes('\u2010') ? bare.replace(/[\u2010\u2011]/g, '-') : bare,
    })
    if (words.length >= limit) break
  }
  return words
}

// An italic run of more than ten words is emphasis in the text, not a leading phrase (the
// longest opening phrases, "Expressing its deep concern", are well under it).
const emphasizedPhraseWords = 10

// A draft's alternative named before its words (`Option 1: [Decides…`, `**Option 2** : *[Requests*…`,
// `Alt: Decides…`): the phrase is read after the label, its offset says where.
const optionLabel = /^(?:Option|Alternative|Alt\.?)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?[ \t]*:[ \t]*(?=\S)/u
const optionName = /^(?:Option|Alternative|Alt\.?)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?[ \t]*(?::[ \t]*)?/u

function detectEn(text: string, section: Part, emphasized?: string): LeadingPhrase | undefined {
  const option = (text.charCodeAt(0) === 79 || text.charCodeAt(0) === 65) && optionLabel.exec(text)
  if (option) {
    const label = option[0]
    const after = detectEn(text.slice(label.length), section, emphasized?.replace(optionName, '').trim() || undefined)
    return after && {...after, offset: option[0].length + (after.offset ?? 0)}
  }
  if (emphasized !== undefined) {
    const phraseText = emphasized
      .replace(/(?<![\s,;:.])[\s,;:.]+$/u, '')
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
    const words = wordsOf(phraseText, emphasizedPhraseWords + 2)
    if (words.length > 0 && words.length <= emphasizedPhraseWords && /^\p{Lu}/u.test(phraseText)) {
      const {base, modifier} = splitSequenceWord(words)
      const matched = matchLexicon(
        base.split(' ').map((word) => word.toLowerCase()),
        section,
      )
      const known = matched !== undefined || isWellFormed(base, section)
      return phrase(phraseText, capitalise(base), modifier, known, true)
    }
  }
  // A paragraph a draft sets in square brackets (words not yet agreed: `[Requests…;]`), or that
  // opens a quotation (`“Recalling…`, `"[Noting…`), opens with its phrase inside the marks.
  const code = text.charCodeAt(0)
  const marks = code === 91 || code === 34 || code === 0x201c || code === 0x2018 ? /^["“‘[]+/u.exec(text) : null
  if (marks) {
    const rest = text.slice(marks[0].length)
    // Italics opening inside the brackets or right after them (`*[Recognizes*`, `[*Decides*`).
    const inner = emphasized?.replace(/^["“‘[]+/u, '')
    const inside = detectEn(rest, section, inner && rest.startsWith(inner) ? inner : undefined)
    // Alternatives a draft offers side by side (`[Invites] [Strongly urges] all Parties…`,
    // `[Decides][Invites the President…] to convene…`): the phrase is the first one's.
    const close = code === 91 && !inside?.known ? rest.indexOf(']') : -1
    if (close > 0) {
      const alternative = rest.slice(0, close)
      const first = detectEn(alternative, section, inner?.startsWith(alternative) ? alternative : undefined)
      if (first?.known) return {...first, offset: marks[0].length + (first.offset ?? 0)}
    }
    return inside && {...inside, offset: marks[0].length}
  }
  const words = wordsOf(text, 14)
  if (words.length === 0) return undefined
  const first = words[0]?.bare ?? ''
  const second = words[1]?.bare ?? ''
  const attempts: Array<{modifierAt: number[]; rest: Word[]; inside?: number}> = []
  const twoWordModifier = sequenceWordsEn.get(`${first} ${second}`)
  if (twoWordModifier) attempts.push({modifierAt: [0, 1], rest: words.slice(2)})
  if (sequenceWordsEn.has(first)) attempts.push({modifierAt: [0], rest: words.slice(1)})
  // "Recalling also", "Expressing concern also", "Noting with appreciation also".
  for (const at of [1, 2, 3]) {
    if (sequenceWordsEn.has(words[at]?.bare ?? ''))
      attempts.push({modifierAt: [at], rest: [...words.slice(0, at), ...words.slice(at + 1)]})
  }
  // An adjective that weighs the phrase's noun (`Taking particular note`, `Noting with particular
  // concern`, `Takes careful note`): the phrase without it, its text with it.
  for (const at of [1, 2, 3]) {
    if (weighingAdjectives.has(words[at]?.bare ?? ''))
      attempts.push({modifierAt: [], rest: [...words.slice(0, at), ...words.slice(at + 1)], inside: at})
  }
  attempts.push({modifierAt: [], rest: words})
  for (const attempt of attempts) {
    const length = matchWithAdverb(
      attempt.rest.map((word) => word.bare),
      section,
    )
    if (length === undefined) continue
    // A sequence word after the phrase belongs to it only when it follows the phrase's words.
    if (attempt.modifierAt.length === 1 && (attempt.modifierAt[0] ?? 0) > length) continue
    // The weighing adjective stands inside the phrase, before its last word.
    if (attempt.inside !== undefined && attempt.inside >= length) continue
    const baseWords = attempt.rest.slice(0, length)
    const span =
      attempt.modifierAt.length > 0
        ? Math.max(length + attempt.modifierAt.length, (attempt.modifierAt.at(-1) ?? 0) + 1)
        : length + (attempt.inside === undefined ? 0 : 1)
    const phraseText = words
      .slice(0, span)
      .map((word) => word.raw)
      .join(' ')
      .replace(/(?<![,;:.])[,;:.]+$/u, '')
      .replace(/(?<=\p{L})[*_]+$/u, '')
    const modifier = modifierFrom(attempt.modifierAt.map((index) => words[index]?.bare ?? ''))
    return phrase(
      phraseText,
      capitalise(
        baseWords
          .map((word) => word.raw.replace(/(?<![,;:.])[,;:.]+$/u, '').replace(/(?<=\p{L})[*_]+$/u, ''))
          .join(' '),
      ),
      modifier,
      true,
      false,
    )
  }
  // Morphological fallback: an unlisted but well-formed opening is still an opening.
  const modifierAt = sequenceWordsEn.has(first) ? 1 : 0
  const head = words[modifierAt]
  if (!head) return undefined
  const headWord = head.raw.replace(/(?<![,;:.])[,;:.]+$/u, '')
  if (!isWellFormed(headWord, section)) return undefined
  const phraseText = words
    .slice(0, modifierAt + 1)
    .map((word) => word.raw)
    .join(' ')
    .replace(/(?<![,;:.])[,;:.]+$/u, '')
  return phrase(phraseText, capitalise(headWord), modifierAt ? modifierFrom([first]) : undefined, false, false)
}

/** Adjectives that weigh a phrase's noun inside it (`particular note`, `careful consideration`, `special attention`). */
const weighingAdjectives = new Set(['particular', 'special', 'careful', 'due', 'full', 'serious', 'utmost', 'close'])

/** `RECALLING ALSO` as `Recalling also`: a phrase set in capitals (the IMO, the OAS, the WHO) is shaped as in lower case. */
export function fromCapitals(base: string): string {
  return /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u.test(base) ? base.charAt(0) + base.slice(1).toLowerCase() : base
}

/** Is this word shaped like an opening: a participle or adjective (preamble) or a verb in -s (operative)? */
/**
 * An operative verb, not a preambular participle or adjective, opens the phrase, after an
 * adverb or not (`Establishes`, `Solemnly proclaims`; not `Conscious`, `Recalling`).
 */
export function isOperativeVerb(base: string): boolean {
  const verb = base.replace(/^\p{Lu}\p{Ll}+ly (\p{Ll})/u, (_, first: string) => first.toUpperCase())
  return isWellFormed(verb, 'operative') && !isWellFormed(verb, 'preamble')
}

export function isWellFormed(base: string, section: Part): boolean {
  const head = base.split(' ')[0] ?? ''
  if (!(isAscii(head) ? /^[A-Z][a-z]+$/.test(head) : /^\p{Lu}\p{Ll}+$/u.test(head))) return false
  if (section === 'preamble') return /(?:ing|ed)$/.test(head) || preambularAdjectivesEn.has(head)
  return /[^s]s$/.test(head) || /sses$/.test(head)
}

/** A lexicon phrase, or one after an adverb: "Strongly emphasizes", "Fully supports". */
function matchWithAdverb(bare: string[], section: Part): number | undefined {
  const direct = matchLexicon(bare, section)
  if (direct !== undefined) return direct
  if (!/^[a-z]+ly$/.test(bare[0] ?? '') || sequenceWordsEn.has(bare[0] ?? '')) return undefined
  const after = matchLexicon(bare.slice(1), section)
  return after === undefined ? undefined : after + 1
}

function matchLexicon(bare: string[], section: Part): number | undefined {
  // British spellings (Recognising, Emphasises) match the lexicon's -ize forms.
  if (/is(?:ing|es|e|ed)$/.test(bare[0] ?? '')) {
    const american = [(bare[0] ?? '').replace(/is(ing|es|e|ed)$/, 'iz$1'), ...bare.slice(1)]
    const found = matchLexiconAsIs(american, section)
    if (found !== undefined) return found
  }
  return matchLexiconAsIs(bare, section)
}

function matchLexiconAsIs(bare: string[], section: Part): number | undefined {
  const order = section === 'preamble' ? [en.preamble, en.operative] : [en.operative, en.preamble]
  for (const table of order) {
    for (const candidate of table.byFirstWord.get(bare[0] ?? '') ?? []) {
      if (candidate.length > bare.length) continue
      if (candidate.every((word, index) => bare[index] === word)) return candidate.length
    }
  }
  return undefined
}

function splitSequenceWord(words: Word[]): {base: string; modifier: string | undefined} {
  const kept: string[] = []
  const sequence: string[] = []
  words.forEach((word, index) => {
    const bare = word.bare
    if (index <= 1 && sequenceWordsEn.has(bare) && words.length > 1) sequence.push(bare)
    else kept.push(word.raw.replace(/(?<![,;:.])[,;:.]+$/u, ''))
  })
  return {base: kept.join(' '), modifier: modifierFrom(sequence)}
}

function modifierFrom(words: string[]): string | undefined {
  if (words.length === 0) return undefined
  return sequenceWordsEn.get(words.join(' ')) ?? capitalise(words.join(' '))
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

function phrase(
  text: string,
  base: string,
  modifier: string | undefined,
  known: boolean,
  emphasized: boolean,
): LeadingPhrase {
  // The lemma with a plain hyphen where the text has one that does not break (`Re‑emphasizing`).
  const lemma = base.includes('\u2011') || base.includes('\u2010') ? base.replace(/[\u2010\u2011]/g, '-') : base
  const result: LeadingPhrase = {text, base: lemma, known, emphasized}
  if (modifier) result.modifier = modifier
  return result
}

function detectZh(text: string, section: Part): LeadingPhrase | undefined {
  const written = text.trimStart().slice(0, 24)
  // Tested first, with indexOf: a bracket in the opening words, or a space.
  if (written.includes('(') || (written.includes(' ') && spaceInWord.test(written.slice(0, spacedReach)))) {
    const read = withoutPinyin(text.trimStart().slice(0, 72), section)
    if (read) return read
  }
  return detectZhWritten(written, section)
}

/**
 * A page converted to traditional characters by a site may leave a character's pinyin in brackets
 * after it (`認(rèn)為`, `根據(jù)上述`, `國(guó)際`): the phrase is read without the brackets and keeps them
 * in its written text. Only a bracket of letters with a tone mark, right after a Chinese character;
 * so too a space between two Chinese characters (below).
 */
const pinyinGroup = /(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu
/** What a phrase is read without: a character's pinyin, or a space between two characters. */
const notRead = /(?<=[\u3400-\u9fff])(?:\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)| (?=[\u3400-\u9fff]))/gu
/**
 * A PDF's text may part a phrase's characters by a space (`还忆 及《…》`, a document site's text of
 * an IMO resolution): read without it, in the opening characters only.
 */
const spaceInWord = /[\u3400-\u9fff] [\u3400-\u9fff]/u
const spacedReach = 8

/** The text with every character's pinyin in brackets left out (`國(guó)際` → `國際`). */
export function dropPinyin(text: string): string {
  return text.replace(pinyinGroup, '')
}

function withoutPinyin(source: string, section: Part): LeadingPhrase | undefined {
  let bare = ''
  /** For each character kept, where it ends in the source (after its pinyin, when it has one). */
  const ends: number[] = []
  let at = 0
  for (const group of source.matchAll(notRead)) {
    for (let index = at; index < group.index; index++) {
      bare += source[index]
      ends.push(index + 1)
    }
    if (ends.length > 0) ends[ends.length - 1] = group.index + group[0].length
    at = group.index + group[0].length
  }
  if (at === 0) return undefined
  for (let index = at; index < source.length; index++) {
    bare += source[index]
    ends.push(index + 1)
  }
  const found = detectZhWritten(bare.slice(0, 24), section)
  if (!found) return undefined
  return {...found, text: source.slice(0, ends[found.text.length - 1])}
}

function detectZhWritten(written: string, section: Part): LeadingPhrase | undefined {
  const found = matchZh(written, written, section)
  if (!/[\u3400-\u9fff]/.test(written.slice(0, 6))) return found
  // Traditional characters (`回顧`, `決定`, `還注意到`) are read as simplified (OpenCC); the
  // phrase keeps its written form in `text` and the simplified one in `base`, which the
  // lexicons share. The longer match wins: `再次` is written alike in both scripts, but
  // `再次強調` is the preamble's `再次强调` (S/RES/1874 in traditional characters).
  const simplified = toSimplified(written)
  if (simplified === written) return found
  const read = matchZh(simplified, written, section)
  return read && (!found || read.text.length > found.text.length) ? read : found
}

/**
 * A Chinese paragraph whose phrase closes the clause of its object, the object led in by a
 * preposition: `对…之事故,深切忧虑,` (Deeply concerned at…, S/RES/171 (1962)), `对…表示满意,`
 * (Expressing satisfaction with…), `以…为基础,` (Building upon…, A/RES/50/203 (1995)). Asked only
 * of a paragraph that opens with no phrase. The phrase is a known one that ends the first clause
 * (or is the whole second one, after the object's comma); `offset` says where it stands.
 */
export function closingPhraseZh(text: string, section: Part): LeadingPhrase | undefined {
  const start = text.length - text.trimStart().length
  // Tested first: the preposition that opens the object.
  const lead = text.charAt(start)
  if (lead !== '对' && lead !== '對' && lead !== '以') return undefined
  const head = toSimplified(text.slice(start, start + 400))
  const clauses = /^([^，,；;。]+)[，,；;。]([^，,；;。]*)/u.exec(head)
  if (!clauses) return undefined
  const first = clauses[1]!
  if (lead === '以') {
    for (const [opening, closing] of framePhrasesZh) {
      if (!first.startsWith(opening) || !first.endsWith(closing) || first.length <= opening.length + closing.length)
        continue
      const at = start + first.length - closing.length
      return {
        ...phrase(text.slice(at, at + closing.length), `${opening}…${closing}`, undefined, true, false),
        offset: at,
      }
    }
    return undefined
  }
  const order = section === 'preamble' ? [zh.preamble, zh.operative] : [zh.operative, zh.preamble]
  for (const table of order)
    for (const candidate of table) {
      if (candidate.length < 2 || !first.endsWith(candidate) || first.length <= candidate.length + 1) continue
      const at = start + first.length - candidate.length
      return {...phrase(text.slice(at, at + candidate.length), candidate, undefined, true, false), offset: at}
    }
  // `对…之事故,深切忧虑,`: the phrase is the second clause, whole.
  const second = clauses[2]!
  for (const table of order)
    if (table.includes(second)) {
      const at = start + first.length + 1
      return {...phrase(text.slice(at, at + second.length), second, undefined, true, false), offset: at}
    }
  return undefined
}

function matchZh(trimmed: string, written: string, section: Part): LeadingPhrase | undefined {
  const order = section === 'preamble' ? [zh.preamble, zh.operative] : [zh.operative, zh.preamble]
  const tryMatch = (value: string): string | undefined => {
    for (const table of order) for (const candidate of table) if (value.startsWith(candidate)) return candidate
    return undefined
  }
  for (const word of sequenceWordsZh) {
    if (!trimmed.startsWith(word)) continue
    const base = tryMatch(trimmed.slice(word.length))
    if (base) return phrase(written.slice(0, base.length + word.length), base, word, true, false)
  }
  const base = tryMatch(trimmed)
  if (base) return phrase(written.slice(0, base.length), base, undefined, true, false)
  // `…,和审议了…的修订文本,` (and having considered…: the last clause of an IMO committee's
  // preamble): `and` before a phrase in the perfect.
  if (trimmed.startsWith('和')) {
    const perfect = tryMatch(trimmed.slice(1))
    if (perfect?.endsWith('了')) return phrase(written.slice(0, perfect.length + 1), perfect, undefined, true, false)
  }
  for (const prefix of adverbialPrefixesZh) {
    if (!trimmed.startsWith(prefix)) continue
    // `在这方面，强调…`: a comma may follow the adverbial.
    const from = prefix.length + (/^[，,]/u.test(trimmed.slice(prefix.length)) ? 1 : 0)
    const after = tryMatch(trimmed.slice(from))
    if (after) return phrase(written.slice(0, from + after.length), after, undefined, true, false)
  }
  // `在其第88届会议上审议了…` (Having considered, at its eighty-eighth session, …: the IMO's
  // committees): the session the body met at, set before the phrase.
  const session = sessionAdverbialZh.exec(trimmed)
  if (session) {
    const after = tryMatch(trimmed.slice(session[0].length))
    if (after) return phrase(written.slice(0, session[0].length + after.length), after, undefined, true, false)
  }
  return undefined
}

/** `在其第88届会议上`, `在其第二十七届会议上，`: at the body's numbered session. */
const sessionAdverbialZh = /^在其?第\s*[\d〇零一二三四五六七八九十百]{1,5}\s*[届屆](?:特别|特別)?(?:会议|會議)上[，,]?/u

/**
 * The text is the session a body met at and nothing more (`在其第76届会议上,`): the phrase it leads
 * in follows its comma (`…,审议了…`), so no paragraph opens after that comma.
 */
export function isSessionAdverbialZh(text: string): boolean {
  const session = sessionAdverbialZh.exec(text.trim())
  return session !== null && session[0].length === text.trim().length
}

/**
 * A record of decisions written as narrative: each decision a sentence whose subject is the body
 * and whose verb is in the past tense (the ILO's `The Governing Body endorsed the programme…`,
 * `The Governing Body invited the Conference to adopt…`), with no formula above it. The phrase is
 * the body and the verb as written; its base is the verb as a resolution writes it (`Endorses`).
 */
export function narrativeDecision(text: string, present = false): LeadingPhrase | undefined {
  if (!text.startsWith('The ')) return undefined
  const subject = (present ? presentSubject : narrativeSubject).exec(text)
  if (!subject) return undefined
  const rest = text.slice(subject[0].length)
  const forms = present ? [`${rest.charAt(0).toUpperCase()}${rest.slice(1)}`] : presentTenses(rest)
  for (const form of forms) {
    const present = detectLeadingPhrase(form, 'en', 'operative')
    if (present?.known && present.modifier === undefined && isOperativeVerb(present.base)) {
      const verb = /^\S+/.exec(text.slice(subject[0].length))![0]
      return {...present, text: `${subject[0]}${verb}`}
    }
  }
  return undefined
}

/**
 * An operative paragraph whose verb follows a clause that introduces it (`Pending the total
 * elimination of nuclear weapons, urges those nuclear-weapon States…`, A/RES/80/23; `In this
 * regard, calls upon…`): the verb, known and in small letters after one of the first commas, as
 * the phrase, with its offset. Asked only of an operative paragraph that opens with no known phrase.
 */
export function introducedVerb(text: string): LeadingPhrase | undefined {
  const first = /^\p{Lu}\p{Ll}+/u.exec(text)?.[0]
  // The clause opens with a word that introduces one (a preposition, a conjunction, a participle,
  // a body's name after `The`), never with a verb a PDF glued to the next word (`Encouragesthe…`).
  if (first === undefined || !(introducingWords.has(first) || /ing$/.test(first))) return undefined
  const head = text.slice(0, introductionLength)
  let commas = 0
  for (const comma of head.matchAll(/, (?=\p{Ll})/gu)) {
    const before = head.slice(0, comma.index)
    if (++commas > 3 || /[;:.]\s/.test(before)) return undefined
    const at = comma.index + comma[0].length
    const words = /^\S+(?: \S+){0,3}/.exec(text.slice(at))?.[0] ?? ''
    const verb = detectLeadingPhrase(words.charAt(0).toUpperCase() + words.slice(1), 'en', 'operative')
    if (!verb?.known || !isOperativeVerb(verb.base)) continue
    return {...verb, text: text.slice(at, at + verb.text.length), offset: at}
  }
  return undefined
}

const introducingWords = new Set([
  'After',
  'As',
  'At',
  'Before',
  'By',
  'Consistent',
  'During',
  'For',
  'Following',
  'Further',
  'Given',
  'If',
  'In',
  'On',
  'Once',
  'Pending',
  'Pursuant',
  'Should',
  'Since',
  'Subject',
  'The',
  'Through',
  'To',
  'Under',
  'Until',
  'Upon',
  'When',
  'Where',
  'While',
  'With',
  'Within',
  'Without',
])

/**
 * A paragraph's text with the Markdown emphasis of its opening words taken off (`*Recommends* all
 * Members…`, `_Decides_ that…`, `**Also requests**…`), for its phrase to be read; marks that open
 * no pair (a stray `*`) are dropped too.
 */
export function plainOpening(text: string): string {
  const code = text.charCodeAt(0)
  if (code !== 42 && code !== 95) return text
  const pair = /^([*_]{1,3})([^*_\n]{1,80})\1(?![*_])/u.exec(text)
  return pair ? pair[2]! + text.slice(pair[0].length) : text.replace(/^[*_]+/, '')
}

/** The longest clause before the verb that `introducedVerb` reads (`Acting under Chapter VII…`). */
const introductionLength = 240

/** `The Governing Body `, `The Executive Board also `: a body's name of one to four capitalised words. */
const narrativeSubject = /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:also\s+|further\s+)?(?=[a-z]{2,}ed\s)/u

/**
 * An operative paragraph that names its actor before a verb in the present tense (`The General
 * Assembly welcomes…`, `The General Assembly decides…`: WIPO's decisions): the verb is the phrase.
 */
const presentSubject = /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:also\s+|further\s+)?(?=[a-z]{2,}s\s)/u

/**
 * A record of decisions says what the body did, in the past tense and lower case (`invited the
 * Conference…`, `requested the Office…`): the verb as a resolution writes it, for the lexicon
 * to read (`Invites`, `Requests`); the two ways of dropping the ending are both tried.
 */
export function presentTenses(text: string): string[] {
  const verb = /^([a-z]{2,})ed\b/.exec(text)
  if (!verb) return []
  const rest = text.slice(verb[0].length)
  const upper = (stem: string): string => `${stem.charAt(0).toUpperCase()}${stem.slice(1)}s${rest}`
  return [upper(`${verb[1]}e`), upper(verb[1]!)]
}
