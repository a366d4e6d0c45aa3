/** The text holds no preambular or operative paragraphs: it is not a resolution we can read. */
export class NoStructureError extends Error {
  override name = 'NoStructureError'
}
