import type {Inline, List} from '../tree/types.js'

/** The words of inline content: markers dropped, emphasis flattened, debris mended. */
export function plainText(nodes: ReadonlyArray<Inline | List>): string {
  let value = ''
  const visit = (children: ReadonlyArray<Inline | List>): void => {
    for (const node of children) {
      switch (node.type) {
        case 'text':
        case 'citation':
          value += node.value
          break
        case 'emphasis':
          visit(node.children)
          break
        case 'noteRef':
          value += ' '
          break
        case 'list':
          for (const point of node.children) {
            value += ` ${point.num} `
            visit(point.children)
          }
          break
        default: {
          const never: never = node
          void never
        }
      }
    }
  }
  visit(nodes)
  return normaliseText(value)
}

/**
 * Collapse white space and mend conversion debris that is not the drafter's: a space
 * before punctuation (`Thereto ;`), a space before a hyphen (`record -keeping`),
 * spaces inside brackets, spaces between Chinese characters and around digits in Chinese.
 */
export function normaliseText(value: string): string {
  const spaced = value.replace(/\s{2,}|[^\S ]/g, ' ')
  const collapsed = (
    spaced.includes(' -') && /\S -\S/.test(spaced) ? spaced.replace(/(\p{L}) -(?=\p{L})/gu, '$1-') : spaced
  )
    .replace(/ ([,;:.!?)\]”’])/g, '$1')
    .replace(/([([“‘]) /g, '$1')
  // The rest touches only Chinese characters and marks, and curly double quotes: most English
  // paragraphs have none of them and skip four passes.
  if (!/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]/.test(collapsed)) return collapsed.trim()
  return (
    collapsed
      .replace(/([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef(])/gu, '$1')
      .replace(/([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu, '$1')
      // PDF extraction sets digits apart in Chinese text: `其 2024 年 12 月 2 日第 79/40 号`.
      // Curly quotation marks count as Chinese only beside a Chinese character: English keeps
      // `“Israel” (the occupying power)` as written.
      .replace(/([\u3400-\u9fff《》（），；。：]|(?<=[\u3400-\u9fff])[“”]) (?=[\d(])/gu, '$1')
      .replace(/([\d)]) (?=[\u3400-\u9fff《》（），；。：]|[“”][\u3400-\u9fff])/gu, '$1')
      .trim()
  )
}
