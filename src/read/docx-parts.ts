import {strFromU8, type Unzipped} from 'fflate'
import {attr, child, children, isOn, parseXml, type Element} from './xml.js'

// The package's parts (relationships, the main document part) and the parts of a Word document
// outside the body's run of paragraphs that hold a resolution's words:
// the first page's own header (where UN Word files carry the masthead: symbol, organ, date) and
// text boxes (a masthead or a title set in positioned boxes).

/** A part's relationships: type (its last path segment) → the target part. */
export function relationships(files: Unzipped, part: string): Map<string, string> {
  const folder = part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : ''
  const name = part.slice(part.lastIndexOf('/') + 1)
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${name}.rels`
  const bytes = files[relsPath]
  const byType = new Map<string, string>()
  if (!bytes) return byType
  const root = parseXml(strFromU8(bytes), relsPath)
  for (const relation of children(root, 'Relationship')) {
    const type = attr(relation, 'Type') ?? ''
    const target = attr(relation, 'Target')
    if (target === undefined || attr(relation, 'TargetMode') === 'External') continue
    const short = type.slice(type.lastIndexOf('/') + 1)
    if (!byType.has(short)) byType.set(short, resolveTarget(folder, target))
  }
  return byType
}

/** The main document part of a Word package, or undefined when the zip is not one. */
export function mainDocumentPart(files: Unzipped): string | undefined {
  const main = relationships(files, '').get('officeDocument')
  if (main && files[main]) return main
  return files['word/document.xml'] ? 'word/document.xml' : undefined
}

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

/** Every section's properties in order: those of the paragraphs that end a section (in tables too), then the body's. */
export function sections(body: Element): Element[] {
  const found: Element[] = []
  const walk = (container: Element): void => {
    for (const element of children(container)) {
      if (element.localName === 'p') {
        const sectPr = child(child(element, 'pPr'), 'sectPr')
        if (sectPr) found.push(sectPr)
      } else if (element.localName === 'sectPr') found.push(element)
      else if (['tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml', 'ins', 'moveTo'].includes(element.localName ?? ''))
        walk(element)
    }
  }
  walk(body)
  return found
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
