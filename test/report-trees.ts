import type {Lang, LeadingPhrase, OperativeParagraph, PreambularParagraph, Resolution} from '../src/tree/types.js'

/** A paragraph for a hand-made tree: its text, and the opening phrase it starts with. */
export interface HandParagraph {
  phrase?: string
  text: string
  points?: Array<{num: string; text: string}>
}

function leadingPhrase(text: string | undefined): LeadingPhrase | undefined {
  if (!text) return undefined
  return {text, base: text, known: true, emphasized: true}
}

/** A small resolution tree typed by src/tree/types.ts, for unit tests of the renderers. */
export function handTree(
  lang: Lang,
  symbol: string,
  preamble: HandParagraph[],
  operative: HandParagraph[],
): Resolution {
  const preambular: PreambularParagraph[] = preamble.map((paragraph, index) => {
    const phrase = leadingPhrase(paragraph.phrase)
    return {
      type: 'preambularParagraph',
      eId: `preamble_${index + 1}`,
      ...(phrase ? {leadingPhrase: phrase} : {}),
      text: paragraph.text,
      children: [{type: 'text', value: paragraph.text}],
    }
  })
  const operatives: OperativeParagraph[] = operative.map((paragraph, index) => {
    const phrase = leadingPhrase(paragraph.phrase)
    const eId = `para_${index + 1}`
    const points = paragraph.points ?? []
    return {
      type: 'paragraph',
      eId,
      num: index + 1,
      ...(phrase ? {leadingPhrase: phrase} : {}),
      text: [paragraph.text, ...points.map((point) => `${point.num} ${point.text}`)].join(' '),
      children: [
        {type: 'text', value: paragraph.text},
        ...(points.length > 0
          ? [
              {
                type: 'list' as const,
                children: points.map((point) => ({
                  type: 'point' as const,
                  eId: `${eId}__point_${point.num.replace(/[()]/g, '')}`,
                  num: point.num,
                  text: point.text,
                  children: [{type: 'text' as const, value: point.text}],
                })),
              },
            ]
          : []),
      ],
    }
  })
  return {
    type: 'resolution',
    lang,
    meta: {symbol, sponsors: [], stage: 'adopted'},
    children: [
      {type: 'preamble', children: preambular},
      {type: 'mainBody', children: operatives},
    ],
    data: {layout: 'blocks', warnings: []},
  }
}
