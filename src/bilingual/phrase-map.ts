import {toSimplified} from '../parse/normalise.js'

/**
 * English opening phrases → every Chinese rendering we accept, from PHRASES.md ("seen" and
 * "likely" alike: a likely rendering is an accepted alternative, never the only answer).
 * Keys are lower case, without the sequence words (also, further, again), without a
 * trailing `of`/`that`. Several English phrases share one rendering (Requests, Invites →
 * 请), so the map runs EN → ZH only.
 */
export const renderings: Readonly<Record<string, readonly string[]>> = {
  // Preambular
  recalling: ['回顾', '忆及'],
  reaffirming: ['重申'],
  reiterating: ['重申', '再次重申'],
  'having considered': ['审议了'],
  'bearing in mind': ['铭记'],
  'expressing the gravest concern': ['严重关切'],
  'gravely concerned': ['严重关切'],
  'expressing its firm conviction': ['坚信'],
  'expressing its conviction': ['表示深信', '深信'],
  convinced: ['深信', '确信'],
  deploring: ['痛惜'],
  endorsing: ['认可'],
  noting: ['注意到'],
  'taking note': ['注意到'],
  'noting with appreciation': ['赞赏地注意到'],
  'noting with concern': ['关切地注意到'],
  'noting with satisfaction': ['满意地注意到'],
  'noting with deep concern': ['深为关切地注意到'],
  worried: ['担忧'],
  welcoming: ['欢迎', '欣见'],
  // 深知 and 声明 are the Chinese of the 1960s (A/RES/1514 (XV): `Conscious of`, `Aware of`,
  // `Recognizing that` → 深知…; `Affirming that` → 聲明…).
  recognizing: ['确认', '认识到', '承认', '深知'],
  acknowledging: ['确认', '承认'],
  stressing: ['着重指出', '强调'],
  emphasizing: ['强调', '着重指出'],
  underlining: ['强调', '着重指出'],
  concerned: ['关切'],
  'deeply concerned': ['深为关切', '深感关切'],
  'expressing concern': ['表示关切'],
  'expressing deep concern': ['深表关切'],
  alarmed: ['震惊'],
  aware: ['意识到', '深知'],
  conscious: ['意识到', '深知'],
  mindful: ['铭记', '念及'],
  considering: ['考虑到'],
  'taking into account': ['考虑到'],
  'guided by': ['遵循'],
  affirming: ['申明', '声明'],
  determined: ['决心'],
  desiring: ['希望'],
  commending: ['赞扬'],
  condemning: ['谴责'],
  // Operative
  // 决议 renders Decides as well as Resolves in the Chinese of the 1950s and 1960s (S/RES/87 (1950): 決議:).
  decides: ['决定', '决议'],
  requests: ['请', '要求'],
  invites: ['请', '邀请'],
  urges: ['促请', '敦促'],
  'calls upon': ['吁请', '呼吁'],
  encourages: ['鼓励'],
  'takes note': ['注意到'],
  'takes note with appreciation': ['赞赏地注意到'],
  'expresses its appreciation': ['表示赞赏'],
  welcomes: ['欢迎', '欣见'],
  reaffirms: ['重申'],
  'reiterates its invitation': ['重申邀请', '再次邀请'],
  reiterates: ['重申'],
  acknowledges: ['确认', '承认'],
  recognizes: ['确认', '认识到', '承认'],
  stresses: ['着重指出', '强调'],
  underscores: ['强调', '着重指出'],
  emphasizes: ['强调', '着重指出'],
  recommends: ['建议'],
  approves: ['核准'],
  endorses: ['赞同', '认可'],
  adopts: ['通过'],
  condemns: ['谴责'],
  'strongly condemns': ['强烈谴责'],
  deplores: ['痛惜'],
  supports: ['支持'],
  commends: ['赞扬'],
  affirms: ['申明'],
  declares: ['宣布'],
  reminds: ['提醒'],
  'looks forward to': ['期待'],
  'decides to remain seized of the matter': ['决定继续处理此案'],
  'welcomes with appreciation': ['赞赏地欢迎', '欢迎'],
  'welcoming with appreciation': ['赞赏地欢迎', '欢迎'],
  'welcomes with satisfaction': ['满意地欢迎', '欢迎'],
  // Common in UN texts though not in PHRASES.md yet: accepted renderings, never required ones.
  notes: ['注意到'],
  'notes with appreciation': ['赞赏地注意到'],
  'notes with concern': ['关切地注意到'],
  'notes with satisfaction': ['满意地注意到'],
  'expresses concern': ['表示关切'],
  'expresses its concern': ['表示关切'],
  'expresses deep concern': ['深表关切'],
  'expresses its gratitude': ['感谢', '表示感谢'],
  'calls on': ['吁请', '呼吁'],
  authorizes: ['授权'],
  demands: ['要求'],
  underlines: ['强调', '着重指出'],
  highlights: ['强调', '突出强调'],
  'taking into consideration': ['考虑到'],
  'having examined': ['审查了', '审议了'],
  appreciating: ['赞赏'],
  // Security Council texts and older translations (1950s–1980s), seen in the real pairs of
  // fixtures/corpus: accepted renderings, never required ones.
  'acting under': ['根据'],
  determining: ['认定', '断定'],
  expects: ['期望'],
  dismayed: ['表示惊愕', '惊愕'],
  'decides to remain actively seized of the matter': ['决定继续积极处理此案'],
  extends: ['延长', '再次延长'],
  // The ITU's Chinese (its Council's resolutions, fixtures/field/itu-council-*.zh.txt): `resolves`
  // 做出决议, `instructs` 责成.
  resolves: ['做出决议', '作出决议', '决议', '议决'],
  instructs: ['责成'],
}

/**
 * Renderings found in older and Security Council translations, added to the entries above:
 * 覆按/复查 (Recalling, 1960s), 鉴于 (Considering, 1950s), 备悉 (Taking note, 1950s), 肯定
 * (Affirms), 强烈谴责 (Condemns vigorously), 要求 (Calls upon, Security Council), 此事 for 此案.
 */
const olderRenderings: Readonly<Record<string, readonly string[]>> = {
  recalling: ['覆按', '复查'],
  considering: ['鉴于', '认为'],
  'taking note': ['备悉', '表示注意到'],
  noting: ['备悉'],
  affirms: ['肯定'],
  condemns: ['强烈谴责'],
  'calls upon': ['要求'],
  'decides to remain seized of the matter': ['决定继续处理此事', '决定继续积极处理此案'],
  // The ITU's and the WHO's Chinese: 经审议 (Having considered), 批准 (Approves, Endorses).
  'having considered': ['经审议'],
  approves: ['批准'],
  endorses: ['批准'],
}

/** Sequence words: real texts disagree on which of 又/还 is "also", so both are accepted for either. */
const sequenceWords: Record<string, readonly string[]> = {
  also: ['又', '还', '并'],
  further: ['又', '还', '进一步'],
  again: ['再次', '又'],
}

/** The lookup key of an English leading phrase: lower case, sequence words and a trailing `of`/`that` removed. */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/\b(?:once again|also|further|again)\b/g, ' ')
    .replace(/\b(?:of|that)\s*$/, '')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
}

/** The sequence word of an English leading phrase (`also`, `further`, `again`), if any. */
export function sequenceWord(phrase: string): string | undefined {
  const match = /\b(once again|also|further|again)\b/i.exec(phrase)
  if (!match) return undefined
  const word = (match[1] ?? '').toLowerCase()
  return word === 'once again' ? 'again' : word
}

/** Accepted Chinese openings for an English leading phrase, or undefined when the phrase is not in the map. */
export function chineseRenderings(phrase: string): readonly string[] | undefined {
  if (!renderingCache.has(phrase)) renderingCache.set(phrase, lookUpRenderings(phrase))
  return renderingCache.get(phrase)
}

const renderingCache = new Map<string, readonly string[] | undefined>()

function lookUpRenderings(phrase: string): readonly string[] | undefined {
  const key = phraseKey(phrase)
  const listed = renderings[key]
  if (!listed) return undefined
  const bases = [...listed, ...(olderRenderings[key] ?? [])]
  const sequence = sequenceWord(phrase)
  if (!sequence) return bases
  const prefixes = sequenceWords[sequence] ?? []
  // A verb done again is the verb redone: "Affirms again" may be rendered as "Reaffirms" is (重申, GA 2159 (XXI)).
  const redone = sequence === 'again' ? (renderings[`re${key}`] ?? []) : []
  // 复查 (“Recalling further”, 1960s) carries its own sequence word.
  return [
    ...prefixes.flatMap((prefix) => bases.map((base) => prefix + base)),
    ...bases.filter((base) => base.startsWith('复')),
    ...redone,
  ]
}

export interface PhraseVerdict {
  /** The English phrase is in the map: the verdict is meaningful. */
  known: boolean
  /** The Chinese text opens with an accepted rendering. */
  maps: boolean
  /** The renderings accepted, for messages. */
  expected: readonly string[]
}

/** Does the Chinese paragraph open with a rendering of the English leading phrase? */
export function judgePhrase(englishPhrase: string, chineseText: string): PhraseVerdict {
  const expected = chineseRenderings(englishPhrase)
  if (!expected) return {known: false, maps: false, expected: []}
  // Traditional characters (`還注意到`) are compared as simplified ones.
  const written = chineseText.replace(/^[\s*_]+/, '')
  const opening = mapsOpening(expected, written) ? written : toSimplified(written)
  return {known: true, maps: mapsOpening(expected, opening), expected}
}

/**
 * Renderings of "Requests" never start with 又/还, so "又请" for "Requests" is caught too.
 * Chinese may put the verb after what it governs: `对该地区目前的紧张状态表示关切，`
 * (Expressing concern over the prevailing state of tension), `…，表示惊愕` (Dismayed by…).
 */
function mapsOpening(expected: readonly string[], opening: string): boolean {
  const firstClause = /^(?:对|就|对于)[^，,；;。]*/.exec(opening)?.[0] ?? ''
  const whole = opening.replace(/(?<![，,；;。.:：\s])[，,；;。.:：\s]+$/, '')
  return expected.some(
    (rendering) =>
      opening.startsWith(rendering) ||
      (firstClause !== '' && firstClause.endsWith(rendering)) ||
      whole.endsWith(rendering),
  )
}

/** Does some rendering of the English phrase occur inside the Chinese text (a merged paragraph's second opening)? */
export function phraseOccursInside(englishPhrase: string, chineseText: string): boolean {
  const expected = chineseRenderings(englishPhrase)
  if (!expected) return false
  const body = chineseText.slice(1)
  return expected.some((rendering) => body.includes(rendering))
}

/**
 * The longest opening of an English paragraph that the map knows, as written (`Also
 * requests`, `Takes note with appreciation of`): the parser's leading phrase may be only the
 * italic part ("*Takes note* with appreciation of"), which would map to the wrong rendering.
 */
export function englishOpening(text: string): string | undefined {
  const words = text.split(/\s+/, 10).map((word) => word.replace(/(?<![*_,;:.])[*_,;:.]+$/, '').replace(/^[*_]+/, ''))
  for (let count = words.length; count > 0; count--) {
    const phrase = words.slice(0, count).join(' ')
    if (renderings[phraseKey(phrase)]) return phrase
  }
  return undefined
}

/** English phrases in the map, for finding an opening inside a merged English paragraph. */
export const englishPhraseKeys: readonly string[] = Object.keys(renderings)
