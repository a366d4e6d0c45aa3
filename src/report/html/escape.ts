const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '\u0000': '\uFFFD',
}

/**
 * Escape text for HTML text content and for quoted attribute values alike, so one function
 * serves every place input text lands. NUL becomes U+FFFD, as an HTML parser would make it.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`\0]/g, (character) => replacements[character] ?? character)
}

/** A token safe to use as an element id or fragment: letters, digits and `_`, every other character spelt `-hex-` (so distinct values stay distinct). */
export function idToken(value: string): string {
  return value.replace(/\W/g, (character) => `-${character.codePointAt(0)?.toString(16) ?? ''}-`)
}
