import type {Lang} from '../tree/types.js'

/** Chinese when Chinese characters outnumber Latin letters by a fair margin in a sample. */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  let chinese = 0
  let latin = 0
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code >= 0x3400 && code <= 0x9fff) chinese++
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++
  }
  return chinese * 2 > latin ? 'zh' : 'en'
}
