import {strFromU8, type Unzipped} from 'fflate'
import {attr, child, children, isOn, parseXml, type Element} from './xml.js'

// Parts of a Word document outside the body's run of paragraphs that hold a resolution's words:
// the first page's own header (where UN Word files carry the masthead: symbol, organ, date) and
// text boxes (a masthead or a title set in positioned boxes).

/** Resolve a relationship target against the folder of the part that owns it. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').filter(Boolean)
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

/** The part a relationship id of `part` points to, when the package holds it. */
function relationshipById(files: Unzipped, part: string, id: string): string | undefined {
  const folder = part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : ''
  const name = part.slice(part.lastIndexOf('/') + 1)
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${name}.rels`
  const bytes = files[relsPath]
  if (!bytes) return undefined
  for (const relation of children(parseXml(strFromU8(bytes), relsPath), 'Relationship')) {
    if (attr(relation, 'Id') !== id || attr(relation, 'TargetMode') === 'External') continue
    const target = attr(relation, 'Target')
    return target === undefined ? undefined : resolveTarget(folder, target)
  }
  return undefined
}

/** The first section's properties: those of the first paragraph that ends a section, else the body's. */
export function firstSection(body: Element): Element | undefined {
  for (const element of children(body)) {
    if (element.localName === 'p') {
      const sectPr = child(child(element, 'pPr'), 'sectPr')
      if (sectPr) return sectPr
    } else if (element.localName === 'sectPr') return element
  }
  return undefined
}

/**
 * The header Word prints on the first page only (a first section with a different first page,
 * `w:titlePg`, and a `first` header), or undefined. Running heads (the default and even
 * headers) are page furniture and are not read.
 */
export function firstPageHeader(files: Unzipped, main: string, body: Element): Element | undefined {
  const section = firstSection(body)
  if (!section || !isOn(child(section, 'titlePg'))) return undefined
  const reference = children(section, 'headerReference').find((element) => attr(element, 'type') === 'first')
  const id = attr(reference, 'id')
  const target = id === undefined ? undefined : relationshipById(files, main, id)
  const bytes = target ? files[target] : undefined
  return bytes && target ? parseXml(strFromU8(bytes), target) : undefined
}

/**
 * The text boxes (`w:txbxContent`) inside a drawing, a VML picture or a compatibility block:
 * of `mc:AlternateContent` only the first choice is read, since its fallback holds the same
 * boxes again.
 */
export function textBoxes(element: Element, into: Element[] = []): Element[] {
  if (element.localName === 'AlternateContent') {
    // Handed the block itself (a run holds it): its choice only, not its fallback as well.
    const choice = child(element, 'Choice') ?? child(element, 'Fallback')
    return choice ? textBoxes(choice, into) : into
  }
  for (const node of children(element)) {
    switch (node.localName) {
      case 'txbxContent':
        into.push(node)
        break
      case 'AlternateContent': {
        const choice = child(node, 'Choice') ?? child(node, 'Fallback')
        if (choice) textBoxes(choice, into)
        break
      }
      default:
        textBoxes(node, into)
    }
  }
  return into
}
