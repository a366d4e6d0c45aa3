import type {Lang} from '../tree/types.js'

/** Chinese when Chinese characters outnumber Latin letters by a fair margin in a sample. */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  // Counted by removing everything else (native code, where a loop over the characters runs
  // in the interpreter the first time): code units of the CJK block, and ASCII letters.
  const chinese = sample.replace(/[^\u3400-\u9fff]+/g, '').length
  // Latin letters are counted only when the answer hangs on them: with no Chinese at all, or
  // with more Chinese than half of everything else, it does not.
  if (chinese === 0) return 'en'
  if (chinese * 2 > sample.length - chinese) return 'zh'
  const latin = sample.replace(/[^a-z]+/gi, '').length
  return chinese * 2 > latin ? 'zh' : 'en'
}
