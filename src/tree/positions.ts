import type {Position} from './types.js'

/**
 * Call `each` once with every record under `node` that carries a `position`: the tree's nodes,
 * and the records beside them that point into the source too (warnings, item markers). A walk of
 * the whole object graph, not only of `children`, and each record once however often it is
 * referenced.
 */
export function forEachPositioned(node: unknown, each: (record: {position: Partial<Position>}) => void): void {
  const seen = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    const record = value as Record<string, unknown>
    if (record['position'] && typeof record['position'] === 'object') each(record as {position: Partial<Position>})
    for (const [key, child] of Object.entries(record)) if (key !== 'position') visit(child)
  }
  visit(node)
}
