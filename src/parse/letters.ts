// Tests of one character, ASCII by its code. A pattern with a Unicode class (`\p{L}`) costs a
// fresh process a compilation of that large class, 0.3-1 ms each, which is much of a first
// `resdiff diff`; most characters a parse looks at are ASCII and need no such pattern.

/** Is `char` (one character, as `charAt` gives it) a letter? */
export function isLetterChar(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
  return /\p{L}/u.test(char)
}

/** Is `char` (one character, as `charAt` gives it) a letter or a digit? */
export function isLetterOrDigitChar(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return /[\p{L}\p{N}]/u.test(char)
}

/** Is the text ASCII throughout (so that `[A-Za-z]` reads it as `\p{L}` would)? */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text)
}
