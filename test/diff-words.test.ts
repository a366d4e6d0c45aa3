import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffParagraphWords, hyphenCompounds} from '../src/diff/words.js'
import {contentWords, shingles} from '../src/diff/tokens.js'

const render = (changes: ReturnType<typeof diffParagraphWords>): string =>
  changes
    .map((change) => (change.added ? `{+${change.value}+}` : change.removed ? `[-${change.value}-]` : change.value))
    .join('')

describe('diffParagraphWords', () => {
  it('marks replaced and inserted words', () => {
    expect(
      render(diffParagraphWords('Encourages States to adopt measures', 'Urges States parties to take measures', 'en')),
    ).toBe('[-Encourages-]{+Urges+} States {+parties +}to [-adopt-]{+take+} measures')
  })

  it('treats PDF hyphen and whitespace debris as formatting', () => {
    const changes = diffParagraphWords(
      'decision making, record -keeping and  the Protocol',
      'decision-making, record-keeping and the Protocol',
      'en',
    )
    expect(changes).toEqual([{value: 'decision-making, record-keeping and the Protocol'}])
  })

  it('shows formatting debris with strictFormat', () => {
    expect(render(diffParagraphWords('decision making', 'decision-making', 'en', {strictFormat: true}))).toBe(
      'decision[- -]{+-+}making',
    )
  })

  it('keeps a real change that sits among split words as one hunk', () => {
    expect(render(diffParagraphWords('trade i n All Its Aspects and', 'trade in all its aspects and', 'en'))).toBe(
      'trade [-i n All Its Aspects-]{+in all its aspects+} and',
    )
  })

  it('treats footnote markers that reached the text as bare numbers as formatting', () => {
    // A footnote inserted earlier renumbers the markers after it; a marker the parser missed on one side only.
    expect(diffParagraphWords('the 2005 World Summit Outcome, 1', 'the 2005 World Summit Outcome, 2', 'en')).toEqual([
      {value: 'the 2005 World Summit Outcome, 2'},
    ])
    expect(
      diffParagraphWords(
        'the declaration adopted at that meeting, 2 takes note',
        'the declaration adopted at that meeting, 3 takes note',
        'en',
      ),
    ).toEqual([{value: 'the declaration adopted at that meeting, 3 takes note'}])
    expect(
      diffParagraphWords(
        'the Protocols thereto and to other treaties;',
        'the Protocols thereto 10 and to other treaties; 11',
        'en',
      ),
    ).toEqual([{value: 'the Protocols thereto 10 and to other treaties; 11'}])
    expect(
      diffParagraphWords('Sustainable Development, 5 and recalls', 'Sustainable Development, and recalls', 'en'),
    ).toEqual([{value: 'Sustainable Development, and recalls'}])
    expect(
      diffParagraphWords(
        'held at Headquarters on 19 September 2016, 6',
        'held at Headquarters on 19 September 2016, 10',
        'en',
      ),
    ).toEqual([{value: 'held at Headquarters on 19 September 2016, 10'}])
    expect(render(diffParagraphWords('the Outcome, 1', 'the Outcome, 2', 'en', {strictFormat: true}))).toBe(
      'the Outcome, [-1-]{+2+}',
    )
  })

  it('compares a word whose hyphen the PDF lost at a line end in the spelling of the new text', () => {
    // Without this the joined word cannot match and the change spreads to it: `[-seventyfourth-]{+seventy-seventh+}`.
    const changes = diffParagraphWords(
      'at the seventy-first and seventyfourth sessions',
      'at the seventy-first, seventy-fourth and seventy-seventh sessions',
      'en',
    )
    expect(changes.filter((change) => change.removed).map((change) => change.value)).toEqual(['fourth'])
    expect(
      render(diffParagraphWords('the SecretaryGeneral to report', 'the Secretary-General to submit a report', 'en')),
    ).toBe('the Secretary-General to {+submit a +}report')
    expect(
      render(
        diffParagraphWords('the SecretaryGeneral to report', 'the Secretary-General to submit a report', 'en', {
          strictFormat: true,
        }),
      ),
    ).toBe('the [-SecretaryGeneral-]{+Secretary-General+} to {+submit a +}report')
  })

  it('finds the compounds a hyphen makes as the pattern of a compound does', () => {
    expect(hyphenCompounds('the Secretary- General and non-governmental, self-\nreliant -x y-').compounds).toEqual([
      'Secretary- General',
      'non-governmental',
      'self-\nreliant',
    ])
    // The pattern the one pass over the words replaced: a run of letters and digits joined by
    // hyphens, each followed by any spaces, starting where no letter or digit comes before.
    const pattern = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[\u00ad\u2010-\u2015-]\s*[\p{L}\p{N}]+)+/gu
    const pieces = [
      'a',
      'Bé',
      '7',
      'ж',
      '中',
      '𠀋',
      '-',
      '\u00ad',
      '\u2013',
      '\u2016',
      ' ',
      '\n',
      ',',
      '(',
      '’',
      '\u0301',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        const found = hyphenCompounds(text)
        expect(found.compounds).toEqual(Array.from(text.matchAll(pattern), (match) => match[0]))
        expect([...found.words]).toEqual([...new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])])
      }),
      {numRuns: 3000},
    )
  })

  it('keeps changed numbers of the prose: dates, goals, numbers in a list', () => {
    expect(render(diffParagraphWords('adopted on 15 December 2020,', 'adopted on 9 December 2020,', 'en'))).toBe(
      'adopted on [-15-]{+9+} December 2020,',
    )
    expect(render(diffParagraphWords('in particular Goal 3, on health', 'in particular Goal 4, on health', 'en'))).toBe(
      'in particular Goal [-3-]{+4+}, on health',
    )
    expect(render(diffParagraphWords('in paragraphs 8, 9 and 10 of', 'in paragraphs 8, 11 and 10 of', 'en'))).toBe(
      'in paragraphs 8, [-9-]{+11+} and 10 of',
    )
    expect(render(diffParagraphWords('in paragraphs 8 and 10 of', 'in paragraphs 8 and 9 and 10 of', 'en'))).toContain(
      '{+',
    )
  })

  it('keeps a changed resolution number in one piece', () => {
    expect(
      render(
        diffParagraphWords(
          'its resolution 73/69 of 5 December 2018,',
          'its resolution 74/60 of 12 December 2019,',
          'en',
        ),
      ),
    ).toBe('its resolution [-73/69-]{+74/60+} of [-5-]{+12+} December [-2018-]{+2019+},')
  })

  it('diffs Chinese by words, not characters', () => {
    expect(render(diffParagraphWords('还请缔约国加强合作', '又请缔约国进一步加强国际合作', 'zh'))).toBe(
      '[-还-]{+又+}请缔约国{+进一步+}加强{+国际+}合作',
    )
  })

  it('gives back both texts', () => {
    const oldText = 'Recalling further its resolution 5/4 of 22 October 2010,'
    const newText = 'Recalling also its resolutions 5/4 and 6/2,'
    const changes = diffParagraphWords(oldText, newText, 'en', {strictFormat: true})
    expect(
      changes
        .filter((change) => !change.added)
        .map((change) => change.value)
        .join(''),
    ).toBe(oldText)
    expect(
      changes
        .filter((change) => !change.removed)
        .map((change) => change.value)
        .join(''),
    ).toBe(newText)
  })
})

describe('diffParagraphWords properties', () => {
  const word = fc.constantFrom(
    'States',
    'parties',
    'record',
    '-keeping',
    'decision',
    'making',
    '73/69',
    '(a)',
    'Also',
    'requests',
    '又',
    '请',
    '，',
    'i',
    'n',
    '  ',
  )
  const paragraph = fc.array(word, {maxLength: 30}).map((words) => words.join(' '))

  it('old text is kept + removed and new text kept + added, in strict mode', () => {
    fc.assert(
      fc.property(paragraph, paragraph, fc.constantFrom('en' as const, 'zh' as const), (a, b, lang) => {
        const changes = diffParagraphWords(a, b, lang, {strictFormat: true})
        expect(
          changes
            .filter((c) => !c.added)
            .map((c) => c.value)
            .join(''),
        ).toBe(a)
        expect(
          changes
            .filter((c) => !c.removed)
            .map((c) => c.value)
            .join(''),
        ).toBe(b)
      }),
    )
  })

  it('new text is kept + added when formatting is ignored, and no run is empty', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (a, b) => {
        const changes = diffParagraphWords(a, b, 'en')
        expect(
          changes
            .filter((c) => !c.removed)
            .map((c) => c.value)
            .join(''),
        ).toBe(b)
        expect(changes.every((c) => c.value.length > 0)).toBe(true)
      }),
    )
  })
})

describe('contentWords and shingles', () => {
  it('normalises English words and keeps resolution numbers whole', () => {
    expect(contentWords('*Reaffirming* its resolution 5/4 of 22 October 2010, decision-making', 'en')).toEqual([
      'reaffirming',
      'its',
      'resolution',
      '5/4',
      'of',
      '22',
      'october',
      '2010',
      'decision',
      'making',
    ])
  })

  it('segments Chinese', () => {
    expect(contentWords('重申其2010年10月22日第5/4号决议，', 'zh')).toContain('决议')
  })

  it('makes word n-grams, and one shingle of a short text', () => {
    expect(shingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d'])
    expect(shingles(['a', 'b'], 3)).toEqual(['a b'])
    expect(shingles([], 3)).toEqual([])
  })
})
