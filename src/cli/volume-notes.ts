/** What a volume holds that could not be read: said, never dropped in silence. */
export function unreadNote(file: string, unread: readonly string[]): string {
  const which = unread.join(', ')
  return `${file}: ${which} ${unread.length === 1 ? 'is' : 'are'} on the page too, but no paragraphs of ${unread.length === 1 ? 'it' : 'them'} could be read (no tree)\n`
}
